/**
 * The syntax errors of a deck as YAML reports them, said as what the author did: at the line
 * and column the author looks for, in words about the deck, and a slip YAML reports at several
 * lines (a bracket left open, a key without its colon, a list item out of line) once.
 */
import type { LineCounter } from 'yaml';
import { withSourceLine, type Problem, type SourcePlace } from '../errors.ts';
import { parseDeckText, type ParsedDeckFile } from '../load/readDeckFile.ts';
import { duplicateKeyProblem } from './duplicateKey.ts';
import { lineSlip } from './lineSlip.ts';
import { requoted } from './specialStart.ts';
import { typedAtStart } from './strayStart.ts';
import { unclosedFlowProblem } from './unclosedFlow.ts';

export function syntaxProblems(parsed: ParsedDeckFile): Problem[] {
  const problems: Problem[] = [];
  const withLine = (problem: Problem) => withSourceLine(problem, parsed.lines);
  const explained = new Set<number>();
  for (const error of parsed.doc.errors) {
    const unclosed = error.code === 'MISSING_CHAR' && /closing .?quote/i.test(error.message);
    const at = unclosed ? openingQuotePlace(parsed, error.pos[0]) : placeAtOffset(parsed, error.pos[0]);
    // YAML places a misindented line at its first column, and may place what is wrong with a
    // line at the end of the blank line above it; the user looks for the line's first word.
    const line = nonBlankFrom(parsed.lines, at.line);
    const firstWord = { ...at, line, col: (/^\s*/.exec(parsed.lines[line - 1] ?? '')?.[0].length ?? 0) + 1 };
    const place = error.code === 'BAD_INDENT' || line !== at.line ? firstWord : at;
    // A slip YAML words badly (lineSlip.ts): one problem, and none again for its lines.
    if (explained.has(place.line)) continue;
    // A bracket left open swallows the lines below it: one problem, and none for what follows.
    const unclosedFlow = unclosedFlowProblem(parsed.file, error.message, at.line, parsed.lines);
    if (unclosedFlow !== undefined) {
      problems.push(withLine(unclosedFlow));
      for (let l = unclosedFlow.place.line; l <= parsed.lines.length; l++) explained.add(l);
      continue;
    }
    const slip = error.code === 'DUPLICATE_KEY' ? duplicateKeyProblem(parsed, error.pos[0]) : lineSlip(parsed.file, place.line, parsed.lines);
    if (slip !== undefined) {
      if (!explained.has(slip.problem.place.line)) problems.push(slip.problem);
      for (const line of slip.lines) explained.add(line);
      continue;
    }
    problems.push(withLine(yamlProblem(error.code, error.message, place, unclosed, parsed.lines[place.line - 1] ?? '')));
  }
  return typedByMistake(parsed, problems) ?? saidOnce(problems);
}

/** YAML's own words for a line another problem already says what is wrong with: the same slip. */
function saidOnce(problems: readonly Problem[]): Problem[] {
  const inYamlsWords = (problem: Problem) => problem.message.startsWith(IN_YAMLS_WORDS);
  const named = new Set(problems.filter((problem) => !inYamlsWords(problem)).map((problem) => problem.place.line));
  return problems.filter((problem) => !inYamlsWords(problem) || !named.has(problem.place.line));
}

const IN_YAMLS_WORDS = 'YAML syntax error: ';

/**
 * What was typed at a line's start by mistake (strayStart.ts) throws YAML off for the lines after
 * it too ("a block sequence may not be used as an implicit map key", "not lined up" at the next
 * case): the deck is read again without it, and only what is wrong besides is said.
 */
function typedByMistake(parsed: ParsedDeckFile, problems: readonly Problem[]): Problem[] | undefined {
  // Any line of the deck: YAML may read a line with one (`：   bullets:`) as a key of its own, and
  // reject a line further down.
  const found = problems.length === 0 ? [] : parsed.lines.flatMap((_, i) => typedAtStart(parsed.file, i + 1, parsed.lines) ?? []);
  if (found.length === 0) return undefined;
  const lines = parsed.lines.map((text, i) => found.find(({ problem }) => problem.place.line === i + 1)?.mended ?? text);
  const besides = syntaxProblems(parseDeckText(lines.join('\n'), parsed.file)).filter((problem) => !found.some((typed) => typed.problem.place.line === problem.place.line));
  return [...found.map(({ problem }) => problem), ...besides];
}

function yamlProblem(code: string, message: string, place: SourcePlace, unclosed: boolean, sourceLine: string): Problem {
  const firstLine = message.split('\n')[0] ?? message;
  if (unclosed) {
    return { place, message: 'this quote is never closed', hint: 'Add the same quote mark at the end of the text.' };
  }
  // Said of a line with a ": " in its text; of another, YAML was thrown by a line above it.
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && /:(\s|$)/.test(sourceLine.replace(/^\s*-\s/, ''))) {
    const quoted = requoted(sourceLine);
    return { place, message: 'a ": " inside this text makes YAML read it as a new key', hint: quoted === undefined ? "Put the whole text in quotes, for example: title: '사례: 제목'" : `Put the whole text in quotes: ${quoted}` };
  }
  if (code === 'MULTIPLE_DOCS') {
    return { place, message: 'a second YAML document starts here', hint: 'A deck is one document: remove this line and what follows it, or move that part into a file of its own.' };
  }
  if (code === 'BAD_INDENT') {
    return { place, message: `this line is not lined up with the lines it belongs with (YAML says: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')})`, hint: 'Indent it with spaces exactly as far as the other keys, or the other "-" items, it belongs with.' };
  }
  return {
    place,
    message: `${IN_YAMLS_WORDS}${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
    hint: 'Check the indentation and quotes here: text containing ": " or starting with a quote must be quoted as a whole.',
  };
}

export function placeAtOffset(parsed: { file: string; lineCounter: LineCounter }, offset: number): SourcePlace {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, col };
}

/**
 * YAML reports an unclosed quote where the file ends; the user needs the line where it opens:
 * the last value before that point that starts with a quote and does not end with it.
 */
function openingQuotePlace(parsed: ParsedDeckFile, offset: number): SourcePlace {
  const end = placeAtOffset(parsed, offset);
  for (let i = Math.min(end.line, parsed.lines.length) - 1; i >= 0; i--) {
    const line = parsed.lines[i] ?? '';
    const match = /^(\s*(?:-\s+)?(?:[^\s:'"][^:]*:\s+)?)(["'])(.*)$/.exec(line);
    if (match && !(match[3] ?? '').trimEnd().endsWith(match[2] ?? '')) {
      return { file: parsed.file, line: i + 1, col: (match[1] ?? '').length + 1 };
    }
  }
  return end;
}

/** The first line from `line` on that is not blank (`line` itself when all below are). */
function nonBlankFrom(lines: readonly string[], line: number): number {
  for (let i = line; i <= lines.length; i++) if ((lines[i - 1] ?? '').trim() !== '') return i;
  return line;
}

