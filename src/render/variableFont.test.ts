/**
 * A theme may name one variable font for all its weights (Pretendard GOV ships one next to the
 * static files). satori itself draws only a variable font's default outlines, so every weight
 * came out the same; each weight must look as the static file of that weight draws it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareGolden } from '../testing/images.ts';
import { exampleDeck, makeProject, type TestProject } from '../testing/project.ts';

const VARIABLE = 'pretendard-gov/dist/public/variable/PretendardGOVVariable.ttf';

describe('a variable font named for every weight', () => {
  let project: TestProject;

  beforeAll(async () => {
    project = makeProject('variable-font');
    const theme = path.join(project.copyTemplates(), 'theme.ts');
    const text = readFileSync(theme, 'utf8');
    const swapped = text.replace(/npm: gov\('\w+'\)/g, `npm: '${VARIABLE}'`);
    expect(swapped.split(VARIABLE)).toHaveLength(4);
    writeFileSync(theme, swapped);
    project.deck('2024-h2', exampleDeck());
    await project.build();
  });
  afterAll(() => project.remove());

  // The default instance is close to Regular: at the default, bold titles and the cover differ
  // from the golden images by 0.07–0.27 % of their pixels; fixed at each weight, by none.
  it.each(['01-cover', '02-case1', '14-closing'])('draws %s like the static Regular, Bold and ExtraBold', async (name) => {
    const actual = path.join(project.paths.output, '2024-h2', `${name}.png`);
    const result = await compareGolden(actual, path.join(import.meta.dirname, '..', 'build', '__golden__', '2024-h2', `${name}.png`));
    expect(result.differing, result.note).toBeLessThan(0.0002);
  });
});
