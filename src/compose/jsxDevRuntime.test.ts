/** The JSX runtime of template bundles: React's elements, and each <Words> told where its tag is. */
import { Fragment as ReactFragment } from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { Fragment, jsxDEV } from './jsxDevRuntime.ts';
import { WRITTEN_AT, Words } from './Words.tsx';

const at = { fileName: 'templates/default/Case.tsx', lineNumber: 18, columnNumber: 11 };

describe('the JSX runtime of template bundles', () => {
  it('hands a <Words> the place of its tag, and other elements their props as written', () => {
    const words = jsxDEV(Words, { text: '가', fontSize: 40, lineHeight: 1.5 }, undefined, false, at);
    expect(words.props).toEqual({ text: '가', fontSize: 40, lineHeight: 1.5, [WRITTEN_AT]: at });
    const div = jsxDEV('div', { style: { display: 'flex' } }, 'k', false, at);
    expect([div.props, div.key]).toEqual([{ style: { display: 'flex' } }, 'k']);
  });

  it("gives fragments (<>…</>) React's own", () => {
    expect(Fragment).toBe(ReactFragment);
  });
});
