/**
 * What a slide image is made from, as hashes: its content (props and place in the carousel), the
 * template files of its kind, the fonts, the emoji images it shows, the canvas size and the tool
 * versions. The manifest keeps the parts, so a rebuild can say which one changed.
 */
import type { Slide } from '../plan/slides.ts';
import type { SlideFrame } from '../compose/templateTypes.ts';
import path from 'node:path';
import { hashOf } from './hash.ts';

/**
 * A file's name within the template folder `dir`, as keys and reasons name it (undefined for a
 * file outside it): a copy of a template elsewhere, unedited, is the same template.
 */
export function nameInTemplate(dir: string | undefined, file: string): string | undefined {
  return dir !== undefined && file.startsWith(dir + path.sep) ? path.relative(dir, file) : undefined;
}

export interface SlideKeyParts {
  content: string;
  template: string;
  fonts: string;
  emoji: string;
  size: string;
  tools: string;
}

const PART_NAMES: Record<keyof SlideKeyParts, string> = {
  content: 'content changed',
  template: 'template changed',
  fonts: 'fonts changed',
  emoji: 'emoji images changed',
  size: 'size changed',
  tools: 'tool versions changed',
};

export interface DeckHashes {
  /** Per slide kind: the hash of its component file and everything it imports. */
  template: Record<Slide['kind'], string>;
  fonts: string;
  size: string;
  tools: string;
  emoji: Record<string, string>;
  /** Emoji every slide of a kind shows whatever its content: the theme's markers, and what its template writes. */
  alwaysShown: Record<Slide['kind'], string[]>;
}

export function slideKeyParts(slide: Slide, frame: SlideFrame, hashes: DeckHashes): SlideKeyParts {
  const content = JSON.stringify([slide.kind, slide.props, frame]);
  const shown = Object.keys(hashes.emoji).filter((g) => content.includes(g) || hashes.alwaysShown[slide.kind].includes(g)).sort();
  return {
    content: hashOf(content),
    template: hashes.template[slide.kind],
    fonts: hashes.fonts,
    emoji: hashOf(...shown.flatMap((g) => [g, hashes.emoji[g] ?? ''])),
    size: hashes.size,
    tools: hashes.tools,
  };
}

export function keyOf(parts: SlideKeyParts): string {
  return hashOf(parts.content, parts.template, parts.fonts, parts.emoji, parts.size, parts.tools);
}

/**
 * "content changed, template changed (Case.tsx)": why a slide with a previous image is drawn
 * again; `files`, what changed of a part (its files, or "cardnews 0.1.2 → 0.1.3"), named after it.
 * `emojiFilesChanged`: whether any emoji image file changed; when none did, a slide that shows
 * other emoji than before does so because its content or template changed, which says it.
 */
export function changeReason(previous: SlideKeyParts, next: SlideKeyParts, files: Partial<Record<keyof SlideKeyParts, string[]>> = {}, emojiFilesChanged = true): string {
  const explained = !emojiFilesChanged && (previous.content !== next.content || previous.template !== next.template);
  const changed = (Object.keys(PART_NAMES) as (keyof SlideKeyParts)[]).filter((k) => previous[k] !== next[k] && !(k === 'emoji' && explained));
  const named = (k: keyof SlideKeyParts) => (files[k]?.length ? `${PART_NAMES[k]} (${files[k].join(', ')})` : PART_NAMES[k]);
  return changed.map(named).join(', ') || 'inputs changed';
}
