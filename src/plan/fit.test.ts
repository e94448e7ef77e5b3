/**
 * Long content: every deck either lays out with every word on a slide, inside its box, at a
 * readable size — or fails before anything is written, saying exactly what to shorten.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { frameFor } from '../compose/compose.ts';
import { planInProcess } from '../testing/fixtures.ts';
import { makeProject } from '../testing/project.ts';
import { bodyFits } from './measure.ts';
import { paginateCase } from './paginate.ts';
import { ROOM_TOLERANCE } from './rooms.ts';
import { textExtents } from './textExtents.ts';
import type { Slide } from './slides.ts';

/** A one-case deck; the title is on line 5 and the first bullet on line 9. */
function deck(title: string, sections: [string, string[]][], extra = ''): string {
  const body = sections.map(([heading, bullets]) => `      - heading: ${heading}\n        bullets:\n${bullets.map((b) => `          - ${b}\n`).join('')}`).join('');
  return `title: 우수사례\norganization: 은평구\n${extra}cases:\n  - award: 우수\n    title: ${title}\n    sections:\n${body}`;
}

const caseSlides = (slides: Slide[]) => slides.filter((s): s is Extract<Slide, { kind: 'case' }> => s.kind === 'case');

async function problemsOf(text: string): Promise<string[]> {
  try {
    await planInProcess(text);
  } catch (error) {
    if (error instanceof UserError) return error.problems.map((p) => `${p.place.line}:${p.place.col} ${p.message} → ${p.hint}`);
    throw error;
  }
  throw new Error('the deck was accepted');
}

const sentence = (n: number) => `${n}번째 내용으로 지역 주민과 함께하는 현장 중심 적극행정을 추진했습니다`;

describe('fitting long content', () => {
  it('spreads 12 bullets over 4 sections across slides, splitting between sections, never inside a bullet', async () => {
    const sections: [string, string[]][] = [1, 2, 3, 4].map((s) => [`${s}단계 추진 내용`, [1, 2, 3].map((b) => sentence((s - 1) * 3 + b))]);
    const { deck: parsed, plan, layout } = await planInProcess(deck('긴 사례', sections));
    const pages = caseSlides(plan.slides);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.name)).toEqual(pages.map((_, i) => (i === 0 ? '02-case1' : `${String(i + 2).padStart(2, '0')}-case1-${i + 1}`)));
    // Every bullet exactly once, whole, in order; later slides say they continue.
    expect(pages.flatMap((p) => p.props.sections.flatMap((s) => s.bullets))).toEqual(sections.flatMap(([, b]) => b));
    pages.forEach((p, i) => expect(p.props.continued).toBe(i > 0));
    for (const page of pages) {
      expect(page.props.size.body).toBe(40);
      const report = await layout.measure(page, frameFor(parsed, plan.slides.indexOf(page) + 1, plan.slides.length));
      expect(report.bodyNeeded).toBeLessThanOrEqual(report.bodyAvailable + 0.5);
      expect(report.overflows).toBeUndefined();
    }
  });

  it('confirms pages planned from the boxes where they sit, and re-paginates by trial layouts when one does not fit', async () => {
    const sections: [string, string[]][] = [1, 2, 3, 4].map((s) => [`${s}단계 추진 내용`, [1, 2, 3].map((b) => sentence((s - 1) * 3 + b))]);
    const { deck: parsed, plan, layout } = await planInProcess(deck('긴 사례', sections));
    const [item] = parsed.cases;
    if (item === undefined) throw new Error('no case');
    const expected = caseSlides(plan.slides).map((p) => p.props);
    const frames = expected.map((_, i) => frameFor(parsed, i + 2, plan.slides.length));
    const planned = await layout.paginate(item, 1, 1);
    expect(planned.confirmed).toBe(false);
    const confirmed = await layout.confirm(item, 1, 1, planned, frames);
    expect(confirmed.confirmed).toBe(true);
    expect(confirmed.pages).toEqual(expected);
    expect(confirmed.reports.map(bodyFits)).toEqual(expected.map(() => true));
    // A plan the boxes got wrong: every bullet on the first slide.
    const first = expected[0];
    if (first === undefined) throw new Error('no page');
    const wrong = { ...planned, pages: [{ ...first, sections: item.sections.map((s) => ({ heading: s.heading, bullets: s.bullets, continued: false })) }] };
    const repaginated = await layout.confirm(item, 1, 1, wrong, frames.slice(0, 1));
    expect(repaginated.pages).toEqual(expected);
    expect(repaginated.reports.map(bodyFits)).toEqual(expected.map(() => true));
  });

  it('plans the slides after the first with the room they have: without an award, only they have a badge ("(계속)")', async () => {
    // Slides full of one long section's bullets: each later one had a bullet too many.
    const sections: [string, string[]][] = [['추진 내용', Array.from({ length: 20 }, (_, i) => sentence(i + 1))]];
    const { deck: parsed, plan, layout, templates } = await planInProcess(deck('긴 사례', sections).replace('  - award: 우수\n    title:', '  - title:'));
    const [item] = parsed.cases;
    if (item === undefined) throw new Error('no case');
    const pages = caseSlides(plan.slides);
    expect(pages.length).toBeGreaterThan(2);
    const reports = await Promise.all(pages.map((page) => layout.measure(page, frameFor(parsed, plan.slides.indexOf(page) + 1, plan.slides.length))));
    expect(reports.map(bodyFits)).toEqual(pages.map(() => true));
    expect(reports[1]?.bodyAvailable).toBeLessThan((reports[0]?.bodyAvailable ?? 0) - ROOM_TOLERANCE);
    // Planned from the boxes, confirmed, and planned again with the later slides' room: two
    // rounds of layouts at most. The first plan failed, and every slide was then found by trial
    // layouts, bullet by bullet (a case of 62 slides took 14 s).
    let layouts = 0;
    const paginated = await paginateCase(item, 1, 1, templates.theme, (props) => {
      layouts++;
      return layout.measure({ kind: 'case', name: '', path: '', props }, frameFor(parsed, 2, plan.slides.length));
    });
    expect(paginated.pages).toEqual(pages.map((page) => page.props));
    expect(layouts).toBeLessThanOrEqual(1 + 2 * pages.length);
  });

  it('fills the slides after the first to the room they have when a template gives them more (no title on them)', async () => {
    const project = makeProject('more-room');
    try {
      project.editTemplate('Case.tsx', '<Words fit="title"', '{!props.continued && <Words fit="title"');
      project.editTemplate('Case.tsx', 'letterSpacing: theme.letterSpacing.title }} />', 'letterSpacing: theme.letterSpacing.title }} />}');
      const { deck: parsed, plan, layout } = await planInProcess(deck('긴 사례', [['추진 내용', Array.from({ length: 24 }, (_, i) => sentence(i + 1))]]), project.root);
      const pages = caseSlides(plan.slides);
      expect(pages.length).toBeGreaterThan(2);
      // Each slide but the last holds as many bullets as fit: one more would not. Planned with
      // the first slide's room, the others were left a bullet short.
      for (const [i, page] of pages.slice(0, -1).entries()) {
        const [section] = page.props.sections;
        const next = pages[i + 1]?.props.sections[0]?.bullets[0];
        if (section === undefined || next === undefined) throw new Error('no section');
        const fuller = { ...page, props: { ...page.props, sections: [{ ...section, bullets: [...section.bullets, next] }] } };
        const report = await layout.measure(fuller, frameFor(parsed, plan.slides.indexOf(page) + 1, plan.slides.length));
        expect(bodyFits(report), `slide ${i + 1} could hold one more bullet`).toBe(false);
      }
    } finally {
      project.remove();
    }
  });

  it('splits a section too long for one slide between bullets and marks the heading as continued', async () => {
    const { plan } = await planInProcess(deck('한 섹션', [['추진 내용', Array.from({ length: 14 }, (_, i) => sentence(i + 1))]]));
    const pages = caseSlides(plan.slides);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.props.sections.map((s) => [s.heading, s.continued]))).toEqual(pages.map((_, i) => [['추진 내용', i > 0]]));
    expect(pages.flatMap((p) => p.props.sections[0]?.bullets ?? [])).toHaveLength(14);
  });

  it('keeps a 60-character title within its line budget, shrinking a longer one down to the theme minimum', async () => {
    const sixty = '주민 누구나 쉽게 이용하는 생활밀착형 공공서비스 혁신을 위한 찾아가는 현장 행정 운영 및 주민 참여 확대 사업';
    const eighty = `${sixty} 추진을 통한 지역 공동체 회복 기반 마련`;
    expect(Array.from(sixty).length).toBeGreaterThanOrEqual(60);
    for (const [title, shrunk] of [[sixty, false], [eighty, true]] as const) {
      const { deck: parsed, plan, layout } = await planInProcess(deck(title, [['추진 배경', [sentence(1)]]]));
      const [page] = caseSlides(plan.slides);
      if (page === undefined) throw new Error('no case slide');
      expect(page.props.title).toBe(title);
      expect((await layout.measure(page, frameFor(parsed, 2, plan.slides.length))).titleLines).toBeLessThanOrEqual(3);
      if (shrunk) expect(page.props.size.title).toBeLessThan(54);
      else expect(page.props.size.title).toBe(54);
      expect(page.props.size.title).toBeGreaterThanOrEqual(44);
    }
  });

  it('fails on a 120-character title, at its line, saying to shorten it', async () => {
    const title = '가나다라마바사 '.repeat(15).trim();
    expect(await problemsOf(deck(title, [['추진 배경', [sentence(1)]]]))).toEqual([
      expect.stringMatching(/^5:12 case 1 "가나다라마바사 가나다라마바사 가나다라마바사…" title does not fit in 3 lines at 1080×1350 \(takes \d lines even at 44 px\) → Shorten the title; details belong in the bullets\.$/),
    ]);
  });

  it('lays a 300-character bullet out alone on a slide, shrinking body text no further than the theme minimum', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `${i % 10}가나다`).join(' ').slice(0, 300);
    const { plan } = await planInProcess(deck('긴 내용', [['추진 내용', [sentence(1), long, sentence(2)]]]));
    const pages = caseSlides(plan.slides);
    const holding = pages.find((p) => p.props.sections.some((s) => s.bullets.includes(long)));
    expect(holding?.props.sections.flatMap((s) => s.bullets)).toEqual([long]);
    expect(holding?.props.size.body).toBeGreaterThanOrEqual(36);
    // Pagination is preferred to shrinking: the other slides keep the designed size.
    for (const p of pages.filter((p) => p !== holding)) expect(p.props.size.body).toBe(40);
  });

  it('fails on a bullet that cannot fit one slide even at the smallest size, naming its place and the sizes', async () => {
    const huge = Array.from({ length: 100 }, (_, i) => `${i}번 항목`).join(' ');
    expect(await problemsOf(deck('긴 내용', [['추진 내용', [sentence(1), huge]]]))).toEqual([
      expect.stringMatching(/^10:13 case 1 "긴 내용" bullet 2 of section 1 does not fit one slide at 1080×1350 \(needs [\d,]+ px, has [\d,]+ px\) → Shorten it or split it into two bullets\.$/),
    ]);
  });

  it('keeps Latin, digits and Korean mixed in one bullet, word for word', async () => {
    const mixed = 'AI정보 시스템 2026학년도 도입, KPI 12만 8천 건 달성 (전년 대비 +35.7%) 및 ISO 27001 인증';
    const { plan } = await planInProcess(deck('AI 기반 행정 혁신', [['추진 성과', [mixed]]]));
    expect(caseSlides(plan.slides)[0]?.props.sections[0]?.bullets).toEqual([mixed]);
  });

  it('breaks a URL where a URL may break, and reports a word too wide for any line', async () => {
    const url = '자세한 내용은 https://www.example.go.kr/board/view?id=1234567890&category=notice&page=1 참고';
    const { plan } = await planInProcess(deck('링크 안내', [['추진 내용', [url]]]));
    expect(caseSlides(plan.slides)[0]?.props.sections[0]?.bullets).toEqual([url]);
    expect(await problemsOf(deck('긴 낱말', [['추진 내용', ['자세한 가나다라마바사아자차카타파하가나다라마바사아자차카타파하 참고']]]))).toEqual([
      expect.stringMatching(/^9:13 case 1 "긴 낱말": "자세한 가나다라마바사아자차카타파하가나다라마바사아자차카타파하 참고" sticks out of its box by \d+ px at 1080×1350 → Shorten the text, or put spaces into very long words so the line can break\.$/),
    ]);
    // The same text in two cases: each report points at its own case.
    const long = '자세한 가나다라마바사아자차카타파하가나다라마바사아자차카타파하 참고';
    expect(await problemsOf(`title: 우수사례\ncases:\n${['하나', '둘'].map((t) => `  - title: ${t}\n    sections:\n      - heading: 배경\n        bullets:\n          - ${long}\n`).join('')}`)).toEqual([
      expect.stringMatching(/^7:13 case 1 "하나": "자세한 .* sticks out/),
      expect.stringMatching(/^12:13 case 2 "둘": "자세한 .* sticks out/),
    ]);
    expect(await problemsOf(`title: 우수사례\ncover:\n  title: 적극행정우수사례모음집발간\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n          - 내용\n`)).toEqual([
      expect.stringMatching(/^3:10 the cover: "적극행정우수사례모음집발간" sticks out of its box by \d+ px/),
    ]);
    // Found by its value, whatever the quoting: an escaped quote, and a cover that takes the deck's title.
    expect(await problemsOf(`title: "\\"적극행정\\"우수사례모음집발간"\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n          - 내용\n`)).toEqual([
      // In single quotes: in double ones it read ""적극행정"우수사례모음집발간".
      expect.stringMatching(/^1:8 the cover: '"적극행정"우수사례모음집발간' sticks out of its box by \d+ px/),
    ]);
  });

  it('names every text of a slide that sticks out, each at its own line, and says what to do about an address', async () => {
    const email = 'eunpyeong.youth.support.center.applications@seoul.go.kr';
    const url = 'https://eunpyeongyouthsupportcenteronlineapplication.seoul.kr';
    const bullets = [`이메일 ${email} 로 제출`, `${email}`, `누리집 ${url} 참고`, '가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라 참고'];
    expect(await problemsOf(deck('주소 안내', [['신청 방법', bullets]]))).toEqual([
      expect.stringMatching(/^9:13 case 1 "주소 안내": "이메일 eunpyeong.youth.* sticks out of its box by \d+ px at 1080×1350 → "eunpyeong.youth.support.center.applicat…" is an e-mail address, kept whole and wider than a line: write a shorter one, or give it in the post's text instead of on the slide\.$/),
      // A bullet that is the end of the bullet above it is named at its own line.
      expect.stringMatching(/^10:13 case 1 "주소 안내": "eunpyeong.youth.* sticks out .* is an e-mail address/),
      expect.stringMatching(/^11:13 case 1 "주소 안내": "누리집 https:.* sticks out .* → "https:\/\/eunpyeongyouthsupportcenteronli…" is a web address, kept whole and wider than a line: write a shorter one \(a short link\), or give/),
      expect.stringMatching(/^12:13 case 1 "주소 안내": "가나다.* sticks out .* → Shorten the text, or put spaces into very long words/),
    ]);
  });

  it('names a case whose title is written over two lines on one line of the message', async () => {
    const url = 'https://eunpyeongyouthsupportcenteronlineapplication.seoul.kr';
    const [problem] = await problemsOf(deck('"첫째 줄\\n둘째 줄"', [['신청 방법', [`누리집 ${url} 참고`]]]));
    expect(problem).toMatch(/^9:13 case 1 "첫째 줄 둘째 줄": "누리집 https:.* sticks out /);
  });

  it('warns when a period grows past the 20 slides one post can hold', async () => {
    const cases = Array.from({ length: 20 }, (_, i) => `  - title: 사례 ${i + 1}\n    sections:\n      - heading: 배경\n        bullets:\n          - ${sentence(i)}\n`).join('');
    const { plan } = await planInProcess(`title: 우수사례\ncases:\n${cases}`);
    expect(plan.slides).toHaveLength(21);
    // At the case that begins the slides past 20: where to split the period.
    expect(plan.warnings).toEqual(['data/test.yaml:98:5: 21 slides, more than the 20 one Instagram post can hold: slide 21 (case 20) would need another post; split the period or shorten cases.']);
    const { plan: longer } = await planInProcess(`title: 우수사례\ncases:\n${cases}closing:\n  lines:\n    - 감사합니다\n`);
    expect(longer.warnings).toEqual(['data/test.yaml:98:5: 22 slides, more than the 20 one Instagram post can hold: slides 21–22, from case 20 on, would need another post; split the period or shorten cases.']);
  });

  it('says when text sticks out downwards: more lines than a slide has room for', async () => {
    const title = Array.from({ length: 20 }, (_, i) => `적극행정 ${i + 1}`).join(' ');
    expect(await problemsOf(`title: 우수사례\ncover:\n  title: ${title}\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n          - 내용\n`)).toEqual([
      expect.stringMatching(/^3:10 the cover: "적극행정 1 적극행정 2 적극행정 3 적극행정 4 적극행정 5 적극행정…" sticks out of its box by [\d,]+ px at 1080×1350 \(more lines than there is room for\) → Shorten the text, or take out lines\.$/),
    ]);
  });

  it('says when the closing lines do not fit their card, which grew past the margin without a word', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => `    - 적극행정 ${i + 1}번째 줄\n`).join('');
    expect(await problemsOf(`title: 우수사례\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n          - 내용\nclosing:\n  lines:\n${lines}`)).toEqual([
      '9:3 the closing does not fit one slide at 1080×1350 (needs 1,054 px, has 1,040 px) → Take out lines, or shorten them (a line too long for one row takes two).',
    ]);
  });

  it('warns about text that starts with the marker the theme draws before it', async () => {
    const { plan } = await planInProcess('title: 우수사례\ncases:\n  - title: 사례\n    sections:\n      - heading: ✔ 추진 배경\n        bullets:\n          - 첫째\n          - 🔹둘째\n');
    expect(plan.warnings).toEqual([
      'data/test.yaml:5:18: case 1 section 1 heading starts with ✔️, which the theme already draws before every heading; remove it from the text.',
      'data/test.yaml:8:13: case 1 section 1 bullet 2 starts with 🔹, which the theme already draws before every bullet; remove it from the text.',
    ]);
  });

  it('warns about text that starts with the mark of a list pasted from a report or a page (ㅇ, □, ○, •): two marks would show', async () => {
    const { plan } = await planInProcess('title: 우수사례\ncases:\n  - title: 사례\n    sections:\n      - heading: □ 추진 배경\n        bullets:\n          - ㅇ 첫째\n          - ○ 둘째\n          - ※ 참고 사항\n          - ㅇㅇ동 주민\n          - • 다섯째\n');
    const pasted = (line: number, col: number, what: string, mark: string, theme: string) => `data/test.yaml:${line}:${col}: case 1 section 1 ${what} starts with "${mark}", a list's mark pasted with it, and the theme draws ${theme} before every ${what.split(' ')[0]}; remove it from the text.`;
    expect(plan.warnings).toEqual([pasted(5, 18, 'heading', '□', '✔️'), pasted(7, 13, 'bullet 1', 'ㅇ', '🔹'), pasted(8, 13, 'bullet 2', '○', '🔹'), pasted(11, 13, 'bullet 5', '•', '🔹')]);
  });

  /** A deck of one case of one section (its bullets from line 7), as YAML. */
  const oneSection = (title: string, bullets: string[]) => `title: ${title}\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n${bullets.map((b) => `          - ${b}\n`).join('')}`;

  it('warns about Markdown a pasted draft brings, at the mark: it is drawn as written', async () => {
    const { plan } = await planInProcess(oneSection('우수사례', ['"**중장년** 재취업 지원"', '"[공고문](https://www.ep.go.kr/notice) 참고"', '"## 추진 배경"', '"__강조__ 문구"', '"2*3*4 = 24, file_name_here, #해시태그 [참고] [붙임](서식)"']));
    expect(plan.warnings).toEqual([
      'data/test.yaml:7:14: case 1 section 1 bullet 1 has Markdown bold (**…**), which is drawn with its asterisks (a deck has no bold); take them out.',
      'data/test.yaml:8:14: case 1 section 1 bullet 2 has a Markdown link ([…](…)), which is drawn with its brackets; write the words, or the address, alone.',
      'data/test.yaml:9:14: case 1 section 1 bullet 3 has a Markdown heading (#), which is drawn with its hashes; take them out.',
      'data/test.yaml:10:14: case 1 section 1 bullet 4 has Markdown bold (__…__), which is drawn with its underscores (a deck has no bold); take them out.',
    ]);
  });

  it('warns about HTML that text copied from a blog editor or a web page brings, every mark of a text in one line', async () => {
    const { plan } = await planInProcess(oneSection('구민 소식 &amp; 알림', ['키오스크 교육이&nbsp;필요<br>', '"<b>디지털 격차</b> 해소"', '<span style="color:red">빨강</span> &#183; 점 &#x2192; 끝 &#8203;', '<은평구 소식> 참고, <A등급> 달성, R&D 및 Q&A, 1 < 2 > 0']));
    expect(plan.warnings).toEqual([
      // Once, though the cover that has no title of its own shows it too.
      'data/test.yaml:1:14: the deck\'s "title" has an HTML character reference (&amp;), which is drawn as letters; write "&" instead.',
      'data/test.yaml:7:21: case 1 section 1 bullet 1 has an HTML character reference (&nbsp;), which is drawn as letters; write a space instead.',
      'data/test.yaml:7:29: case 1 section 1 bullet 1 has an HTML tag (<br>), which is drawn as letters (a deck has no markup); take it out, and to break a line where a <br> is, write the text as a YAML block (|) over its lines.',
      'data/test.yaml:8:14: case 1 section 1 bullet 2 has HTML tags (<b>, </b>), which are drawn as letters (a deck has no markup); take them out.',
      'data/test.yaml:9:13: case 1 section 1 bullet 3 has HTML tags (<span style="color:red">, </span>), which are drawn as letters (a deck has no markup); take them out.',
      'data/test.yaml:9:47: case 1 section 1 bullet 3 has HTML character references (&#183;, &#x2192;, &#8203;), which are drawn as letters; write "·" for &#183;, "→" for &#x2192;, nothing (it stands for an invisible character) for &#8203; instead.',
    ]);
  });
});

describe('where satori drew text', () => {
  it('boxes each glyph outline from its coordinate pairs, where its tag starts, and skips shapes that carry x', () => {
    const svg = '<svg><path x="0" y="0" width="9" height="9" d="M0 0L900 900"/><path fill="#000" d="M10.5 20L-.5 1e1Q30 40.25 12 -3Z"/><path\nd="M5. 6 7 8"/><path d=""/></svg>';
    expect(textExtents(svg)).toEqual([
      { at: svg.indexOf('<path fill'), left: -0.5, right: 30, top: -3, bottom: 40.25 },
      { at: svg.indexOf('<path\nd'), left: 5, right: 7, top: 6, bottom: 8 },
    ]);
  });

  it('says where a transform draws an outline: its box as drawn, next to its box as laid out', () => {
    // A scale of 2 about (10, 10), as satori writes it; then a quarter turn, written after d.
    const svg = '<svg><path fill="#000" transform="matrix(2,0,0,2,-10,-10)" d="M10 10L20 15"/><path d="M0 0L10 20" transform="matrix(0,1,-1,0,100,0)"/></svg>';
    expect(textExtents(svg)).toEqual([
      { at: svg.indexOf('<path'), left: 10, right: 20, top: 10, bottom: 15, drawn: { left: 10, right: 30, top: 10, bottom: 20 } },
      { at: svg.lastIndexOf('<path'), left: 0, right: 10, top: 0, bottom: 20, drawn: { left: 80, right: 100, top: 0, bottom: 10 } },
    ]);
  });
});
