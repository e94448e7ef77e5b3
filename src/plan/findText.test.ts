/** Which value of the deck a laid-out text came from, for the messages that name it. */
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../load/readDeckFile.ts';
import { validateDeck } from '../validate/validateDeck.ts';
import { findText } from './findText.ts';

const deck = validateDeck(parseDeckText(`title: 우수사례
organization: 은평구
cases:
  - title: 같은 제목
    sections:
      - heading: 추진 배경
        bullets:
          - 은평구 관내 소상공인 지원
  - title: 같은 제목
    sections:
      - heading: 추진 배경
        bullets:
          - 주민 만족도 향상
`, 'data/p.yaml'));

describe('the value a laid-out text came from', () => {
  it('is the value that is the text, the slide\'s own first, before one of the slide\'s that holds it as a word', () => {
    // The header of case 1 shows the organization, and a bullet of case 1 has the word in it.
    expect(findText(deck, '은평구', 'cases.0')).toEqual({ path: 'organization', insideWord: false });
    // Two cases of one title: the slide's own.
    expect(findText(deck, '같은 제목', 'cases.1')).toEqual({ path: 'cases.1.title', insideWord: false });
    // A piece of a text (a line of it that sticks out) is the slide's value that holds it.
    expect(findText(deck, '관내 소상공인', 'cases.0')).toEqual({ path: 'cases.0.sections.0.bullets.0', insideWord: false });
    expect(findText(deck, '만족', 'cases.1')).toEqual({ path: 'cases.1.sections.0.bullets.0', insideWord: true });
  });
});
