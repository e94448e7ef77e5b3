/** The messages between the build and its worker threads. Plain data only: they are cloned. */
import type { FileErrorFields } from '../errors.ts';
import type { SlideFrame } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import type { FitReport } from '../plan/measure.ts';
import type { PaginatedCase } from '../plan/paginate.ts';
import type { Rooms } from '../plan/rooms.ts';
import type { Slide } from '../plan/slides.ts';
import type { FontData } from '../render/satori.ts';

/** What a worker needs to draw a deck's slides; cached in the worker by `key`. */
export interface RenderSetup {
  key: string;
  templatesDir: string;
  theme: string;
  /** The folder of that template (the project's, or the one cardnews comes with). */
  templateDir: string;
  /** The compiled template folder (workerBundle.ts), imported before the templates are used. */
  templateBundle: string;
  /** Subsets of the deck's fonts: only the characters the deck and its templates use. */
  fonts: FontData[];
  emoji: Record<string, string>;
}

/** Each task names its setup; the pool sends a setup to a worker once, with its first task. */
export type Task =
  /**
   * `firstFrame`: the guessed place of the case's first slide, used to lay that slide out.
   * `again`: a plan whose pages did not stand where they sit, paginated again with every page
   * laid out, told the rooms those pages showed.
   */
  | { kind: 'paginate'; setupKey: string; item: Case; caseNumber: number; caseCount: number; frame: SlideFrame; firstFrame: SlideFrame; again?: { rooms: Rooms | undefined } }
  | { kind: 'measure'; setupKey: string; slide: Slide; frame: SlideFrame }
  | { kind: 'render'; setupKey: string; slide: Slide; frame: SlideFrame; file: string };

export type PaginateResult = PaginatedCase;

export interface RenderResult {
  bytes: number;
  /**
   * What the slide would have been drawn without, nothing written: characters or emoji its
   * setup lacks (text a template's code makes). The build widens the setup and asks again.
   */
  missing?: string[];
}

export type TaskResult<T extends Task> = T extends { kind: 'paginate' } ? PaginateResult : T extends { kind: 'measure' } ? FitReport : RenderResult;

export type WorkerReply =
  | { id: number; ok: true; value: PaginateResult | FitReport | RenderResult }
  | { id: number; ok: false; message: string; stack?: string; problems?: unknown; fileError?: FileErrorFields };

