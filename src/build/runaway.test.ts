/**
 * A template whose code never ends a slide — a loop that never stops, a list that grows without
 * end — is named with its slide, and the build stops with nothing written: it waited without a
 * word until Ctrl-C, or blamed itself for running out of memory.
 */
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

  it('that runs out of memory is named the same way, not as cardnews\'s own bug', async () => {
    project = makeProject('runaway-memory');
    const { line } = project.editTemplate('Case.tsx', DECLARATION, `${DECLARATION}\n  const grown: string[] = [];\n  for (;;) grown.push('가'.repeat(1000) + grown.length);`);
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[line, expect.stringMatching(/^the case template ran out of memory drawing case \d, "[가나다] 사례": its code, or code it imports, seems to make ever more of something$/)]]);
    expect(project.files('p')).toEqual([]);
  });
});
