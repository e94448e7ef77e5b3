import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../load/readDeckFile.ts';
import { validateDeck } from '../validate/validateDeck.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repeatWarnings } from './repeatWarnings.ts';

const warningsOf = (text: string) => repeatWarnings(validateDeck(parseDeckText(text, 'data/test.yaml')));

const bullet = '중장년 비자발적 퇴직률 증가로 일자리 필요';
const firstCase = `  - award: 우수
    title: 첫째 사례
    sections:
      - heading: 추진 배경
        bullets:
          - ${bullet}
          - 해당 없음
`;

describe('text pasted twice', () => {
  it('names a bullet pasted twice into a case, in its section or another, at the repeat, and what it repeats', () => {
    const text = `title: 우수사례\ncases:\n${firstCase}          - ${bullet.replace(' ', '  ')}\n      - heading: 추진 내용\n        bullets:\n          - 해당 없음\n          - ${bullet}\n`;
    expect(warningsOf(text)).toEqual([
      // Spaces do not count; a short bullet ("해당 없음") may repeat on purpose.
      'data/test.yaml:10:13: case 1 section 1 bullet 3 repeats bullet 1 (line 8) word for word; delete one of them if it was pasted twice.',
      'data/test.yaml:14:13: case 1 section 2 bullet 2 repeats section 1 bullet 1 (line 8) word for word; delete one of them if it was pasted twice.',
    ]);
  });

  it('names a heading written twice in a case, a case copied and left with the title of another, and a case written twice', () => {
    const other = firstCase.replace(bullet, '다른 내용으로 추진한 사례의 배경');
    const twoSections = `${firstCase}      - heading: 추진 배경\n        bullets:\n          - 성과\n`;
    const text = `title: 우수사례\ncases:\n${twoSections}${other}${twoSections}`;
    expect(warningsOf(text)).toEqual([
      'data/test.yaml:10:18: case 1 section 2 has the heading of section 1 (line 6), "추진 배경"; if it is another section, give it its own heading, and if it goes on with that one, move its bullets there.',
      'data/test.yaml:14:12: case 2 has the title of case 1 (line 4); if it is another case, give it its own title.',
      // Said once for the whole case, not for its title and bullets again.
      'data/test.yaml:20:5: case 3 is case 1 again, word for word (line 3); delete one of them if it was pasted twice.',
    ]);
  });

  it('finds nothing in the example period, whose cases share their headings and none of their text', () => {
    const file = path.join(import.meta.dirname, '../../data/2024-h2.yaml');
    expect(warningsOf(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
