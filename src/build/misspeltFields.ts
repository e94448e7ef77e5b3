/**
 * Fields a template names that do not exist: `colors.accnt` for `colors.accent`, `props.awar`
 * for `props.award`, `theme.labels.cotinued`. JavaScript gives such a name the value undefined
 * without a word, and satori then draws the slide without the style, the text or the badge it
 * was meant for (`{props.awar !== undefined && <Badge …/>}` never shows the award). Found in
 * the template's source, for the names whose fields are known: the theme (and names taken
 * apart from it, `const { colors } = theme`), a slide's props, its frame and a section.
 */
import type { Problem } from '../errors.ts';
import { TEMPLATE_FIELDS } from '../compose/templateTypes.ts';
import { displayPath } from '../paths.ts';
import { nearestWord } from '../nearest.ts';
import { DOT, NAME } from '../sourceText.ts';

/** A slide's fields, and what JavaScript and React give any object, array or props. */
const FIELDS = [...TEMPLATE_FIELDS, 'length', 'children', 'key'];

/**
 * The names of the fields a template is given: every field of a slide, and the theme's at any
 * depth. The run-time checks (templateErrors.ts, treeErrors.ts) tell a misspelt name by them.
 */
export function fieldNames(theme: object): Set<string> {
  const names = new Set<string>(FIELDS);
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (!Array.isArray(value)) for (const name of Object.keys(value)) names.add(name);
    for (const inner of Object.values(value)) visit(inner);
  };
  visit(theme);
  return names;
}

/** Names joined by dots (or `?.`), not part of a longer chain, and not called as a method. */
const CHAIN = new RegExp(`(?<![\\w$.])(${NAME}(?:${DOT}${NAME})+)(?![\\w$(])`, 'g');
/** Names that hold what a slide is given, as the default templates call them (`section` of `props.sections`). */
const SLIDE_ROOTS = new Set(['props', 'frame', 'section']);

/** `files`: the template's own files (not its theme.ts) with their text. */
export function misspeltFieldProblems(files: ReadonlyMap<string, string>, theme: object): Problem[] {
  const problems: Problem[] = [];
  // `props` may be a template's own component's: the props it is given are written where it is used (`<Pill text=…>`).
  const fields = new Set(FIELDS);
  for (const text of files.values()) for (const [, name] of text.matchAll(new RegExp(`\\s(${NAME})=[{"']`, 'g'))) fields.add(name ?? '');
  for (const [file, text] of files) {
    const fromTheme = themeNames(text);
    const lines = text.split('\n');
    for (const [i, code] of codeOf(text).split('\n').entries()) {
      const line = (lines[i] ?? '').replace(/\r$/, '');
      for (const match of code.matchAll(CHAIN)) {
        const [root = '', ...rest] = (match[1] ?? '').split(new RegExp(DOT));
        const missing = root === 'theme' || fromTheme.has(root) ? missingInTheme(theme, root === 'theme' ? rest : [root, ...rest]) : SLIDE_ROOTS.has(root) ? missingField(root, rest, fields) : undefined;
        if (missing === undefined) continue;
        problems.push({
          place: { file: displayPath(file), line: i + 1, col: Array.from(line.slice(0, match.index)).length + 1 },
          sourceLine: line,
          message: `the template names ${match[1] ?? ''}, which does not exist ("${missing.name}" is not ${missing.where}): it is undefined, and satori would draw the slide without what it was meant for`,
          hint: missing.meant !== undefined ? `Did you mean "${missing.meant}"?` : `Write a name that is ${missing.where}.`,
        });
      }
    }
  }
  return problems;
}

/**
 * A file's text without its texts (`'./theme.ts'`) and comments (line and block ones, the JSX
 * ones in braces too), blanked out so that lines and columns stay where they are; what a
 * template text (a backquoted one) puts in with `${…}` stays.
 */
function codeOf(text: string): string {
  let out = '';
  let quote = '';
  let comment: '' | 'line' | 'block' = '';
  let depth = 0;
  const blank = (c: string) => (c === '\n' ? c : ' ');
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (comment !== '') {
      if ((comment === 'line' && c === '\n') || (comment === 'block' && c === '*' && next === '/')) {
        out += comment === 'block' ? '  ' : c;
        if (comment === 'block') i++;
        comment = '';
      } else out += blank(c);
      continue;
    }
    if (quote !== '' && depth === 0) {
      if (c === '\\') {
        out += ' ' + blank(next);
        i++;
      } else if (c === quote || (c === '\n' && quote !== '`')) {
        quote = '';
        out += blank(c);
      } else if (quote === '`' && c === '$' && next === '{') {
        depth = 1;
        out += '  ';
        i++;
      } else out += blank(c);
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      out += depth === 0 ? ' ' : c;
      continue;
    }
    if (c === '/' && (next === '/' || next === '*')) {
      comment = next === '/' ? 'line' : 'block';
      out += '  ';
      i++;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += ' ';
    } else out += c;
  }
  return out;
}

interface Missing {
  name: string;
  /** Where it is not: "in the theme's colors", "a field of a slide's props". */
  where: string;
  meant: string | undefined;
}

/** The names a file takes apart from the theme: `const { colors, size } = theme;`. */
function themeNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of text.matchAll(/const\s*\{([^{}]*)\}\s*=\s*theme\b/g)) {
    for (const part of (list ?? '').split(',')) {
      const name = new RegExp(`^\\s*(${NAME})\\s*$`).exec(part)?.[1];
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

/** The first name of `names` the theme does not have, following them from the theme down. */
function missingInTheme(theme: object, names: readonly string[]): Missing | undefined {
  let value: unknown = theme;
  let where = 'in the theme';
  for (const [index, name] of names.entries()) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!(name in value)) return { name, where, meant: nearestWord(name, Object.keys(value)) };
    value = (value as Record<string, unknown>)[name];
    where = `in the theme's ${names.slice(0, index + 1).join('.')}`;
  }
  return undefined;
}

/** The first name after `props.`, `frame.` or `section.` that is no field a template is given. */
function missingField(root: string, names: readonly string[], fields: ReadonlySet<string>): Missing | undefined {
  const name = names.find((field) => !fields.has(field));
  return name === undefined ? undefined : { name, where: `a field of a slide's ${root}`, meant: nearestWord(name, [...fields]) };
}
