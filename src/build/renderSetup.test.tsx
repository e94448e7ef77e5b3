/** The fonts workers draw with: cut down to a deck's characters and what those are drawn from. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFont, type LoadedFont } from '../render/fonts.ts';
import { rasterize } from '../render/rasterize.ts';
import { makeRenderContext, renderSvg, type FontData } from '../render/satori.ts';
import { repoRoot } from '../testing/fixtures.ts';
import { fontsFor } from './renderSetup.ts';

const THAI = 'ทำ กำ น้ำ ผู้ใหญ่';

/** The pixels of `text` drawn with `fonts`, in the order of their families. */
async function drawn(text: string, fonts: readonly FontData[]): Promise<Buffer> {
  const ctx = makeRenderContext(900, 120, fonts, {});
  const element = <div style={{ display: 'flex', fontFamily: 'Pretendard GOV, Noto Sans Thai', fontSize: 48, background: '#FFFFFF', color: '#000000', width: 900, height: 120, padding: 20 }}>{text}</div>;
  return Buffer.from(rasterize((await renderSvg(element, ctx)).svg).data);
}

describe('fonts as the workers get them', () => {
  let fonts: LoadedFont[];
  beforeAll(async () => {
    fonts = [
      await loadFont('Pretendard GOV', 400, path.join(repoRoot, 'node_modules/pretendard-gov/dist/public/static/alternative/PretendardGOV-Regular.ttf')),
      await loadFont('Noto Sans Thai', 400, path.join(repoRoot, 'node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff')),
    ];
  });

  it('cuts a Thai font to what satori draws Thai from (cut to ำ alone, "ทำ" was drawn as "ท" and a gap): drawn as the whole font draws it', async () => {
    const characters = new Set(Array.from(`가나다 ${THAI}`, (c) => c.codePointAt(0) ?? 0));
    const sent = fontsFor(fonts, [], characters);
    const whole = fonts.map((f) => ({ family: f.family, weight: f.weight, data: f.data }));
    expect(await drawn(THAI, sent)).toEqual(await drawn(THAI, whole));
    expect(sent[0]?.data.length).toBeLessThan((fonts[0]?.data.length ?? 0) / 10);
  });
});
