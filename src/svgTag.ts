/**
 * Where a tag of an SVG (or any XML) ends: the first ">" outside a quoted value. Read by hops
 * from quote to quote, as a value may be long (a picture's data URL, an outline's path).
 */
export function tagEnd(text: string, at: number): number {
  let from = at;
  for (;;) {
    const close = text.indexOf('>', from);
    const double = text.indexOf('"', from);
    const single = text.indexOf("'", from);
    const quote = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    if (close < 0 || quote < 0 || close < quote) return close;
    const unquote = text.indexOf(text[quote] ?? '"', quote + 1);
    if (unquote < 0) return -1;
    from = unquote + 1;
  }
}
