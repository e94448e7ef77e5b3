/** Comparing text read off rendered slides by tesseract (Debian's tesseract-ocr-kor) with the deck. */
/**
 * Only the Hangul: tesseract's Korean model reads it reliably, but not punctuation, spacing or
 * Latin in a heavy weight (bold "SOL" came back as "601L", "ON" beside 💡 as "04").
 */
export function hangulOnly(text: string): string {
  return text.normalize('NFC').replace(/[^\p{Script=Hangul}]/gu, '');
}

/**
 * The fewest edits that turn `needle` into some substring of `haystack` (Sellers' algorithm):
 * how well a bullet can be found in OCR output that has a few misread characters.
 */
export function fuzzyFind(needle: string, haystack: string): number {
  const n = Array.from(needle);
  const h = Array.from(haystack);
  let previous = Array.from({ length: n.length + 1 }, (_, i) => i);
  let best = previous[n.length] ?? 0;
  for (const ch of h) {
    const current = [0];
    for (let i = 1; i <= n.length; i++) {
      const cost = n[i - 1] === ch ? 0 : 1;
      current.push(Math.min((previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1, (previous[i - 1] ?? 0) + cost));
    }
    best = Math.min(best, current[n.length] ?? best);
    previous = current;
  }
  return best;
}
