/**
 * Each weight is drawn as the theme names it. A theme may name one variable font for all its
 * weights (Pretendard GOV ships one next to the static files): satori itself draws only a
 * variable font's default outlines, so every weight came out the same; each weight must look
 * as the static file of that weight draws it. A static file named for a weight it is not made
 * as is drawn in its own weight (satori takes it to be the weight it is named for): the build warns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, type TestProject } from '../testing/project.ts';
import { buildExampleWithFonts, expectLikeGolden, GOLDEN_SLIDES } from '../testing/themeFonts.ts';

const VARIABLE = 'pretendard-gov/dist/public/variable/PretendardGOVVariable.ttf';

describe('a variable font named for every weight', () => {
  let project: TestProject;
  beforeAll(async () => {
    project = await buildExampleWithFonts('variable-font', `npm: '${VARIABLE}'`);
  });
  afterAll(() => project.remove());

  // The default instance is close to Regular: at the default, bold titles and the cover differ
  // from the golden images by 0.07–0.27 % of their pixels; fixed at each weight, by none.
  it.each(GOLDEN_SLIDES)('draws %s like the static Regular, Bold and ExtraBold', (name) => expectLikeGolden(project, name));
});

describe('a static font named for a weight it is not made as', () => {
  it('is warned about at its entry in the theme\'s fonts, naming the file, both weights and what to do', async () => {
    const project = makeProject('weight-mismatch');
    try {
      const theme = path.join(project.copyTemplates(), 'theme.ts');
      const text = readFileSync(theme, 'utf8');
      writeFileSync(theme, text.replace("npm: gov('Bold')", "npm: gov('Regular')"));
      project.deck('p', 'title: 우수사례\ncases:\n  - title: 사례\n    sections:\n      - heading: 추진 배경\n        bullets:\n          - 내용\n');
      const [report] = await project.build();
      // At the entry's line, though its path is made by a function (gov('Regular')).
      const line = text.split('\n').findIndex((l) => l.includes('weight: 700')) + 1;
      expect(report?.warnings).toEqual([
        `${path.relative(process.cwd(), theme)}:${line}:5: the theme gives PretendardGOV-Regular.ttf weight 700, but the file is made as weight 400: text set in 700 will be drawn in weight 400; name the file of weight 700 here (satori takes a font to be the weight it is given, and draws its letters as they are).`,
      ]);
      // The default theme's Regular, Bold and ExtraBold are what it names them.
      writeFileSync(theme, text);
      expect((await project.build({ force: true }))[0]?.warnings).toEqual([]);
    } finally {
      project.remove();
    }
  });
});
