/**
 * The example period end to end: what comms staff get in output/2024-h2/ — every slide, at the
 * right size, with every bullet readable, emoji drawn in colour, nothing in the outer margin,
 * and the same pixels as the reviewed golden images.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theme } from '../../templates/default/theme.ts';
import { compareGolden, countColor, hexToRgb, readRaw } from '../testing/images.ts';
import { fuzzyFind, hangulOnly } from '../testing/ocr.ts';
import { exampleDeck, makeProject, type TestProject } from '../testing/project.ts';
import { parseDeckText } from '../load/readDeckFile.ts';
import { validateDeck } from '../validate/validateDeck.ts';

const run = promisify(execFile);
const goldenDir = path.join(import.meta.dirname, '__golden__', '2024-h2');
const NAMES = ['01-cover', '02-case1', '03-case1-2', '04-case2', '05-case2-2', '06-case3', '07-case3-2', '08-case4', '09-case4-2', '10-case5', '11-case5-2', '12-case6', '13-case6-2', '14-closing'];

describe('the example period, 2024-h2', () => {
  let project: TestProject;
  const file = (name: string) => path.join(project.paths.output, '2024-h2', `${name}.png`);

  beforeAll(async () => {
    project = makeProject('example');
    project.deck('2024-h2', exampleDeck());
    await project.build();
  });
  afterAll(() => project.remove());

  it('writes one numbered image per slide, in carousel order', () => {
    expect(project.files('2024-h2')).toEqual(NAMES.map((n) => `${n}.png`));
  });

  it('draws every slide at 1080×1350', async () => {
    for (const name of NAMES) {
      const raw = await readRaw(file(name));
      expect([raw.width, raw.height], name).toEqual([1080, 1350]);
    }
  });

  it('draws the emoji markers and closing emoji as colour images', async () => {
    for (const name of NAMES.filter((n) => n.includes('case'))) {
      const raw = await readRaw(file(name));
      expect(countColor(raw, hexToRgb('#55ACEE'), 12), `${name}: 🔹 pixels`).toBeGreaterThan(150);
      expect(countColor(raw, hexToRgb('#31373D'), 12), `${name}: ✔️ pixels`).toBeGreaterThan(150);
    }
    const closing = await readRaw(file('14-closing'));
    expect(countColor(closing, hexToRgb('#FFD983'), 12), '💡 pixels').toBeGreaterThan(200);
    expect(countColor(closing, hexToRgb('#BE1931'), 12), '❗ pixels').toBeGreaterThan(200);
  });

  it('draws nothing in the outer margin', async () => {
    const band = 40;
    const page = hexToRgb(theme.colors.page);
    for (const name of NAMES.filter((n) => n !== '01-cover')) {
      const raw = await readRaw(file(name));
      const edges = [
        { left: 0, top: 0, width: raw.width, height: band },
        { left: 0, top: raw.height - band, width: raw.width, height: band },
        { left: 0, top: 0, width: band, height: raw.height },
        { left: raw.width - band, top: 0, width: band, height: raw.height },
      ];
      for (const edge of edges) expect(countColor(raw, page, 2, edge), `${name} ${JSON.stringify(edge)}`).toBe(edge.width * edge.height);
    }
    // The cover's background runs to the edge; its white text must not.
    const cover = await readRaw(file('01-cover'));
    expect(countColor(cover, [255, 255, 255], 3, { left: 0, top: 0, width: 1080, height: band })).toBe(0);
    expect(countColor(cover, [255, 255, 255], 3, { left: 0, top: 1350 - band, width: 1080, height: band })).toBe(0);
  });

  it('puts every bullet, title and heading of the blog post on the slides, readably (OCR)', async () => {
    const texts: string[] = [];
    for (let i = 0; i < NAMES.length; i += 2) {
      const pair = NAMES.slice(i, i + 2).map((n) => run('tesseract', [file(n), '-', '-l', 'kor', '--psm', '4']));
      for (const { stdout } of await Promise.all(pair)) texts.push(stdout);
    }
    const read = hangulOnly(texts.join('\n'));
    const deck = validateDeck(parseDeckText(exampleDeck(), 'data/2024-h2.yaml'));
    const wanted = [deck.cover.kicker, deck.cover.title, ...deck.cases.flatMap((c) => [c.title, ...c.sections.flatMap((s) => [s.heading, ...s.bullets])]), ...(deck.closing?.lines ?? [])];
    const unread = wanted.filter((text) => {
      const letters = hangulOnly(text);
      // Allow one misread syllable in eight (one for short texts, so they still count).
      return fuzzyFind(letters, read) > (letters.length <= 8 ? 1 : Math.floor(letters.length / 8));
    });
    expect(unread).toEqual([]);
  });

  it('matches the reviewed golden images', async () => {
    const results = [];
    for (const name of NAMES) results.push({ name, ...(await compareGolden(file(name), path.join(goldenDir, `${name}.png`))) });
    for (const r of results) expect(r.differing, `${r.name}: ${r.note}`).toBeLessThan(0.001);
  });

  it('gives byte-identical files for the same input', async () => {
    const first = NAMES.map((n) => readFileSync(file(n)));
    await project.build({ force: true });
    NAMES.forEach((n, i) => expect(readFileSync(file(n)).equals(first[i] ?? Buffer.alloc(0)), n).toBe(true));
  });
});
