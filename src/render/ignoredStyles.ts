/**
 * CSS properties satori takes without a word and does not draw: yoga, its layout engine, has no
 * floats, columns or inline formatting, and satori writes no vertical text and reads one font
 * feature only. A designer who writes one sees the slide as if it were not there, and looks for
 * the mistake elsewhere. Each was tried with satori 0.63 (ignoredStyles.test.ts: a box with and
 * without it comes out the same), with what to write instead.
 */
const VERTICAL = "For vertical text, give each character a line of its own in a column (flexDirection: 'column').";
const COLUMNS = "Split the text into boxes side by side (display: 'flex' on the box around them).";
const TRIM = 'satori keeps the whole height of every line (lineHeight): size the text with lineHeight and the box around it with its padding.';

export const IGNORED_STYLES: ReadonlyMap<string, string> = new Map([
  ['float', "Lay the boxes out with display: 'flex' (flexDirection, justifyContent), or place one with position: 'absolute'."],
  ['writingMode', VERTICAL],
  ['textOrientation', VERTICAL],
  ['columns', COLUMNS],
  ['columnCount', COLUMNS],
  ['verticalAlign', "Align boxes with alignItems on the box around them (alignItems: 'center')."],
  ['fontFeatureSettings', "satori reads fontVariantLigatures (ligatures on or off) and no other font feature: take it out, or write that."],
  ['hyphens', 'Take it out: satori breaks lines between words and never hyphenates.'],
  ['textAlignLast', 'Take it out, and align the text with textAlign.'],
  ['wordWrap', "To let a long word break, write wordBreak: 'break-word' or overflowWrap: 'anywhere', which satori reads."],
  ['zoom', "Change the sizes, or scale the box with transform: 'scale(…)'."],
  // Figma's "vertical trim" of a text box, in its standard names.
  ['textBox', TRIM],
  ['textBoxTrim', TRIM],
  ['textBoxEdge', TRIM],
]);
