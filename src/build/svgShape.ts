/**
 * What an SVG file a template imports needs for satori and resvg to draw it: a size satori can
 * read from its <svg> tag (a viewBox, or a width and a height: without them satori fails with
 * "missing viewBox", naming no file), and tags that close (resvg draws an SVG it cannot parse as
 * nothing, without a word). Not a full XML parser: the tags, their quoted values, comments and
 * the declarations around them, which is what an exported or hand-edited icon gets wrong.
 */

/** What is wrong with an SVG's text, or undefined when nothing this checks is. */
export function svgMistake(text: string): string | undefined {
  const open: { name: string; line: number }[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  let root: string | undefined;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    for (const [start, end] of [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']] as const) {
      if (!text.startsWith(start, at)) continue;
      const close = text.indexOf(end, at + start.length);
      if (close < 0) return `a ${start === '<!--' ? 'comment' : 'declaration'} at line ${lineAt(at)} is never closed`;
      at = close;
      break;
    }
    if (text[at] !== '<') continue;
    // The tag's end: the first ">" outside a quoted value.
    let end = at + 1;
    let quote = '';
    for (; end < text.length; end++) {
      const c = text[end];
      if (quote !== '') quote = c === quote ? '' : quote;
      else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (end >= text.length) return `the tag at line ${lineAt(at)} is never closed with ">"`;
    const tag = text.slice(at + 1, end);
    const name = /^\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';
    if (tag.startsWith('/')) {
      const last = open.pop();
      if (last === undefined || last.name !== name) return last === undefined ? `</${name}> at line ${lineAt(at)} closes no tag` : `<${last.name}> at line ${last.line} is closed by </${name}> at line ${lineAt(at)}, not by </${last.name}>`;
    } else {
      if (root === undefined) {
        root = tag;
        if (name !== 'svg') return `it starts with <${name}>, not <svg>`;
      }
      if (!tag.endsWith('/')) open.push({ name, line: lineAt(at) });
    }
    at = end;
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) return `<${unclosed.name}> at line ${unclosed.line} is never closed`;
  if (root === undefined) return 'it has no <svg> tag';
  const has = (attribute: string) => new RegExp(`(^|\\s)${attribute}\\s*=`).test(root ?? '');
  if (!has('viewBox') && !(has('width') && has('height'))) return 'its <svg> tag has neither a viewBox nor a width and a height, and satori cannot size it';
  return undefined;
}
