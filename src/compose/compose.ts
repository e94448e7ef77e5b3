/** Planned slide + its place in the carousel → the element satori draws, from the templates. */
import type { ReactNode } from 'react';
import type { Deck } from '../deck.ts';
import type { Slide } from '../plan/slides.ts';
import type { SlideFrame, TemplateSet } from './templateTypes.ts';

export function frameFor(deck: Deck, index: number, total: number): SlideFrame {
  return { index, total, deckTitle: deck.title, ...(deck.organization !== undefined ? { organization: deck.organization } : {}) };
}

export function compose(slide: Slide, frame: SlideFrame, templates: TemplateSet): ReactNode {
  switch (slide.kind) {
    case 'cover':
      return templates.Cover({ ...slide.props, frame });
    case 'case':
      return templates.Case({ ...slide.props, frame });
    case 'closing':
      return templates.Closing({ ...slide.props, frame });
  }
}
