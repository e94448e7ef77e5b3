import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, UserError, type Problem } from '../errors.ts';
import { parseDeckText } from '../load/readDeckFile.ts';
import { validateDeck } from './validateDeck.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

/** Validate a fixture as if it were data/<name>.yaml and return its problems. */
function problemsOf(name: string): Problem[] {
  const text = readFileSync(path.join(fixtures, `${name}.yaml`), 'utf8');
  try {
    validateDeck(parseDeckText(text, `data/${name}.yaml`));
  } catch (error) {
    if (error instanceof UserError) return [...error.problems];
    throw error;
  }
  throw new Error(`${name}.yaml was accepted`);
}

/** Each kind of mistake: [line, column, what is wrong, what to do], in file order. */
const expected: Record<string, [number, number, string, string][]> = {
  // Was "case 1 section 1 bullet 1 must be a text, but it is a map of keys", and for "- " alone
  // a hint about keys.
  'bullet-not-text': [
    [7, 13, 'the ": " in case 1 section 1 bullet 1 makes YAML read it as a key and its value, not as a text', "Put the whole text in quotes: '기간: 2024. 1. ~ 12.'"],
    [8, 13, 'case 1 section 1 bullet 2 is empty', 'Write its text after the "- ", or remove the line.'],
    [9, 13, 'case 1 section 1 bullet 3 is "~", which YAML reads as no value at all', "To draw it as written, put it in quotes: '~'"],
    [10, 13, 'the ": " in case 1 section 1 bullet 4 makes YAML read it as a key and its value, not as a text', `Put the whole text in quotes: "대상: '주민'"`],
    [11, 13, 'case 1 section 1 bullet 5 must be a text, but it is a map of keys', 'Write the text on the same line after the key; put it in quotes if it contains ": " or starts with a quote.'],
    [15, 7, 'the ": " in closing line 1 makes YAML read it as a key and its value, not as a text', "Put the whole text in quotes: '문의: 은평구청 기획예산과'"],
  ],
  // Quotes a word processor or a phone typed: text to YAML, so the ": " still made a key.
  'curly-quotes': [
    [7, 13, 'the ": " in case 1 section 1 bullet 1 makes YAML read it as a key and its value, not as a text: its ‘ ’ are typographic quotes (a word processor\'s or a phone\'s), which YAML reads as text, not as quotes', "Write it in straight quotes: '기간: 2024. 1. ~ 12.' (or '‘기간: 2024. 1. ~ 12.’' to draw the curly ones too)"],
    [8, 13, 'the ": " in case 1 section 1 bullet 2 makes YAML read it as a key and its value, not as a text: its “ ” are typographic quotes (a word processor\'s or a phone\'s), which YAML reads as text, not as quotes', "Write it in straight quotes: '문의: 기획예산과 ‘담당’' (or '“문의: 기획예산과 ‘담당’”' to draw the curly ones too)"],
  ],
  // A Korean input method's full-width dash, a bullet pasted from a document: "write "- － 둘째 내용"".
  'other-dash-items': [
    [8, 11, 'this line starts with "－", not with "- ", so YAML reads it as text, not as a list item like the one above it (line 7)', 'Start it with "- " instead: - 둘째 내용'],
    [9, 11, 'this line starts with "•", not with "- ", so YAML reads it as text, not as a list item like the one above it (line 7)', 'Start it with "- " instead: - 셋째 내용'],
    [10, 11, 'this line is lined up with the list item above it (line 7) but does not start with "- ", so YAML cannot read it', 'To make it an item of its own, write "- ※ 넷째 내용"; if it continues the text above, indent it further, under that text.'],
  ],
  // Pasted from a report (HWP): ㅇ stands for ○ there, and 가. 나. count as 1. 2. do.
  'report-marks': [
    [7, 11, '"bullets" of case 1 section 1 must be a list, but it is a text', 'Start each bullet with "- " instead of "ㅇ": - 첫째 내용'],
    [11, 11, '"bullets" of case 1 section 2 must be a list, but it is a text', 'Start each bullet with "- " instead of "가.": - 첫째 성과'],
  ],
  // YAML was thrown off for the lines after the stray ” too ("a block sequence may not be used as an
  // implicit map key" at the next bullet, "not lined up" at the next case); a slip of its own is said.
  'stray-then-more': [
    [8, 3, 'this line has "”" in its indentation: YAML reads the line as starting there, not lined up with the lines around it', 'Delete that "”".'],
    [14, 9, '"bullets" has no ":" after it, so YAML reads it as a text, not as a key', 'Write "bullets:" — a key ends with a colon.'],
  ],
  // "sections:" left out: "a ": " inside this text" at the title, and YAML's words at the item.
  'missing-list-key': [
    [4, 7, 'this list is indented under "title: 첫 사례", which has its value on its line: YAML cannot put a list there', 'The key of the list is missing: write "sections:" on a line of its own above it, in column 5, under "title".'],
  ],
  // A closing bracket typed right before a key: every token after it was "unexpected in YAML stream".
  'stray-bracket': [
    [6, 9, 'this line has "]" typed before its "bullets:": YAML reads it as the end of a bracket never opened, and cannot read the lines after it', 'Delete that "]".'],
    [11, 11, 'this line has "}" typed before its "-": YAML reads it as the end of a bracket never opened, and cannot read the lines after it', 'Delete that "}".'],
  ],
  // "cases:" left out after the cover's keys: "a ": " inside this text" and YAML's words again.
  'missing-list-key-among-keys': [
    [5, 3, 'this list item is lined up with the keys of a map ("title" on line 4): YAML cannot put a list among keys', 'The key of the list is missing: write "cases:" on a line of its own above it, in column 1.'],
  ],
  // A case's "-" one column off: its next key was "sequence item without - indicator" too.
  'case-out-of-line': [
    [8, 4, 'this "-" is not lined up with the list item above it (line 3): YAML cannot tell which list it belongs to', 'Put the "-" in column 3, under the "-" of line 3 (or that one in column 4, if this is where its list is).'],
  ],
  // Marks left on lines of their own by a slip of the keyboard: "implicit keys need to be on a single line".
  'lone-mark': [
    [8, 1, 'this line holds only "1.", which is neither a key nor a list item: YAML cannot read it here', 'Delete the line, or write what it was meant to be (a bullet is "- " and its text).'],
    [14, 1, 'this line holds only "\\", which is neither a key nor a list item: YAML cannot read it here', 'Delete the line, or write what it was meant to be (a bullet is "- " and its text).'],
  ],
  // The rest of a bullet on a line of its own, far left: said once, not again in YAML's words
  // ("implicit keys need to be on a single line").
  'line-far-left': [
    [8, 2, 'this line is not lined up with the lines it belongs with (YAML says: All mapping items must start at the same column)', 'Indent it with spaces exactly as far as the other keys, or the other "-" items, it belongs with.'],
  ],
  // A section's "-" one column right of the next one's: said at "bullets:" ("put it in column 10")
  // and at the next item, with a bullet's "-" to line up with.
  'shifted-item': [
    [5, 8, 'this "-" is 1 column right of the next item of its list (line 8): YAML lines up what belongs to it with its "heading", and "bullets" on line 6 is not', 'Put the "-" in column 7, under the "-" of line 8.'],
  ],
  // An opening bracket typed before an item; a full-width colon in the first column, which YAML
  // took for a key of its own and rejected the lines below instead.
  'stray-more': [
    [5, 7, 'this line has "{" typed before its "-": YAML reads it as the start of a list or map in brackets, never closed, and cannot read the lines after it', 'Delete that "{".'],
    [11, 1, 'this line has "：" in its indentation: YAML reads the line as starting there, not lined up with the lines around it', 'Delete that "：".'],
  ],
  // Spaces before the deck's first key ("Unexpected scalar token in YAML stream" at every key after
  // it), and a "- " typed twice ("sequence item without - indicator" at the key below).
  'typed-at-start': [
    [1, 1, 'the deck\'s first key "title" is indented, and the keys after it are not: YAML takes its column for the deck\'s, and cannot read the keys after it', 'Start "title:" in column 1, as the keys after it.'],
    [5, 7, 'this line has "- " twice before "heading:": YAML reads a list inside the list, and cannot read the keys below it', 'Delete one "- ".'],
  ],
  'colon-in-text': [
    [3, 12, "a \": \" inside this text makes YAML read it as a new key", "Put the whole text in quotes: title: '신규 사업: 주민 참여형'"],
  ],
  // Was "Implicit keys need to be on a single line"; a colon inside a text (a URL, a time) is fine.
  'colon-without-space': [
    [1, 1, '"title:" has no space after it, so YAML reads "title:적극행정 우수사례" as one text, not as a key and its value', 'Write "title: 적극행정 우수사례" — a space after the colon.'],
    [5, 9, '"heading:" has no space after it, so YAML reads "heading:추진 배경" as one text, not as a key and its value', 'Write "heading: 추진 배경" — a space after the colon.'],
  ],
  // A bullet whose "- " was forgotten: was three problems at the line, in YAML's words
  // ("All mapping items must start at the same column", "Implicit keys need to be on a single line" …).
  'dashless-item': [
    [8, 11, 'this line is lined up with the list item above it (line 7) but does not start with "- ", so YAML cannot read it', 'To make it an item of its own, write "- 둘째 내용"; if it continues the text above, indent it further, under that text.'],
    [14, 11, 'this line is lined up with the list item above it (line 12) but does not start with "- ", so YAML cannot read it', 'To make it an item of its own, write "- 다섯"; if it continues the text above, indent it further, under that text.'],
  ],
  // Was "this key appears twice in the same map" / "Keep one of them", wherever it was: keeping
  // one of two lists loses the other's items, and of a case begun without its "- ", a case.
  'duplicate-key': [
    [4, 5, '"title" is written twice in case 1 (first at line 3), and YAML keeps only one of the two: it looks like another case without its "- "', 'If it begins another case, put "- " before "title", in place of two of the spaces before it (- title: 다른 제목), as on line 3; otherwise keep one of the two lines and delete the other.'],
  ],
  'duplicate-list': [
    [9, 9, '"bullets" is written twice in case 1 section 1 (first at line 6), and YAML keeps only one of the two', 'Delete this line: its items then follow those under the first "bullets:" (line 6), as one list.'],
    [14, 1, '"cases" is written twice at the top of the deck (first at line 2), and YAML keeps only one of the two', 'Move what is under this "cases:" under the first one (line 2), and delete this line.'],
  ],
  // A case begun with its title after one that began with its award: its "- " goes where line 3 has it.
  'duplicate-after-award': [
    [9, 5, '"title" is written twice in case 1 (first at line 4), and YAML keeps only one of the two: it looks like another case without its "- "', 'If it begins another case, put "- " before "title", in place of two of the spaces before it (- title: 둘째), as on line 3; otherwise keep one of the two lines and delete the other.'],
  ],
  // A text twice: either may be the one meant. Lists in brackets: their items go into the first's.
  'duplicate-flow': [
    [2, 1, '"title" is written twice at the top of the deck (first at line 1), and YAML keeps only one of the two', 'Keep the one you mean and delete the other.'],
    [3, 20, '"kicker" is written twice in cover (first at line 3), and YAML keeps only one of the two', 'Keep the one you mean and delete the other.'],
    [9, 5, '"bullets" is written twice in case 1 section 1 (first at line 8), and YAML keeps only one of the two', 'Put what this "bullets" holds into the first one (line 8), and delete this one.'],
    [10, 1, '"title" is written twice at the top of the deck (first at line 1), and YAML keeps only one of the two', 'Keep the one you mean and delete the other.'],
  ],
  // The keys after a case's or section's first key written again are the same slip: one problem.
  'duplicate-item': [
    [8, 9, '"heading" is written twice in case 1 section 1 (first at line 5), and YAML keeps only one of the two: it looks like another section without its "- "', 'If it begins another section, put "- " before "heading", in place of two of the spaces before it (- heading: 추진 성과), as on line 5; otherwise keep one of the two lines and delete the other.'],
    [11, 5, '"title" is written twice in case 1 (first at line 3), and YAML keeps only one of the two: it looks like another case without its "- "', 'If it begins another case, put "- " before "title", in place of two of the spaces before it (- title: 둘째 사례), as on line 3; otherwise keep one of the two lines and delete the other.'],
    [19, 1, '"closing" is written twice at the top of the deck (first at line 16), and YAML keeps only one of the two', 'Move what is under this "closing:" under the first one (line 16), and delete this line.'],
  ],
  'empty-file': [
    [1, 1, "the deck file is empty", "Start with \"title: …\" and a \"cases:\" list; see the deck format in the README."],
  ],
  'empty-list': [
    [2, 8, "\"cases\" is empty", "Add at least one case. Write each case as \"- title: …\" followed by its \"sections:\"."],
  ],
  // "Allowed keys here: lines." said neither what the list was missing nor how to have no closing.
  'closing-as-list': [
    [9, 3, '"closing" must be a map of keys, but it is a list', 'Write "lines:" under "closing:", and the items under it, indented: the list belongs to "lines".'],
  ],
  'closing-empty': [
    [8, 9, '"closing" must be a map of keys, but it is empty', 'For no closing, leave "closing:" out; otherwise write "closing:" on a line of its own, "lines:" under it, and each item under that starting with "- ".'],
  ],
  // Its keys' names alone did not say that leaving the key out gives the cover its defaults.
  'cover-empty': [
    [3, 7, '"cover" must be a map of keys, but it is empty', 'For the cover made from the deck\'s title, period and organization, leave "cover:" out; otherwise write its keys under it, indented: kicker, title.'],
  ],
  // A key with nothing after it was told to write its text after a "- ".
  'empty-key': [
    [1, 7, '"title" is empty', 'Write the text after the key, or remove the key if it is optional.'],
    [3, 10, '"kicker" of cover is empty', "Write the text after the key, or remove the key if it is optional (or write '' for none)."],
    [7, 17, '"heading" of case 1 section 1 is empty', 'Write the text after the key, or remove the key if it is optional.'],
  ],
  'empty-text': [
    [5, 18, "\"heading\" of case 1 section 1 is empty", "Write the text after the key, or remove the key if it is optional."],
    // An item's hint spoke of a key.
    [8, 13, 'case 1 section 1 bullet 2 is empty', 'Write its text between the quotes, or remove the line.'],
  ],
  // Not YAML's "Implicit keys need to be on a single line", nor a ": " where there is none.
  'item-indented-less': [
    [9, 10, 'this "-" is not lined up with the list item above it (line 8): YAML cannot tell which list it belongs to', 'Put the "-" in column 11, under the "-" of line 8 (or that one in column 10, if this is where its list is).'],
    [18, 3, 'this "-" is not lined up with the list item above it (line 17): YAML cannot tell which list it belongs to', 'Put the "-" in column 5, under the "-" of line 17 (or that one in column 3, if this is where its list is).'],
  ],
  // YAML folds the first bullet and the "- " lines below it into one text: "must be a list".
  'first-item-dashless': [
    [7, 11, '"bullets" of case 1 section 1 must be a list, but it is a text', 'The first bullet has no "- " before it, so YAML reads it and the "- " lines below it as one text: write - 첫째 불릿에 "- "가 없다'],
  ],
  // Syntax problems in file order: the one a slip names above YAML's own came second.
  'syntax-order': [
    [8, 6, 'a text that starts with "&" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '&참고'"],
    [9, 1, 'YAML syntax error: Implicit keys need to be on a single line', 'Check the indentation and quotes here: text containing ": " or starting with a quote must be quoted as a whole.'],
  ],
  // A bullet's "-" slipped into the cases' column: YAML spoke of implicit keys, and of the next
  // section's "-" as out of line.
  'stranded-item': [
    [8, 3, 'this "-" is further left than the item above it (line 7), in the column of an outer list, so YAML reads it as an item of that list', 'Put the "-" in column 11, under the "-" of line 7.'],
  ],
  // Was a ": " inside the text "bullets:", and a "-" to put under the section's (column 7).
  'item-not-under-key': [
    [7, 1, 'this "-" is not indented under "bullets:" on line 6, so YAML cannot read it as an item of that list', 'Put the "-" in column 11, indented further than "bullets:".'],
  ],
  // YAML itself accepts it, as one bullet "첫째 불릿 - 둘째 불릿": it was drawn so, without a word.
  // A full-width colon as a Korean input method types it: was "Implicit keys need to be on a
  // single line", and for "sections：" more about the lines below it.
  'full-width-colon': [
    [1, 1, '"title" is followed by a full-width colon, which YAML does not read as one, so it reads the line as one text, not as a key and its value', 'Write "title: 적극행정" with an ordinary (half-width) colon, as the English keyboard layout types it.'],
    [4, 5, '"sections" is followed by a full-width colon, which YAML does not read as one, so it reads the line as one text, not as a key and its value', 'Write "sections:" with an ordinary (half-width) colon, as the English keyboard layout types it.'],
  ],
  // Hashtags after a text are a comment to YAML: the title was drawn as "가", the bullet as
  // "해시태그", without a word. Comments written as such (a space after the "#") stay comments.
  'hashtag-comment': [
    [1, 10, 'YAML reads "#적극행정" after "title" as a comment (a note that is not drawn), so the slide would show the text without it', 'To keep it, put the whole text in quotes: \'가 #적극행정\'. If it is a note, put a space after the "#".'],
    [7, 18, 'YAML reads "#은평구 #적극행정" after case 1 section 1 bullet 1 as a comment (a note that is not drawn), so the slide would show the text without it', 'To keep it, put the whole text in quotes: \'해시태그 #은평구 #적극행정\'. If it is a note, put a space after the "#".'],
  ],
  'item-indented-further': [
    [8, 13, 'this line starts with "- " but is indented further than the item above it, so YAML reads it as more of that text ("첫째 불릿 - 둘째 불릿")', 'To make it an item of its own, put its "-" in column 11, under the "-" of line 7. If the dash belongs to the text, put the whole text in quotes.'],
  ],
  // Marks of a pasted list (the blog's 🔹 with no space after it, Markdown's *, a report's ○) on a
  // line indented under a text: each was drawn inside that text without a word. A text wrapped
  // before a middle dot or a dash is let be.
  'mark-indented-further': [
    [4, 7, 'this line starts with "○", as a list item would, but it is indented further than the item above it, so YAML reads it as more of that text ("사례 ○ 부제")', 'If it is meant as a list item, write it as one ("- 부제") lined up with its list; if the "○" belongs to the text, put the whole text in quotes.'],
    [10, 13, 'this line starts with "🔹", as a list item would, but it is indented further than the item above it, so YAML reads it as more of that text ("중장년 일자리 발굴 및 재취업 필요성 🔹은평구 관내 소상공인 지원 필요")', 'To make it an item of its own, write "- 은평구 관내 소상공인" with its "-" in column 11, under the "-" of line 8. If the "🔹" belongs to the text, put the whole text in quotes.'],
    [13, 13, 'this line starts with "*", as a list item would, but it is indented further than the item above it, so YAML reads it as more of that text ("예산 * 국비 1억 원")', 'To make it an item of its own, write "- 국비 1억 원" with its "-" in column 11, under the "-" of line 12. If the "*" belongs to the text, put the whole text in quotes.'],
  ],
  // A bullet that ends with a colon, and one with items under it (sub-bullets): were "the ": " in
  // … bullet 1" and "… must be a text, but it is a map of keys".
  'list-in-bullet': [
    [7, 13, 'the ":" at the end of case 1 section 1 bullet 1 makes YAML read it as a key, not as a text', "Put the whole text in quotes: '주요 내용:'"],
    [9, 13, 'case 1 section 1 bullet 3 has a list of its own under it, but it can hold only a text: the format has no lists inside lists', 'Line the "-" of each item up with this one\'s to make them items of their own, or write them into this text.'],
  ],
  // Bullets written as one block of lines, and sections as a map with each heading as a key:
  // were "Write each bullet on its own line…" and "Write each section as "- heading: …"…".
  'list-as-block-or-map': [
    [6, 18, '"bullets" of case 1 section 1 must be a list, but it is a text', 'Take out the "|" after the key, and start each bullet on its own line with "- ": - 첫째 내용'],
    [11, 7, '"sections" of case 2 must be a list, but it is a map of keys', 'Write each section as a "- " item with its heading after "heading:", and its bullets under "bullets:": - heading: 추진 배경'],
    // …or straight in the case: "Allowed keys here: award, title, sections."
    [16, 5, 'unknown key "추진 성과" in case 3', 'A section goes under the case\'s "sections:", as "- heading: 추진 성과" with its bullets under "bullets:".'],
    // A closing line written as the closing itself: "Allowed keys here: lines."
    [22, 10, '"closing" must be a map of keys, but it is a text', 'Write "closing:" on a line of its own, "lines:" under it, and each item under that starting with "- ": - 감사합니다'],
  ],
  'many-mistakes': [
    [2, 1, "unknown key \"organisation\" in the deck", "Allowed keys here: title, period, organization, theme, fonts, cover, cases, closing. Did you mean \"organization\"?"],
    [7, 18, "\"bullets\" of case 1 section 1 is empty", "Add at least one bullet. Write each bullet on its own line starting with \"- \"."],
    [8, 5, "case 2 is missing \"title\"", "Add it, for example: title: 사례 제목"],
    [9, 15, "\"sections\" of case 2 must be a list, but it is a text", "Write each section as \"- heading: …\" followed by its \"bullets:\". Add at least one section."],
    // Not also "is missing "lines"": the misspelt key is that one.
    [11, 3, "unknown key \"line\" in \"closing\"", "Allowed keys here: lines. Did you mean \"lines\"?"],
  ],
  // Was "a ": " inside this text makes YAML read it as a new key", at the title.
  // Was "YAML syntax error: Sequence item without - indicator", at the blank line above.
  'key-after-text': [
    [9, 4, 'this key is not lined up with any key above it: YAML cannot tell what it belongs to', 'Line it up with the keys it belongs with: column 1 ("cases", line 2), column 5 ("sections", line 4) or column 9 ("bullets", line 6).'],
  ],
  // Was "YAML syntax error: Implicit keys need to be on a single line".
  'key-colon-missing-before-value': [
    [5, 9, '"heading" has no ":" after it, so YAML reads "heading 추진 배경" as one text, not as a key and its value', 'Write "heading: 추진 배경" — a key ends with a colon.'],
  ],
  'key-indented-further': [
    [4, 6, 'this key is indented further than "title" on line 3, so YAML reads it as more of that value', 'Put it in column 5, under "title" of line 3.'],
  ],
  // Was "YAML syntax error: Sequence item without - indicator".
  'key-indented-less': [
    [4, 4, 'this key is not lined up with "title" on line 3, nor with any key further left: YAML cannot tell what it belongs to', 'Put it in column 5, under "title" of line 3.'],
  ],
  // The next case's "- " lined up with that key: YAML spoke of a ": " inside a text there, twice.
  'key-left-before-item': [
    [8, 3, 'this key is not lined up with any key above it: YAML cannot tell what it belongs to', 'Line it up with the keys it belongs with: column 1 ("cases", line 2), column 5 ("sections", line 4) or column 9 ("bullets", line 6).'],
  ],
  // Keys translated into Korean: each named once, with the English key it stands for.
  'korean-keys': [
    [1, 1, 'unknown key "제목" in the deck', 'Keys are written in English: "title" for "제목". Allowed keys here: title, period, organization, theme, fonts, cover, cases, closing.'],
    [2, 1, 'unknown key "기관" in the deck', 'Keys are written in English: "organization" for "기관". Allowed keys here: title, period, organization, theme, fonts, cover, cases, closing.'],
    [4, 5, 'unknown key "수상" in case 1', 'Keys are written in English: "award" for "수상". Allowed keys here: award, title, sections.'],
    [7, 9, 'unknown key "소제목" in case 1 section 1', 'Keys are written in English: "heading" for "소제목". Allowed keys here: heading, bullets.'],
    [8, 9, 'unknown key "내용" in case 1 section 1', 'Keys are written in English: "bullets" for "내용". Allowed keys here: heading, bullets.'],
  ],
  // A key written one level too high: was "unknown key" (with no key to suggest) and, for
  // "bullets" and "heading", "case 1 is missing "sections"" as well.
  'misplaced-key': [
    [2, 1, '"kicker" is not a key of the deck itself', '"kicker" belongs inside "cover". Write "cover:" on a line of its own, and "kicker: …" under it, indented.'],
    [5, 5, '"bullets" is not a key of case 1 itself', '"bullets" belongs inside "sections". Write each section as "- heading: …" followed by its "bullets:".'],
    [8, 5, '"heading" is not a key of case 2 itself', '"heading" belongs inside "sections". Write each section as "- heading: …" followed by its "bullets:".'],
    // Misspelt as well: was "Allowed keys here: award, title, sections."
    [9, 5, 'unknown key "bulets" in case 2', 'Did you mean "bullets"? It belongs inside "sections". Write each section as "- heading: …" followed by its "bullets:".'],
    [15, 1, '"lines" is not a key of the deck itself', '"lines" belongs inside "closing". Write "closing:" on a line of its own, and "lines: …" under it, indented.'],
  ],
  'missing-key': [
    [3, 5, "case 1 is missing \"title\"", "Add it, for example: title: 사례 제목"],
  ],
  // Was "Implicit keys need to be on a single line", there and on the lines of its value.
  'missing-colon': [
    [4, 5, '"sections" has no ":" after it, so YAML reads it as a text, not as a key', 'Write "sections:" — a key ends with a colon.'],
    [11, 9, '"bullets" has no ":" after it, so YAML reads it as a text, not as a key', 'Write "bullets:" — a key ends with a colon.'],
  ],
  'multiple-documents': [
    [8, 1, 'a second YAML document starts here', 'A deck is one document: remove this line and what follows it, or move that part into a file of its own.'],
  ],
  // Quotes inside a quoted text: was "YAML syntax error: Unexpected scalar at node end".
  'nested-quotes': [
    [3, 18, "this ' ends the text that the ' before it opened, so YAML cannot read the rest of the line", 'To keep the quotes inside the text, write "은상씨의 \'우리가게\' 고민상담소 운영" (or, in single quotes, each inner \' twice: \'은상씨의 \'\'우리가게\'\' 고민상담소 운영\').'],
    [7, 17, 'this " ends the text that the " before it opened, so YAML cannot read the rest of the line', 'To keep the quotes inside the text, write \'그는 "안녕"이라고 말했다\'.'],
    [8, 17, "this ' ends the text that the ' before it opened, so YAML cannot read the rest of the line", 'To keep the quotes inside the text, write "지역 \'상생\' 협력" (or, in single quotes, each inner \' twice: \'지역 \'\'상생\'\' 협력\').'],
  ],
  'not-a-map': [
    [1, 1, "the deck must be a map of keys, but it is a list", "Allowed keys here: title, period, organization, theme, fonts, cover, cases, closing."],
  ],
  // A list pasted from a post or a document: its lines are one text to YAML.
  'pasted-list': [
    [7, 11, '"bullets" of case 1 section 1 must be a list, but it is a text', 'Start each bullet with "- " instead of "1.": - 첫 번째'],
    [11, 11, '"bullets" of case 1 section 2 must be a list, but it is a text', 'Start each bullet with "- " instead of "•" (the theme draws its own marker): - 첫 번째'],
    [13, 18, '"bullets" of case 1 section 3 must be a list, but it is a text', 'Write each bullet on its own line starting with "- ". Add at least one bullet.'],
    [16, 5, '"lines" of closing must be a list, but it is a text', 'Start each line with "- " instead of "○": - 감사합니다'],
  ],
  // The blog's own title, quoted only in part: was "YAML syntax error: Unexpected scalar at node end".
  'quoted-start': [
    [3, 12, 'this text starts with a quote mark, so YAML takes "은상씨의 우리가게 고민상담소" for the whole text and cannot read what follows it', 'Put the whole text in quotes: \'"은상씨의 우리가게 고민상담소" 운영\''],
    [7, 13, "this text starts with a quote mark, so YAML takes '찾아가는' for the whole text and cannot read what follows it", 'Put the whole text in quotes: "\'찾아가는\' 컨설팅 사업"'],
  ],
  'special-start': [
    [7, 13, 'a text that starts with "*" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '* 출처: 통계청'"],
    [8, 13, 'a text that starts with "[" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '[공지] 안내'"],
    [10, 13, 'a text that starts with "@" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '@은평구 소식'"],
  ],
  // YAML reads these without an error, as a tag, an anchor (one no alias repeats) and its text, a
  // key or a list: "!", "&참고" and "-" were left out of the slide, "? 문의 사항" was called a
  // text with ": " in it.
  'syntax-read-as-text': [
    [7, 13, 'a text that starts with "!" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '! 중요'"],
    [8, 13, 'a text that starts with "?" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '? 문의 사항'"],
    [9, 13, 'case 1 section 1 bullet 3 starts with "- ", which YAML reads as a list inside it, not as a text: the format has no lists inside lists', "If the dash belongs to the text, put the whole text in quotes: '- 대시로 시작'"],
    [13, 18, 'a text that starts with "!" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '! 추진 배경'"],
    [15, 13, 'a text that starts with "!" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '!NOTE 영문 태그'"],
    [16, 13, 'a text that starts with "&" must be in quotes: YAML reads that character as part of its own syntax', "Put the whole text in quotes: '&참고 자료 목록'"],
    [20, 13, 'YAML reads "!" before case 1 section 2 bullet 5 as its own syntax, and leaves it out of the text', "To draw it, put the whole text in quotes: '! 여러 줄'"],
  ],
  // A zero width space (or a no-break space) copied in with a key: was 'unknown key "​title" … Did you mean "title"?'.
  'invisible-in-key': [
    [3, 5, 'unknown key "title" in case 1: it has an invisible character or an unusual space in it (U+200B)', 'Delete the key and type it again as "title" (text copied from a web page or a HWP document can bring these).'],
    [5, 9, 'unknown key "heading" in case 1 section 1: it has an invisible character or an unusual space in it (U+00A0)', 'Delete the key and type it again as "heading" (text copied from a web page or a HWP document can bring these).'],
  ],
  // A list written as in Markdown: was 'a text that starts with "*" must be in quotes'.
  'star-items': [
    [7, 11, 'this line starts with "* ", but in YAML an item of a list starts with "- "', 'Write "- 첫 번째", and "- " for "* " on lines 8, 10.'],
  ],
  'stray-in-indentation': [
    [8, 7, 'this line has "\'" in its indentation: YAML reads the line as starting there, not lined up with the lines around it', 'Delete that "\'".'],
  ],
  'stray-question-mark': [
    [8, 1, 'this line has "?" in its indentation: YAML reads the line as starting there, not lined up with the lines around it', 'Delete that "?".'],
  ],
  'syntax-error': [
    [3, 12, "this quote is never closed", "Add the same quote mark at the end of the text."],
  ],
  // Was a "-" out of line with the item above, and a ": " inside the text of the line before.
  'tab-indent': [
    [7, 1, 'this line is indented with a tab: YAML counts only spaces', 'Replace the tab with spaces, so that the line starts under the lines it belongs with (most editors can be set to type spaces for the Tab key).'],
  ],
  // Was "YAML syntax error: Implicit map keys need to be followed by map values".
  'nbsp-indent': [
    [8, 1, 'this line is indented with a no-break space (U+00A0), which YAML reads as text, not as indentation', 'Delete the indentation and indent with ordinary spaces (text copied from a web page or a HWP document can bring these).'],
  ],
  // Bullets written straight under "sections:", a case that is only its title: were "… must be
  // a map of keys, but it is a text" with the allowed keys.
  'text-for-map': [
    [5, 9, 'case 1 section 1 is only a text ("첫 번째 내용"), but a section needs its "heading" and "bullets"', 'Write each section as "- heading: …" followed by its "bullets:". If "첫 번째 내용" is a bullet, write it under a section\'s "bullets:".'],
    [6, 9, 'case 1 section 2 is only a text ("두 번째 내용"), but a section needs its "heading" and "bullets"', 'Write each section as "- heading: …" followed by its "bullets:". If "두 번째 내용" is a bullet, write it under a section\'s "bullets:".'],
    [7, 5, 'case 2 is only a text ("사례 제목만"), but a case needs its "title" and "sections"', 'Write each case as "- title: …" followed by its "sections:".'],
  ],
  'unknown-key': [
    [3, 5, "unknown key \"titel\" in case 1", "Allowed keys here: award, title, sections. Did you mean \"title\"?"],
  ],
  'merge-key': [
    [2, 1, '"sections" is not a key of the deck itself', '"sections" belongs inside "cases". Write each case as "- title: …" followed by its "sections:".'],
    [9, 9, '"<<" (a YAML merge key) is not read in a deck: case 1 section 1 gets no keys from it', 'Write the keys out in case 1 section 1 (heading, bullets); to repeat one text, mark it with &name and write *name where it goes again.'],
  ],
  'dash-without-space-first': [
    [7, 11, '"bullets" of case 1 section 1 must be a list, but it is a text', 'The first bullet has no space after its "-", so YAML reads it and the "- " lines below it as one text: write - 첫째 내용'],
  ],
  'dash-without-space': [
    [8, 11, 'this line\'s "-" has no space after it, so YAML reads it as text, not as a list item like the one above it (line 7)', 'Put a space after the "-": - 둘째 내용'],
  ],
  'key-with-other-mark': [
    [1, 1, '"title" has no ":" after it, so YAML reads "title = 우수사례" as one text, not as a key and its value', 'Write "title: 우수사례" — a key ends with a colon.'],
    [3, 5, '"title" has no ":" after it, so YAML reads "title; 사례" as one text, not as a key and its value', 'Write "title: 사례" — a key ends with a colon.'],
    [5, 9, '"heading" has no ":" after it, so YAML reads "heading -> 배경" as one text, not as a key and its value', 'Write "heading: 배경" — a key ends with a colon.'],
  ],
  'unclosed-bracket': [
    [6, 18, 'this list in brackets is never closed: the "[" has no "]"', 'End it with "]" on this line ([가나다, 라마바]), or write each item on a line of its own that starts with "- ".'],
  ],
  'unclosed-brace': [
    [2, 8, 'this map in brackets is never closed: the "{" has no "}"', 'End it with "}" on this line ({kicker: 가나, title: "다라"}), or write each key on a line of its own.'],
  ],
  'unknown-alias': [
    [2, 15, '"organization" refers to an anchor that is not defined above it', 'To repeat a value, mark it first with &기관; if you meant the text "*기관", put it in quotes: \'*기관\'.'],
  ],
  'wrong-type': [
    [6, 18, "\"bullets\" of case 1 section 1 must be a list, but it is a text", "Write each bullet on its own line starting with \"- \". Add at least one bullet."],
    [8, 18, "\"bullets\" of case 1 section 2 must be a list, but it is a text", 'Take out the "|" after the key: with it, YAML reads the "- " lines below as one text.'],
  ],
};

describe('deck validation', () => {
  for (const [name, problems] of Object.entries(expected)) {
    it(`reports ${name} with line, column and what to do`, () => {
      const actual = problemsOf(name).map((p) => [p.place.line, p.place.col, p.message, p.hint]);
      expect(actual).toEqual(problems);
      for (const p of problemsOf(name)) expect(p.place.file).toBe(`data/${name}.yaml`);
    });
  }

  it('formats a problem as file:line:col, the hint and the line with a caret under the column', () => {
    const [problem] = problemsOf('unknown-key');
    expect(problem && formatProblem(problem)).toBe(
      [
        'data/unknown-key.yaml:3:5: unknown key "titel" in case 1',
        '  → Allowed keys here: award, title, sections. Did you mean "title"?',
        '  3 |   - titel: 사례 제목',
        '          ^',
      ].join('\n'),
    );
  });

  it('shows a long line cut around the column, with the caret under it', () => {
    const sourceLine = '          - 은평구는 2024년 하반기에 여러 가지 적극행정 사업을 추진하였으며 그 결과를 널리 알리고자 합니다 #은평구 #적극행정 그리고 더 많은 내용이 뒤에 이어집니다';
    const long: Problem = { place: { file: 'data/x.yaml', line: 7, col: 69 }, message: 'm', hint: 'h', sourceLine };
    const [, , shown, caret] = formatProblem(long).split('\n');
    // Wrapped in an 80-column terminal, the whole line (159 columns) left the caret under another word.
    expect(shown).toBe('  7 | ...를 널리 알리고자 합니다 #은평구 #적극행정 그리고 더 많은 내용이 뒤...');
    expect(caret).toBe(`${' '.repeat(33)}^`);
    // Near its end, a line shows as much as fits before the column.
    const end = formatProblem({ ...long, sourceLine: sourceLine.replace(/ 그리고.*$/, '') });
    expect(end.split('\n')[2]).toBe('  7 | ...업을 추진하였으며 그 결과를 널리 알리고자 합니다 #은평구 #적극행정');
  });

  it('shows a line with a tab and control characters so that the caret stays under the column and the terminal is left as it was', () => {
    const problem: Problem = { place: { file: 'data/x.yaml', line: 8, col: 23 }, message: 'm', hint: 'h', sourceLine: '          - 탭\t벨\u0007\u001B[31m ∙' };
    const [, , shown, caret] = formatProblem(problem).split('\n');
    // The bell rang and ESC[31m coloured the terminal red; the caret stood a tab's width left of ∙.
    expect(shown).toBe('  8 |           - 탭\t벨??[31m ∙');
    expect(caret).toBe(`${' '.repeat(20)}\t${' '.repeat(9)}^`);
  });

  it('reads a theme and font file name without the zero width characters a copy from a web page brings', () => {
    const text = 'title: 가\ntheme: default\u200B\nfonts:\n  - \uFEFFNanumGothic.ttf\u2060\ncases:\n  - title: 나\n    sections:\n      - heading: 다\n        bullets:\n          - 라\n';
    const deck = validateDeck(parseDeckText(text, 'data/x.yaml'));
    // Was: no template "default​" (did you mean "default"?).
    expect([deck.theme, deck.fonts]).toEqual(['default', ['NanumGothic.ttf']]);
  });

  it('turns the example period into a typed deck, word for word', () => {
    const text = readFileSync(path.join(import.meta.dirname, '../../data/2024-h2.yaml'), 'utf8');
    const deck = validateDeck(parseDeckText(text, 'data/2024-h2.yaml'));
    expect(deck.id).toBe('2024-h2');
    expect(deck.cover).toEqual({ kicker: '2024년 하반기 은평구', title: '적극행정 우수사례' });
    expect(deck.cases.map((c) => c.award)).toEqual(['최우수', '우수', '우수', '장려', '장려', '협업우수']);
    expect(deck.cases.map((c) => c.sections.map((s) => s.bullets.length))).toEqual([[2, 3, 3], [2, 3, 3], [2, 3, 3], [1, 3, 2], [2, 3, 3], [2, 3, 3]]);
    expect(deck.cases[0]?.sections[2]?.bullets[1]).toBe("지역 소상공인을 위한 적극적 현장 활동 '찾아가는 컨설팅 사업'");
    expect(deck.closing?.lines).toEqual(['은평구의 적극행정은', '언제나 ON💡', '2025년에도', '은평구의 적극행정은', '계속됩니다❗']);
  });

  it('says to quote a text that YAML read as a comment or an anchor, not as text', () => {
    let problems: Problem[] = [];
    try {
      validateDeck(parseDeckText("title: '#해시태그'\ncases:\n  - title: # 은평구\n    sections:\n      - heading: 나\n        bullets:\n          - &참고\n", 'data/x.yaml'));
    } catch (error) {
      if (error instanceof UserError) problems = [...error.problems];
    }
    expect(problems.map((p) => [p.place.line, p.place.col, p.hint])).toEqual([
      [3, 12, "Put the whole text in quotes: '# 은평구'"],
      [7, 13, "Put the whole text in quotes: '&참고'"],
    ]);
  });

  it('reads an alias (*name) as the value its anchor (&name) marks', () => {
    const deck = validateDeck(parseDeckText('title: &t 우수사례\ncases:\n  - title: *t\n    sections: &s\n      - heading: 나\n        bullets: [다]\n  - title: 둘\n    sections: *s\n', 'data/x.yaml'));
    expect(deck.cases.map((c) => [c.title, c.sections[0]?.bullets])).toEqual([['우수사례', ['다']], ['둘', ['다']]]);
  });

  it('keeps numbers exactly as typed and fills cover defaults from period and organization', () => {
    const deck = validateDeck(parseDeckText('title: 우수사례\nperiod: 2024.10\norganization: 은평구\ncases:\n  - title: 가\n    sections:\n      - heading: 나\n        bullets: [다]\n', 'data/x.yaml'));
    expect(deck.period).toBe('2024.10');
    expect(deck.cover).toEqual({ kicker: '2024.10 은평구', title: '우수사례' });
    // A kicker written empty in quotes is a cover without one, though the deck has a period.
    const none = validateDeck(parseDeckText("title: 우수사례\nperiod: 2024.10\ncover:\n  kicker: ''\ncases:\n  - title: 가\n    sections:\n      - heading: 나\n        bullets: [다]\n", 'data/x.yaml'));
    expect(none.cover).toEqual({ kicker: '', title: '우수사례' });
  });
});
