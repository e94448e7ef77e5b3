/**
 * A template whose code never ends a slide — a loop that never stops, a list that grows without
 * end — is named with its slide, and the build stops with nothing written: it waited without a
 * word until Ctrl-C, or blamed itself for running out of memory.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, THREE } from '../testing/decks.ts';
import { makeProject, type TestProject } from '../testing/project.ts';

const DECLARATION = 'export default function Case(props: CaseProps) {';

describe('a template that never finishes a slide', () => {
  let project: TestProject;
  afterEach(() => project.remove());

  it('is stopped after the time a task may take, and named with the slide it was drawing', async () => {
    project = makeProject('runaway-loop');
    const { line } = project.editTemplate('Case.tsx', DECLARATION, `${DECLARATION}\n  while (props.title !== '') props.caseNumber;`);
    project.deck('p', deckText(THREE));
    const error = await project.buildFails({ taskLimitMs: 1000 });
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([
      [
        line,
        DECLARATION.indexOf('function Case(') + 1,
        expect.stringMatching(/^the case template did not finish drawing case \d, "[가나다] 사례" in 1 s \(a slide takes under a second\): its code, or code it imports, seems to run without end$/),
        'Look for a loop whose condition never changes (while, for) or a component that draws itself, mend it and build again.',
      ],
    ]);
    expect(project.files('p')).toEqual([]);
  });

  it('at the top of a template file, outside any component, is stopped too: the main thread runs it, where not even Ctrl-C could stop it', async () => {
    project = makeProject('runaway-load');
    project.editTemplate('theme.ts', 'export const theme = {', 'let turn = 0;\nwhile (turn >= 0) turn = (turn + 1) % 10;\nexport const theme = {');
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place, p.message])).toEqual([[{ file: path.relative(process.cwd(), path.join(project.paths.templates, 'default')), line: 0, col: 0 }, 'the template files did not finish loading in 10 s: code outside their functions (at the top of theme.ts or a component\'s file) seems to run without end']]);
  }, 30_000);

  it('that runs out of memory is named the same way, not as cardnews\'s own bug', async () => {
    project = makeProject('runaway-memory');
    const { line } = project.editTemplate('Case.tsx', DECLARATION, `${DECLARATION}\n  const grown: string[] = [];\n  for (;;) grown.push('가'.repeat(1000) + grown.length);`);
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[line, expect.stringMatching(/^the case template ran out of memory drawing case \d, "[가나다] 사례": its code, or code it imports, seems to make ever more of something$/)]]);
    expect(project.files('p')).toEqual([]);
  });
});
