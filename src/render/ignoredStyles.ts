/**
 * CSS properties satori takes without a word and does not draw: yoga, its layout engine, has no
 * floats, columns or inline formatting, and satori writes no vertical text and draws each font's
 * default forms, at its own width. A designer who writes one sees the slide as if it were not there, and looks for
 * the mistake elsewhere. Each was tried with satori 0.63 (ignoredStyles.test.ts: a box with and
 * without it comes out the same), with what to write instead.
 */
const VERTICAL = "For vertical text, give each character a line of its own in a column (flexDirection: 'column').";
const COLUMNS = "Split the text into boxes side by side (display: 'flex' on the box around them).";
const TRIM = 'satori keeps the whole height of every line (lineHeight): size the text with lineHeight and the box around it with its padding.';
const VARIANT = 'satori draws each font\'s default forms (it reads fontVariantLigatures and fontVariantPosition only): take it out, or use a font drawn that way (with figures of one width, say).';
const WIDTH = 'satori draws a font at the width it has: for a narrower face, add its file to the theme\'s fonts as a family of its own and set that fontFamily.';
const BORDER_IMAGE = "satori draws a border in its colour alone: for a gradient border, put the box in one whose background is the gradient (backgroundImage: 'linear-gradient(…)') and whose padding is the border's width.";
const NOWRAP = "To keep a text on one line, write whiteSpace: 'nowrap', which satori reads (a text that then does not fit is reported).";
const TYPESETTING = 'satori breaks lines between words, aligns them with textAlign and adds no marks: take it out.';

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
  ['fontVariant', VARIANT],
  ['fontVariantNumeric', VARIANT],
  ['fontVariantCaps', VARIANT],
  ['fontVariantAlternates', VARIANT],
  ['fontStretch', WIDTH],
  ['fontWidth', WIDTH],
  // A variable font is drawn at the theme's weights (see "Fonts" in the README); no other axis is read.
  ['fontVariationSettings', 'satori draws a variable font at the weight fontWeight asks for and reads no other axis: set fontWeight (to a weight the theme loads) instead.'],
  ['fontSizeAdjust', 'Set the fontSize itself.'],
  ['lineBreak', TYPESETTING],
  ['textJustify', TYPESETTING],
  ['textEmphasis', TYPESETTING],
  ['hangingPunctuation', TYPESETTING],
  // The longhands of textWrap, of which satori reads the shorthand alone.
  ['textWrapStyle', "satori reads textWrap, not its longhands: for lines of even length write textWrap: 'balance' (it does not draw 'pretty')."],
  ['textWrapMode', NOWRAP],
  ['initialLetter', "For a large first letter, put it in a box of its own with a larger fontSize, beside the text (display: 'flex')."],
  // A gradient border, as CSS draws one: satori draws the border in its colour.
  ['borderImage', BORDER_IMAGE],
  ['borderImageSource', BORDER_IMAGE],
  // Figma's "vertical trim" of a text box, in its standard names.
  ['textBox', TRIM],
  ['textBoxTrim', TRIM],
  ['textBoxEdge', TRIM],
]);

/**
 * Values of a property satori reads otherwise, which it takes without a word and does not draw:
 * of `textWrap` it draws `'balance'` alone (CSS's newer values came with browsers of 2023–24).
 */
const IGNORED_VALUES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['textWrap', new Map([
    ['pretty', "satori does not even out a text's last lines: for lines of even length, write textWrap: 'balance', which it draws; or take it out."],
    ['nowrap', NOWRAP],
  ])],
]);

/** What to write instead of a style satori would not draw (`property` in camelCase), or undefined when it draws it. */
export function ignoredStyleHint(property: string, value: unknown): string | undefined {
  return IGNORED_STYLES.get(property) ?? (typeof value === 'string' ? IGNORED_VALUES.get(property)?.get(value.trim()) : undefined);
}
