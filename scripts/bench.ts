/**
 * `npm run bench`: how fast builds are, as medians of several runs, next to a floor measured in
 * the same run (satori + resvg + encode per slide with fonts already loaded). Prints figures;
 * asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compose, frameFor } from '../src/compose/compose.ts';
import { usableCores } from '../src/cores.ts';
import { encodePng, rasterize } from '../src/render/rasterize.ts';
import { resolveFontPath } from '../src/render/fonts.ts';
import { renderSvg } from '../src/render/satori.ts';
import { planInProcess, repoRoot } from '../src/testing/fixtures.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const bin = path.join(repoRoot, 'bin', 'cardnews.js');
const work = path.join(repoRoot, 'test-tmp', 'bench');

interface Run {
  seconds: number;
  /** CPU time of all its threads, user and system. */
  cpuSeconds: number;
  peakMb: number;
  rendered: number;
}

/**
 * How `npm run build` runs a build, read from package.json: any environment it sets before the
 * command (none since version 0.1.11) and its node flags (garbage collection on each thread itself,
 * which V8 only accepts when the process starts).
 */
interface Way {
  env: Record<string, string>;
  node: string[];
}

function npmRunBuild(): Way {
  const script = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build'] ?? '';
  const words = script.split(/\s+/);
  const at = words.indexOf('node');
  const end = words.findIndex((w) => w.endsWith('cardnews.js'));
  const env = Object.fromEntries(words.slice(0, at).map((w) => w.split('=') as [string, string]));
  return { env, node: words.slice(at + 1, end) };
}

const NPM_RUN_BUILD = npmRunBuild();
const PLAIN: Way = { env: {}, node: [] };

/** One build in a fresh process, timed by GNU time (wall seconds, peak RSS of the whole process). */
function timedBuild(cwd: string, args: string[], way: Way = NPM_RUN_BUILD): Run {
  const result = spawnSync('/usr/bin/time', timeArgs(args, way), { cwd, encoding: 'utf8', env: { ...process.env, ...way.env } });
  return timedRun(result.status, result.stdout, result.stderr);
}

/** The same, without waiting: to run builds side by side. */
function timedBuildAsync(cwd: string, args: string[]): Promise<Run> {
  const child = spawn('/usr/bin/time', timeArgs(args, NPM_RUN_BUILD), { cwd, env: { ...process.env, ...NPM_RUN_BUILD.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve(timedRun(status, stdout, stderr))));
}

const timeArgs = (args: string[], way: Way) => ['-f', '%e %M %U %S', 'node', ...way.node, bin, 'build', ...args];

function timedRun(status: number | null, stdout: string, stderr: string): Run {
  if (status !== 0) throw new Error(`build failed: ${stderr}`);
  const [seconds, kb, user, system] = (stderr.trim().split('\n').at(-1) ?? '0 0 0 0').split(' ').map(Number);
  const rendered = Number(/rendered (\d+)/.exec(stdout)?.[1] ?? -1);
  return { seconds: seconds ?? 0, cpuSeconds: (user ?? 0) + (system ?? 0), peakMb: (kb ?? 0) / 1024, rendered };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function project(name: string, deck: string): string {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data', `${name}.yaml`), deck);
  return dir;
}

function syntheticDeck(slides: number): string {
  const cases = Array.from({ length: slides - 2 }, (_, i) => `  - award: ${['최우수', '우수', '장려', '협업우수'][i % 4]}
    title: 합성 사례 ${i + 1}
    sections:
      - heading: 추진 배경
        bullets:
          - ${i + 1}번 사례는 주민 생활과 밀접한 현장 행정을 개선했습니다
      - heading: 추진 성과
        bullets:
          - 처리 기간 ${i % 30}일 단축과 만족도 ${80 + (i % 20)}% 달성
`).join('');
  return `title: 벤치마크\norganization: 은평구\ncases:\n${cases}closing:\n  lines:\n    - 끝\n`;
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

/**
 * The other reading of "process start": what one process must do before its first slide, and
 * what the floor leaves out — start node, load satori, resvg and sharp, and have satori parse
 * the theme's fonts (its first call). A plain script, as someone without cardnews would write it.
 */
function readyToRender(fontFiles: readonly string[]): number {
  const script = [
    "import satori from 'satori'; import '@resvg/resvg-js'; import 'sharp'; import { readFileSync } from 'node:fs';",
    `const fonts = ${JSON.stringify(fontFiles)}.map((file) => ({ name: 'f', data: readFileSync(file), weight: 400 }));`,
    "await satori({ type: 'div', props: { style: { display: 'flex' }, children: '가A' } }, { width: 10, height: 10, fonts });",
  ].join('\n');
  return median(Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const result = spawnSync('node', ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the ready-to-render script failed: ${result.stderr}`);
    return (performance.now() - t) / 1000;
  }));
}

async function floor(): Promise<{ ms: number; fontFiles: string[] }> {
  process.env['NODE_ENV'] = 'production';
  const text = readFileSync(path.join(repoRoot, 'data', '2024-h2.yaml'), 'utf8');
  // Full fonts, not subsets: the floor is satori and resvg at their plainest.
  const { deck, plan, templates, ctx } = await planInProcess(text);
  const fontFiles = templates.theme.fonts.map((spec) => resolveFontPath(spec, path.join(repoRoot, 'fonts'), repoRoot));
  const perSlide: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    for (const [i, slide] of plan.slides.entries()) {
      const { svg } = await renderSvg(compose(slide, frameFor(deck, i + 1, plan.slides.length), templates), ctx);
      await encodePng(rasterize(svg));
      await new Promise((resolve) => setImmediate(resolve));
    }
    // The first run parses fonts and warms up: it is not the floor.
    if (run > 0) perSlide.push((performance.now() - started) / plan.slides.length);
  }
  return { ms: median(perSlide), fontFiles };
}

async function main(): Promise<void> {
  // As a build counts them (a container's CPU quota too).
  const cores = usableCores();
  console.log(`cardnews benchmark: medians of ${RUNS} runs on ${cores} cores, node ${process.version}\n`);
  const { ms: floorMs, fontFiles } = await floor();
  const start = median(Array.from({ length: RUNS }, () => {
    const t = performance.now();
    spawnSync('node', ['-e', '0']);
    return (performance.now() - t) / 1000;
  }));
  const ready = readyToRender(fontFiles);
  line('(e) floor: satori + resvg + sharp per slide, fonts loaded', `${floorMs.toFixed(1)} ms/slide (${(1000 / floorMs).toFixed(1)} slides/s on one core)`);
  line('    node process start', `${start.toFixed(3)} s`);
  line('    ready to render: node, libraries, fonts parsed', `${ready.toFixed(3)} s`);

  const example = readFileSync(path.join(repoRoot, 'data', '2024-h2.yaml'), 'utf8');
  const dir = project('2024-h2', example);
  const cold = Array.from({ length: RUNS }, () => {
    rmSync(path.join(dir, 'output'), { recursive: true, force: true });
    return timedBuild(dir, []);
  });
  const slides = cold[0]?.rendered ?? 0;
  const coldS = median(cold.map((r) => r.seconds));
  const oneCore = (slides * floorMs) / 1000 + start;
  const twoCores = (slides * floorMs) / 1000 / 2 + start;
  line(`(a) cold full build, example period (${slides} slides)`, `${coldS.toFixed(2)} s, peak RSS ${median(cold.map((r) => r.peakMb)).toFixed(0)} MB`);
  line('    vs floor × slides + start (one core; two cores)', `${oneCore.toFixed(2)} s: ratio ${(coldS / oneCore).toFixed(2)}; ${twoCores.toFixed(2)} s: ratio ${(coldS / twoCores).toFixed(2)}`);
  const oneProcess = (slides * floorMs) / 1000 + ready;
  line('    vs floor × slides + a process ready to render', `${oneProcess.toFixed(2)} s: ratio ${(coldS / oneProcess).toFixed(2)}`);
  // Where a cold build stands against the cores: its CPU time spread perfectly over them.
  const coldCpu = median(cold.map((r) => r.cpuSeconds));
  line(`    CPU time of all its threads (÷ ${cores} cores)`, `${coldCpu.toFixed(2)} s (${(coldCpu / cores).toFixed(2)} s), of which floor work ${((slides * floorMs) / 1000).toFixed(2)} s`);

  const noop = Array.from({ length: RUNS }, () => timedBuild(dir, []));
  line('(b) nothing to do', `${median(noop.map((r) => r.seconds)).toFixed(3)} s wall, rendered ${median(noop.map((r) => r.rendered))}`);

  const deckFile = path.join(dir, 'data', '2024-h2.yaml');
  const bullet = '은평구 관내 영세 소상공인 지역상권 회복을 위한 소상공인 지원 필요';
  const edits = Array.from({ length: RUNS }, (_, i) => {
    writeFileSync(deckFile, example.replace(bullet, `${bullet}${i % 2 === 0 ? '함' : ''}`));
    return timedBuild(dir, []);
  });
  line('(c) after editing one bullet', `${median(edits.map((r) => r.seconds)).toFixed(2)} s, rendered ${edits.map((r) => r.rendered).join('/')} slide(s)`);

  // A designer's loop: a colour changed in the case template, which every case slide draws.
  const templates = path.join(dir, 'templates');
  cpSync(path.join(repoRoot, 'templates'), templates, { recursive: true });
  timedBuild(dir, []);
  const caseFile = path.join(templates, 'default', 'Case.tsx');
  const caseSource = readFileSync(caseFile, 'utf8');
  const tweaks = Array.from({ length: RUNS }, (_, i) => {
    writeFileSync(caseFile, i % 2 === 0 ? caseSource.replace('color: colors.body, fontWeight: 400', 'color: colors.ink, fontWeight: 400') : caseSource);
    return timedBuild(dir, []);
  });
  line('    after a colour changed in Case.tsx', `${median(tweaks.map((r) => r.seconds)).toFixed(2)} s, rendered ${tweaks.map((r) => r.rendered).join('/')} slide(s)`);

  const synthetic = project('synthetic', syntheticDeck(200));
  console.log(`    (builds run as npm run build runs them: ${[...Object.entries(NPM_RUN_BUILD.env).map(([k, v]) => `${k}=${v}`), 'node', ...NPM_RUN_BUILD.node].join(' ')})`);
  // One worker, two, and two as a plain `npx cardnews build` starts them, by turns: this
  // machine's speed drifts over minutes (the same build's CPU time moved by 15 % between runs),
  // and five of one after five of the other put a slow spell on one side of a ratio only.
  const ways = [{ jobs: 1, way: NPM_RUN_BUILD }, { jobs: 2, way: NPM_RUN_BUILD }, { jobs: 2, way: PLAIN }];
  const byWay = ways.map(() => [] as Run[]);
  for (let run = 0; run < RUNS; run++) {
    ways.forEach(({ jobs, way }, i) => {
      rmSync(path.join(synthetic, 'output'), { recursive: true, force: true });
      byWay[i]?.push(timedBuild(synthetic, ['--jobs', String(jobs)], way));
    });
  }
  const perJobs = ways.slice(0, 2).map(({ jobs }, i) => {
    const runs = byWay[i] ?? [];
    const seconds = median(runs.map((r) => r.seconds));
    const rate = (runs[0]?.rendered ?? 0) / seconds;
    line(`(d) 200-slide deck, ${jobs} worker${jobs > 1 ? 's' : ''}`, `${seconds.toFixed(2)} s, ${rate.toFixed(1)} slides/s, peak RSS ${median(runs.map((r) => r.peakMb)).toFixed(0)} MB`);
    return seconds;
  });
  line('    2 workers vs 1', `${((perJobs[0] ?? 0) / (perJobs[1] ?? 1)).toFixed(2)}× faster; floor allows ${((2 * 1000) / floorMs).toFixed(1)} slides/s on 2 cores`);
  const plain = byWay[2] ?? [];
  line('    the same as plain npx cardnews build', `${median(plain.map((r) => r.seconds)).toFixed(2)} s, peak RSS ${median(plain.map((r) => r.peakMb)).toFixed(0)} MB`);
  // The two cores as two processes instead of two threads of one: do the cores scale?
  const twin = project('synthetic-twin', syntheticDeck(200));
  const pairs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const dir of [synthetic, twin]) rmSync(path.join(dir, 'output'), { recursive: true, force: true });
    const both = await Promise.all([timedBuildAsync(synthetic, ['--jobs', '1']), timedBuildAsync(twin, ['--jobs', '1'])]);
    pairs.push(Math.max(...both.map((r) => r.seconds)));
  }
  line('    two 1-worker builds of it side by side', `${median(pairs).toFixed(2)} s for both (one alone: ${(perJobs[0] ?? 0).toFixed(2)} s)`);
  // Flat memory: twice the slides should not need (much) more.
  const big = project('synthetic400', syntheticDeck(400));
  const large = Array.from({ length: Math.min(RUNS, 3) }, () => {
    rmSync(path.join(big, 'output'), { recursive: true, force: true });
    return timedBuild(big, ['--jobs', '2']);
  });
  line('    400-slide deck, 2 workers (memory stays flat)', `${median(large.map((r) => r.seconds)).toFixed(2)} s, peak RSS ${median(large.map((r) => r.peakMb)).toFixed(0)} MB`);
  rmSync(work, { recursive: true, force: true });
}

await main();
