/** The command as a user meets it: exit codes, messages without stacks, nothing damaged. */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../build/lock.ts';
import { usableCores } from '../cores.ts';
import { counted, displayWidth } from '../errors.ts';
import { repoRoot } from '../testing/fixtures.ts';
import { makeProject, type TestProject } from '../testing/project.ts';
import { describeFileError } from './fileErrors.ts';
import { describeInstallError } from './installErrors.ts';
import { HELP } from './help.ts';
import { main } from './main.ts';
import { npmScriptArgs } from './npmScript.ts';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'cardnews.js');

const GOOD = `title: 우수사례
organization: 은평구
cases:
  - award: 우수
    title: 사례 제목
    sections:
      - heading: 추진 배경
        bullets:
          - 첫 번째 내용
`;

async function cli(project: TestProject, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, project.root);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cardnews command line', () => {
  let project: TestProject;
  beforeAll(() => {
    project = makeProject('cli');
  });
  afterAll(() => project.remove());

  it('prints help that fits an 80-column terminal, and exits 0', async () => {
    const { code, out } = await cli(project, '--help');
    expect(code).toBe(0);
    expect(out).toContain('cardnews build [PERIOD|FILE ...]');
    // A line as wide as the terminal wraps on some: each leaves one column spare.
    expect(out.split('\n').filter((line) => displayWidth(line) > 79)).toEqual([]);
  });

  it('prints its version and those of the libraries that draw the slides', async () => {
    const { code, out } = await cli(project, '--version');
    expect(code).toBe(0);
    expect(out).toBe(`cardnews 0.1.18 (satori 0.63.2, @resvg/resvg-js 2.6.2, sharp 0.35.5; node ${process.versions.node})`);
  });

  it('exits 2 on a wrong command line, saying what is wrong', async () => {
    expect(await cli(project)).toMatchObject({ code: 2, err: `cardnews: no command given\n\n${HELP}` });
    expect(await cli(project, 'bulid')).toMatchObject({ code: 2, err: 'cardnews: unknown command "bulid" (did you mean "build"?)\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '--fast')).toMatchObject({ code: 2, err: 'cardnews: unknown option "--fast"\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '--dryrun')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--dryrun" (did you mean "--dry-run"?)') });
    // The start of one option's name, as GNU tools take it; the start of two is no guess.
    expect(await cli(project, 'build', '--dry')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--dry" (did you mean "--dry-run"?)') });
    expect(await cli(project, 'build', '--d')).toMatchObject({ code: 2, err: 'cardnews: unknown option "--d"\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '-N')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "-N" (did you mean "-n"?)') });
    expect(await cli(project, 'build', '-x')).toMatchObject({ code: 2, err: 'cardnews: unknown option "-x"\nRun "cardnews --help" for usage.' });
    // A long name with one dash was read as short options: "-o" of -force, --jobs "obs" of -jobs 2.
    expect(await cli(project, 'build', '-force')).toMatchObject({ code: 2, err: 'cardnews: "-force" has one dash; an option\'s long name takes two (did you mean "--force"?)\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '-jobs', '2')).toMatchObject({ code: 2, err: expect.stringContaining('"-jobs" has one dash; an option\'s long name takes two (did you mean "--jobs"?)') });
    expect(await cli(project, 'build', '-dry-run')).toMatchObject({ code: 2, err: expect.stringContaining('(did you mean "--dry-run"?)') });
    // Options copied from a document or a chat, whose "--" became a dash, or typed full width: they
    // were taken for periods ("neither a deck file nor a period").
    expect(await cli(project, 'build', '—force')).toMatchObject({ code: 2, err: 'cardnews: "—force" begins with "—", a dash where an option has hyphens (a word processor or a phone makes a dash of "--"): write --force\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '–jobs=2')).toMatchObject({ code: 2, err: expect.stringContaining('"–jobs=2" begins with "–", a dash where an option has hyphens (a word processor or a phone makes a dash of "--"): write --jobs=2\n') });
    expect(await cli(project, 'build', '−n')).toMatchObject({ code: 2, err: expect.stringContaining(': write -n\n') });
    expect(await cli(project, 'build', '－－ｄｒｙ－ｒｕｎ')).toMatchObject({ code: 2, err: expect.stringContaining('"－－ｄｒｙ－ｒｕｎ" is typed in full-width characters (as a Korean input method types them in its full-width mode): write --dry-run\n') });
    // Commands and options of other tools: what cardnews does instead (they were "unknown", no more).
    expect(await cli(project, 'render')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "render" (did you mean "build"?)') });
    expect(await cli(project, 'validate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "validate" (did you mean "check"?)') });
    expect(await cli(project, 'build', '--watch')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--watch": cardnews has no watch mode: build again after a change, which draws only the slides it changes\n') });
    expect(await cli(project, 'build', '--period', '2024-h2')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "--period": a period is named without an option (cardnews build 2024-h2)\n') });
    expect(await cli(project, 'build', '-o', 'dist')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option "-o": slides always go to output/<period>/ in the project\n') });
    expect(await cli(project, 'ｂｕｉｌｄ')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "ｂｕｉｌｄ" (did you mean "build"?)') });
    expect(await cli(project, 'build', '--jobs', '0')).toMatchObject({ code: 2, err: expect.stringContaining('--jobs takes a whole number') });
    expect(await cli(project, 'build', '-j', '-1')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --jobs takes a whole number of at least 1, not "-1"') });
    expect(await cli(project, 'build', '-j')).toMatchObject({ code: 2, err: 'cardnews: --jobs needs a value: the number of worker threads (for example --jobs 2)\nRun "cardnews --help" for usage.' });
    expect(await cli(project, 'build', '-j', '-f')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --jobs needs a value: the number of worker threads') });
    expect(await cli(project, 'build', '--force=yes')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --force takes no value: write it alone ("--force")') });
    expect(await cli(project, 'clean', '--force')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --force goes with "build", not "clean"\n') });
    expect(await cli(project, 'clean', '-f', '-j', '2')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --force and --jobs go with "build", not "clean"\n') });
    expect(await cli(project, 'check', '-n')).toMatchObject({ code: 2, err: expect.stringContaining('cardnews: --dry-run goes with "build", not "check" (check writes nothing anyway)\n') });
    project.deck('2024-h2', GOOD);
    // Short options written together are no long name with one dash.
    expect(await cli(project, 'build', '-fn')).toMatchObject({ code: 0, out: expect.stringContaining('would render output/2024-h2/01-cover.png: forced') });
    expect(await cli(project, 'build', '2023-h1')).toMatchObject({ code: 2, err: expect.stringContaining('"2023-h1" is neither a deck file nor a period in data/ (periods: 2024-h2)') });
    expect(await cli(project, 'build', '２０２４－ｈ２')).toMatchObject({ code: 2, err: expect.stringContaining('"２０２４－ｈ２" is neither a deck file nor a period in data/ (did you mean "2024-h2"? periods: 2024-h2)') });
    expect(await cli(project, 'build', '2024h2')).toMatchObject({ code: 2, err: expect.stringContaining('"2024h2" is neither a deck file nor a period in data/ (did you mean "2024-h2"? periods: 2024-h2)') });
    // A path as Windows writes it (from instructions written there): quoted, its backslashes are
    // read as slashes; unquoted, bash and zsh took them out, and it named no period, with no guess.
    expect(await cli(project, 'build', '-n', 'data\\2024-h2.yaml')).toMatchObject({ code: 0, out: expect.stringContaining('would render output/2024-h2/01-cover.png: new slide') });
    expect(await cli(project, 'build', 'data2024-h2.yaml')).toMatchObject({ code: 2, err: expect.stringContaining('"data2024-h2.yaml" is neither a deck file nor a period in data/ (did you mean data/2024-h2.yaml? The terminal of a Mac or Linux (and Git Bash) takes out the backslash of data\\2024-h2.yaml, as Windows writes a path: write it with /, or the period alone (2024-h2); periods: 2024-h2)') });
    expect(await cli(project, 'clean', '.output2024-h2')).toMatchObject({ code: 2, err: expect.stringContaining('".output2024-h2" is neither a period in data/ nor a folder in output/ (did you mean ./output/2024-h2? The terminal of a Mac or Linux (and Git Bash) takes out the backslashes of .\\output\\2024-h2, as Windows writes a path: write it with /, or the period alone (2024-h2); periods: 2024-h2)') });
    expect(await cli(project, 'clean', '-n', 'output\\2024-h2')).toMatchObject({ code: 0 });
    // An image or the decks' folder, named as the thing to build: were "neither a deck file nor a period".
    expect(await cli(project, 'check', 'output/2024-h2/01-cover.png')).toMatchObject({ code: 2, err: expect.stringContaining('"output/2024-h2/01-cover.png" is in the output folder of period "2024-h2": name the period instead') });
    mkdirSync(path.join(project.paths.output, '2024-h2'), { recursive: true });
    expect(await cli(project, 'clean', 'output/2024-h2/01-cover.png')).toMatchObject({ code: 2, err: expect.stringContaining('"output/2024-h2/01-cover.png" is in the output folder of period "2024-h2": name the period instead') });
    rmSync(project.paths.output, { recursive: true });
    expect(await cli(project, 'build', 'data')).toMatchObject({ code: 2, err: expect.stringContaining('"data" is the folder of the decks: name no period to take every deck, or name one (periods: 2024-h2)') });
    // The decks' folder and the project's to clean, and the project's to build: were "neither a period …".
    expect(await cli(project, 'clean', 'data')).toMatchObject({ code: 2, err: expect.stringContaining('"data" is the folder of the decks: name no period to clean them all, or name one (periods: 2024-h2)') });
    expect(await cli(project, 'clean', '.')).toMatchObject({ code: 2, err: expect.stringContaining('"." is the project folder: name no period to clean them all, or name one (periods: 2024-h2)') });
    expect(await cli(project, 'build', '.')).toMatchObject({ code: 2, err: expect.stringContaining('"." is the project folder: name no period to take every deck, or name one (periods: 2024-h2)') });
    // A designer's "build with this template": a deck names its own.
    expect(await cli(project, 'build', 'templates/default')).toMatchObject({ code: 2, err: expect.stringContaining('"templates/default" is a template folder: a deck is drawn with the template its "theme:" names (default when it names none); name a period to build (periods: 2024-h2)') });
    // …or a file of it, to draw again what it changed: it was "neither a deck file nor a period".
    project.copyTemplates();
    expect(await cli(project, 'build', 'templates/default/Case.tsx')).toMatchObject({ code: 2, err: expect.stringContaining('"templates/default/Case.tsx" is a file of a template: a build draws again by itself the slides whose template files changed; name a period to build, or none for every deck (periods: 2024-h2)') });
    // The output folder as the thing to build or clean: was "neither a period …", and "/" was named "".
    expect(await cli(project, 'build', 'output/')).toMatchObject({ code: 2, err: expect.stringContaining('"output/" is the output folder of every period: name no period to take every deck, or name one (periods: 2024-h2)') });
    expect(await cli(project, 'clean', 'output')).toMatchObject({ code: 2, err: expect.stringContaining('"output" is the output folder of every period: name no period to clean them all, or name one (periods: 2024-h2)') });
    expect(await cli(project, 'clean', '/')).toMatchObject({ code: 2, err: expect.stringContaining('"/" is neither a period in data/ nor a folder in output/ (periods: 2024-h2)') });
    // A short name in other capitals: too short for a guess by spelling, but the period meant.
    project.deck('h1', GOOD);
    expect(await cli(project, 'build', 'H1')).toMatchObject({ code: 2, err: expect.stringContaining('"H1" is neither a deck file nor a period in data/ (did you mean "h1"? periods: 2024-h2, h1)') });
    rmSync(path.join(project.paths.data, 'h1.yaml'));
    // A name with a space, typed without quotes: the shell makes two words of it.
    project.deck('2025 상반기', GOOD);
    for (const command of ['build', 'clean']) {
      expect(await cli(project, command, '2025', '상반기')).toMatchObject({ code: 2, err: expect.stringContaining('"2025" and "상반기" are the name of period "2025 상반기", which has a space in it: write the name in quotes ("2025 상반기")') });
      // The quote marks passed on: cmd.exe takes single quotes as letters, no shell takes a document's curly ones.
      expect(await cli(project, command, "'2025", "상반기'")).toMatchObject({ code: 2, err: expect.stringContaining('"\'2025" and "상반기\'" are the name of period "2025 상반기" with the quote marks around it passed on as part of it (Windows\' Command Prompt takes double quotes only, and no command line takes the curly quotes of a document or a chat, ‘ ’ “ ”, for quotes): write "2025 상반기"') });
      expect(await cli(project, command, '“2024-h2”')).toMatchObject({ code: 2, err: expect.stringContaining('"“2024-h2”" is period "2024-h2" with the quote marks around it passed on as part of it (Windows\' Command Prompt takes double quotes only, and no command line takes the curly quotes of a document or a chat, ‘ ’ “ ”, for quotes): write 2024-h2') });
      // Periods written as a list, as a form takes them: each word was "neither … nor a period".
      expect(await cli(project, command, '2024-h2,2025 상반기')).toMatchObject({ code: 2, err: expect.stringContaining('"2024-h2,2025 상반기" has a comma in it: name periods with spaces between them and nothing else (2024-h2 "2025 상반기")') });
      expect(await cli(project, command, '2024-h2,', '2025 상반기')).toMatchObject({ code: 2, err: expect.stringContaining('"2024-h2," has a comma in it: name periods with spaces between them and nothing else (2024-h2 "2025 상반기")') });
    }
    expect(await cli(project, 'build', '2024-h2,2025')).toMatchObject({ code: 2, err: expect.stringContaining('"2024-h2,2025" is neither a deck file nor a period in data/') });
    rmSync(path.join(project.paths.data, '2025 상반기.yaml'));
  });

  it('says so when run outside a project, rather than that its data/ has no decks', async () => {
    // Outside this repository, whose own data/ would be found upwards.
    const outside = mkdtempSync(path.join(tmpdir(), 'cardnews-outside-'));
    const err: string[] = [];
    try {
      expect(await main(['build'], { out: () => {}, err: (t) => err.push(t) }, outside)).toBe(2);
      expect(err).toEqual([`cardnews: no data/ folder in ${outside} or any folder above it: run cardnews in your project's folder, or start a project here with a deck such as data/2024-h2.yaml\nRun "cardnews --help" for usage.`]);
    } finally {
      rmSync(outside, { recursive: true });
    }
  });

  it('starts no more workers than there are cores, and says so', async () => {
    // Each loads satori, resvg and sharp: 64 of them on 2 cores took 3.3 GB and 3.5 times as long.
    project.deck('2024-h2', GOOD);
    const many = await cli(project, 'build', '-n', '-j', '64');
    expect(many.code).toBe(0);
    expect(many.out.split('\n')[0]).toBe(`note: --jobs 64 is more than the ${counted(usableCores(), 'core')} here: using ${usableCores()}, as more workers would draw no faster and each takes ~100 MB`);
  });

  it('takes a period by its name, its deck file (with or without data/, or its ending) or its output folder', async () => {
    project.deck('2024-h2', GOOD);
    for (const target of ['2024-h2', '2024-h2.yaml', 'data/2024-h2.yaml', 'data/2024-h2', 'output/2024-h2/']) {
      expect(await cli(project, 'build', '--dry-run', target), target).toMatchObject({ code: 0, out: 'would render output/2024-h2/01-cover.png: new slide\nwould render output/2024-h2/02-case1.png: new slide' });
    }
    // Inside the period's output folder, "." names it, for clean as for build ("." was no period to clean).
    expect(await cli(project, 'build', '2024-h2')).toMatchObject({ code: 0 });
    const inOutput = path.join(project.paths.output, '2024-h2');
    const out: string[] = [];
    for (const command of ['build', 'clean']) expect(await main([command, '-n', '.'], { out: (t) => out.push(t), err: (t) => out.push(t) }, inOutput)).toBe(0);
    expect(out).toEqual(['2024-h2: up to date', 'would remove .cardnews-manifest.json\nwould remove 01-cover.png\nwould remove 02-case1.png']);
    expect(await cli(project, 'clean', '2024-h2')).toMatchObject({ code: 0, out: 'removed 3 files from output/2024-h2/' });
    rmSync(project.paths.output, { recursive: true });
    // A deck named on a Mac has its Hangul in letters (NFD): typed as one writes it, it was no period.
    const mac = project.deck('2025-상반기'.normalize('NFD'), GOOD);
    try {
      expect(await cli(project, 'check', '2025-상반기'.normalize('NFC'))).toMatchObject({ code: 0 });
      // Not built yet: said, as a clean says "removed 0 files" (it printed nothing).
      expect(await cli(project, 'clean', '--dry-run', '2025-상반기'.normalize('NFC'))).toMatchObject({ code: 0, out: 'would remove nothing' });
    } finally {
      rmSync(mac);
    }
  });

  it('finds a theme folder and a font file whose Hangul names a Mac wrote in letters', async () => {
    const mac = makeProject('cli-mac-names');
    try {
      // Copied from a Mac (a zip, a shared drive): the names are NFD, the deck says them as typed (NFC).
      cpSync(path.join(repoRoot, 'templates', 'default'), path.join(mac.paths.templates, '은평'.normalize('NFD')), { recursive: true });
      copyFileSync('/usr/share/fonts/opentype/unifont/unifont.otf', path.join(mac.paths.fonts, '유니폰트.otf'.normalize('NFD')));
      mac.deck('p', GOOD.replace('title: 우수사례\n', 'title: 우수사례\ntheme: 은평\nfonts:\n  - 유니폰트.otf\n'.normalize('NFC')).replace('첫 번째 내용', '첫 번째 내용 龘'));
      const checked = await cli(mac, 'check');
      expect([checked.code, checked.err]).toEqual([0, '']);
    } finally {
      mac.remove();
    }
  });

  it('check lays out and writes nothing', async () => {
    project.deck('2024-h2', GOOD);
    const { code, out } = await cli(project, 'check');
    expect(code).toBe(0);
    expect(out).toContain('2024-h2: 2 slides, all fit');
    expect(existsSync(project.paths.output)).toBe(false);
  });

  it('says a warning of the theme once, however many decks use it', async () => {
    const shared = makeProject('cli-warn-once');
    try {
      shared.editTemplate('theme.ts', "npm: gov('Bold')", "npm: gov('Regular')");
      shared.deck('2024-h2', GOOD);
      shared.deck('2025-h1', GOOD);
      const count = (text: string) => text.split('\n').filter((line) => line.startsWith('warning: ') && line.includes('weight 700, but the file is made as weight 400')).length;
      const checked = await cli(shared, 'check');
      expect([checked.code, count(checked.err)]).toEqual([0, 1]);
      const built = await cli(shared, 'build');
      expect([built.code, count(built.out + built.err)]).toEqual([0, 1]);
    } finally {
      shared.remove();
    }
  });

  it('refuses two deck files of one period, which would build into one folder', async () => {
    project.deck('2024-h2', GOOD);
    writeFileSync(path.join(project.paths.data, '2024-h2.yml'), GOOD);
    try {
      const { code, err } = await cli(project, 'build');
      expect(code).toBe(1);
      expect(err).toMatch(/\/data\/2024-h2\.yml: this deck and \S*\/data\/2024-h2\.yaml are both period "2024-h2", and would build into the same folder output\/2024-h2\/\n {2}→ Rename or remove one of them: the file name is the period\./);
    } finally {
      rmSync(path.join(project.paths.data, '2024-h2.yml'));
    }
  });

  it('works on the project from any folder inside it, as git does', async () => {
    project.deck('2024-h2', GOOD);
    const out: string[] = [];
    const code = await main(['check'], { out: (t) => out.push(t), err: (t) => out.push(t) }, project.paths.data);
    expect({ code, out }).toEqual({ code: 0, out: ['2024-h2: 2 slides, all fit'] });
  });

  it('reports a deck mistake with file:line:col, exits 1 and leaves earlier images untouched', async () => {
    project.deck('2024-h2', GOOD);
    expect((await cli(project, 'build')).code).toBe(0);
    const before = project.files('2024-h2').map((f) => readFileSync(path.join(project.paths.output, '2024-h2', f)));
    project.deck('2024-h2', GOOD.replace('    title: 사례 제목', '    titel: 사례 제목'));
    const { code, err } = await cli(project, 'build');
    expect(code).toBe(1);
    expect(err).toContain('data/2024-h2.yaml:5:5: unknown key "titel" in case 1');
    // Once: the misspelt key is the missing one.
    expect(err).not.toContain('is missing "title"');
    expect(err).toContain('1 problem found; nothing was written.');
    expect(err).not.toMatch(/\n\s+at /);
    // A check writes nothing anyway: it says what it found.
    expect((await cli(project, 'check')).err.split('\n').at(-1)).toBe('1 problem found.');
    const after = project.files('2024-h2').map((f) => readFileSync(path.join(project.paths.output, '2024-h2', f)));
    expect(after).toEqual(before);
    // With another period beside it: the build of every period stops, and says how to build that one.
    project.deck('2025-h1', GOOD);
    // A name with a space is quoted, so the command can be pasted as it is.
    project.deck('2025 상반기', GOOD);
    try {
      expect((await cli(project, 'build')).err.split('\n').slice(-2)).toEqual(['1 problem found; nothing was written.', 'To build the other periods meanwhile: npx cardnews build "2025 상반기" 2025-h1']);
      // Not when a problem is in what they share: here, a colour of the theme.
      project.deck('2024-h2', GOOD);
      project.editTemplate('theme.ts', "page: '#EAF0F8'", "page: '#EAF0F'");
      const { err } = await cli(project, 'build');
      expect(err).toContain('theme.ts');
      expect(err).not.toContain('meanwhile');
    } finally {
      rmSync(path.join(project.paths.data, '2025-h1.yaml'));
      rmSync(path.join(project.paths.data, '2025 상반기.yaml'));
      rmSync(project.paths.templates, { recursive: true, force: true });
    }
  });

  it('says where a deck names a template that does not exist, and when a deck is not saved as UTF-8', async () => {
    project.deck('2024-h2', GOOD.replace('organization: 은평구', 'theme: fancy'));
    expect(await cli(project, 'check')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/\/data\/2024-h2\.yaml:2:8: there is no template "fancy": no folder \S*\/templates\/fancy\/, and cardnews comes with none of that name\n {2}→ Use one of: default\.\n {2}2 \| theme: fancy\n {13}\^\n/),
    });
    project.deck('2024-h2', GOOD.replace('organization: 은평구', 'theme: Defualt'));
    expect(await cli(project, 'check')).toMatchObject({ code: 1, err: expect.stringContaining('→ Did you mean "default"? Use one of: default.') });
    // Its folder's path where its name goes: the name is meant.
    project.deck('2024-h2', GOOD.replace('organization: 은평구', 'theme: ./templates/default/'));
    expect(await cli(project, 'check')).toMatchObject({ code: 1, err: expect.stringContaining('→ Did you mean "default"? Use one of: default.') });
    // "title: 제목" as Korean Windows saves it (EUC-KR).
    writeFileSync(path.join(project.paths.data, '2024-h2.yaml'), Buffer.from([...Buffer.from('title: '), 0xc1, 0xa6, 0xb8, 0xf1, 0x0a]));
    expect(await cli(project, 'check')).toMatchObject({ code: 1, err: expect.stringContaining('/data/2024-h2.yaml:1:8: the file is not UTF-8: it looks like EUC-KR (CP949, "ANSI" in Korean Windows Notepad)') });
  });

  it('reports a file or folder in the way as the user\'s to fix, from the main thread and from a worker', async () => {
    project.deck('2024-h2', GOOD);
    const out = path.join(project.paths.output, '2024-h2');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(project.paths.output, { recursive: true });
    writeFileSync(out, 'not a folder');
    const first = await cli(project, 'build');
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/^cardnews: cannot use \S*output\/2024-h2: there is a file where cardnews needs a folder\n {2}→ Move or rename that file and run the command again\.\nImages written before this are complete; the next build finishes the rest\.$/);
    // A clean says what it did, not what a build did.
    expect(await cli(project, 'clean', '2024-h2')).toMatchObject({ code: 1, err: expect.stringMatching(/^cardnews: cannot use \S*output\/2024-h2: there is a file where cardnews needs a folder\n {2}→ Move or rename that file and run the command again\.\nFiles removed before this are gone; cleaning again removes the rest\.$/) });
    rmSync(out);
    // The worker that writes the case slide finds a folder where the image goes.
    mkdirSync(path.join(out, '02-case1.png'), { recursive: true });
    const second = await cli(project, 'build');
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/^cardnews: cannot use \S*output\/2024-h2\/02-case1\.png: this is a folder where cardnews needs a file\n/);
    rmSync(path.join(out, '02-case1.png'), { recursive: true });
    const third = await cli(project, 'build');
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/^2024-h2: 1 slide to render\n {2}2024-h2\/02-case1\.png {2}new slide\n/);
    expect(describeFileError(Object.assign(new Error('EACCES'), { code: 'EACCES', path: path.join(out, '.cardnews.lock'), syscall: 'open' }))).toMatch(/: permission denied\n {2}→ Run cardnews as the user who owns the project/);
    // A folder where the lock file goes: node's rm names it in a code of its own.
    mkdirSync(path.join(out, '.cardnews.lock'));
    expect(await cli(project, 'build', '--force')).toMatchObject({ code: 1, err: expect.stringMatching(/^cardnews: cannot use \S*output\/2024-h2\/\.cardnews\.lock: this is a folder where cardnews needs a file\n/) });
    rmSync(path.join(out, '.cardnews.lock'), { recursive: true });
  });

  it('names a deck that is a link to nothing or to itself, or a folder, as the user\'s to mend (each was "a bug in cardnews")', async () => {
    project.deck('2024-h2', GOOD);
    const link = path.join(project.paths.data, 'moved.yaml');
    const folder = path.join(project.paths.data, '2025.yaml');
    const loop = path.join(project.paths.data, 'loop.yaml');
    symlinkSync(path.join(project.root, 'nowhere.yaml'), link);
    // A link to itself (ELOOP from the system) was "a bug in cardnews".
    symlinkSync('loop.yaml', loop);
    mkdirSync(folder);
    try {
      expect(await cli(project, 'check')).toMatchObject({
        code: 1,
        err: [
          `${path.relative(process.cwd(), folder)}: this is a folder, not a deck file`,
          '  → Rename the folder so that its name does not end in .yaml or .yml: decks are files in data/ itself.',
          '',
          `${path.relative(process.cwd(), loop)}: this deck is a link that leads back to itself, through links only`,
          '  → Put the deck itself into data/, or mend the link.',
          '',
          `${path.relative(process.cwd(), link)}: this deck is a link to ${path.join(project.root, 'nowhere.yaml')}, which does not exist`,
          '  → Put the deck itself into data/, or mend the link.',
          '',
          '3 problems found.',
          'To check the other periods meanwhile: npx cardnews check 2024-h2',
        ].join('\n'),
      });
    } finally {
      rmSync(loop);
      rmSync(link);
      rmSync(folder, { recursive: true });
    }
  });

  it('calls a broken installation what it is, with the command that mends it (not "a bug in cardnews")', () => {
    // The messages sharp and resvg give (as measured with their binaries moved away), and a binary from another system.
    const sharp = 'Could not load the "sharp" module using the linux-x64 runtime\nPossible solutions:\n- Ensure optional dependencies can be installed:';
    const resvg = "Cannot find module '@resvg/resvg-js-linux-x64-gnu'\nRequire stack:\n- /x/node_modules/@resvg/resvg-js/js-binding.js";
    const elf = '/x/node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node: invalid ELF header';
    const hint = `  → The installation in ${repoRoot} is incomplete, or was made on another system (node_modules copied from another computer): run "npm ci" there, then build again.`;
    expect(describeInstallError(new Error(sharp))).toBe(`cardnews: cannot load sharp (Could not load the "sharp" module using the linux-x64 runtime)\n${hint}`);
    expect(describeInstallError(new Error(resvg))?.split('\n')[0]).toBe("cardnews: cannot load @resvg/resvg-js-linux-x64-gnu (Cannot find module '@resvg/resvg-js-linux-x64-gnu')");
    expect(describeInstallError(new Error(elf))?.split('\n')[0]).toBe(`cardnews: cannot load sharp-linux-x64.node (${elf})`);
    // A missing file of cardnews's own is not an installation problem.
    expect(describeInstallError(new Error("Cannot find module './x.js'"))).toBeUndefined();
  });

  it('prints a line per drawn slide with the reason, then a summary, when not on a terminal', async () => {
    project.deck('2024-h2', GOOD);
    await cli(project, 'clean');
    const first = await cli(project, 'build');
    // Then where the images are, for a build that wrote any.
    expect(first.out.split('\n').slice(0, 5)).toEqual(['2024-h2: 2 slides to render', expect.stringMatching(/^ {2}2024-h2\/0[12]-(cover|case1)\.png {2}new slide$/), expect.stringMatching(/^ {2}2024-h2\/0[12]-(cover|case1)\.png {2}new slide$/), expect.stringMatching(/^rendered 2, up to date 0, reused 0, removed 0 in [\d.]+ s$/), 'images in output/2024-h2/']);
    const second = await cli(project, 'build');
    expect(second.out.split('\n')).toEqual(['2024-h2: up to date', expect.stringMatching(/^rendered 0, up to date 2, reused 0, removed 0 in [\d.]+ s$/)]);
  });

  it('draws bars on a terminal, and plain lines on one that cannot move its cursor (TERM=dumb)', async () => {
    project.deck('2024-h2', GOOD);
    const term = process.env['TERM'];
    try {
      for (const [name, bars] of [['xterm-256color', true], ['dumb', false]] as const) {
        process.env['TERM'] = name;
        const written: string[] = [];
        const out: string[] = [];
        const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
        expect(await main(['build', '--force'], { out: (t) => out.push(t), err: () => {}, stream }, project.root)).toBe(0);
        expect([name, written.some((t) => t.includes('\x1b[2K')), out.some((t) => t.includes('2024-h2/01-cover.png  forced'))]).toEqual([name, bars, !bars]);
      }
    } finally {
      if (term === undefined) delete process.env['TERM'];
      else process.env['TERM'] = term;
    }
  });

  it('shows on a terminal how far a check has laid the slides out, and takes the bars off before what it found, as a build stopped by a mistake does', async () => {
    const term = process.env['TERM'];
    process.env['TERM'] = 'xterm-256color';
    const tooLong = GOOD.replace('첫 번째 내용', '아주 긴 내용 '.repeat(150));
    try {
      for (const [command, deck, code, said] of [
        ['check', GOOD, 0, '2024-h2: 2 slides, all fit'],
        ['check', tooLong, 1, 'bullet 1 of section 1 does not fit one slide'],
        ['build', tooLong, 1, 'bullet 1 of section 1 does not fit one slide'],
      ] as const) {
        project.deck('2024-h2', deck);
        const written: string[] = [];
        const found: string[] = [];
        const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
        expect(await main([command], { out: (t) => found.push(t), err: (t) => found.push(t), stream }, project.root)).toBe(code);
        expect(written.join('')).toContain('laying out cases 1/1');
        // The last thing on the terminal before what the check says: the bar taken off.
        expect(written.at(-1)).toBe('\x1b[1A\x1b[J');
        expect(found.join('\n')).toContain(said);
      }
    } finally {
      if (term === undefined) delete process.env['TERM'];
      else process.env['TERM'] = term;
    }
  });

  it('says so when decks are in a folder inside data/, which builds do not read', async () => {
    const nested = makeProject('cli-nested');
    try {
      mkdirSync(path.join(nested.paths.data, '2025'));
      writeFileSync(path.join(nested.paths.data, '2025', 'h1.yaml'), GOOD);
      const alone = await cli(nested, 'build');
      expect(alone.code).toBe(2);
      const file = path.join(nested.paths.data, '2025', 'h1.yaml');
      expect(alone.err).toContain(`data itself: ${path.relative(process.cwd(), file)} is in a folder inside it, and decks are read from data/ only; move them into data/ (the file name is the period)`);
      nested.deck('2025-h2', GOOD);
      const beside = await cli(nested, 'build');
      expect(beside.code).toBe(0);
      expect(beside.out.split('\n').slice(-1)).toEqual([`note: ${path.join('data', '2025', 'h1.yaml')} is in a folder inside data/, and was not built; decks are read from data/ itself ("npx cardnews build ${path.join('data', '2025', 'h1.yaml')}" builds it)`]);
      // Named by its period or its path in data/, it was "neither a deck file nor a period", with another period guessed.
      const shown = path.relative(process.cwd(), file);
      for (const named of ['h1', '2025/h1', path.join(nested.paths.data, '2025', 'h1')]) {
        expect(await cli(nested, 'build', named)).toMatchObject({ code: 2, err: expect.stringContaining(`"${named}" is ${shown}, in a folder inside data/, where periods are not looked for: name its file to build it (${shown}), or move it into data/`) });
      }
      // Built by its path, its folder is not one whose deck is gone.
      expect((await cli(nested, 'build', file)).code).toBe(0);
      expect((await cli(nested, 'build')).out).not.toContain('output/h1/ has no deck');
    } finally {
      nested.remove();
    }
  });

  it("passes over hidden files in data/: a Mac's ._ copy of a deck, an editor's swap file, a history folder", async () => {
    const hidden = makeProject('cli-hidden');
    try {
      hidden.deck('2025-h1', GOOD);
      // What a Mac writes beside a file it copies to a USB stick or a share: its metadata, not text.
      writeFileSync(path.join(hidden.paths.data, '._2025-h1.yaml'), Buffer.from('00051607000200004d6163204f5320582020202020202020000200000009000000320000', 'hex'));
      writeFileSync(path.join(hidden.paths.data, '.2025-h1.yaml.swp'), 'b0VIM 9.0');
      mkdirSync(path.join(hidden.paths.data, '.history'));
      writeFileSync(path.join(hidden.paths.data, '.history', '2025-h1_20250301.yaml'), GOOD);
      // The ._ file stopped the build as a deck that is not UTF-8; the history, a note per copy.
      const built = await cli(hidden, 'build');
      expect([built.code, built.err, built.out.split('\n').filter((l) => l.startsWith('note:'))]).toEqual([0, '', []]);
      expect(readdirSync(hidden.paths.output)).toEqual(['2025-h1']);
    } finally {
      hidden.remove();
    }
  });

  it('says so when a deck was saved as .yaml.txt, as Windows Notepad saves it (it was passed over, and its period taken for a typo of another)', async () => {
    const saved = makeProject('cli-txt');
    try {
      writeFileSync(path.join(saved.paths.data, '2025-h1.yaml.txt'), GOOD);
      const said = (file: string) => `${file} was not read: its name ends in .txt (Notepad adds it when it saves); rename it to 2025-h1.yaml (in Explorer, with View › File name extensions on), or save it again from Notepad as type "All files"`;
      expect(await cli(saved, 'build')).toMatchObject({ code: 2, err: expect.stringContaining(`no deck files found in ${saved.paths.data}: ${said(path.join('data', '2025-h1.yaml.txt'))}`) });
      saved.deck('2025-h2', GOOD);
      const beside = await cli(saved, 'build');
      expect(beside.out.split('\n').slice(-1)).toEqual([`note: ${said(path.join('data', '2025-h1.yaml.txt'))}`]);
      // Named, it was "neither a deck file nor a period (did you mean "2025-h2"?)".
      expect(await cli(saved, 'build', '2025-h1')).toMatchObject({ code: 2, err: `cardnews: "2025-h1": ${said(path.join('data', '2025-h1.yaml.txt'))}\nRun "cardnews --help" for usage.` });
    } finally {
      saved.remove();
    }
  });

  it('notes output folders whose deck is gone from data/', async () => {
    project.deck('2024-h2', GOOD);
    expect((await cli(project, 'build')).code).toBe(0);
    renameSync(path.join(project.paths.data, '2024-h2.yaml'), path.join(project.paths.data, '2024-2.yaml'));
    try {
      const { code, out } = await cli(project, 'build');
      expect(code).toBe(0);
      expect(out.split('\n').slice(-1)).toEqual(['note: output/2024-h2/ has no deck in data/ any more; "npx cardnews clean 2024-h2" removes it']);
      // -n, as with build, lists and removes nothing: the note stays.
      expect(await cli(project, 'clean', '-n', '2024-h2')).toMatchObject({ code: 0, out: ['.cardnews-manifest.json', '01-cover.png', '02-case1.png'].map((f) => `would remove output/2024-h2/${f}`).join('\n') });
      expect((await cli(project, 'build')).out).toContain('note: output/2024-h2/');
      // While a build writes the folder: a user's mistake, and the closing line says what did not happen.
      const lock = acquireLock(path.join(project.paths.output, '2024-h2'));
      try {
        expect(await cli(project, 'clean', '2024-h2')).toMatchObject({ code: 1, err: expect.stringMatching(/right now\n {2}→ Wait for it to finish, then run this command again\.\n\n1 problem found; nothing was removed\.$/) });
      } finally {
        lock.release();
      }
      expect((await cli(project, 'clean', '2024-h2')).code).toBe(0);
      expect((await cli(project, 'build')).out).not.toContain('note:');
    } finally {
      renameSync(path.join(project.paths.data, '2024-2.yaml'), path.join(project.paths.data, '2024-h2.yaml'));
      await cli(project, 'clean', '2024-2');
    }
  });

  it('exits with the same codes as a real process, without a stack trace', async () => {
    project.deck('2024-h2', GOOD.replace('bullets:\n', 'bullets: 한 줄\n'));
    const failed = await run('node', [bin, 'build'], { cwd: project.root }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('data/2024-h2.yaml:8:18: "bullets" of case 1 section 1 must be a list, but it is a text');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const usage = await run('node', [bin, 'frobnicate'], { cwd: project.root }).then(() => ({ code: 0 }), (e: { code: number }) => e);
    expect(usage.code).toBe(2);
    // An older Node (pretended here) is named, instead of failing somewhere inside.
    const pretend = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.19.0"})';
    const old = await run('node', ['--import', pretend, bin, 'build'], { cwd: project.root }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(old).toMatchObject({ code: 1, stderr: 'cardnews needs Node 20.11 or newer; this is Node 18.19.0.\nInstall the current Node LTS from https://nodejs.org and run it again.\n' });
    // A fresh clone run before `npm install`: was Node's "Cannot find package 'esbuild'" and its stack.
    const clone = mkdtempSync(path.join(tmpdir(), 'cardnews-clone-'));
    try {
      mkdirSync(path.join(clone, 'bin'));
      mkdirSync(path.join(clone, 'src'));
      writeFileSync(path.join(clone, 'bin', 'cardnews.js'), readFileSync(bin));
      writeFileSync(path.join(clone, 'package.json'), readFileSync(path.join(repoRoot, 'package.json')));
      const bare = await run('node', [path.join(clone, 'bin', 'cardnews.js'), 'build'], { cwd: clone }).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
      expect(bare).toMatchObject({ code: 1, stderr: `cardnews: its packages are not installed (${path.join(clone, 'node_modules')} has no esbuild).\nRun npm install (or npm ci) in ${clone}, then run it again.\n` });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('keeps the command bundles of other sources that ran within a day, and removes older ones', async () => {
    // A second checkout sharing this node_modules made its bundle and removed every other one:
    // a build running from one of them failed to load its next chunk ("Cannot find module").
    const cache = path.join(repoRoot, 'node_modules', '.cache', 'cardnews');
    const before = new Set(readdirSync(cache));
    const stale = path.join(cache, 'cli-test-unused-for-days');
    const recent = path.join(cache, 'cli-test-used-just-now');
    const clone = mkdtempSync(path.join(tmpdir(), 'cardnews-checkout-'));
    try {
      mkdirSync(stale);
      mkdirSync(recent);
      const daysAgo = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
      utimesSync(stale, daysAgo, daysAgo);
      cpSync(path.join(repoRoot, 'src'), path.join(clone, 'src'), { recursive: true });
      cpSync(path.join(repoRoot, 'bin'), path.join(clone, 'bin'), { recursive: true });
      copyFileSync(path.join(repoRoot, 'package.json'), path.join(clone, 'package.json'));
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'));
      await run('node', [path.join(clone, 'bin', 'cardnews.js'), '--version'], { cwd: clone });
      expect([existsSync(stale), existsSync(recent)]).toEqual([false, true]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
      for (const made of readdirSync(cache)) if (!before.has(made)) rmSync(path.join(cache, made), { recursive: true, force: true });
      rmSync(recent, { recursive: true, force: true });
    }
  });

  it('builds to the end when whatever reads its output stops early (| head -1)', async () => {
    project.deck('2024-h2', GOOD);
    rmSync(project.paths.output, { recursive: true, force: true });
    const child = spawn('node', [bin, 'build'], { cwd: project.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(project.files('2024-h2')).toEqual(['01-cover.png', '02-case1.png']);
    expect((await cli(project, 'build')).out).toContain('2024-h2: up to date');
  });

  it('takes npm\'s settings for options only in a script that runs cardnews itself', () => {
    const npm = { npm_lifecycle_event: 'build', npm_config_force: 'true', npm_config_dry_run: 'true', npm_config_jobs: '2' };
    expect(npmScriptArgs({ ...npm, npm_lifecycle_script: 'node bin/cardnews.js build' })).toEqual(['--force', '--dry-run', '--jobs=2']);
    // `npm test --force`: the builds its tests start are not forced.
    expect(npmScriptArgs({ ...npm, npm_lifecycle_event: 'test', npm_lifecycle_script: 'tsc --noEmit && vitest run' })).toEqual([]);
    // Outside npm, such variables in a shell's environment mean nothing.
    expect(npmScriptArgs({ npm_config_force: 'true' })).toEqual([]);
  });

  it('reads the options npm keeps for itself (npm run build --dry-run drew and wrote the slides, --force redrew nothing)', async () => {
    project.deck('2024-h2', GOOD);
    rmSync(project.paths.output, { recursive: true, force: true });
    // A project's own script, as the README's `npm run build` runs it.
    writeFileSync(path.join(project.root, 'package.json'), JSON.stringify({ name: 'office-cards', private: true, scripts: { build: `node ${JSON.stringify(bin)} build` } }));
    // Without the environment `npm test` gives its children: npm sets it afresh for the script.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    const npm = (...args: string[]) => run('npm', ['run', '--silent', 'build', ...args], { cwd: project.root, env }).then(({ stdout }) => ({ code: 0, stdout, stderr: '' }), (e: { code: number; stdout: string; stderr: string }) => e);
    expect((await npm('--dry-run')).stdout).toBe('would render output/2024-h2/01-cover.png: new slide\nwould render output/2024-h2/02-case1.png: new slide\n');
    expect(existsSync(project.paths.output)).toBe(false);
    expect((await npm()).stdout).toContain('rendered 2, up to date 0');
    expect((await npm('--force')).stdout).toContain('rendered 2, up to date 0');
    const jobs = await npm('--jobs', '2');
    expect([jobs.code, jobs.stderr]).toEqual([2, 'cardnews: --jobs needs the number of worker threads; through npm, write it with "=" (npm run build --jobs=2) or after "--" (npm run build -- --jobs 2), since npm keeps "--jobs 2" for itself\nRun "cardnews --help" for usage.\n']);
    expect((await npm('--jobs=1', '--force')).stdout).toContain('rendered 2, up to date 0');
    rmSync(path.join(project.root, 'package.json'));
  });

  it('compiles the worker code once: later builds take V8\'s code cache, and replace one V8 refuses', async () => {
    project.deck('2024-h2', GOOD);
    const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'cardnews');
    const codeCaches = () => readdirSync(cacheDir).filter((f) => /^worker-.*\.v8cache$/.test(f));
    const traced = async () => {
      rmSync(project.paths.output, { recursive: true, force: true });
      const { stderr } = await run('node', [bin, 'build'], { cwd: project.root, env: { ...process.env, CARDNEWS_TRACE: '1' } });
      // One line per worker: all of them say the same.
      return [...new Set(stderr.split('\n').filter((l) => l.includes('worker code compiled')).map((l) => l.replace(/^.*\] /, '')))];
    };
    // Made under the flags the command runs with: in-process test builds have caches of their own.
    for (const f of codeCaches()) rmSync(path.join(cacheDir, f));
    expect(await traced()).toEqual(['worker code compiled, no code cache yet']);
    const [cache] = codeCaches();
    expect(cache).toBeDefined();
    expect(await traced()).toEqual(['worker code compiled, from its code cache']);
    writeFileSync(path.join(cacheDir, cache ?? ''), 'not a code cache');
    expect(await traced()).toEqual(['worker code compiled, code cache refused']);
    expect(statSync(path.join(cacheDir, cache ?? '')).size).toBeGreaterThan(100_000);
    expect(project.files('2024-h2')).toEqual(['01-cover.png', '02-case1.png']);
  });

  it("has resvg's allocator keep a slide's pixel memory for the next slide, unless the user set how long", async () => {
    project.deck('2024-h2', GOOD);
    // mimalloc lists its settings as resvg loads it, in a worker, when asked to be verbose.
    const purgeDelay = async (env: Record<string, string>) => {
      const { stderr } = await run('node', [bin, 'build', '--force'], { cwd: project.root, env: { ...process.env, MIMALLOC_VERBOSE: '1', ...env } });
      return [...new Set(stderr.split('\n').filter((l) => l.includes("option 'purge_delay'")))];
    };
    expect(await purgeDelay({})).toEqual(["mimalloc: option 'purge_delay': 1000"]);
    expect(await purgeDelay({ MIMALLOC_PURGE_DELAY: '50' })).toEqual(["mimalloc: option 'purge_delay': 50"]);
  });
});
