/**
 * What a template asks of satori that satori would draw wrong without a word (treeErrors.ts):
 * a class name, a misspelt property, a colour that is none, a weight or italic no font has, a
 * style that cuts text short, an object or function where text goes, <Words> used wrongly.
 * Each is reported at the line that writes it, all of them at once, and nothing is written.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, THREE } from '../testing/decks.ts';
import { countColor, DOT_PNG, readRaw } from '../testing/images.ts';
import { makeProject, namesWith, type TestProject } from '../testing/project.ts';

/**
 * A project whose copy of Case.tsx is `edit`ed, its deck the three cases: the original text, the
 * mistakes its build reports as [line, column, message, hint], and where a text is in the edit.
 */
async function editedCase(project: TestProject, edit: (original: string) => string) {
  const caseFile = path.join(project.copyTemplates(), 'Case.tsx');
  const original = readFileSync(caseFile, 'utf8');
  project.deck('p', deckText(THREE));
  const edited = edit(original);
  writeFileSync(caseFile, edited);
  const lines = edited.split('\n');
  const at = (needle: string) => [lines.findIndex((l) => l.includes(needle)) + 1, (lines.find((l) => l.includes(needle)) ?? '').indexOf(needle) + 1];
  const problems = (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint]);
  return { caseFile, original, at, problems };
}

describe('what satori would draw wrong without a word', () => {
  let project: TestProject;
  afterEach(() => project.remove());

  it('says when a component returns nothing to draw or a list, at its declaration, or an object or function where text goes, or uses <Words> wrongly', async () => {
    project = makeProject('inc-empty');
    const closing = path.join(project.copyTemplates(), 'Closing.tsx');
    const original = readFileSync(closing, 'utf8');
    writeFileSync(closing, original.replace('  return (\n    <Page frame={frame}>', '  if (lines.length > 0) return null;\n  return (\n    <Page frame={frame}>'));
    project.deck('p', deckText(THREE));
    // satori failed deep inside: "Cannot read properties of undefined (reading 'length')", no line.
    const error = await project.buildFails();
    const line = original.split('\n').findIndex((l) => l.startsWith('export default function Closing(')) + 1;
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[line, 16, 'the closing template drew nothing: its component returned null (or false) for a slide']]);
    // A text alone: satori drew it as nothing, a transparent slide, without a word.
    writeFileSync(closing, original.replace('  return (\n    <Page frame={frame}>', "  if (lines.length > 0) return '감사합니다';\n  return (\n    <Page frame={frame}>"));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[line, 16, 'the closing template drew nothing: its component returned a text ("감사합니다"), not an element, and satori draws a text alone as nothing']]);
    // A component written as an arrow function, at its declaration too (it was at no line).
    writeFileSync(closing, original.replace('export default function Closing({ frame, lines }: ClosingProps) {\n  return (', 'const Closing = ({ frame, lines }: ClosingProps) => {\n  if (lines.length > 0) return null;\n  return (').concat('export default Closing;\n'));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col])).toEqual([[line, 1]]);
    // An object where text goes ({frame} for {frame.index}): the same "Cannot read properties of undefined".
    writeFileSync(closing, original.replace('<Page frame={frame}>', '<Page frame={frame}>\n      <div>{frame}</div>'));
    const object = await project.buildFails();
    // At the line that writes it: React keeps none, but the fields say it is the frame.
    const written = readFileSync(closing, 'utf8').split('\n').findIndex((l) => l.includes('<div>{frame}</div>')) + 1;
    expect(object.problems.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([[written, 12, 'the closing template puts an object (with the fields index, total, deckTitle, organization) where text or elements go', 'Write the field that is meant, not the whole object: {x.index} rather than {x}.']]);
    // A list of elements returned, a function where text goes, <Words> given no text: satori
    // (or Words) failed with "Cannot destructure property 'children'", "reading 'children'",
    // "reading 'split'".
    const messagesOf = async (from: string, to: string) => {
      writeFileSync(closing, original.replace(from, to));
      return (await project.buildFails()).problems.map((p) => [p.place.line, p.message]);
    };
    expect(await messagesOf('  return (\n    <Page frame={frame}>', "  return [<div key=\"a\" style={{ display: 'flex' }}>가</div>];\n  return (\n    <Page frame={frame}>")).toEqual([[line, "the closing template's component returned a list of elements, not one"]]);
    // One without a name at the line that writes it (it was named at no line).
    const mapLine = original.split('\n').findIndex((l) => l.includes('{lines.map((line, i) => (')) + 1;
    expect(await messagesOf('{lines.map((line, i) => (', '{() => 1}{lines.map((line, i) => (')).toEqual([[mapLine, 'the closing template puts a function where text or elements go']]);
    // A function with a name is found by it, written as a child.
    const contact = "<div style={{ display: 'flex' }}>{contact}</div>";
    writeFileSync(closing, original.replace('export default function Closing(', "const contact = () => '문의 02-351-0000';\nexport default function Closing(").replace('{lines.map((line, i) => (', `${contact}\n            {lines.map((line, i) => (`));
    const named = (await project.buildFails()).problems;
    const contactLine = readFileSync(closing, 'utf8').split('\n').findIndex((l) => l.includes(contact));
    expect(named.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([[contactLine + 1, 13 + contact.indexOf('{contact}'), 'the closing template puts a function where text or elements go', 'Call it ({contact()} rather than {contact}), or write the element itself.']]);
    // A tag that writes its text, given nothing or NaN: no text of the files shows where, the
    // tag's own place does (it was named at no line).
    const wordsAt = original.split('\n').findIndex((l) => l.includes('<Words key={i} text={line}')) + 1;
    const wordsCol = (original.split('\n')[wordsAt - 1] ?? '').indexOf('<Words') + 1;
    const placed = async (from: string, to: string) => {
      writeFileSync(closing, original.replace(from, to));
      return (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message]);
    };
    expect(await placed('<Words key={i} text={line}', '<Words key={i} text={undefined}')).toEqual([[wordsAt, wordsCol, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing']]);
    expect(await placed('<Words key={i} text={line}', '<Words key={i} text={Number(line)}')).toEqual([[wordsAt, wordsCol, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given NaN, a calculation with something that has no value']]);
    // A number is drawn as written, as JSX draws one between tags (it was refused).
    writeFileSync(closing, original.replace('<Words key={i} text={line}', '<Words key={i} text={i + 1}'));
    expect((await project.build()).map((r) => r.slides.filter((slide) => slide.action === 'rendered').length)).toEqual([5]);
    writeFileSync(closing, original);
    // Without text= at all, the tag is found, over lines too: its text written between the tags, as React has it.
    expect(await messagesOf('<Words key={i} text={line}', '<Words key={i}')).toEqual([[wordsAt, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing']]);
    expect(await messagesOf("<Words key={i} text={line} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }} />", "<Words\n                key={i} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }}>\n                {line}\n              </Words>")).toEqual([[wordsAt, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing: write it as text="…", not between <Words> and </Words>']]);
    // A misspelt prop of <Words> drew the text at satori's own line height, without a word; a
    // size written as CSS ("62px") gave a line height of NaN to the fit check.
    const wordsLine = original.split('\n').findIndex((l) => l.includes('<Words key={i} text={line}')) + 1;
    expect(await messagesOf('<Words key={i} text={line} fontSize={size.closing} lineHeight=', '<Words key={i} text={line} fontSize={size.closing} lineHeght=')).toEqual([[wordsLine, 'the closing template failed while drawing a slide: <Words> has no prop "lineHeght" (did you mean "lineHeight"?): it takes text, fontSize, lineHeight, style, fit']]);
    expect(await messagesOf('<Words key={i} text={line} fontSize={size.closing}', '<Words key={i} text={line} fontSize="62px"')).toEqual([[wordsLine, 'the closing template failed while drawing a slide: <Words> needs fontSize as a number (fontSize={40}), but it was given "62px"']]);
    // …or in the theme, where the size comes from (it was named without a line).
    writeFileSync(closing, original);
    const theme = path.join(path.dirname(closing), 'theme.ts');
    const themeText = readFileSync(theme, 'utf8');
    writeFileSync(theme, themeText.replace('closing: 62,', "closing: '62px',"));
    expect((await project.buildFails()).problems.map((p) => [p.place.file, p.place.line, p.message])).toEqual([[path.relative(process.cwd(), theme), themeText.split('\n').findIndex((l) => l.includes('closing: 62,')) + 1, 'the closing template failed while drawing a slide: <Words> needs fontSize as a number (fontSize={40}), but it was given "62px"']]);
    writeFileSync(theme, themeText);
    // A misspelt field gave <Words> nothing, and no frame of the stack is the template's: the
    // value that names no field the template is given (the props', the frame's, the theme's).
    // (Under the names the default templates use, misspeltFields.ts finds it in the source first.)
    writeFileSync(closing, original);
    const caseFile = path.join(path.dirname(closing), 'Case.tsx');
    const caseText = readFileSync(caseFile, 'utf8');
    const aliased = (value: string) => caseText.replace('text={props.title}', `text={${value}}`).replace('export default function Case(props: CaseProps) {', 'export default function Case(props: CaseProps) {\n  const p = props;\n  const labels = theme.labels;');
    expect(aliased('x')).toContain('const p = props;');
    writeFileSync(caseFile, aliased('p.titel'));
    const misspelt = (await project.buildFails()).problems;
    const titleLine = caseText.split('\n').findIndex((l) => l.includes('text={props.title}')) + 2;
    expect(misspelt.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[titleLine + 1, (caseText.split('\n')[titleLine - 2] ?? '').indexOf('props.title') + 1, 'the case template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing: "titel" is no field the template is given (did you mean "title"?)']]);
    writeFileSync(caseFile, aliased('labels.continud'));
    expect((await project.buildFails()).problems.map((p) => p.message.split(': ').at(-1))).toEqual(['"continud" is no field the template is given (did you mean "continued"?)']);
    writeFileSync(caseFile, caseText);
    // Taken apart in the parameters and written so where it is used: the same.
    const coverFile = path.join(path.dirname(closing), 'Cover.tsx');
    const coverText = readFileSync(coverFile, 'utf8');
    writeFileSync(coverFile, coverText.replace('{ frame, kicker, title }', '{ frame, kicker, titel }').replace('text={title}', 'text={titel}'));
    const coverLine = coverText.split('\n').findIndex((l) => l.includes('text={title}'));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message.split(': ').at(-1)])).toEqual([[coverLine + 1, (coverText.split('\n')[coverLine] ?? '').indexOf('text={title}') + 7, '"titel" is no field the template is given (did you mean "title"?)']]);
    writeFileSync(coverFile, coverText);
    // A field a deck may leave out is no misspelling, nor is a variable (`text={bullet}` below).
    project.deck('p', deckText(THREE).replace('organization: 은평구\n', ''));
    // Drawn unguarded, such a field fails on the slides without it: at the tag that draws it.
    writeFileSync(caseFile, caseText.replace('text={props.title}', 'text={props.frame.organization}'));
    const titleTag = caseText.split('\n').findIndex((l) => l.includes('<Words fit="title" text={props.title}'));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[titleTag + 1, (caseText.split('\n')[titleTag] ?? '').indexOf('<Words') + 1, 'the case template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing']]);
  });

  it('names a field that does not exist, written where the template names the theme, the props, the frame or a section, at its line', async () => {
    project = makeProject('tree-misspelt');
    // Each was undefined without a word: the bar under the title drawn without its colour, the
    // title without its gap, no award badge (the condition is never true), no "(계속)" on a
    // continued section (it was in a backquoted text that only such a section draws).
    const { caseFile, original, at, problems } = await editedCase(project, (text) =>
      text
        .replace('backgroundColor: colors.accent, width: bars.title.width', 'backgroundColor: colors.accnt, width: bars.title.width')
        .replace("marginBottom: space.titleGap }}>", 'marginBottom: space.titelGap }}>')
        .replace('{props.award !== undefined && <Badge', '{props.awrd !== undefined && <Badge')
        .replace('`${section.heading} ${theme.labels.continued}`', '`${section.heading} ${theme.labels.cotinued}`'),
    );
    const undefinedSo = 'it is undefined, and satori would draw the slide without what it was meant for';
    expect(problems).toEqual([
      [...at('space.titelGap'), `the template names space.titelGap, which does not exist ("titelGap" is not in the theme's space): ${undefinedSo}`, 'Did you mean "titleGap"?'],
      [...at('props.awrd'), `the template names props.awrd, which does not exist ("awrd" is not a field of a slide's props): ${undefinedSo}`, 'Did you mean "award"?'],
      [...at('colors.accnt'), `the template names colors.accnt, which does not exist ("accnt" is not in the theme's colors): ${undefinedSo}`, 'Did you mean "accent"?'],
      [...at('theme.labels.cotinued'), `the template names theme.labels.cotinued, which does not exist ("cotinued" is not in the theme's labels): ${undefinedSo}`, 'Did you mean "continued"?'],
    ]);
    // Each once, however many decks use the template (a second deck repeated all four).
    project.deck('q', deckText(THREE));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual(problems);
    rmSync(path.join(project.paths.data, 'q.yaml'));
    // Not a name in a text ('./theme.ts') or a comment, nor a prop of the template's own component.
    const label = "// colors.accnt was a typo\n/* so was\n   theme.labels.cotinued */\nconst note = 'props.awrd';\nfunction Label(props: { text: string }) {\n  return <Pill text={props.text} />;\n}\nexport default function Case(";
    writeFileSync(caseFile, original.replace('export default function Case(', label).replace('{props.award !== undefined && <Badge award={props.award} />}', '{props.award !== undefined && <Badge award={props.award} />}\n          {/* not props.awrd */}\n          {note.length > 99 && <Label text={note} />}'));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });

  it('names a style or a child that came out without a value, at every line that writes a field that does not exist', async () => {
    project = makeProject('tree-undefined');
    // Under names the source check does not follow (an object of the theme kept under another
    // name): satori skipped the style and drew nothing for the child, without a word.
    const { caseFile, original, at, problems } = await editedCase(project, (text) =>
      text
        .replace('export default function Case(props: CaseProps) {', 'export default function Case(props: CaseProps) {\n  const palette = theme.colors;\n  const gaps = theme.space;\n  const p = props;')
        .replace('backgroundColor: colors.accent, width: bars.title.width', 'backgroundColor: palette.accnt, width: bars.title.width')
        .replace("<div style={{ display: 'flex', alignItems: 'center', marginBottom: space.titleGap }}>", "<div style={{ display: 'flex', alignItems: 'center', marginBottom: gaps.titelGap }}>\n          {p.frame.deckTitel}"),
    );
    expect(problems).toEqual([
      [...at('gaps.titelGap'), 'the case template sets marginBottom to gaps.titelGap, which does not exist ("titelGap" is no field the template is given): satori would skip the style and draw the element without it', 'Did you mean "titleGap"?'],
      [...at('p.frame.deckTitel'), 'the case template writes {p.frame.deckTitel}, which does not exist ("deckTitel" is no field the template is given): satori would draw nothing there', 'Did you mean "deckTitle"?'],
      [...at('palette.accnt'), 'the case template sets backgroundColor to palette.accnt, which does not exist ("accnt" is no field the template is given): satori would skip the style and draw the element without it', 'Did you mean "accent"?'],
    ]);
    // A style or a child left without a value on purpose is written otherwise, and drawn as it
    // is: here, in cases without an award. A field of the template's own object is no mistake.
    project.deck('p', deckText(THREE).replaceAll('  - award: 우수\n    title:', '  - title:'));
    const own = original
      .replace("marginBottom: space.titleGap }}>", "marginBottom: props.award === undefined ? undefined : space.titleGap }}>\n          {props.award ?? undefined}\n          <div style={{ display: 'flex', marginBottom: own.lift }} />")
      .replace('export default function Case(', 'const own = { lift: 4 };\nexport default function Case(');
    expect(own).toContain('const own');
    writeFileSync(caseFile, own);
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });

  it('refuses what satori would quietly get wrong in a template — a style that cuts text short, a class name, an image without a size, a weight or italic with no font, a colour that is none, a misspelt property, a property satori does not draw, an async component, a <br>, Tailwind classes — at its line', async () => {
    const cases: [string, string, string, string][] = [
      // With lineClamp or textOverflow: ellipsis, satori ends a text that does not fit with "…".
      ['Case.tsx', 'style={{ fontWeight: 800, color: colors.ink', 'style={{ lineClamp: 2, fontWeight: 800, color: colors.ink', 'the case template sets lineClamp: 2, with which satori would cut a text that does not fit short ("…") without saying so'],
      // satori reads only style={{ … }}: the element was drawn unstyled.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div className=\"closing-bar\" style={{ display: 'flex', width: bars.closing.width", 'the closing template gives an element className="closing-bar", which no <style> element of the slide styles: satori would draw the element without styles'],
      // The bar above such an image came out 0 px high.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", `<img src="${DOT_PNG}" />\n            <div style={{ display: 'flex', width: bars.closing.width`, 'the closing template draws an <img> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word'],
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", `<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="red" /></svg>\n            <div style={{ display: 'flex', width: bars.closing.width`, 'the closing template draws an <svg> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word'],
      // A weight the theme loads no font for: satori drew 600 as 700.
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 600", 'the closing template sets fontWeight 600, but the theme loads Pretendard GOV only in 400, 700, 800: satori would draw that text with the 700 font instead'],
      // A weight in quotes is found as written (it was put at the first line with a fontWeight).
      ['Cover.tsx', 'style={{ fontWeight: 700, color: colors.coverKicker', "style={{ fontWeight: '600', color: colors.coverKicker", 'the cover template sets fontWeight 600, but the theme loads Pretendard GOV only in 400, 700, 800: satori would draw that text with the 700 font instead'],
      // No weight at all, written another way than its value: it was named at no line, with a font of weight 10000 to add.
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 1e4", 'the closing template sets fontWeight 10000, which is no weight: CSS weights go from 1 to 1000'],
      // A weight's name, as a design tool writes it: satori read NaN, and drew the first font.
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 'SemiBold'", "the closing template sets fontWeight 'SemiBold', which satori does not read as a weight: it would draw that text in the family's heaviest font"],
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontStyle: 'italic', fontWeight: 700", "the closing template asks for italic text (fontStyle: 'italic'), but the theme loads no italic fonts: satori would slant the upright letters (a faux italic), which lean out of the boxes that measure them"],
      // A colour resvg cannot read, written in the component rather than the theme.
      ['Closing.tsx', "fontWeight: 700, color: colors.ink", "fontWeight: 700, color: 'gery'", 'the closing template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all'],
      // A colour written as a number: satori passed it on as fill="2052008", which resvg cannot read.
      ['Closing.tsx', "fontWeight: 700, color: colors.ink", 'fontWeight: 700, color: 0x1f4fa8', 'the closing template\'s color has "2052008", which is not a colour: resvg would draw it black, or not at all'],
      // A misspelt property: satori skipped it, and the bar was drawn without its colour.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div style={{ display: 'flex', backgroundColour: 'red', width: bars.closing.width", 'the closing template\'s style has "backgroundColour", which is not a CSS property: satori skips it, and draws the element without it'],
      // Figma's letter spacing, in percent: satori laid the title out with no width.
      ['Cover.tsx', 'style={{ fontWeight: 800, letterSpacing: letterSpacing.coverTitle', "style={{ fontWeight: 800, letterSpacing: '-2%'", "the cover template gives letterSpacing '-2%', in percent, which satori does not read: it would lay the text out wrong (with no width at all)"],
      // An async component, as in a server-rendered page: "puts an object where text or elements go", at no line.
      ['Closing.tsx', 'export default function Closing(', 'export default async function Closing(', 'the closing template has an async component: it gives a Promise, which satori cannot draw'],
      // A line break as HTML writes it: satori drew "문의02-351-0000".
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div style={{ display: 'flex', fontSize: 30 }}>문의<br />02-351-0000</div>\n            <div style={{ display: 'flex', width: bars.closing.width", 'the closing template writes a <br>, at which satori breaks no line: it would join the texts on either side of it'],
      // Styles merged as React Native merges them: satori read the list's indexes, and drew the bar without its styles.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div style={[{ display: 'flex' }, { fontSize: 30 }]} />\n            <div style={{ display: 'flex', width: bars.closing.width", 'the closing template gives a style as a list of objects (style={[…]}, as React Native does): satori reads one object, and would draw the element without it'],
      // Tailwind classes, which satori draws: a faux italic and a weight the theme does not load came out without a word.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div tw=\"flex text-3xl font-semibold italic\">문의 02-351-0000</div>\n            <div style={{ display: 'flex', width: bars.closing.width", 'the closing template writes Tailwind classes (tw="…"): satori draws them, but the checks of what a slide draws (fonts and weights, italics, colours, boxes that cut off text) read style={{ … }}, and would not see them'],
      // A CSS property satori takes and does not draw: the title stayed horizontal.
      ['Cover.tsx', 'style={{ fontWeight: 800, letterSpacing', "style={{ writingMode: 'vertical-rl', fontWeight: 800, letterSpacing", "the cover template sets writingMode: 'vertical-rl', which satori does not draw: the slide would come out as if it were not written"],
      // A value satori does not draw, of a property it reads: the title's last line kept its one word.
      ['Cover.tsx', 'style={{ fontWeight: 800, letterSpacing', "style={{ textWrap: 'pretty', fontWeight: 800, letterSpacing", "the cover template sets textWrap: 'pretty', which satori does not draw: the slide would come out as if it were not written"],
    ];
    for (const [i, [file, from, to, message]] of cases.entries()) {
      // The last one is removed after the test, like every test's project.
      if (i > 0) project.remove();
      project = makeProject('inc-quiet');
      const { line } = project.editTemplate(file, from, to);
      project.deck('p', deckText(THREE));
      const error = await project.buildFails();
      expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[line, message]]);
    }
  });

  it('refuses a template that reads today\'s date or draws at random, where it is written, and draws a date made from numbers, and what reads them for what it does not draw', async () => {
    const today = "the closing template reads today's date (new Date(), Date.now()): cardnews draws a slide again only when what it is made from changes, so a slide drawn earlier would keep the day it was drawn on, and two builds of the same deck would give different images";
    // The line written, after the line edited: the year goes below the closing's lines.
    const cases: [string, string, string, RegExp | string, number?][] = [
      // A year in the closing's small print: the slides of 2025 said 2026 once drawn again.
      ['Closing.tsx', '            ))}\n', "            ))}\n            <div style={{ display: 'flex', fontSize: 28 }}>{`© ${new Date().getFullYear()} 은평구`}</div>\n", today, 1],
      // In a theme token, read as the template folder loads: the card's colour, after the year.
      ['theme.ts', "card: '#FFFFFF',", "card: `#FFFF${(new Date().getFullYear() % 100).toString(16).padStart(2, '0')}`,", /^the (cover|case|closing) template reads today's date \(new Date\(\), Date\.now\(\)\)/],
      ['Case.tsx', 'marginBottom: space.titleGap }}>', 'marginBottom: space.titleGap + Math.round(Math.random()) }}>', 'the case template draws something at random (Math.random()): two builds of the same deck would give different images, and a slide drawn again after an edit would not match the ones beside it'],
    ];
    for (const [i, [file, from, to, message, below = 0]] of cases.entries()) {
      if (i > 0) project.remove();
      project = makeProject('inc-unrepeatable');
      const { line } = project.editTemplate(file, from, to);
      project.deck('p', deckText(THREE));
      const error = await project.buildFails();
      expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.message])).toEqual([[file, line + below, typeof message === 'string' ? message : expect.stringMatching(message)]]);
    }
    project.remove();
    // A date made from numbers, a random key (which quiets React's warning and draws nothing),
    // and the clock read for what is not drawn, as a slide is drawn or as the files load (a
    // token no template uses, and one that comes out the same: it stopped the build).
    project = makeProject('inc-fixed-date');
    project.editTemplate('theme.ts', "card: '#FFFFFF',", "card: Date.now() > 0 ? '#FFFFFF' : '#FFFFFE',\n    builtIn: new Date().getFullYear(),");
    project.editTemplate('Closing.tsx', '            ))}\n', "            ))}\n            <div key={Math.random()} style={{ display: 'flex', fontSize: 28 }}>{`© ${new Date(2025, 0, 15).getFullYear()} 은평구`}</div>\n");
    project.editTemplate('Closing.tsx', 'export default function Closing({ frame, lines }: ClosingProps) {', 'export default function Closing({ frame, lines }: ClosingProps) {\n  const started = Date.now();\n  void started;');
    project.deck('p', deckText(THREE));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });

  it('names an imported image written as a component (<Logo />, as SVGR makes one), which satori drew as nothing', async () => {
    project = makeProject('inc-image-component');
    const dir = project.copyTemplates();
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#1F4FA8"/></svg>');
    project.editTemplate('Closing.tsx', "import { Page } from './parts.tsx';", "import { Page } from './parts.tsx';\nimport Logo from './logo.svg';");
    const { line } = project.editTemplate('Closing.tsx', '            ))}\n', '            ))}\n            <Logo width={60} height={60} />\n');
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.place.col, p.message, p.hint])).toEqual([
      ['Closing.tsx', line + 1, 13, 'the closing template writes an imported image as a component (<Logo />): the import is the picture, not a component, and satori would draw nothing there', 'Draw it with an <img>: <img src={Logo} width={60} height={60} />.'],
    ]);
  });

  it('names a mistake in a module a component imports from a folder of its own at its line (it was named at the component, with no line)', async () => {
    project = makeProject('inc-quiet-folder');
    const dir = project.copyTemplates();
    mkdirSync(path.join(dir, 'badge'));
    const badge = path.join(dir, 'badge', 'index.tsx');
    writeFileSync(badge, "import { Badge } from '../parts';\n\nexport function TierBadge({ award }: { award: string }) {\n  return <div style={{ display: 'flex', fontStyle: 'italic' }}><Badge award={award} /></div>;\n}\n");
    project.editTemplate('Case.tsx', "import { Badge, Page, Pill } from './parts.tsx';", "import { Page, Pill } from './parts';\nimport { TierBadge as Badge } from './badge';");
    project.deck('p', deckText(THREE));
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place, problem?.message]).toEqual([
      { file: path.relative(process.cwd(), badge), line: 4, col: 41 },
      expect.stringMatching(/^the case template asks for italic text \(fontStyle: 'italic'\)/),
    ]);
  });

  it('takes a fontFamily written with other capitals, as satori does (it was refused as no font of the theme)', async () => {
    project = makeProject('inc-family-case');
    project.deck('p', deckText(THREE));
    await project.build();
    const before = project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)));
    project.editTemplate('theme.ts', "fontFamily: 'Pretendard GOV'", "fontFamily: 'pretendard gov'");
    project.editTemplate('Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontFamily: 'PRETENDARD GOV', fontWeight: 700");
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
    expect(project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)))).toEqual(before);
  });

  it('follows a CSS variable to its value: drawn as the value, named at its line when nothing sets it or it is no colour', async () => {
    project = makeProject('inc-css-variable');
    project.deck('p', deckText(THREE));
    await project.build();
    const before = project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)));
    // Set on the card, used inside it: "var(--ink) is not a colour" refused what satori draws.
    const card = 'borderRadius: space.cardRadius, backgroundColor: colors.card';
    const { file, original } = project.editTemplate('Case.tsx', card, `${card}, '--ink': colors.ink`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('fontWeight: 800, color: colors.ink', "fontWeight: 800, color: 'var(--ink)'"));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(3);
    expect(project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)))).toEqual(before);
    const lines = () => readFileSync(file, 'utf8').split('\n');
    const at = (needle: string) => [lines().findIndex((l) => l.includes(needle)) + 1, (lines().find((l) => l.includes(needle)) ?? '').indexOf(needle) + 1];
    // Set nowhere: satori drew the title without its colour, without a word.
    writeFileSync(file, readFileSync(file, 'utf8').replace(", '--ink': colors.ink", ''));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[...at('var(--ink)'), "the case template's color uses var(--ink), which neither the element nor one around it sets: satori would draw it without color"]]);
    // Set to what is no colour: named where it is set.
    writeFileSync(file, original.replace(card, `${card}, '--ink': 'gery'`).replace('fontWeight: 800, color: colors.ink', "fontWeight: 800, color: 'var(--ink)'"));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[...at("'gery'").map((n, i) => (i === 1 ? n + 1 : n)), 'the case template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all']]);
    // Set to each other: satori printed a line of its own, and drew the slides.
    writeFileSync(file, original.replace(card, `${card}, '--ink': 'var(--ink2)', '--ink2': 'var(--ink)'`).replace('fontWeight: 800, color: colors.ink', "fontWeight: 800, color: 'var(--ink)'"));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[...at("'--ink'"), 'the case template has a style satori does not draw as written (it would draw the slide without it): Circular reference detected for CSS variable: --ink']]);
    // Set by a <style> element's rule, which satori follows too: drawn.
    writeFileSync(file, original.replace('<Page frame={props.frame}>', "<Page frame={props.frame}>\n      <style>{':root { --ink: #111827; }'}</style>").replace('fontWeight: 800, color: colors.ink', "fontWeight: 800, color: 'var(--ink)'"));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(3);
  });

  it('names text drawn on nearly its own colour, where that colour is written (a card restyled as white as its text drew titles that did not show)', async () => {
    project = makeProject('inc-faint-text');
    project.deck('p', deckText(THREE));
    project.editTemplate('Case.tsx', 'fontWeight: 800, color: colors.ink', 'fontWeight: 800, color: colors.card');
    const theme = readFileSync(path.join(project.paths.templates, 'default', 'theme.ts'), 'utf8').split('\n');
    const card = theme.findIndex((l) => l.includes("card: '#FFFFFF'"));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[card + 1, (theme[card] ?? '').indexOf('#FFFFFF') + 1, 'the case template draws text in #FFFFFF on #FFFFFF, a contrast of 1.00:1: it would hardly show']]);
    expect(project.files('p')).toEqual([]);
    // A dark card with light text: the theme's ✔️ (Twemoji's dark grey) vanished on it; the
    // deck's own 🖤, as dark, is the deck's choice.
    const dark = theme.join('\n').replace("card: '#FFFFFF'", "card: '#1F2937'").replace(/(\n\s+ink: )'#[0-9A-F]{6}'/, "$1'#F9FAFB'").replace(/(\n\s+body: )'#[0-9A-F]{6}'/, "$1'#F9FAFB'");
    writeFileSync(path.join(project.paths.templates, 'default', 'theme.ts'), dark);
    project.editTemplate('Case.tsx', 'fontWeight: 800, color: colors.card', 'fontWeight: 800, color: colors.ink');
    project.deck('p', deckText(THREE).replace('번 사례의 첫 번째 내용입니다', '번 사례의 첫 번째 내용입니다 🖤'));
    const markers = dark.split('\n').findIndex((l) => l.includes("heading: '✔️'"));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[markers + 1, (dark.split('\n')[markers] ?? '').indexOf('✔️') + 1, 'the case template draws ✔️ (in #31373D) on #1F2937, a contrast of 1.22:1: it would hardly show']]);
  });

  it('refuses an HTML list at the lines that write it (satori failed with "g.split is not a function", nowhere)', async () => {
    project = makeProject('inc-list');
    const { line } = project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<ul>\n              <li>항목</li>\n            </ul>\n            <div style={{ display: 'flex', width: bars.closing.width");
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const message = (tag: string) => `the closing template draws an HTML list (${tag}), which satori cannot draw in a font the theme sets: it fails with "g.split is not a function"`;
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[line, 13, message('<ul>')], [line + 1, 15, message('<li>')]]);
    expect(error.problems[0]?.hint).toBe("Draw each item as a row of its own: a <div> with display: 'flex' holding its marker and its <Words>, as Case.tsx draws bullets.");
  });

  it('names a style written as a text, as HTML writes it, and a data-fit mark the build does not measure by, at their lines', async () => {
    project = makeProject('inc-text-style');
    const bulletRow = "<div key={i} data-fit=\"bullet\" style={{ display: 'flex', alignItems: 'flex-start', marginTop: i === 0 ? 0 : space.bulletGap, color: colors.body, fontWeight: 400 }}>";
    const bulletWords = 'style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0 }} />\n        </div>\n      ))}';
    const { at, problems } = await editedCase(project, (original) => original
      .replace(bulletRow, '<div key={i} data-fit="bullet" style="display: flex; margin-top: 12px; color: #2B3442">')
      .replace(bulletWords, "style='flex-grow: 1; padding: 4px' />\n        </div>\n      ))}")
      .replace('<div data-fit="frame"', '<div data-fit="frames"')
      .replace('<Words fit="title"', '<Words fit="titel"'));
    // The text was read by its characters: "13 is not a CSS property", once for each.
    const textStyle = (written: string) => `the case template writes a style as a text, as HTML does (style="${written}"): satori reads a style only as an object, and would draw the element without it`;
    const mark = (prop: string, written: string) => `the case template marks a box ${prop}="${written}", which is none of the marks the build measures slides by (frame, content, title, section, bullet)`;
    expect(problems).toEqual([
      [...at('fit="titel"'), mark('fit', 'titel'), 'Did you mean fit="title"?'],
      [...at('data-fit="frames"'), mark('data-fit', 'frames'), 'Did you mean data-fit="frame"?'],
      [...at('style="display'), textStyle('display: flex; margin-top: 12px; color: #2B3442'), "Write it as JSX does: style={{ display: 'flex', marginTop: 12, color: '#2B3442' }}."],
      [...at("style='flex-grow"), textStyle('flex-grow: 1; padding: 4px'), 'Write it as JSX does: style={{ flexGrow: 1, padding: 4 }}.'],
    ]);
    expect(project.files('p')).toEqual([]);
  });

  it('names a style given an object instead of a value, at its line (satori failed with "inputValue.trim is not a function", nowhere)', async () => {
    project = makeProject('inc-object-style');
    const { at, problems } = await editedCase(project, (original) => original.replace('padding: space.cardPadding', 'padding: space').replace("alignItems: 'flex-start', marginTop: i === 0", "alignItems: i >= 0, marginTop: i === 0"));
    const valueAt = (needle: string, key: string) => at(needle).map((n, i) => (i === 1 ? n + key.length + 2 : n));
    expect(problems).toEqual([
      [...valueAt('padding: space,', 'padding'), 'the case template gives the style padding an object, not a value: satori cannot draw it', 'Give padding a number or a text (an object of the theme holds its values in fields: space.cardPadding, not space).'],
      // satori said "Received: "1"", which no line writes.
      [...valueAt('alignItems: i >= 0', 'alignItems'), 'the case template gives the style alignItems true, not a value: satori cannot draw it', 'Give alignItems a number or a text (an object of the theme holds its values in fields: space.cardPadding, not space).'],
    ]);
    expect(project.files('p')).toEqual([]);
  });

  it('names a style calculated from something without a value, and an opacity in percent, at the lines that write them (satori skipped them with a printed line, or none)', async () => {
    project = makeProject('inc-calculated-style');
    const { at, problems } = await editedCase(project, (original) =>
      original
        .replace('marginTop: i === 0 ? 0 : space.bulletGap', "marginTop: i === 0 ? 0 : `${Number('24px')}px`")
        .replace('width: Math.round(fontSize * space.markerWidth)', "width: Math.round(fontSize * Number('1,2')), opacity: '50%'"),
    );
    const calculated = (property: string) => `Look at what ${property} is calculated from: a field that does not exist (misspelt) is undefined, and a number taken from a text ('40px' * 2) is NaN. Calculate with the theme's numbers (space.cardPadding).`;
    const valueAt = (needle: string, key: string) => at(needle).map((n, i) => (i === 1 ? n + key.length + 2 : n));
    expect(problems).toEqual([
      // The first line that calculates marginTop, not the first that gives it a field.
      [...valueAt('marginTop: i === 0 ? 0 : `', 'marginTop'), 'the case template calculates the style marginTop as "NaNpx", from something that has no value: satori cannot draw it', calculated('marginTop')],
      [...valueAt('width: Math.round', 'width'), 'the case template calculates the style width as NaN, from something that has no value: satori cannot draw it', calculated('width')],
      [...at("50%'"), "the case template gives the style opacity '50%', which satori does not take: it would draw the element as if it had no opacity", 'Write opacity as a number from 0 to 1: 0.5 for 50%.'],
    ]);
    expect(project.files('p')).toEqual([]);
  });

  it('places a <Words> size calculated from a field that does not exist at that field (it was "given null", nowhere)', async () => {
    project = makeProject('inc-calculated-size');
    const { at, problems } = await editedCase(project, (original) => original.replace('fontSize={size.title}', 'fontSize={size.titel * 1.1}'));
    expect(problems.map(([line, col, message]) => [line, col, message])).toEqual([[...at('size.titel * 1.1'), 'the case template failed while drawing a slide: <Words> needs fontSize as a number (fontSize={40}), but it was given NaN, a calculation with something that has no value: "titel" is no field the template is given (did you mean "title"?)']]);
  });

  it('names the mistakes of every template at once, several of a template too, and each once however many decks use it', async () => {
    project = makeProject('inc-every-template');
    // A case template's mistake stopped the plan before the cover was laid out: one template per build.
    const inCase = project.editTemplate('Case.tsx', 'borderRadius: space.cardRadius, backgroundColor: colors.card', 'borderRadius: space.cardRadius, backgroundColour: colors.card');
    const inCase2 = project.editTemplate('Case.tsx', "<div data-fit=\"content\" style={{ display: 'flex', flexDirection: 'column'", "<div data-fit=\"content\" style={{ display: 'flex', flexDirecton: 'column'");
    const inCover = project.editTemplate('Cover.tsx', "justifyContent: 'space-between', alignItems: 'center', fontSize: size.coverMeta", "justifyContent: 'space-between', alignItems: 'center', fontSise: size.coverMeta");
    const bar = project.editTemplate('Closing.tsx', 'backgroundColor: colors.accent, marginBottom: bars.closing.gap', "backgroundColor: '#12', marginBottom: bars.closing.gap");
    const ink = project.editTemplate('Closing.tsx', "fontWeight: 700, color: colors.ink", "fontWeight: 700, color: 'gery'");
    project.deck('p', deckText(THREE));
    project.deck('q', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.message])).toEqual([
      ['Case.tsx', inCase.line, 'the case template\'s style has "backgroundColour", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Case.tsx', inCase2.line, 'the case template\'s style has "flexDirecton", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Cover.tsx', inCover.line, 'the cover template\'s style has "fontSise", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Closing.tsx', bar.line, 'the closing template\'s backgroundColor has "#12", which is not a colour: resvg would draw it black, or not at all'],
      ['Closing.tsx', ink.line, 'the closing template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all'],
    ]);
    expect(error.problems.map((p) => p.hint).filter((hint) => hint.startsWith('Did'))).toEqual(['Did you mean "backgroundColor"?', 'Did you mean "flexDirection"?', 'Did you mean "fontSize"?']);
    expect([project.files('p'), project.files('q')]).toEqual([[], []]);
  });

  it('names every class name, italic and text-cutting style of a template at once, each at every line that gives it', async () => {
    project = makeProject('inc-every-kind');
    // A template made from a web page: class names everywhere took one build each.
    const card = project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1", "<div className=\"card\" style={{ display: 'flex', flexDirection: 'column', flexGrow: 1");
    const frame = project.editTemplate('Closing.tsx', '<div data-fit="frame" style', '<div data-fit="frame" className="card-body" style');
    const content = project.editTemplate('Closing.tsx', '<div data-fit="content" style', '<div data-fit="content" className="card" style');
    const italic = project.editTemplate('Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontStyle: 'oblique', textOverflow: 'ellipsis', fontWeight: 700");
    const em = project.editTemplate('Cover.tsx', '{theme.coverGlows.map(', "<em style={{ display: 'flex', fontSize: 20 }}>표지</em>\n      {theme.coverGlows.map(");
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const classMessage = (name: string) => `the closing template gives an element className="${name}", which no <style> element of the slide styles: satori would draw the element without styles`;
    // The cover's mistake hid the closing's: they are laid out side by side.
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.message])).toEqual([
      ['Cover.tsx', em.line, 'the cover template asks for italic text (<em>), but the theme loads no italic fonts: satori would slant the upright letters (a faux italic), which lean out of the boxes that measure them'],
      ['Closing.tsx', card.line, classMessage('card')],
      ['Closing.tsx', frame.line, classMessage('card-body')],
      ['Closing.tsx', content.line, classMessage('card')],
      ['Closing.tsx', italic.line, "the closing template asks for italic text (fontStyle: 'oblique'), but the theme loads no italic fonts: satori would slant the upright letters (a faux italic), which lean out of the boxes that measure them"],
      ['Closing.tsx', italic.line, "the closing template sets textOverflow: 'ellipsis', with which satori would cut a text that does not fit short (\"…\") without saying so"],
    ]);
  });

  it('takes a class that a <style> element of the slide styles, as satori 0.63 does (it was refused as ignored)', async () => {
    project = makeProject('inc-stylesheet');
    project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<style>{'.stamp { display: flex; width: 80px; height: 80px; background-color: #ee3333; }'}</style>\n            <div className=\"stamp\" />\n            <div style={{ display: 'flex', width: bars.closing.width");
    project.deck('p', deckText(THREE));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
    const closing = await readRaw(path.join(project.paths.output, 'p', '05-closing.png'));
    expect(countColor(closing, [0xee, 0x33, 0x33], 4)).toBeGreaterThan(80 * 80 * 0.95);
    // An image from the network in a stylesheet is refused at its line, as in a style.
    const { line } = project.editTemplate('Closing.tsx', 'background-color: #ee3333;', 'background-image: url(https://example.invalid/stamp.png);');
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[line, 'the closing template draws an image from https://example.invalid/stamp.png, which cardnews does not fetch: it works offline']]);
  });

  it('checks the rules of a <style> element as it checks a style, each at its line', async () => {
    project = makeProject('inc-stylesheet-mistakes');
    // CSS pasted from a web page: each of these was drawn wrong without a word.
    const { line } = project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", [
      '<style>{`',
      // A web font as a web page loads it: its url()s were named as images "cardnews does not fetch".
      '  @import url("https://fonts.googleapis.com/css2?family=Noto+Sans+KR");',
      '  @font-face { font-family: "Brand"; src: url("./brand.woff2"); }',
      "  .note { background-colour: #ffffff; color: gery; font-family: 'Noto Sans KR', sans-serif; }",
      '  .note { font-style: italic; text-overflow: ellipsis; font-weight: SemiBold; /* a-b: c; */ }',
      '  @media (min-width: 100px) { .note { border: 1px solid #12; --accent: #1F4FA8; } }',
      '  .heavy { font-weight: 600; } .bold { font-weight: bold; }',
      '`}</style>',
      '<div className="note" style={{ display: \'flex\' }}>참고</div>',
      "<div style={{ display: 'flex', width: bars.closing.width",
    ].join('\n'));
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line - line - 2, p.place.col, p.message])).toEqual([
      [-1, 3, 'the closing template imports a stylesheet in a <style> element (@import), which satori does not load (and cardnews, working offline, would not fetch): what it styles would be drawn without it'],
      [0, 3, 'the closing template declares a font in a <style> element (@font-face), which satori does not load: text in that family would be drawn in another font'],
      [1, 11, 'the closing template\'s style has "background-colour", which is not a CSS property: satori skips it, and draws the element without it'],
      [1, 46, 'the closing template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all'],
      [1, 66, 'fontFamily \'Noto Sans KR\', sans-serif names none of the theme\'s fonts (Pretendard GOV): satori would draw that text in Pretendard GOV instead'],
      [2, 11, 'the closing template asks for italic text (font-style: italic), but the theme loads no italic fonts: satori would slant the upright letters (a faux italic), which lean out of the boxes that measure them'],
      [2, 31, 'the closing template sets text-overflow: ellipsis, with which satori would cut a text that does not fit short ("…") without saying so'],
      [2, 69, "the closing template sets fontWeight 'SemiBold', which satori does not read as a weight: it would draw that text in the family's heaviest font"],
      [3, 57, 'the closing template\'s border has "#12", which is not a colour: resvg would draw it black, or not at all'],
      [4, 12, 'the closing template sets fontWeight 600, but the theme loads Pretendard GOV only in 400, 700, 800: satori would draw that text with the 700 font instead'],
    ]);
    expect(error.problems[2]?.hint).toBe('Did you mean "background-color"?');
  });

  it('names every line that writes a weight no font of the theme has, at once', async () => {
    project = makeProject('inc-weight-everywhere');
    // A theme whose family lacks ExtraBold: the templates write 800 in five places, found one
    // slide kind, and one build, at a time.
    project.editTemplate('theme.ts', "    { family: 'Pretendard GOV', weight: 800, npm: gov('ExtraBold') },\n", '');
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const dir = path.join(project.paths.templates, 'default');
    const written = readdirSync(dir).sort().flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n').flatMap((line, i) => (line.includes('fontWeight: 800') ? [[name, i + 1]] : [])));
    expect(written.length).toBeGreaterThan(2);
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line])).toEqual(written);
    expect(new Set(error.problems.map((p) => p.message))).toEqual(new Set(['fontWeight 800 here has no font: the theme loads Pretendard GOV only in 400, 700, and satori would draw this text with the 700 font instead']));
    // With Regular alone, satori thickens it for the bold text (a faux bold; it was said to draw "the nearest").
    project.editTemplate('theme.ts', "    { family: 'Pretendard GOV', weight: 700, npm: gov('Bold') },\n", '');
    const faux = await project.buildFails();
    expect(faux.problems.map((p) => p.message)).toContain('fontWeight 800 here has no font: the theme loads Pretendard GOV only in 400, and satori would draw this text with the 400 font thickened by an outline (a faux bold)');
  });
});
