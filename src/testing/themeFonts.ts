/**
 * The example period built with the default theme's three fonts (Regular, Bold, ExtraBold of
 * Pretendard GOV) named another way — one variable font, one collection — and its slides
 * compared with the example's golden images, which example.test.ts draws from the static files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { compareGolden } from './images.ts';
import { exampleDeck, makeProject, type TestProject } from './project.ts';

/** `entry`: what each of the theme's fonts is named with instead (`npm: '…'`, `file: '…'`); `files`: files to put into fonts/. */
export async function buildExampleWithFonts(label: string, entry: string, files: Record<string, Uint8Array> = {}): Promise<TestProject> {
  const project = makeProject(label);
  const theme = path.join(project.copyTemplates(), 'theme.ts');
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(project.paths.fonts, name), data);
  const swapped = readFileSync(theme, 'utf8').replace(/npm: gov\('\w+'\)/g, entry);
  expect(swapped.split(entry)).toHaveLength(4);
  writeFileSync(theme, swapped);
  project.deck('2024-h2', exampleDeck());
  await project.build();
  return project;
}

/** The slides compared; a test of another's drawing never writes the golden images. */
export const GOLDEN_SLIDES = ['01-cover', '02-case1', '14-closing'];

export async function expectLikeGolden(project: TestProject, name: string): Promise<void> {
  const actual = path.join(project.paths.output, '2024-h2', `${name}.png`);
  const result = await compareGolden(actual, path.join(import.meta.dirname, '..', 'build', '__golden__', '2024-h2', `${name}.png`), false);
  expect(result.differing, result.note).toBeLessThan(0.0002);
}
