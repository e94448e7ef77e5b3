/** Turn the command line's PERIOD|FILE arguments into deck files. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, UserError, type Problem } from '../errors.ts';
import { shellWord } from '../cli/shellWord.ts';
import { nearestWord } from '../nearest.ts';
import { asTyped, displayPath, folderOfEveryPeriod, isHidden, periodId, sameName, withoutDeckEnding, type ProjectPaths } from '../paths.ts';

export function findDecks(targets: readonly string[], paths: ProjectPaths, cwd = process.cwd()): string[] {
  const decks = [...new Set(resolveTargets(targets, paths, cwd))];
  // Two files of one period (a.yaml and a.yml, or a file from elsewhere) would build into one folder.
  const seen = new Map<string, string>();
  const clashes: Problem[] = [];
  for (const file of decks) {
    const first = seen.get(periodId(file));
    if (first === undefined) seen.set(periodId(file), file);
    else clashes.push({ place: { file: displayPath(file), line: 0, col: 0 }, message: `this deck and ${displayPath(first)} are both period "${periodId(file)}", and would build into the same folder output/${periodId(file)}/`, hint: 'Rename or remove one of them: the file name is the period.' });
  }
  if (clashes.length > 0) throw new UserError(clashes);
  return decks;
}

function resolveTargets(targets: readonly string[], paths: ProjectPaths, cwd: string): string[] {
  const all = listDecks(paths);
  if (targets.length === 0) {
    if (all.length === 0) {
      const nested = nestedDecks(paths);
      throw new UsageError(!existsSync(paths.data)
        ? `no data/ folder in ${paths.root} or any folder above it: run cardnews in your project's folder, or start a project here with a deck such as data/2024-h2.yaml`
        : txtDecks(paths).length > 0
        ? `no deck files found in ${paths.data}: ${txtDecks(paths).map((file) => txtDeckNote(file, cwd)).join('; ')}`
        : nested.length === 0
        ? `no deck files found in ${paths.data}; add one such as data/2024-h2.yaml`
        : `no deck files in ${paths.data} itself: ${nested.map(displayPath).join(', ')} ${nested.length === 1 ? 'is' : 'are'} in a folder inside it, and decks are read from data/ only; move them into data/ (the file name is the period)`);
    }
    return all;
  }
  return targets.map((target, i) => {
    const typed = asTyped(target);
    const asFile = path.resolve(cwd, typed);
    if (/\.ya?ml$/i.test(typed) && existsSync(asFile) && statSync(asFile).isFile()) return asFile;
    // The period, the deck's file name in data/, or the period's output folder: all name one deck.
    // In a name copied from a Mac, the Hangul is in letters: the period typed looked the same and
    // was "neither a deck file nor a period (periods: …)" with it listed.
    // Its path in data/ without the ending (`data/2024-h2`, as a shell completes it) names it too.
    const byPeriod = all.find((f) => sameName(periodId(f), typed) || sameName(path.basename(f), typed) || sameName(path.join(paths.output, periodId(f)), asFile) || sameName(path.join(paths.data, periodId(f)), asFile));
    if (byPeriod !== undefined) return byPeriod;
    const inside = periodAround(asFile, all.map(periodId), paths);
    if (inside !== undefined) throw insideOutput(target, inside);
    const everything = folderOfEveryPeriod(asFile, paths);
    if (everything !== undefined) throw new UsageError(`"${target}" is ${everything}: name no period to take every deck, or name one (${periodList(all.map(periodId))})`);
    // A designer's "build with this template": a deck names its template itself.
    if (asFile === paths.templates || path.dirname(asFile) === paths.templates) throw new UsageError(`"${target}" is ${asFile === paths.templates ? 'the folder of the templates' : 'a template folder'}: a deck is drawn with the template its "theme:" names (default when it names none); name a period to build (${periodList(all.map(periodId))})`);
    // …or "draw again what this file changed", which a build works out by itself.
    if (asFile.startsWith(paths.templates + path.sep) && existsSync(asFile)) throw new UsageError(`"${target}" is a file of a template: a build draws again by itself the slides whose template files changed; name a period to build, or none for every deck (${periodList(all.map(periodId))})`);
    // A deck Notepad saved as .yaml.txt: its period looked like a typo of another's.
    const saved = txtDecks(paths).find((f) => sameName(periodId(path.basename(f, '.txt')), typed) || sameName(path.basename(f), typed));
    if (saved !== undefined) throw new UsageError(`"${target}": ${txtDeckNote(saved, cwd)}`);
    // A deck kept in a folder inside data/ (data/archive/2023-h1.yaml) is built when its file is named.
    const nested = nestedDecks(paths).find((f) => {
      const inData = path.relative(paths.data, f);
      return [periodId(f), inData, withoutDeckEnding(inData)].some((name) => sameName(name, typed)) || [f, withoutDeckEnding(f)].some((file) => sameName(file, asFile));
    });
    if (nested !== undefined) throw new UsageError(`"${target}" is ${displayPath(nested)}, in a folder inside data/, where periods are not looked for: name its file to build it (${shellWord(displayPath(nested))}), or move it into data/`);
    throw splitName(targets, i, all.map(periodId)) ?? new UsageError(`"${target}" is neither a deck file nor a period in data/ ${knownPeriods(typed, all.map(periodId))}`);
  });
}

/** Quote marks around an argument that the shell passed on instead of reading (see splitName). */
const QUOTE_MARKS = /^['"‘’“”]+|['"‘’“”]+$/gu;

/**
 * A period whose name has a space (`2025 상반기`), typed without quotes: the shell hands it over
 * as two words, each of them no period. Said as that, when words from `index` on make one. And
 * periods written as a list (`2024-h2,2025-h1` or `2024-h2, 2025-h1`, as a form takes them). And
 * a name with the quote marks around it passed on as part of it: Windows' cmd.exe passes single
 * quotes on (`'2025` and `상반기'`), and no shell reads the curly quotes a document types.
 */
export function splitName(words: readonly string[], index: number, periods: readonly string[]): UsageError | undefined {
  const word = words[index] ?? '';
  const listed = word.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== '');
  if (/[,;]/.test(word) && listed.length > 0 && listed.every((part) => periods.some((p) => sameName(p, part)))) {
    const meant = words.flatMap((w) => w.split(/[,;]/)).map((part) => part.trim()).filter((part) => part !== '');
    return new UsageError(`"${word}" has a ${word.includes(',') ? 'comma' : 'semicolon'} in it: name periods with spaces between them and nothing else (${meant.map(shellWord).join(' ')})`);
  }
  for (let start = 0; start <= index; start++) {
    for (let end = index + 1; end <= words.length; end++) {
      const joined = words.slice(start, end).join(' ');
      const bare = joined.replace(QUOTE_MARKS, '');
      const period = periods.find((p) => sameName(p, bare));
      if (period === undefined || (bare === joined && end - start < 2)) continue;
      const named = end - start < 2 ? `"${joined}" is period "${period}"` : `${words.slice(start, end).map((w) => `"${w}"`).join(' and ')} are the name of period "${period}"`;
      if (bare !== joined) return new UsageError(`${named} with the quote marks around it passed on as part of it (Windows' Command Prompt takes double quotes only, and no command line takes the curly quotes of a document or a chat, ‘ ’ “ ”, for quotes): write ${shellWord(period)}`);
      return new UsageError(`${named}, which has a space in it: write the name in quotes (${shellWord(period)})`);
    }
  }
  return undefined;
}

/** A command given an image (or a folder) inside a period's output folder, where it wants the period. */
export const insideOutput = (target: string, id: string) => new UsageError(`"${target}" is in the output folder of period "${id}": name the period instead`);

/** The period of `ids` whose output folder holds `file` (an image built for it), if one does. */
export function periodAround(file: string, ids: readonly string[], paths: ProjectPaths): string | undefined {
  return ids.find((id) => file.startsWith(path.join(paths.output, id) + path.sep));
}

/** "(did you mean "2024-h2"? periods: 2024-h1, 2024-h2)", for a period that is not there. */
export function knownPeriods(target: string, periods: readonly string[]): string {
  const glued = backslashesTakenOut(target, periods);
  if (glued !== undefined) return `(${glued}; ${periodList(periods)})`;
  // Periods differ by a digit or two (2024-h1, 2024-h2): only a one-letter slip in a name of some
  // length is a likely typo ("q" is not one for "p").
  // In full-width letters and digits (a Korean input method's full-width mode), as typed in ASCII.
  const id = periodId(target).normalize('NFKC');
  // A name in other capitals (`H1` for `h1`) is the period meant, however short.
  const guess = periods.find((p) => p.normalize('NFKC').toLowerCase() === id.toLowerCase()) ?? (id.length >= 4 ? nearestWord(id, periods, 1) : undefined);
  return `(${guess !== undefined ? `did you mean "${guess}"? ` : ''}${periodList(periods)})`;
}

/**
 * `data\2024-h2.yaml`, as Windows writes a path, typed into bash or zsh (macOS, Linux, Git Bash),
 * which take a backslash out as an escape: the command gets `data2024-h2.yaml`, the folder's
 * name glued to the period's. What to write instead, when that is what `target` is.
 */
function backslashesTakenOut(target: string, periods: readonly string[]): string | undefined {
  const match = /^(\.{1,2})?(data|output)(.+?)(\.ya?ml)?$/i.exec(path.basename(target));
  const period = match === null ? undefined : periods.find((p) => sameName(p, match[3] ?? ''));
  if (match === null || period === undefined) return undefined;
  const parts = [...(match[1] !== undefined ? [match[1]] : []), match[2] ?? '', `${match[3] ?? ''}${match[4] ?? ''}`];
  return `did you mean ${parts.join('/')}? The terminal of a Mac or Linux (and Git Bash) takes out the ${parts.length > 2 ? 'backslashes' : 'backslash'} of ${parts.join('\\')}, as Windows writes a path: write it with /, or the period alone (${period})`;
}

export const periodList = (periods: readonly string[]) => `periods: ${[...periods].sort().join(', ') || 'none'}`;

/** Deck files in folders inside data/ (data/2025/h1.yaml), which builds do not read. */
export function nestedDecks(paths: ProjectPaths): string[] {
  if (!existsSync(paths.data)) return [];
  return readdirSync(paths.data, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !isHidden(entry.name))
    .flatMap((dir) => readdirSync(path.join(paths.data, dir.name)).filter(isDeckName).map((f) => path.join(paths.data, dir.name, f)))
    .sort();
}

/**
 * Deck files saved with ".txt" after ".yaml" (data/2025-h1.yaml.txt): Windows Notepad adds it, and
 * Explorer hides it, so the file looks like a deck there. Builds do not read them.
 */
export function txtDecks(paths: ProjectPaths): string[] {
  return existsSync(paths.data) ? readdirSync(paths.data).filter((f) => !isHidden(f) && /\.ya?ml\.txt$/i.test(f)).sort().map((f) => path.join(paths.data, f)) : [];
}

/** What to say of a deck saved as .yaml.txt: the build does not read it, and how to rename it. */
export const txtDeckNote = (file: string, cwd: string) => `${path.relative(cwd, file)} was not read: its name ends in .txt (Notepad adds it when it saves); rename it to ${path.basename(file, path.extname(file))} (in Explorer, with View › File name extensions on), or save it again from Notepad as type "All files"`;

/** Every deck file in data/, in name order. */
export function listDecks(paths: ProjectPaths): string[] {
  return existsSync(paths.data) ? readdirSync(paths.data).filter(isDeckName).sort().map((f) => path.join(paths.data, f)) : [];
}

/** A YAML file that is not hidden (see isHidden): a Mac's `._2024-h2.yaml` stopped a build as a deck not in UTF-8. */
function isDeckName(name: string): boolean {
  return !isHidden(name) && /\.ya?ml$/i.test(name);
}

/**
 * The periods that none of these problems is in, when every problem is in a deck file: one broken
 * deck stops a build of all periods, and the others can be named to build them meanwhile. None
 * when a problem is elsewhere (a template, a font), which the other periods may share.
 */
export function periodsClearOf(paths: ProjectPaths, problems: readonly Problem[]): string[] {
  const decks = listDecks(paths);
  const broken = new Set(problems.map((p) => path.resolve(p.place.file)));
  if (![...broken].every((file) => decks.includes(file))) return [];
  return decks.filter((file) => !broken.has(file)).map(periodId);
}
