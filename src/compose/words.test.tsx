import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutNode, RenderContext } from '../render/satori.ts';
import { renderSvg } from '../render/satori.ts';
import { defaultTemplates } from '../testing/fixtures.ts';
import { splitWords } from './words.ts';
import { Words } from './Words.tsx';

describe('splitWords', () => {
  it('breaks only at spaces, keeping mixed tokens whole', () => {
    expect(splitWords('2026학년도 AI정보 교육 12만 8천 건')).toEqual(['2026학년도', 'AI정보', '교육', '12만', '8천', '건']);
    expect(splitWords('청년문화·예술 발전, 70%는 사회초년생')).toEqual(['청년문화·예술', '발전,', '70%는', '사회초년생']);
  });

  it('glues a stray opening quote or bracket to the next word and closing ones to the previous', () => {
    expect(splitWords("활동 ' 찾아가는 컨설팅 사업 '")).toEqual(['활동', "'찾아가는", "컨설팅", "사업'"]);
    expect(splitWords('홍보 ( 책자 배부 ) 진행 .')).toEqual(['홍보', '(책자', '배부)', '진행.']);
    expect(splitWords('「 은평 」 소식')).toEqual(['「은평」', '소식']);
  });

  it('ignores extra and leading white space', () => {
    expect(splitWords('  가나   다라 \n 마 ')).toEqual(['가나', '다라', '마']);
  });
});

/** Lay a text out in satori at a given width and read back its lines, word by word. */
async function lines(ctx: RenderContext, text: string, width: number, fontSize = 40): Promise<string[]> {
  const element = (
    <div style={{ display: 'flex', width, fontFamily: 'Pretendard GOV' }}>
      <Words text={text} fontSize={fontSize} lineHeight={1.5} />
    </div>
  );
  const { nodes } = await renderSvg(element, { ...ctx, width }, 1000);
  const words = nodes.filter((n): n is LaidOutNode & { text: string } => n.type === 'span' && n.text !== undefined);
  const rows = new Map<number, string[]>();
  for (const w of words) rows.set(Math.round(w.top), [...(rows.get(Math.round(w.top)) ?? []), w.text]);
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.join(' '));
}

describe('Korean line breaking in satori (keep-all)', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  it('never ends a line on an opening quote (the blog bullet that satori breaks wrongly)', async () => {
    const text = "지역 소상공인을 위한 적극적 현장 활동 '찾아가는 컨설팅 사업'";
    const laid = await lines(ctx, text, 820);
    expect(laid.join(' ')).toBe(text);
    for (const line of laid) expect(line).not.toMatch(/(^|\s)['"(「]$/);
    // The quote travels with its word: it opens whichever line "찾아가는" lands on, or sits before it.
    expect(laid.some((line) => line.split(' ').includes("'찾아가는"))).toBe(true);
  });

  it('keeps mixed tokens, middle dots, percentages and closing punctuation on one line', async () => {
    const text = '2026학년도 AI정보 교육으로 12만 8천 건 처리, 청년·영화인·주민 70%는 만족 (불광천, 지하철 역 내)';
    for (const width of [360, 480, 600, 820]) {
      const laid = await lines(ctx, text, width);
      expect(laid.join(' ')).toBe(text);
      const tokens = laid.flatMap((l) => l.split(' '));
      expect(tokens).toEqual(splitWords(text));
      for (const line of laid) expect(line).not.toMatch(/^[)\]}.,!?·%]/);
    }
  });
});
