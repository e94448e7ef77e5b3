/**
 * The slips behind a line YAML rejects, which YAML's own words miss: a text starting with a
 * character YAML reads as syntax, with a quoted part, or with quotes inside its quotes, and a
 * list written with "* " (specialStart.ts); a key without its colon (missingColon.ts); a list
 * item or key out of line, slipped into an outer list's column, or an item without its "-"
 * (listIndent.ts), or one shifted right of the items after it (shiftedItem.ts); a list whose
 * key was left out (missingListKey.ts); a line of a stray mark or two (loneToken.ts). One
 * problem for the slip, and the lines whose errors are the same mistake,
 * so that they are not reported again in YAML's words.
 */
import type { Problem } from '../errors.ts';
import { blank, dashlessItemProblem, indent, lineBelow, misalignedItemProblem, misalignedKeyProblem, strandedItemSlip } from './listIndent.ts';
import { missingColonProblem } from './missingColon.ts';
import { loneTokenProblem } from './loneToken.ts';
import { missingListKeyProblem } from './missingListKey.ts';
import { nestedQuoteProblem, quotedStartProblem, specialStartProblem, starItemProblem } from './specialStart.ts';
import { shiftedItemSlip } from './shiftedItem.ts';
import { strayStartProblem } from './strayStart.ts';

export function lineSlip(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  const stray = strayStartProblem(file, line, lines);
  if (stray !== undefined) return { problem: stray, lines: [line] };
  const keyless = missingListKeyProblem(file, line, lines) ?? loneTokenProblem(file, line, lines);
  if (keyless !== undefined) return keyless;
  const noColon = missingColonProblem(file, line, lines);
  if (noColon !== undefined) return { problem: noColon.problem, lines: [line, ...noColon.value] };
  const stranded = strandedItemSlip(file, line, lines);
  if (stranded !== undefined) return stranded;
  // YAML also blames a key that opens a list ("bullets:") for the line below it: an item out
  // of line, or one that starts with a character YAML reads as syntax.
  const opensList = /:\s*(#.*)?$/.test(lines[line - 1] ?? '');
  const problem = starItemProblem(file, line, lines)
    ?? nestedQuoteProblem(file, line, lines[line - 1])
    ?? quotedStartProblem(file, line, lines[line - 1])
    ?? dashlessItemProblem(file, line, lines)
    ?? specialStartProblem(file, line, lines[line - 1]);
  if (problem !== undefined) return { problem, lines: [line, problem.place.line] };
  // An item out of line throws YAML off for its own lines too ("sequence item without - indicator"
  // at its next key): those are the same mistake.
  const misaligned = misalignedItemProblem(file, line, lines);
  if (misaligned !== undefined) return { problem: misaligned, lines: [line, ...itemLines(lines, misaligned.place.line)] };
  const shifted = shiftedItemSlip(file, line, lines);
  if (shifted !== undefined) return shifted;
  const key = misalignedKeyProblem(file, line, lines);
  if (key !== undefined) {
    // The next line, when it starts in the same column, YAML then finds out of line too ("- award:
    // 우수" of the next case under a key that slipped left): the same mistake.
    const next = lineBelow(lines, key.place.line);
    return { problem: key, lines: [line, key.place.line, ...(next !== undefined && indent(lines[next - 1] ?? '') === key.place.col - 1 ? [next] : [])] };
  }
  const below = opensList ? (strayStartProblem(file, line + 1, lines) ?? starItemProblem(file, line + 1, lines) ?? specialStartProblem(file, line + 1, lines[line]) ?? misalignedItemProblem(file, line + 1, lines)) : undefined;
  return below === undefined ? undefined : { problem: below, lines: [line, below.place.line] };
}

/** The lines of the item on line `line` (1-based): it and those below it indented further than its "-". */
function itemLines(lines: readonly string[], line: number): number[] {
  const dash = indent(lines[line - 1] ?? '');
  const own = [line];
  for (let below = line + 1; below <= lines.length && (blank(lines[below - 1] ?? '') || indent(lines[below - 1] ?? '') > dash); below++) own.push(below);
  return own;
}
