/** The planned slides of a deck: what each one shows, before it is drawn. */
import type { CaseProps, ClosingProps, CoverProps } from '../compose/templateTypes.ts';

interface Base {
  /** File name without extension: `01-cover`, `03-case1-2`, `14-closing`. */
  name: string;
  /** Dotted deck path of what this slide shows, for messages. */
  path: string;
}

export type Slide =
  | (Base & { kind: 'cover'; props: Omit<CoverProps, 'frame'> })
  | (Base & { kind: 'case'; props: Omit<CaseProps, 'frame'> })
  | (Base & { kind: 'closing'; props: Omit<ClosingProps, 'frame'> });

export function slideNames(slides: readonly { kind: Slide['kind']; caseNumber?: number; page?: number }[]): string[] {
  const width = Math.max(2, String(slides.length).length);
  return slides.map((s, i) => {
    const number = String(i + 1).padStart(width, '0');
    if (s.kind !== 'case') return `${number}-${s.kind}`;
    return s.page !== undefined && s.page > 1 ? `${number}-case${s.caseNumber}-${s.page}` : `${number}-case${s.caseNumber}`;
  });
}

/** A name slideNames makes, read back (the case it shows and its page, from 1, if any); undefined for any other name. */
export function readSlideName(name: string): { caseNumber: number | undefined; page: number | undefined } | undefined {
  const match = /^\d{2,}-(?:cover|closing|case(\d+)(?:-(\d+))?)$/.exec(name);
  if (match === null) return undefined;
  return match[1] === undefined ? { caseNumber: undefined, page: undefined } : { caseNumber: Number(match[1]), page: Number(match[2] ?? 1) };
}

/** A slide before it has a name: `Omit` applied to each kind, so `kind` still narrows. */
export type SlideDraft = Slide extends infer S ? (S extends Slide ? Omit<S, 'name'> : never) : never;
