import { transform, type TransformFailure } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileSlip } from './compileSlips.ts';

/** What compileSlip makes of esbuild's first error in `code`: [line, col, message, hint]. */
async function slipOf(code: string, loader: 'ts' | 'tsx' = 'tsx'): Promise<(string | number)[] | undefined> {
  try {
    await transform(code, { loader, jsx: 'automatic' });
  } catch (error) {
    const [first] = (error as TransformFailure).errors;
    const slip = first?.location ? compileSlip(first.text, code.split('\n'), first.location.line, first.location.column, loader === 'tsx') : undefined;
    return slip && [slip.line, slip.col, slip.message, slip.hint];
  }
  throw new Error('the code compiled');
}

const theme = (page: string) => `export const theme = {\n  colors: {\n    page: ${page}\n    card: '#FFFFFF',\n  },\n};\n`;
const comma = 'Write "," here: the entries of an object or a list are separated by commas.';

describe("a designer's slips in a theme or template, said as what was typed", () => {
  it('names a comma left out at the end of the entry before, not the key after it', async () => {
    // esbuild: 'Expected "}" but found "card"', at line 4.
    expect(await slipOf(theme("'#EAF0F8'"))).toEqual([3, 20, 'a comma is missing at the end of this line, before "card" on line 4', comma]);
    expect(await slipOf(theme("'#EAF0F8' // 배경"))).toEqual([3, 20, 'a comma is missing at the end of this line, before "card" on line 4', comma]);
    expect(await slipOf('export const size = { meta: 28 badge: 30 };\n')).toEqual([1, 31, 'a comma is missing before "badge"', comma]);
    expect(await slipOf('export const gaps = [\n  12\n\n  24,\n];\n')).toEqual([2, 5, 'a comma is missing at the end of this line, before "24" on line 4', comma]);
    expect(await slipOf("export const A = () => <div style={{ color: 'red' fontSize: 30 }} />;\n")).toEqual([1, 50, 'a comma is missing before "fontSize"', comma]);
  });

  it('names the habits of CSS and of a word processor: a colour without quotes, an entry ended with ";", curly quotes', async () => {
    expect(await slipOf(theme('#EAF0F8,'))).toEqual([3, 11, 'the colour #EAF0F8 is written without quotes, as in CSS', "Write it in quotes: '#EAF0F8' (a colour in a theme or a template is a text)."]);
    // Without its comma too: esbuild stops at the next line then.
    expect(await slipOf('export const theme = {\n  page: #FFF\n};\n')).toEqual([2, 9, 'the colour #FFF is written without quotes, as in CSS', "Write it in quotes: '#FFF' (a colour in a theme or a template is a text)."]);
    expect(await slipOf(theme("'#EAF0F8';"))).toEqual([3, 20, 'this entry ends with ";", as a CSS rule does, where the entries of an object end with ","', 'Write "," instead of ";".']);
    expect(await slipOf(theme('‘#EAF0F8’,'))).toEqual([3, 11, '‘ is a curly quote (a word processor or a phone types them), which does not start or end a text in code', "Write the straight quote ' instead, at both ends of the text."]);
  });

  it('names a size written with its CSS unit, and says how satori takes it', async () => {
    const size = (value: string) => slipOf(`export const size = {\n  meta: ${value},\n  badge: 30,\n};\n`);
    expect(await size('28px')).toEqual([2, 9, 'the size 28px is written with its unit, as in CSS, without quotes', 'Write the number alone: 28 (a size written as a number is in pixels).']);
    expect(await size('28 px')).toEqual([2, 9, 'the size 28 px is written with its unit, as in CSS, without quotes', 'Write the number alone: 28 (a size written as a number is in pixels).']);
    expect(await size('1.5rem')).toEqual([2, 9, 'the size 1.5rem is written with its unit, as in CSS, without quotes', "Write it in quotes: '1.5rem', as satori reads it, or in pixels, as a number."]);
    expect(await size('50%')).toEqual([2, 9, 'the size 50% is written with its unit, as in CSS, without quotes', "Write it in quotes: '50%', as satori reads it, or in pixels, as a number."]);
  });

  it('names a bracket of theme.ts left open or closed twice where it is, read from the indentation', async () => {
    // esbuild: 'Expected "}" but found ";"' at the last line, for a "}," deleted after line 3.
    const open = 'Write its "}" (with a "," after it, between two entries) where what it holds ends, lined up under the start of this line.';
    expect(await slipOf("export const theme = {\n  colors: {\n    page: '#EAF0F8', // '{'\n  \n  size: { meta: 28 },\n};\n", 'ts')).toEqual([2, 11, 'this "{" is never closed (the code stops making sense at line 6)', open]);
    expect(await slipOf("export const theme = {\n  colors: {\n    page: '#EAF0F8',\n  },\n", 'ts')).toEqual([1, 22, 'this "{" is never closed (the code stops making sense at line 5)', open]);
    expect(await slipOf("export const theme = {\n  colors: {\n    page: '#EAF0F8',\n  },\n  },\n};\n", 'ts')).toEqual([5, 3, 'this "}" closes a bracket that is closed already', 'Delete it, or the line it is on if that holds nothing else.']);
    // Closed early, the object ends there, and esbuild stops lines below (at "as": 'Expected ";"').
    expect(await slipOf("export const theme = {\n  colors: {\n    page: '#EAF0F8',\n  },\n  },\n  awards: {\n  } as Record<string, string>,\n};\n", 'ts')).toEqual([5, 3, 'this "}" closes a bracket that is closed already', 'Delete it, or the line it is on if that holds nothing else.']);
    expect(await slipOf("export const theme = {\n  fonts: [\n    { a: 1 },\n  size: 3,\n};\n", 'ts')).toEqual([2, 10, 'this "[" is never closed (the code stops making sense at line 4)', 'Write its "]" (with a "," after it, between two entries) where what it holds ends, lined up under the start of this line.']);
  });

  it("leaves esbuild's words where no slip of these is what happened", async () => {
    // In a template, whose texts between tags may have quotes of their own, brackets are not read.
    expect(await slipOf("export const theme = {\n  colors: {\n    page: '#EAF0F8',\n};\n")).toBeUndefined();
    expect(await slipOf("export const theme = {\n  page: '#EAF0F8',\n}};\n")).toBeUndefined();
  });
});
