import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import satori from 'satori';
import type { RenderContext } from '../render/satori.ts';
import { defaultTemplates } from '../testing/fixtures.ts';
import { rasterize } from '../render/rasterize.ts';
import { checkTree } from '../render/templateTree.ts';
import { renderSvg } from '../render/satori.ts';
import { asWritten, keepAll, NO_BREAK_SPACE, splitWords, WORD_JOINER, ZERO_WIDTH_JOINER } from './words.ts';
import { Words } from './Words.tsx';

describe('splitWords', () => {
  it('breaks only at spaces, keeping mixed tokens whole', () => {
    expect(splitWords('2026학년도 AI정보 교육 12만 8천 건')).toEqual(['2026학년도', 'AI정보', '교육', '12만', '8천', '건']);
    expect(splitWords('청년문화·예술 발전, 70%는 사회초년생')).toEqual(['청년문화·예술', '발전,', '70%는', '사회초년생']);
  });

  it('glues a stray opening quote or bracket to the next word and closing ones to the previous, keeping the space', () => {
    const _ = NO_BREAK_SPACE;
    expect(splitWords("활동 ' 찾아가는 컨설팅 사업 '")).toEqual(['활동', `'${_}찾아가는`, '컨설팅', `사업${_}'`]);
    expect(splitWords('홍보 ( 책자 배부 ) 진행 .')).toEqual(['홍보', `(${_}책자`, `배부${_})`, `진행${_}.`]);
    expect(splitWords('「 은평 」 소식 ㈜은평 · 은평구청')).toEqual([`「${_}은평${_}」`, '소식', `㈜은평${_}·`, '은평구청']);
    expect(splitWords('( 「 ')).toEqual([`(${_}「`]);
  });

  it('glues a word that starts where UAX #14 never breaks (a slash, closing punctuation) to the word before', () => {
    const _ = NO_BREAK_SPACE;
    expect(splitWords('문의 02-2133-1234 / 담당자')).toEqual(['문의', `02-2133-1234${_}/`, '담당자']);
    expect(splitWords('A /B 파일 .hwp 안내 )로 끝')).toEqual([`A${_}/B`, `파일${_}.hwp`, `안내${_})로`, '끝']);
    // A word that may start a line still does: a tilde, a hyphen, an opening quote.
    expect(splitWords('1월 ~3월 -2건 "안내"')).toEqual(['1월', '~3월', '-2건', '"안내"']);
  });

  it('ignores extra and leading white space', () => {
    expect(splitWords('  가나   다라 \n 마 ')).toEqual(['가나', '다라', '마']);
  });

  it('joins the characters of a word, but not ASCII letters and digits, nor an emoji with its selector', () => {
    const J = ZERO_WIDTH_JOINER;
    // Beside an emoji a zero width joiner would make an emoji sequence: a word joiner there.
    const W = WORD_JOINER;
    expect(keepAll("AI정보 '찾아 ON💡 ✔️추진")).toBe(`AI${J}정${J}보 '${J}찾${J}아 ON${W}💡 ✔️${W}추${J}진`);
    expect(asWritten(keepAll('개발자 👩‍💻 코딩 🏳️‍🌈'))).toBe('개발자 👩‍💻 코딩 🏳️‍🌈');
  });
});

/**
 * Lay a text out in satori at a given width and read its lines back. With embedFont off satori
 * writes each run of text as a <text> element at its position, so the lines are the rows of y.
 */
async function lines(ctx: RenderContext, text: string, width: number, fontSize = 40, plain = false): Promise<string[]> {
  // `plain`: written straight into a <div>, as a template may, through the check every slide's
  // tree goes through before satori.
  const element = (
    <div style={{ display: 'flex', width, fontFamily: 'Pretendard GOV' }}>
      {plain ? <div style={{ fontSize, lineHeight: 1.5 }}>{text}</div> : <Words text={text} fontSize={fontSize} lineHeight={1.5} />}
    </div>
  );
  const svg = await satori(checkTree(element, new Map([['Pretendard GOV', new Set([400])]])).tree as ReactElement, { width, height: 2000, fonts: ctx.satoriFonts, embedFont: false });
  const rows = new Map<number, string>();
  for (const m of svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const y = Math.round(Number(m[1]));
    rows.set(y, (rows.get(y) ?? '') + unescapeXml(m[2] ?? ''));
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => asWritten(line));
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { apos: "'", quot: '"', amp: '&', lt: '<', gt: '>' };
  return text.replace(/&(#\d+|\w+);/g, (_, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? '')));
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

  it('breaks Korean a template writes straight into an element only at spaces too', async () => {
    // satori breaks Hangul between any two syllables: a bullet in a plain <div> came out `주` / `소지`.
    const text = '복지로 또는 주소지 행정복지센터 방문, 월세 70만 원 이하 주택에 거주하는 사람 (담당: 청년정책과)';
    for (const width of [300, 420, 560, 700]) {
      const laid = await lines(ctx, text, width, 40, true);
      expect(laid.join(' ')).toBe(text);
      expect(laid.flatMap((l) => l.split(' '))).toEqual(splitWords(text));
    }
    // A stylesheet's text is CSS: a family named in Korean must stay as written.
    const css = ".note { font-family: '나눔 고딕'; }";
    const checked = checkTree(<div><style>{css}</style></div>, new Map([['Pretendard GOV', new Set([400])]])).tree as ReactElement<{ children: ReactElement<{ children: string }> }>;
    expect(checked.props.children.props.children).toBe(css);
    // White space a template keeps (whiteSpace: 'pre', as CSS inherits it) stays as written.
    const kept = checkTree(<div style={{ whiteSpace: 'pre' }}><span>{'표  1   가나'}</span></div>, new Map([['Pretendard GOV', new Set([400])]])).tree as ReactElement<{ children: ReactElement<{ children: string }> }>;
    expect(kept.props.children.props.children).toBe('표  1   가나');
    // So does text a template lets break inside words.
    const broken = checkTree(<div style={{ wordBreak: 'break-all' }}>{'가나 다라'}</div>, new Map([['Pretendard GOV', new Set([400])]])).tree as ReactElement<{ children: string }>;
    expect(broken.props.children).toBe('가나 다라');
  });

  it('keeps a line break the author wrote (a YAML | block, or "\\n"), and breaks each line as usual', async () => {
    // Before, a `|` block's lines ran together: the cover's "적극행정\n우수사례" drew as one line.
    expect(await lines(ctx, '적극행정\n우수사례', 820)).toEqual(['적극행정', '우수사례']);
    expect(await lines(ctx, '첫째 줄입니다\r\n둘째 줄은 폭보다 길어서 저절로 한 번 더 나뉩니다\n', 420)).toEqual(['첫째 줄입니다', '둘째 줄은 폭보다 길어서', '저절로 한 번 더 나뉩니다']);
    expect(keepAll('  가나 \n 다라  ')).toBe(`가${ZERO_WIDTH_JOINER}나\n다${ZERO_WIDTH_JOINER}라`);
  });

  it('draws the spaces an author put around stray punctuation, and never breaks a line at them', async () => {
    const text = '홍보 ( 책자 배부 ) 진행 . ㈜은평 · 은평구청 「 소식 」';
    for (const width of [200, 260, 320, 420]) {
      const laid = await lines(ctx, text, width);
      expect(laid.join(' ')).toBe(text);
      for (const line of laid) expect(line).not.toMatch(/^[)」.·]|[(「]$/);
    }
  });
});

/** The widths of the blank column runs of at least `min` px between inked columns of a drawn text. */
async function spaces(ctx: RenderContext, text: string, min = 9): Promise<number[]> {
  const { svg } = await renderSvg(
    <div style={{ display: 'flex', fontFamily: 'Pretendard GOV', color: '#000000' }}>
      <Words text={text} fontSize={40} lineHeight={1.5} />
    </div>,
    { ...ctx, width: 1000, height: 60 },
  );
  const { width, height, data } = rasterize(svg);
  const inked = Array.from({ length: width }, (_, x) => Array.from({ length: height }, (_, y) => data[(y * width + x) * 4 + 3] ?? 0).some((alpha) => alpha > 96));
  const first = inked.indexOf(true);
  const last = inked.lastIndexOf(true);
  const gaps: number[] = [];
  let run = 0;
  for (let x = first; x <= last; x++) {
    if (inked[x]) {
      if (run >= min) gaps.push(run);
      run = 0;
    } else run++;
  }
  return gaps;
}

describe('spaces where the author put them', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  it('draws a slash between spaces in the middle of them after a phone number (it stuck to the next word)', async () => {
    // The same spaces as after a plain number: satori drew the slash a third of a space to the
    // right, as Pretendard's hyphen between digits is narrower than a hyphen alone.
    const plain = await spaces(ctx, '1234 / 담당자');
    expect(plain).toHaveLength(2);
    const phone = await spaces(ctx, '02-2133-1234 / 담당자');
    expect(phone).toHaveLength(2);
    for (const [i, gap] of phone.entries()) expect(Math.abs(gap - (plain[i] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('draws "->" as typed, with its spaces (satori drew Pretendard\'s arrow for it and a double space after)', async () => {
    const [before = 0, after = 0, ...rest] = await spaces(ctx, '신청 -> 심사');
    expect(rest).toEqual([]);
    // The side bearings of "-" and ">" differ by 3 px; the double space was 9 px wider.
    expect(Math.abs(after - before)).toBeLessThanOrEqual(4);
  });
});

describe('letter spacing', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  /** The width satori gives a text laid out in one line with a letter spacing. */
  async function width(element: ReactElement): Promise<number> {
    const { nodes } = await renderSvg(<div style={{ display: 'flex', fontFamily: 'Pretendard GOV' }}>{element}</div>, { ...ctx, width: 2000, height: 100 });
    return nodes.find((node) => node.text !== undefined)?.width ?? 0;
  }

  it('is the template\'s between the characters of a word, as in plain text (it was twice that in Korean words)', async () => {
    for (const letterSpacing of [-3, 10]) {
      for (const text of ['적극행정 우수사례', 'Open Data 2025', '공모·선정, AI정보 ON💡']) {
        const plain = await width(<div style={{ display: 'flex', fontSize: 40, letterSpacing }}>{text}</div>);
        const words = await width(<Words text={text} fontSize={40} lineHeight={1.5} style={{ letterSpacing }} />);
        // The word joiners left beside an emoji add theirs (one in the last text).
        expect(words - plain).toBeCloseTo(text.includes('💡') ? letterSpacing : 0, 0);
      }
    }
  });
});

describe('emoji standing alone', () => {
  let ctx: RenderContext;
  beforeAll(async () => {
    ctx = (await defaultTemplates()).ctx;
  });

  it('keeps an emoji that ends a text with the word before it, and one inside it with the word after it', async () => {
    const _ = NO_BREAK_SPACE;
    expect(splitWords('사고 0건 달성 🎉')).toEqual(['사고', '0건', `달성${_}🎉`]);
    expect(splitWords('최선을 다하겠습니다 🙇‍♀️ 🇰🇷')).toEqual(['최선을', `다하겠습니다${_}🙇‍♀️${_}🇰🇷`]);
    expect(splitWords('1️⃣ 점검 비용 절감 2️⃣ 처리 기간 단축')).toEqual([`1️⃣${_}점검`, '비용', '절감', `2️⃣${_}처리`, '기간', '단축']);
    expect(splitWords('문의 ☎ 02-2625-9000')).toEqual(['문의', `☎${_}02-2625-9000`]);
    // Digits and letters are words, not emoji; an emoji alone stays itself.
    expect(splitWords('2024 ON💡 🎉')).toEqual(['2024', `ON💡${_}🎉`]);
    expect(splitWords('🎉 🎉')).toEqual([`🎉${_}🎉`]);
  });

  it('never leaves an emoji on a line of its own (the closing line that ended "🙇‍♀️" alone)', async () => {
    const text = '남부교육지원청은 학생 안전과 행복을 위해 최선을 다하겠습니다 🙇‍♀️';
    for (const width of [300, 420, 600, 760]) {
      const laid = await lines(ctx, text, width);
      expect(laid.join(' ')).toBe(text);
      expect(laid.at(-1)).toMatch(/다하겠습니다 🙇‍♀️$/u);
    }
    const labelled = '성과 지표 1️⃣ 점검 비용 절감 2️⃣ 처리 기간 14일에서 3일로 단축';
    for (const width of [260, 340, 480]) {
      for (const line of await lines(ctx, labelled, width)) expect(line).not.toMatch(/[1-9]\uFE0F\u20E3$/u);
    }
  });

  it('lets a URL after an emoji break where URLs may', async () => {
    const laid = await lines(ctx, '🔗 https://www.sen.go.kr/south/board/view.do?bbsId=BBSMSTR_000000001234 참고', 500);
    expect(laid).toEqual(['🔗 https://www.sen.go.kr/', 'south/board/view.do?', 'bbsId=', 'BBSMSTR_000000001234', '참고']);
  });

  it('breaks a web address inside its query too: after "=", before "&" (it stuck out of the slide)', async () => {
    const text = '자세한 내용은 https://www.sen.go.kr/south/board/view.do?bbsId=BBSMSTR_000000001234&nttId=98765 참고';
    const laid = await lines(ctx, text, 500);
    expect(laid).toEqual(['자세한 내용은 https://', 'www.sen.go.kr/south/', 'board/view.do?bbsId=', 'BBSMSTR_000000001234', '&nttId=98765 참고']);
    // Only in a web address: elsewhere "=" and "&" are text like any other.
    expect(keepAll('a=b&c https://x.kr/?a=b&c')).toBe('a=b&c https://x.kr/?a=\u200Bb\u200B&c');
  });
});
