/**
 * Options copied from a document, a chat or a phone: Word, Hangul, macOS and iOS turn the "--" of
 * `--force` into a dash (`—force`, `–force`), and a Korean input method in its full-width mode
 * types `－－ｆｏｒｃｅ`. To the parser none of these is an option, so each was taken for a period
 * ("neither a deck file nor a period in data/").
 */
import { UsageError } from '../errors.ts';
import { nearestWord } from '../nearest.ts';

/** Hyphens and dashes other than the ASCII hyphen-minus that options begin with. */
const DASHES = '\u2010-\u2015\u2212\uFE58\uFE63';
const OPTION_LIKE = new RegExp(`^([-${DASHES}]+)([a-z][a-z-]*)(=.*)?$`, 'i');
const TYPOGRAPHIC = new RegExp(`[${DASHES}]`);

export function lookalikeDashes(argv: readonly string[], longNames: readonly string[], shortLetters: readonly string[]): UsageError | undefined {
  for (const arg of argv) {
    if (arg === '--') return undefined;
    // NFKC turns full-width letters and the full-width hyphen into ASCII; typographic dashes stay.
    const plain = arg.normalize('NFKC');
    const match = OPTION_LIKE.exec(plain);
    if (match === null) continue;
    const [, lead = '', name = '', value = ''] = match;
    const typographic = TYPOGRAPHIC.test(lead);
    if (!typographic && plain === arg) continue;
    const word = name.toLowerCase();
    const meant = word.length === 1 ? (shortLetters.includes(word) ? `-${word}` : undefined) : longNames.includes(`--${word}`) ? `--${word}` : nearestWord(`--${word}`, longNames);
    if (meant === undefined) continue;
    const why = typographic
      ? `begins with "${[...lead].find((c) => c !== '-') ?? lead}", a dash where an option has hyphens (a word processor or a phone makes a dash of "--")`
      : 'is typed in full-width characters (as a Korean input method types them in its full-width mode)';
    return new UsageError(`"${arg}" ${why}: write ${meant}${value}`);
  }
  return undefined;
}
