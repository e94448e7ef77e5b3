/**
 * The default template's award badge: each tier in its own colour, also when the deck writes
 * the tier with 상 ("prize"), as office documents usually do (최우수상); other awards in grey.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Badge } from '../../templates/default/parts.tsx';
import { theme } from '../../templates/default/theme.ts';
import { rasterize } from '../render/rasterize.ts';
import { renderSvg, type RenderContext } from '../render/satori.ts';
import { defaultTemplates } from '../testing/fixtures.ts';
import { countColor, hexToRgb } from '../testing/images.ts';

describe('the award badge', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  const pixelsOf = async (award: string, colour: string) => {
    const { svg } = await renderSvg(<div style={{ display: 'flex', width: 400, height: 100, backgroundColor: '#fff', fontFamily: 'Pretendard GOV' }}><Badge award={award} /></div>, { ...ctx, width: 400, height: 100 });
    return countColor(rasterize(svg), hexToRgb(colour), 6);
  };

  it('colours a tier written with 상 as the tier itself, and an award of no tier as "other"', async () => {
    const gold = theme.awards['최우수']?.background ?? '';
    const grey = theme.awards['other']?.background ?? '';
    expect(await pixelsOf('최우수', gold)).toBeGreaterThan(2000);
    // Before, "최우수상" fell to the grey of awards the theme does not list.
    expect(await pixelsOf('최우수상', gold)).toBeGreaterThan(2000);
    expect(await pixelsOf('대상', gold)).toBe(0);
    expect(await pixelsOf('대상', grey)).toBeGreaterThan(2000);
  });
});
