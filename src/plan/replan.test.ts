/**
 * Page breaks from the last build (replan.ts): a plan that still holds costs only the layouts of
 * its pages, and is the plan paginate.ts makes; one that no longer holds is refused.
 */
import { describe, expect, it } from 'vitest';
import { frameFor } from '../compose/compose.ts';
import { planInProcess } from '../testing/fixtures.ts';
import { exampleDeck } from '../testing/project.ts';
import type { CaseBody, Part } from './paginate.ts';
import { partsOf, replanCase } from './replan.ts';
import type { Slide } from './slides.ts';

const sentence = (n: number) => `${n}번째 내용으로 지역 주민과 함께하는 현장 중심 적극행정을 추진했습니다`;
const sections = [1, 2, 3, 4].map((s) => `      - heading: ${s}단계 추진 내용\n        bullets:\n${[1, 2, 3].map((b) => `          - ${sentence((s - 1) * 3 + b)}\n`).join('')}`).join('');
const TEXT = `title: 우수사례\norganization: 은평구\ncases:\n  - award: 우수\n    title: 긴 사례\n    sections:\n${sections}`;
// One long section over slides full of its bullets.
const WITHOUT_AWARD = `title: 우수사례\ncases:\n  - title: 긴 사례\n    sections:\n      - heading: 추진 내용\n        bullets:\n${Array.from({ length: 20 }, (_, i) => `          - ${sentence(i + 1)}\n`).join('')}`;

/** The first case of a deck, its pages as planned, and a layout of page i at its place that counts. */
async function setup(text: string) {
  const { deck, plan, layout, templates } = await planInProcess(text);
  const [item] = deck.cases;
  if (item === undefined) throw new Error('no case');
  const pages = plan.slides.flatMap((s) => (s.kind === 'case' && s.props.caseNumber === 1 ? [s.props] : []));
  const frames = pages.map((_, i) => frameFor(deck, i + 2, plan.slides.length));
  let layouts = 0;
  const measureAt = (props: CaseBody, i: number) => {
    layouts++;
    return layout.measure({ kind: 'case', name: '', path: '', props } as Slide, frames[i] ?? frameFor(deck, 2, plan.slides.length));
  };
  return { item, pages, theme: templates.theme, measureAt, layouts: () => layouts };
}

describe('page breaks from the last build', () => {
  it('takes a plan that still holds with one layout per page, and it is the plan paginate makes', async () => {
    // A section per slide, and the example's first case: two sections, then one. Without an
    // award, later slides have less room than the first (a "(계속)" badge of their own): their plan
    // was refused as one paginate would not make, and each build laid the case out again.
    for (const [text, count] of [[TEXT, 1], [exampleDeck(), 6], [WITHOUT_AWARD, 1]] as const) {
      const { item, pages, theme, measureAt, layouts } = await setup(text);
      expect(pages.length).toBeGreaterThan(1);
      const parts = partsOf(item, pages, theme);
      if (parts === undefined) throw new Error('the pages were not read back');
      const replanned = await replanCase(item, 1, count, theme, parts, measureAt);
      expect(replanned?.pages).toEqual(pages);
      expect(replanned?.confirmed).toBe(true);
      // paginate.ts lays out the whole case first, then each page: one layout more.
      expect(layouts()).toBe(pages.length);
    }
  });

  it('lays out one slide more when no page shows the gap a decision needs', async () => {
    // A section split over pages of one section each: whether the last page has room for the
    // next section depends on the gap between sections, which none of them shows.
    const long = Array.from({ length: 14 }, (_, i) => `          - ${i + 1}번째 추진 내용으로 주민 의견을 수렴하여 사업 계획에 반영하고 관계 부서와 협업 체계를 구축함\n`).join('');
    const text = `title: 우수사례\norganization: 은평구\ncases:\n  - award: 우수\n    title: 주민 참여형 골목길 정비 사업의 전 과정을 주민과 설계하고 실행한 사례\n    sections:\n      - heading: 추진 내용\n        bullets:\n${long}      - heading: 추진 성과\n        bullets:\n          - 보행 사고 30% 감소\n`;
    const { item, pages, theme, measureAt, layouts } = await setup(text);
    expect(pages.every((page) => page.sections.length === 1)).toBe(true);
    const parts = partsOf(item, pages, theme);
    if (parts === undefined) throw new Error('the pages were not read back');
    expect((await replanCase(item, 1, 1, theme, parts, measureAt))?.pages).toEqual(pages);
    expect(layouts()).toBe(pages.length + 1);
  });

  it('refuses a plan whose pages no longer fit, or that paginate would not make, or for other text unless asked for its shape', async () => {
    const { item, pages, theme, measureAt } = await setup(exampleDeck());
    const parts = partsOf(item, pages, theme) ?? [];
    const [first, ...rest] = parts;
    if (first === undefined || first.length < 2) throw new Error('the first page should hold two sections');
    // Everything on the first page: it does not fit.
    expect(await replanCase(item, 1, 6, theme, [parts.flat()], measureAt)).toBeUndefined();
    // The first page's last section moved to a page of its own: it fits, but paginate fills the first page.
    const moved: Part[][] = [first.slice(0, -1), first.slice(-1), ...rest];
    expect(await replanCase(item, 1, 6, theme, moved, measureAt)).toBeUndefined();
    // Pages of a case whose text has changed since are its plan only as a guess of the same shape.
    const edited = { ...item, sections: item.sections.map((s, i) => (i === 1 ? { ...s, bullets: [...s.bullets.slice(0, -1), '고친 내용'] } : s)) };
    expect(partsOf(edited, pages, theme)).toBeUndefined();
    expect(partsOf(edited, pages, theme, true)).toEqual(parts);
    expect(await replanCase(edited, 1, 6, theme, parts, measureAt)).toMatchObject({ confirmed: true });
    const shorter = { ...item, sections: item.sections.map((s, i) => (i === 1 ? { ...s, bullets: s.bullets.slice(0, -1) } : s)) };
    expect(partsOf(shorter, pages, theme, true)).toBeUndefined();
    expect(partsOf(item, pages.slice(0, -1), theme)).toBeUndefined();
  });
});
