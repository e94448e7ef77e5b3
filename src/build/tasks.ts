/** The messages between the build and its worker threads. Plain data only: they are cloned. */
import type { SlideFrame } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import type { FitReport } from '../plan/measure.ts';
import type { PaginatedCase } from '../plan/paginate.ts';
import type { Slide } from '../plan/slides.ts';

/** What a worker needs to draw a deck's slides; cached in the worker by `key`. */
export interface RenderSetup {
  key: string;
  templatesDir: string;
  theme: string;
  fonts: { family: string; weight: 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900; path: string }[];
  emoji: Record<string, string>;
}

export type Task =
  | { kind: 'paginate'; setup: RenderSetup; item: Case; caseNumber: number; caseCount: number; frame: SlideFrame }
  | { kind: 'measure'; setup: RenderSetup; slide: Slide; frame: SlideFrame }
  | { kind: 'render'; setup: RenderSetup; slide: Slide; frame: SlideFrame; file: string };

export type PaginateResult = PaginatedCase;

export interface RenderResult {
  bytes: number;
}

export type TaskResult<T extends Task> = T extends { kind: 'paginate' } ? PaginateResult : T extends { kind: 'measure' } ? FitReport : RenderResult;

export type WorkerReply =
  | { id: number; ok: true; value: PaginateResult | FitReport | RenderResult }
  | { id: number; ok: false; message: string; stack?: string; problems?: unknown };
