/**
 * Indentation YAML does not count as such: a tab (YAML refuses it), and a space pasted from a
 * web page or a HWP document — a no-break space (U+00A0), an ideographic space (U+3000), an
 * invisible zero-width space or byte-order mark … — which YAML takes for a letter of a text.
 * Either throws YAML's reading of the lines around it, so its other errors there are wrong
 * guesses (a "-" out of line, a ": " inside a text): when there is such a line, only those lines
 * are named.
 */
import type { Problem } from '../errors.ts';
import type { ParsedDeckFile } from '../load/readDeckFile.ts';

/** Spaces that look like a space and are none to YAML, as they are named in messages. */
const ODD_SPACES: Record<string, string> = {
  '\u00a0': 'a no-break space (U+00A0)',
  '\u3000': 'an ideographic space (U+3000)',
  '\u2002': 'an en space (U+2002)',
  '\u2003': 'an em space (U+2003)',
  '\u2009': 'a thin space (U+2009)',
  '\u202f': 'a narrow no-break space (U+202F)',
  '\u200b': 'an invisible zero-width space (U+200B)',
  '\ufeff': 'an invisible byte-order mark (U+FEFF)',
};

const ODD_START = new RegExp(`^[ \\t]*([${Object.keys(ODD_SPACES).join('')}])`);

/** `tabLines`: the lines YAML refused for a tab in their indentation. Undefined when there are none of either. */
export function oddIndentProblems(parsed: ParsedDeckFile, tabLines: readonly number[]): Problem[] | undefined {
  const problems = new Map<number, Problem>();
  const at = (line: number, message: string, hint: string) => {
    const text = parsed.lines[line - 1] ?? '';
    problems.set(line, { place: { file: parsed.file, line, col: (/^ */.exec(text)?.[0].length ?? 0) + 1 }, message, hint, sourceLine: text });
  };
  for (const line of tabLines) at(line, 'this line is indented with a tab: YAML counts only spaces', 'Replace the tab with spaces, so that the line starts under the lines it belongs with (most editors can be set to type spaces for the Tab key).');
  // Only when YAML found the file wrong: inside a text written over several lines, such a space is the text's own.
  if (parsed.doc.errors.length > 0) {
    parsed.lines.forEach((text, i) => {
      const odd = ODD_START.exec(text)?.[1];
      if (odd !== undefined && !problems.has(i + 1)) at(i + 1, `this line is indented with ${ODD_SPACES[odd] ?? 'a space YAML does not count'}, which YAML reads as text, not as indentation`, 'Delete the indentation and indent with ordinary spaces (text copied from a web page or a HWP document can bring these).');
    });
  }
  return problems.size === 0 ? undefined : [...problems.values()].sort((a, b) => a.place.line - b.place.line);
}
