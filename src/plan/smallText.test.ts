/**
 * Text of a slide's body that a template draws smaller than body text may shrink to: it fits,
 * and would not read on a phone. Named at the <Words> tag (or the line that sets its size).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fontPxOf } from '../render/layoutMarks.ts';
import { deckText, THREE } from '../testing/decks.ts';
import { makeProject, type TestProject } from '../testing/project.ts';

describe('the size text is drawn at', () => {
  it('comes from its own fontSize and the size around it', () => {
    expect([fontPxOf(24, 40), fontPxOf('24px', 40), fontPxOf(undefined, 40), fontPxOf('0.5em', 40), fontPxOf('75%', 40), fontPxOf('2rem', 40)]).toEqual([24, 24, 40, 20, 30, 32]);
    // What it cannot tell, it does not guess.
    expect([fontPxOf('var(--body)', 40), fontPxOf('larger', 40), fontPxOf('1em', undefined)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('body text drawn too small', () => {
  let project: TestProject;
  afterEach(() => project.remove());

  it('is named at the <Words> that draws it, once for each kind of slide, and the header\'s small text is let be', async () => {
    project = makeProject('small-text');
    project.deck('p', deckText(THREE));
    const bullet = '<Words text={bullet} fontSize={body}';
    const { file, original, line } = project.editTemplate('Case.tsx', bullet, '<Words text={bullet} fontSize={24}');
    const problems = async () => (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('Case.tsx') || p.place.file.endsWith('Closing.tsx'), p.place.line, p.place.col, p.message, p.hint]);
    const hint = "Draw the body's text at 36 px or more: a bullet at the size the build fits it at, props.size.body (never below the theme's fit.bodyMin).";
    expect(await problems()).toEqual([[true, line, (original.split('\n')[line - 1]?.indexOf(bullet) ?? 0) + 1, 'the case template draws "1번 사례의 첫 번째 내용입니다" (case 1 section 1 bullet 1) at 24 px, smaller than body text may be (36 px): it would not read on a phone, nor would 5 more texts of the deck on its slides', hint]]);
    expect(project.files('p')).toEqual([]);
    // Its size given in its style instead, through a CSS variable.
    writeFileSync(file, original.replace(`${bullet} lineHeight={lineHeight.body} style={{`, `${bullet} lineHeight={lineHeight.body} style={{ fontSize: 'var(--note, 26px)',`));
    expect((await problems()).map((p) => p[3])).toEqual(['the case template draws "1번 사례의 첫 번째 내용입니다" (case 1 section 1 bullet 1) at 26 px, smaller than body text may be (36 px): it would not read on a phone, nor would 5 more texts of the deck on its slides']);
    // Text drawn without a <Words>, its size from the box around it: at the line that sets it.
    writeFileSync(file, original);
    const closing = project.editTemplate('Closing.tsx', '{lines.map((line, i) => (', "{lines.map((line, i) => (\n              <div key={i} style={{ display: 'flex', fontSize: '0.5em' }}>{line}</div>\n            ))}\n            {[].map((line, i) => (");
    const written = readFileSync(closing.file, 'utf8').split('\n')[closing.line] ?? '';
    expect(await problems()).toEqual([[true, closing.line + 1, written.indexOf("fontSize: '0.5em'") + 1, 'the closing template draws "감사합니다" (closing line 1) at 8 px, smaller than body text may be (36 px): it would not read on a phone', "Draw the body's text at 36 px or more."]]);
    // The size the build fits bullets at, the header's 28 px outside the body, and a label in the
    // body that is no body text (a heading) drawn small by design: nothing to say.
    writeFileSync(closing.file, closing.original);
    project.editTemplate('Case.tsx', '<Words text={heading} fontSize={theme.size.heading}', '<Words text={heading} fontSize={30}');
    await project.build();
    expect(project.files('p')).toHaveLength(5);
  });
});
