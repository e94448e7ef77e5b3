/**
 * Decks and fonts the build tests write into their projects: a deck of cases with one section
 * of two bullets each, and the static Pretendard GOV files to stand in as a project's own fonts.
 */
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

export const gov = (weight: string) => path.join(repoRoot, 'node_modules/pretendard-gov/dist/public/static', `PretendardGOV-${weight}.otf`);

/** A deck with these case titles (`extra`: more top-level keys, before the cases). */
export function deckText(cases: string[], extra = ''): string {
  const body = cases.map((title, i) => `  - award: 우수
    title: ${title}
    sections:
      - heading: 추진 배경
        bullets:
          - ${i + 1}번 사례의 첫 번째 내용입니다
          - ${i + 1}번 사례의 두 번째 내용입니다
`).join('');
  return `title: 우수사례\norganization: 은평구\n${extra}cases:\n${body}closing:\n  lines:\n    - 감사합니다\n`;
}

export const THREE = ['가 사례', '나 사례', '다 사례'];
