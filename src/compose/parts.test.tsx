/**
 * Parts of the default template. The award badge: each tier in its own colour, also when the
 * deck writes the tier with 상 ("prize"), as office documents usually do (최우수상), or within a
 * longer label (🥇 최우수); other awards in grey. The header: a long organization or title breaks between words, like all text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import satori from 'satori';
import { Badge, Header } from '../../templates/default/parts.tsx';
import { theme } from '../../templates/default/theme.ts';
import { rasterize } from '../render/rasterize.ts';
import { renderSvg, type RenderContext } from '../render/satori.ts';
import { defaultTemplates } from '../testing/fixtures.ts';
import { countColor, hexToRgb } from '../testing/images.ts';
import { asWritten } from './words.ts';

describe('the award badge', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  const pixelsOf = async (award: string, colour: string) => {
    const { svg } = await renderSvg(<div style={{ display: 'flex', width: 400, height: 100, backgroundColor: '#fff', fontFamily: 'Pretendard GOV' }}><Badge award={award} /></div>, { ...ctx, width: 400, height: 100 });
    return countColor(rasterize(svg), hexToRgb(colour), 6);
  };

  it('colours a tier written with 상 or within a label as the tier itself, and an award of no tier as "other"', async () => {
    const gold = theme.awards['최우수']?.background ?? '';
    const grey = theme.awards['other']?.background ?? '';
    expect(await pixelsOf('최우수', gold)).toBeGreaterThan(2000);
    // Before, "최우수상" fell to the grey of awards the theme does not list.
    expect(await pixelsOf('최우수상', gold)).toBeGreaterThan(2000);
    // And within a longer label; 우수 inside 최우수 does not take it.
    expect(await pixelsOf('🥇 최우수', gold)).toBeGreaterThan(2000);
    expect(await pixelsOf('협업우수상', theme.awards['협업우수']?.background ?? '')).toBeGreaterThan(2000);
    expect(await pixelsOf('대상', gold)).toBe(0);
    expect(await pixelsOf('대상', grey)).toBeGreaterThan(2000);
  });
});

describe('the header', () => {
  it('breaks a long organization and deck title between words, never inside one', async () => {
    const { ctx } = await defaultTemplates();
    const frame = { index: 2, total: 14, organization: '서울특별시 은평구 행정지원국 기획예산과 적극행정팀', deckTitle: '2025년 상반기 적극행정 우수사례 경진대회 결과 발표' };
    const width = theme.width - 2 * theme.space.page;
    const element = <div style={{ display: 'flex', flexDirection: 'column', width, fontFamily: theme.fontFamily }}><Header frame={frame} ink="#000" muted="#333" pill="#fff" /></div>;
    // Without embedded fonts satori writes text as <text> runs at their places: the runs of one
    // row inside one text box make up a line, and a word cut in two would end one line and
    // start the next.
    const boxes: { left: number; right: number }[] = [];
    const svg = await satori(element, {
      width, height: 400, fonts: ctx.satoriFonts, embedFont: false,
      onNodeDetected: (node) => {
        if (typeof node.textContent === 'string') boxes.push({ left: node.left, right: node.left + node.width });
      },
    });
    const lines = new Map<string, string>();
    for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      const x = Number(m[1]);
      const key = `${boxes.findIndex((b) => b.left - 1 <= x && x < b.right)} ${Math.round(Number(m[2]))}`;
      lines.set(key, (lines.get(key) ?? '') + (m[3] ?? ''));
    }
    const words = new Set(`${frame.organization} ${frame.deckTitle} 2 / 14`.split(' '));
    const drawn = [...lines.values()].flatMap((line) => asWritten(line).split(/\s+/)).filter((w) => w !== '');
    // It does wrap (more lines than texts), and every word drawn is a whole word of the texts.
    expect(lines.size).toBeGreaterThan(5);
    for (const word of drawn) expect(words, word).toContain(word);
  });
});
