/**
 * Every character is drawn: by a font, or as an emoji image. What cannot be drawn is an error
 * that names the character, its code point and its place — never an empty box.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Words } from '../compose/Words.tsx';
import { UserError } from '../errors.ts';
import { defaultTemplates, planInProcess } from '../testing/fixtures.ts';
import { makeCollection } from '../testing/fontCollection.ts';
import { countColor, hexToRgb } from '../testing/images.ts';
import { makeProject } from '../testing/project.ts';
import { drawnText } from '../validate/drawnText.ts';
import { checkCoverage } from './coverage.ts';
import type { LoadedFont } from './fonts.ts';
import { rasterize } from './rasterize.ts';
import { makeRenderContext, renderSvg } from './satori.ts';

const deckWith = (bullet: string, extra = '') => `title: 우수사례\n${extra}cases:\n  - title: 사례\n    sections:\n      - heading: 추진 배경\n        bullets:\n          - ${bullet}\n`;

async function problems(text: string, root?: string): Promise<string[]> {
  try {
    await planInProcess(text, root);
    return [];
  } catch (error) {
    if (error instanceof UserError) return error.problems.map((p) => `${p.place.file}:${p.place.line}:${p.place.col}: ${p.message}`);
    throw error;
  }
}

/** A fallback font with every BMP character, from Debian's fonts-unifont (installed by .ci/run). */
const UNIFONT = '/usr/share/fonts/opentype/unifont/unifont.otf';

describe('glyph coverage', () => {
  it('names a Hanja no font has, with its code point, line, column and the fonts tried', async () => {
    expect(await problems(deckWith('전통 문양 龘 복원 사업'))).toEqual([
      'data/test.yaml:7:19: case 1 section 1 bullet 1 has the character 龘 (U+9F98), which none of the fonts can draw (tried PretendardGOV-Regular.ttf, PretendardGOV-Bold.ttf, PretendardGOV-ExtraBold.ttf)',
    ]);
  });

  it('names a run of such characters once, and each run on its own', async () => {
    expect(await problems(deckWith('인사말 مرحبا 와 龘 龘'))).toEqual([
      'data/test.yaml:7:17: case 1 section 1 bullet 1 has the characters مرحبا (U+0645 U+0631 U+062D U+0628 U+0627), which none of the fonts can draw (tried PretendardGOV-Regular.ttf, PretendardGOV-Bold.ttf, PretendardGOV-ExtraBold.ttf)',
      'data/test.yaml:7:25: case 1 section 1 bullet 1 has the character 龘 (U+9F98), which none of the fonts can draw (tried PretendardGOV-Regular.ttf, PretendardGOV-Bold.ttf, PretendardGOV-ExtraBold.ttf)',
    ]);
  });

  it('says which character to write instead of one that documents bring and the fonts lack', async () => {
    // 1∼3월 as HWP writes it (U+223C, a mathematical operator): "put a font into fonts/" left a comms officer stuck.
    // And 대상ᆞ내용 with the araea of old Hangul (U+119E) for a middle dot, as some HWP files have it.
    // And a PDF's ligature (ﬁ), as a copied "file" arrives.
    const hints = await planInProcess(deckWith('기간 1∼3월 ◎ 추진 ∙ 龘 대상ᆞ내용 ﬁle')).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => [p.place.col, p.hint]) : []));
    expect(hints).toEqual([
      [17, 'Write ～ (U+FF5E) for ∼: it looks alike, and the fonts have it.'],
      [21, 'Write ○ (U+25CB) for ◎: it looks alike, and the fonts have it.'],
      [26, 'Write · (U+00B7) for ∙: it looks alike, and the fonts have it.'],
      [28, 'Put a font that has it (for example Noto Sans KR or Noto Serif KR, which have Hanja) into fonts/ and list it under "fonts:" in the deck, or replace the character.'],
      [32, 'Write ㆍ (U+318D) for ᆞ: it looks alike, and the fonts have it.'],
      [36, 'Write fi (U+0066 U+0069) for ﬁ: it looks alike, and the fonts have it.'],
    ]);
  });

  it('names a font to add for what the characters are: Hanja, a script, a symbol of Korean documents', async () => {
    // It was "for example Noto Sans KR for Hanja" for each.
    const hints = await planInProcess(deckWith('"龘 ☞ 참고 สวัสดี ᚠ 䶵 𠀀"')).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => p.hint) : []));
    const add = (it: string, example: string) => `Put a font that has ${it}${example} into fonts/ and list it under "fonts:" in the deck, or replace ${it === 'it' ? 'the character' : it}.`;
    expect(hints).toEqual([
      add('it', ' (for example Noto Sans KR or Noto Serif KR, which have Hanja)'),
      add('it', ' (for example Noto Sans KR, which has the symbols of Korean documents)'),
      add('them', ' (for example Noto Sans Thai)'),
      // A rune: no font to name.
      add('it', ''),
      // Hanja that Noto Sans KR leaves out: rarer ones (Extension A), and rare ones (Extension B).
      add('it', ' (for example Noto Sans CJK KR or Noto Serif CJK KR, which have the rarer Hanja of CJK Extension A)'),
      add('it', ' (for example HanaMinB of Hanazono Mincho, which has the rare Hanja of CJK Extension B and after; Noto Sans CJK KR has few of them)'),
    ]);
  });

  it("names what Word's bullets, pasted as private-use characters, stood for, one that starts a text as a list's mark to take out, a character lost in copying, and control characters", async () => {
    // Word keeps a Symbol or Wingdings bullet as U+F000 + its code; the hint was to add a font for Hanja.
    const hints = async (text: string) => planInProcess(deckWith(`"${text}"`)).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => [p.place.col, p.hint]) : []));
    const typedIn = "It is a character of the font it was typed in (Word's Symbol or Wingdings, as Word's bullets are pasted, or one of Hangul's), and no other font draws it";
    expect(await hints('\uF0A7 사업 추진 \uF0FC 완료 \uE001')).toEqual([
      [14, `${typedIn}: as the mark of a pasted list, take it out — the theme draws the markers of headings and bullets.`],
      [22, `${typedIn}: write ✓ (U+2713) for U+F0FC instead, as Word shows it (or the nearest the fonts have).`],
      [27, `${typedIn}: write the symbol it stood for, as the document shows it, or take it out.`],
    ]);
    // Control characters: the quotes of cp1252 text read as Latin-1, and a bell (printed, it rang the terminal's).
    const controls = await planInProcess(deckWith('"주민\u0092s \u0007벨"')).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => [p.message, p.hint]) : []));
    expect(controls).toEqual([
      ['case 1 section 1 bullet 1 has the control character U+0092, which no font draws', "It is a control character, left where text saved in Windows' Western encoding (cp1252) had ’: write ’ for U+0092."],
      ['case 1 section 1 bullet 1 has the control character U+0007, which no font draws', 'It is a control character, which draws nothing (copied from a PDF, or written as an escape such as \\x07 in quotes): take it out.'],
    ]);
    // U+FFFD, a character some program could not read, had the same hint as a Hanja.
    expect(await hints('주민 \uFFFD\uFFFD 참여')).toEqual([[17, 'These stand for what a program could not read: the text lost characters here when it was copied or saved (from a file in another encoding than UTF-8, say). Write what was meant.']]);
  });

  it('names a character of the title or period once, where it is written, not again for the cover made of them', async () => {
    const text = 'title: 우수∙사례\nperiod: 2025∙상반기\ncases:\n  - title: 사례\n    sections:\n      - heading: 추진 배경\n        bullets:\n          - 내용\n';
    const places = await planInProcess(text).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => [p.place.line, p.place.col, p.message.split(' has ')[0]]) : []));
    // The cover's title and kicker, made of them, were named too: the kicker at line 1, column 1.
    expect(places).toEqual([[1, 10, 'the deck\'s "title"'], [2, 13, 'the deck\'s "period"']]);
    // A cover that writes its own title is checked as written.
    const own = await planInProcess(text.replace('cases:', 'cover:\n  title: 표지∙제목\ncases:')).then(() => [], (error: unknown) => (error instanceof UserError ? error.problems.map((p) => [p.place.line, p.message.split(' has ')[0]]) : []));
    expect(own).toEqual([[1, 'the deck\'s "title"'], [2, 'the deck\'s "period"'], [4, 'cover title']]);
  });

  it('draws it once a fallback font that has it is in fonts/ and named in the deck', async () => {
    expect(existsSync(UNIFONT), 'apt-get install fonts-unifont').toBe(true);
    const project = makeProject('hanja');
    try {
      copyFileSync(UNIFONT, path.join(project.paths.fonts, 'unifont.otf'));
      const text = deckWith('전통 문양 龘 복원 사업', 'fonts:\n  - unifont.otf\n');
      expect(await problems(text, project.root)).toEqual([]);
      project.deck('p', text);
      const [report] = await project.build();
      expect(report?.slides.map((s) => s.action)).toEqual(['rendered', 'rendered']);
    } finally {
      project.remove();
    }
  });

  it('names words of right-to-left text a font draws, which satori would lay out in reverse order; one such word is drawn', async () => {
    const project = makeProject('rtl');
    try {
      copyFileSync(UNIFONT, path.join(project.paths.fonts, 'unifont.otf'));
      const text = deckWith('안내 مرحبا بالعالم 및 שלום', 'fonts:\n  - unifont.otf\n');
      expect(await problems(text, project.root)).toEqual([
        'data/test.yaml:9:16: case 1 section 1 bullet 1 has several words of right-to-left text (مرحبا بالعالم), which cardnews can only set left to right: they would come out in reverse order',
      ]);
      expect(await problems(deckWith('안내 مرحبا 및 שלום', 'fonts:\n  - unifont.otf\n'), project.root)).toEqual([]);
    } finally {
      project.remove();
    }
  });

  /** A font with one of its tables named `to` instead of `from`: what a font made with that table instead looks like. */
  const retagged = (font: Buffer, from: string, to: string) => {
    const copy = Buffer.from(font);
    for (let i = 0; i < copy.readUInt16BE(4); i++) if (copy.toString('latin1', 12 + i * 16, 16 + i * 16) === from) copy.write(to, 12 + i * 16, 'latin1');
    return copy;
  };

  it('says when a font file in fonts/ is not a font, or is cut short, or has no outlines satori can draw', async () => {
    const project = makeProject('badfont');
    try {
      writeFileSync(path.join(project.paths.fonts, 'notes.ttf'), 'these are not the fonts you are looking for');
      writeFileSync(path.join(project.paths.fonts, 'cut.otf'), readFileSync(UNIFONT).subarray(0, 4000));
      const collection = makeCollection([new Uint8Array(readFileSync(UNIFONT)), new Uint8Array(readFileSync(UNIFONT))]);
      writeFileSync(path.join(project.paths.fonts, 'cut.ttc'), collection.subarray(0, collection.byteLength - 4000));
      // What a font download brings instead of the font: the site's page, or the archive.
      writeFileSync(path.join(project.paths.fonts, 'page.ttf'), '\n<!DOCTYPE html>\n<html lang="ko"><head><title>눈누</title></head></html>');
      writeFileSync(path.join(project.paths.fonts, 'fonts.zip'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), readFileSync(UNIFONT).subarray(0, 100)]));
      // Fonts whose letters satori cannot draw: it failed at the first slide, blaming the template.
      writeFileSync(path.join(project.paths.fonts, 'emoji.ttf'), retagged(readFileSync(UNIFONT), 'CFF ', 'CBDT'));
      writeFileSync(path.join(project.paths.fonts, 'variable.otf'), retagged(readFileSync(UNIFONT), 'CFF ', 'CFF2'));
      expect(await problems(deckWith('내용', 'fonts:\n  - notes.ttf\n  - cut.otf\n  - cut.ttc\n  - page.ttf\n  - fonts.zip\n  - emoji.ttf\n  - variable.otf\n'), project.root)).toEqual([
        'data/test.yaml:3:5: notes.ttf is not a usable font: the file is not a font (it does not start like a .ttf, .otf, .ttc or .woff file)',
        'data/test.yaml:4:5: cut.otf is not a usable font: the file is incomplete or damaged (it ends before the data it lists), so copy or download it again',
        'data/test.yaml:5:5: cut.ttc is not a usable font: the file is incomplete or damaged (it ends before the data it lists), so copy or download it again',
        'data/test.yaml:6:5: page.ttf is not a usable font: it is a web page (HTML), not the font: the link it was saved from leads to a download page',
        'data/test.yaml:7:5: fonts.zip is not a usable font: it is a ZIP archive, the package the font files come in',
        'data/test.yaml:8:5: emoji.ttf is not a usable font: its letters are pictures (a colour emoji font), not the outlines satori draws',
        'data/test.yaml:9:5: variable.otf is not a usable font: its outlines are CFF2 (a variable .otf), which satori cannot read',
      ]);
      // Intact tables, garbled contents: found when the build cuts the font down to the deck's characters.
      const garbled = readFileSync(UNIFONT);
      for (let i = 20000; i < garbled.length; i += 7) garbled[i] = ((garbled[i] ?? 0) * 31 + 7) & 255;
      writeFileSync(path.join(project.paths.fonts, 'garbled.otf'), garbled);
      project.deck('p', deckWith('龘', 'fonts:\n  - garbled.otf\n'));
      const error = await project.buildFails();
      // At the deck's line that names it.
      expect(error.problems.map((p) => `${p.place.file}:${p.place.line}:${p.place.col}: ${p.message}`)).toEqual([
        `${path.relative(process.cwd(), path.join(project.paths.data, 'p.yaml'))}:3:5: the font file garbled.otf cannot be used: its letters cannot be read (the file is damaged, or of a kind cardnews cannot cut down)`,
      ]);
      expect(project.files('p')).toEqual([]);
    } finally {
      project.remove();
    }
  });

  it('draws text pasted from other programs as it looks: decomposed Hangul, direction marks, zero width spaces, stray selectors', async () => {
    const clean = '중장년 일자리 café 가나 다라';
    // Hangul as separate letters (NFD: macOS file names, some PDF and HWP exports), a
    // left-to-right mark, an embedding, a byte-order mark, U+FE0F after a syllable, and a zero
    // width space and a soft hyphen inside words (where satori broke the line).
    const pasted = `${'중장년 일자리 café'.normalize('NFD')}\u200E \u202B가\uFE0F나\u202C 다\uFEFF\u200B라`.replace('일자리', '일\u00AD자리');
    // Before: "characters none of the fonts can draw" for every decomposed word and the marks,
    // and "가️" taken for an emoji without an image.
    const slide = async (text: string) => (await planInProcess(deckWith(`"${text}"`))).plan.slides[1];
    expect(await slide(pasted)).toEqual(await slide(clean));
    // A joiner after a letter is no emoji (it was "the emoji J‍, which has no image").
    expect(await problems(deckWith('ZWJ\u200D문자 👨‍👩‍👧'))).toEqual([]);
    // Compatibility Hanja are meant as written: NFC would turn 樂 (U+F914) into 樂 (U+6A02).
    expect(drawnText(`${'오락'.normalize('NFD')} \uF914 음악`)).toBe('오락 \uF914 음악');
  });

  it('says when a named fallback font is not in fonts/', async () => {
    expect(await problems(deckWith('내용', 'fonts:\n  - NotoSansKR-Regular.ttf\n'))).toEqual([
      expect.stringMatching(/^data\/test\.yaml:3:5: there is no readable font file .*fonts\/NotoSansKR-Regular\.ttf$/),
    ]);
  });
});

describe('emoji coverage', () => {
  let fonts: LoadedFont[] = [];
  beforeAll(async () => {
    fonts = (await defaultTemplates()).fonts;
  });
  const check = (text: string) => checkCoverage([{ text, what: 'case 1 bullet 1', place: { file: 'data/x.yaml', line: 3, col: 5 } }], fonts);

  it('maps emoji with and without the variation selector, keycaps, flags, skin tones and ZWJ sequences to images', () => {
    const result = check('✔️ ✔ 🔹 1️⃣ #️⃣ 🇰🇷 👍🏽 👨‍👩‍👧 💡 ❗');
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.emoji).sort()).toEqual(['✔️', '✔', '🔹', '1️⃣', '#️⃣', '🇰🇷', '👍🏽', '👨‍👩‍👧', '💡', '❗'].sort());
    for (const uri of Object.values(result.emoji)) expect(uri).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('names an emoji sequence the emoji set has no image for, with the emoji it is built on when that has one', () => {
    expect(check('피자 👍‍🍕 좋아요 🙂‍↔️ 🫩 🇨🇶').problems.map((p) => [p.message, p.hint])).toEqual([
      ['case 1 bullet 1 uses the emoji 👍‍🍕 (U+1F44D U+200D U+1F355), which has no image in the emoji set (Twemoji)', 'Use 👍 (U+1F44D), the emoji it is built on, which has one; or another emoji, or text.'],
      // Newer than the set (Unicode 15.1): shaking the head, built on 🙂.
      ['case 1 bullet 1 uses the emoji 🙂‍↔️ (U+1F642 U+200D U+2194 U+FE0F), which has no image in the emoji set (Twemoji)', 'Use 🙂 (U+1F642), the emoji it is built on, which has one; or another emoji, or text.'],
      // Built on nothing the set has: a new face, a new flag.
      ['case 1 bullet 1 uses the emoji 🫩 (U+1FAE9), which has no image in the emoji set (Twemoji)', 'Use another emoji, or write it as text.'],
      ['case 1 bullet 1 uses the emoji 🇨🇶 (U+1F1E8 U+1F1F6), which has no image in the emoji set (Twemoji)', 'Use another emoji, or write it as text.'],
    ]);
  });

  it('does not drop the word after an emoji with U+FE0F (satori issue 422)', async () => {
    const emoji = check('✔️⚡️').emoji;
    const local = makeRenderContext(400, 80, fonts, emoji);
    const ink = async (text: string) => {
      const { svg } = await renderSvg(<div style={{ display: 'flex', width: 400, height: 80, backgroundColor: '#fff', fontFamily: 'Pretendard GOV' }}><Words text={text} fontSize={40} lineHeight={1.5} /></div>, local);
      const pixels = rasterize(svg);
      // Black text ink to the right of the first emoji (40 px wide plus a little).
      return countColor({ ...pixels }, hexToRgb('#000000'), 80, { left: 48, top: 0, width: 352, height: 80 });
    };
    const plain = await ink('추진배경');
    expect(plain).toBeGreaterThan(300);
    for (const text of ['✔️추진배경', '⚡️추진배경']) expect(await ink(text), text).toBeGreaterThan(plain * 0.7);
  });
});
