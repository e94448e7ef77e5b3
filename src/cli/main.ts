/**
 * The `cardnews` command. User errors print as `file:line:col: …` with what to do, and exit 1;
 * a wrong command line exits 2; anything else is a bug and shows its stack with --debug.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { usableCores } from '../cores.ts';
import { counted, firstTime, UsageError, UserError } from '../errors.ts';
import { nearestWord } from '../nearest.ts';
import { findProjectRoot, projectPaths, type ProjectPaths } from '../paths.ts';
import { lookalikeDashes } from './dashes.ts';
import { describeFileError } from './fileErrors.ts';
import { describeInstallError } from './installErrors.ts';
import { commandMeant, optionInstead } from './otherTools.ts';
import { HELP } from './help.ts';
import { shellWord } from './shellWord.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A terminal gets progress bars; anything else plain lines. */
  stream?: NodeJS.WriteStream;
}

const consoleIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`), stream: process.stdout };

export async function main(argv: readonly string[], io: Io = consoleIo, cwd: string = process.cwd(), signal?: AbortSignal): Promise<number> {
  let debug = argv.includes('--debug');
  // Set once the command line is read: a failed build of every period may name those it could build.
  let allPeriods: { paths: ProjectPaths; command: string } | undefined;
  // What a user's mistake stopped, for the closing line: a build writes, a clean removes, a
  // check does neither ("nothing was written" after a check read as if it might have).
  let undone: string | undefined = 'written';
  // The same for a file it could not read or write: what it changed before it stopped.
  let stopped: string | undefined;
  // A check or a dry run prints what it found where its bars were, and so does a build a mistake
  // stopped before it drew anything; a build keeps the bars of what it drew.
  let barsOff = (_byMistake: boolean) => {};
  try {
    const { values, positionals } = parseCommandLine(argv);
    debug = values.debug === true;
    if (values.help === true || positionals[0] === 'help') {
      io.out(HELP);
      return 0;
    }
    if (values.version === true) {
      // With the libraries that draw the slides: what a bug report needs.
      const { toolVersions } = await import('../build/versions.ts');
      const { cardnews, ...tools } = toolVersions();
      io.out(`cardnews ${cardnews} (${Object.entries(tools).map(([name, version]) => `${name} ${version}`).join(', ')}; node ${process.versions.node})`);
      return 0;
    }
    const [command, ...targets] = positionals;
    // `npx cardnews` alone: someone finding out what it does, to whom the usage is the answer.
    if (command === undefined) {
      io.err(`cardnews: no command given\n\n${HELP}`);
      return 2;
    }
    if (command === 'clean') undone = 'removed';
    if (command === 'check') undone = undefined;
    if (values['dry-run'] !== true) stopped = command === 'build' ? 'Images written before this are complete; the next build finishes the rest.' : command === 'clean' ? 'Files removed before this are gone; cleaning again removes the rest.' : undefined;
    let jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    // "true" is what npm leaves of `npm run build --jobs 2` (see npmScript.ts).
    if (values.jobs === 'true') throw new UsageError('--jobs needs the number of worker threads; through npm, write it with "=" (npm run build --jobs=2) or after "--" (npm run build -- --jobs 2), since npm keeps "--jobs 2" for itself');
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw notJobs(String(values.jobs));
    const paths = projectPaths(findProjectRoot(cwd));
    if (targets.length === 0) allPeriods = { paths, command };
    if (command === 'clean') {
      const misplaced = buildOnly(command, { '--force': values.force === true, '--jobs': jobs !== undefined });
      if (misplaced !== undefined) throw misplaced;
      const { clean } = await import('../build/clean.ts');
      // -n as with build: what would go, and nothing removed.
      const dryRun = values['dry-run'] === true;
      const removed = await clean(paths, targets, dryRun, cwd);
      // Nothing to remove is said, as a clean that removes nothing says "removed 0 files".
      if (dryRun) io.out(removed.length === 0 ? 'would remove nothing' : removed.map((file) => `would remove ${rel(cwd, file)}`).join('\n'));
      else {
        // From where: a clean of every period empties every folder builds made.
        const folders = [...new Set(removed.map((file) => folderShown(cwd, path.dirname(file))))];
        io.out(`removed ${counted(removed.length, 'file')}${folders.length > 0 ? ` from ${folders.join(', ')}` : ''}`);
      }
      return 0;
    }
    if (command !== 'build' && command !== 'check') {
      // In full-width letters (a Korean input method's full-width mode), as typed in ASCII.
      const typed = command.normalize('NFKC');
      const meant = commandMeant(typed);
      throw new UsageError(`unknown command "${command}"${meant !== undefined ? ` (did you mean "${meant}"?)` : didYouMean(typed, COMMANDS)}`);
    }
    const misplaced = command === 'check' ? buildOnly(command, { '--force': values.force === true, '--dry-run': values['dry-run'] === true }) : undefined;
    if (misplaced !== undefined) throw misplaced;
    // Loaded here, not at the top: --help and usage errors should not pay for the build's imports.
    const { build } = await import('../build/build.ts');
    const { plainProgress, terminalProgress } = await import('../build/progress.ts');
    // Not performance.now(): the global loads Node's performance API, ~2 ms of a build with nothing to do.
    const started = process.hrtime.bigint();
    const mode = command === 'check' ? 'check' : values['dry-run'] === true ? 'dry-run' : 'build';
    // Each worker is busy on a core of its own and loads satori, resvg and sharp: 64 of them on
    // 2 cores took 15 s and 3.3 GB for 200 slides, against 4.2 s and 0.27 GB with 2.
    if (jobs !== undefined && jobs > usableCores()) {
      const cores = usableCores();
      io.out(`note: --jobs ${jobs} is more than the ${counted(cores, 'core')} here: using ${cores}, as more workers would draw no faster and each takes ~100 MB`);
      jobs = cores;
    }
    // A terminal that cannot move its cursor (TERM=dumb: an editor's shell) gets the lines too.
    const progress = io.stream?.isTTY === true && process.env['TERM'] !== 'dumb' ? terminalProgress(io.stream) : plainProgress(io.out);
    barsOff = (byMistake) => {
      if (mode !== 'build' || byMistake) progress.clear();
    };
    const reports = await build({ paths, targets, cwd, mode, force: values.force === true, ...(jobs !== undefined ? { jobs } : {}), progress, ...(signal !== undefined ? { signal } : {}) });
    const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(2);
    const count = (action: string) => reports.reduce((n, r) => n + r.slides.filter((s) => s.action === action).length, 0);
    const removed = reports.reduce((n, r) => n + r.removed.length, 0);
    if (mode === 'build') {
      progress.done(`rendered ${count('rendered')}, up to date ${count('up-to-date')}, reused ${count('renamed') + count('copied')}, removed ${removed} in ${seconds} s`);
      // Where to find what to upload: a first build's output said only "2024-h2/01-cover.png".
      const changed = reports.filter((r) => r.removed.length > 0 || r.slides.some((s) => s.action !== 'up-to-date'));
      if (changed.length > 0) io.out(`images in ${changed.map((r) => folderShown(cwd, r.outputDir)).join(', ')}`);
      // A renamed or removed deck leaves its old images behind: easy to upload by mistake.
      if (targets.length === 0) {
        const { periodsWithoutDeck } = await import('../build/clean.ts');
        for (const id of periodsWithoutDeck(paths)) io.out(`note: output/${id}/ has no deck in data/ any more; "npx cardnews clean ${shellWord(id)}" removes it`);
        const { nestedDecks, txtDecks, txtDeckNote } = await import('../build/findDecks.ts');
        for (const file of nestedDecks(paths)) io.out(`note: ${path.relative(cwd, file)} is in a folder inside data/, and was not built; decks are read from data/ itself ("npx cardnews build ${shellWord(path.relative(cwd, file))}" builds it)`);
        for (const file of txtDecks(paths)) io.out(`note: ${txtDeckNote(file, cwd)}`);
      }
      return 0;
    }
    barsOff(false);
    const unsaid = firstTime();
    for (const report of reports) {
      for (const warning of report.warnings.filter(unsaid)) io.err(`warning: ${warning}`);
      if (mode === 'check') {
        io.out(`${report.id}: ${report.slides.length} slides, all fit`);
        continue;
      }
      for (const s of report.slides) {
        if (s.action === 'rendered') io.out(`would render ${rel(cwd, s.file)}: ${s.reason ?? ''}`);
        else if (s.action !== 'up-to-date') io.out(`would ${s.action === 'renamed' ? 'rename' : 'copy'} ${rel(cwd, s.from ?? '')} to ${rel(cwd, s.file)}`);
      }
      for (const file of report.removed) io.out(`would remove ${rel(cwd, file)}`);
      if (report.slides.every((s) => s.action === 'up-to-date') && report.removed.length === 0) io.out(`${report.id}: up to date`);
    }
    return 0;
  } catch (error) {
    barsOff(error instanceof UserError);
    if (error instanceof UsageError) {
      io.err(`cardnews: ${error.message}\nRun "cardnews --help" for usage.`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      io.err(error.message);
      io.err(`\n${counted(error.problems.length, 'problem')} found${undone === undefined ? '' : `; nothing was ${undone}`}.`);
      if (allPeriods !== undefined) {
        const { periodsClearOf } = await import('../build/findDecks.ts');
        const clear = periodsClearOf(allPeriods.paths, error.problems);
        if (clear.length > 0) io.err(`To ${allPeriods.command} the other periods meanwhile: npx cardnews ${allPeriods.command} ${clear.map(shellWord).join(' ')}`);
      }
      return error.exitCode;
    }
    if (signal?.aborted === true) {
      io.err('cardnews: stopped; finished images are kept, the next build completes the rest.');
      return 130;
    }
    const fileProblem = describeFileError(error, stopped);
    if (fileProblem !== undefined) {
      io.err(fileProblem);
      return 1;
    }
    const installProblem = describeInstallError(error);
    if (installProblem !== undefined) {
      io.err(installProblem);
      return 1;
    }
    if (debug) throw error;
    io.err(`cardnews: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in cardnews. Run again with --debug for details.`);
    return 70;
  }
}

function rel(cwd: string, file: string): string {
  return path.relative(cwd, file);
}

/** `output/2024-h2/`, or `./` for the folder the command runs in. */
function folderShown(cwd: string, dir: string): string {
  return `${rel(cwd, dir) || '.'}${path.sep}`;
}

const COMMANDS = ['build', 'check', 'clean'];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  force: { type: 'boolean', short: 'f' },
  'dry-run': { type: 'boolean', short: 'n' },
  jobs: { type: 'string', short: 'j' },
} as const;

/**
 * ' (did you mean "build"?)' for a near miss, else nothing. A word that begins one candidate
 * alone (`--dry` of `--dry-run`) means that one, as GNU tools read it.
 */
function didYouMean(word: string, candidates: readonly string[]): string {
  const begun = word.replace(/^-+/, '').length < 2 ? [] : candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()));
  const guess = begun.length === 1 ? begun[0] : nearestWord(word, candidates);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}

const LONG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);

/**
 * A long option written with one dash (`-force`, `-dry-run`): read as short ones it was named as
 * "unknown option "-o"", and `-jobs 2` as --jobs "obs". Letters of short options written together
 * (`-fn`) are too short to be taken for one.
 */
function oneDash(argv: readonly string[]): UsageError | undefined {
  for (const arg of argv) {
    if (arg === '--') return undefined;
    const word = /^-([a-z][a-z-]{2,})(?:=.*)?$/i.exec(arg)?.[1];
    const meant = word === undefined ? '' : didYouMean(`--${word}`, LONG_NAMES);
    if (meant !== '') return new UsageError(`"${arg}" has one dash; an option's long name takes two${meant}`);
  }
  return undefined;
}

/** The options given (of `given`) that only a build takes, named as such. */
function buildOnly(command: string, given: Record<string, boolean>): UsageError | undefined {
  const names = Object.keys(given).filter((name) => given[name]);
  if (names.length === 0) return undefined;
  // `check` writes nothing anyway; `clean -n` lists what it would remove.
  const also = command === 'check' && names.includes('--dry-run') ? ' (check writes nothing anyway)' : '';
  return new UsageError(`${names.join(' and ')} ${names.length === 1 ? 'goes' : 'go'} with "build", not "${command}"${also}`);
}

function notJobs(value: string): UsageError {
  return new UsageError(`--jobs takes a whole number of at least 1, not "${value}"`);
}

function parseCommandLine(argv: readonly string[]) {
  const dash = oneDash(argv) ?? lookalikeDashes(argv, LONG_NAMES, Object.values(OPTIONS).flatMap((o) => ('short' in o ? [o.short] : [])));
  if (dash !== undefined) throw dash;
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // Node's own message goes on about positional arguments after "--": its first sentence says it.
    const first = ((error as Error).message.split(/(?<=\.) /)[0] ?? '');
    const unknown = /^Unknown option '(.+)'\.$/.exec(first)?.[1];
    // Node names an option by its usage line ("Option '-j, --jobs <value>' argument missing"):
    // said in the words of the other messages instead.
    const option = /^Option '(?:-\w, )?(-[\w-]+)/.exec(first)?.[1];
    const name = option === '-j' ? '--jobs' : option;
    // `-j -1`: node reads "-1" as an option, not as the value written for --jobs.
    const negative = argv.find((arg, i) => /^-\d/.test(arg) && /^(-j|--jobs)$/.test(argv[i - 1] ?? ''));
    if (name === '--jobs' && negative !== undefined) throw notJobs(negative);
    if (name !== undefined && /argument missing|ambiguous/.test(first)) throw new UsageError(`${name} needs a value${name === '--jobs' ? ': the number of worker threads (for example --jobs 2)' : ''}`);
    if (name !== undefined && /does not take an argument/.test(first)) throw new UsageError(`${name} takes no value: write it alone ("${name}")`);
    if (unknown === undefined) throw new UsageError(first);
    const instead = optionInstead(unknown);
    if (instead !== undefined) throw new UsageError(`unknown option "${unknown}": ${instead}`);
    // A short option in capitals (`-N`) is the one meant; any other letter is too short to guess from.
    const short = Object.values(OPTIONS).flatMap((o) => ('short' in o && `-${o.short}` === unknown.toLowerCase() ? [` (did you mean "-${o.short}"?)`] : []));
    throw new UsageError(`unknown option "${unknown}"${unknown.startsWith('--') ? didYouMean(unknown, LONG_NAMES) : (short[0] ?? '')}`);
  }
}
