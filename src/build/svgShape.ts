/**
 * What an SVG file a template imports needs for satori and resvg to draw it: a size satori can
 * read from its <svg> tag (a viewBox, or a width and a height: without them satori fails with
 * "missing viewBox", naming no file), tags that close (resvg draws an SVG it cannot parse as
 * nothing, without a word), no text: resvg draws an image's text with the fonts it is given,
 * and it is given none (satori has made a slide's own text into outlines), so a logo's name left
 * as text vanished; and no picture linked from a file beside it, which resvg does not read. Not
 * a full XML parser: the tags, their quoted values, comments and the declarations around them,
 * which is what an exported or hand-edited icon gets wrong.
 */
import { quote } from '../errors.ts';
import { tagEnd } from '../svgTag.ts';

/** What is wrong with an SVG: it cannot be read, it has no size, or it has text or a linked picture that would not show. */
export interface SvgMistake {
  kind: 'broken' | 'unsized' | 'text' | 'linked';
  what: string;
}

/** What is wrong with an SVG's text, or undefined when nothing this checks is. */
export function svgMistake(text: string): SvgMistake | undefined {
  const open: { name: string; line: number; from: number }[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const broken = (what: string): SvgMistake => ({ kind: 'broken', what });
  let root: string | undefined;
  let words: { line: number; text: string } | undefined;
  let linked: { line: number; file: string } | undefined;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    for (const [start, end] of [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']] as const) {
      if (!text.startsWith(start, at)) continue;
      const close = text.indexOf(end, at + start.length);
      if (close < 0) return broken(`a ${start === '<!--' ? 'comment' : 'declaration'} at line ${lineAt(at)} is never closed`);
      at = close;
      break;
    }
    if (text[at] !== '<') continue;
    const end = tagEnd(text, at + 1);
    if (end < 0) return broken(`the tag at line ${lineAt(at)} is never closed with ">"`);
    const tag = text.slice(at + 1, end);
    const name = /^\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';
    if (tag.startsWith('/')) {
      const last = open.pop();
      if (last === undefined || last.name !== name) return broken(last === undefined ? `</${name}> at line ${lineAt(at)} closes no tag` : `<${last.name}> at line ${last.line} is closed by </${name}> at line ${lineAt(at)}, not by </${last.name}>`);
      // What a <text> says, its <tspan>s' tags taken out.
      const said = name === 'text' ? text.slice(last.from, at).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
      if (said !== '') words ??= { line: last.line, text: said };
    } else {
      if (root === undefined) {
        root = tag;
        if (name !== 'svg') return broken(`it starts with <${name}>, not <svg>`);
      }
      // A picture placed by reference to a file beside it (Illustrator's "linked" image): resvg is
      // given the SVG alone, and draws nothing there.
      const href = name === 'image' || name === 'feImage' ? /(?:^|\s)(?:xlink:)?href\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] : undefined;
      if (href !== undefined && !href.trim().startsWith('data:')) linked ??= { line: lineAt(at), file: href };
      if (!tag.endsWith('/')) open.push({ name, line: lineAt(at), from: end + 1 });
    }
    at = end;
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) return broken(`<${unclosed.name}> at line ${unclosed.line} is never closed`);
  if (root === undefined) return broken('it has no <svg> tag');
  const has = (attribute: string) => new RegExp(`(^|\\s)${attribute}\\s*=`).test(root ?? '');
  if (!has('viewBox') && !(has('width') && has('height'))) return { kind: 'unsized', what: 'its <svg> tag has neither a viewBox nor a width and a height, and satori cannot size it' };
  if (linked !== undefined) return { kind: 'linked', what: `its <image> at line ${linked.line} links to "${linked.file}" instead of holding the picture, and resvg would draw nothing there` };
  if (words !== undefined) {
    return { kind: 'text', what: `its text ${quote(words.text, 30)} (<text> at line ${words.line}) would not show: resvg draws the text of an image with no font` };
  }
  return undefined;
}
