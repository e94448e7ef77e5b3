/**
 * Design tokens of the default template: every colour, size, spacing and marker the slides use.
 * Designers change the look here; the .tsx files only arrange these tokens.
 */
import type { ThemeCore } from 'cardnews/template';

// The TrueType builds: satori parses them in about half the time and memory of the CFF .otf.
const gov = (file: string) => `pretendard-gov/dist/public/static/alternative/PretendardGOV-${file}.ttf`;

export const theme = {
  width: 1080,
  height: 1350,
  safeMargin: 56,
  fonts: [
    { family: 'Pretendard GOV', weight: 400, npm: gov('Regular') },
    { family: 'Pretendard GOV', weight: 700, npm: gov('Bold') },
    { family: 'Pretendard GOV', weight: 800, npm: gov('ExtraBold') },
  ],
  markers: { heading: '✔️', bullet: '🔹' },
  labels: { continued: '(계속)' },
  fit: { body: 40, bodyMin: 36, title: 54, titleMin: 44, titleMaxLines: 3 },

  fontFamily: 'Pretendard GOV',
  colors: {
    page: '#EAF0F8',
    card: '#FFFFFF',
    ink: '#1B2433',
    body: '#2B3442',
    muted: '#6B7689',
    accent: '#1F4FA8',
    accentSoft: '#E3ECFA',
    rule: '#D5DEEA',
    coverTop: '#163A82',
    coverBottom: '#2C63C9',
    coverInk: '#FFFFFF',
    coverKicker: '#BFD5FF',
    coverGlow: 'rgba(255,255,255,0.08)',
  },
  /** Badge colours per award tier; tiers not listed use `other`. */
  awards: {
    최우수: { background: '#C9861A', ink: '#FFFFFF' },
    우수: { background: '#1F4FA8', ink: '#FFFFFF' },
    장려: { background: '#1C8A5E', ink: '#FFFFFF' },
    협업우수: { background: '#7A45C2', ink: '#FFFFFF' },
    other: { background: '#4F5D73', ink: '#FFFFFF' },
  } as Record<string, { background: string; ink: string }>,
  size: {
    meta: 28,
    badge: 30,
    heading: 44,
    coverKicker: 46,
    coverTitle: 112,
    coverMeta: 32,
    closing: 62,
  },
  lineHeight: { body: 1.5, title: 1.32, heading: 1.4, closing: 1.45, meta: 1.2, coverKicker: 1.35, coverTitle: 1.2 },
  letterSpacing: { title: -1, coverTitle: -3 },
  space: {
    page: 56,
    cardPadding: 60,
    cardRadius: 36,
    headerGap: 28,
    titleGap: 26,
    sectionGap: 34,
    headingGap: 14,
    bulletGap: 12,
    markerWidth: 1.35,
    /** Between the organization and the deck title in the header, and between badge and "(계속)". */
    inlineGap: 14,
    coverPadding: 80,
    coverKickerGap: 28,
  },
  /** Pill-shaped labels: [vertical, horizontal] padding. */
  pill: { position: [8, 20], badge: [10, 26], label: [10, 22], slashGap: 8, radius: 999 },
  /** Short bars: under the case title, above the cover kicker and the closing lines. */
  bars: {
    title: { width: 96, height: 3 },
    cover: { width: 120, height: 10, gap: 48 },
    closing: { width: 96, height: 8, gap: 56 },
  },
  /** Translucent circles on the cover: diameter and position from the top right. */
  coverGlows: [
    { size: 760, right: -260, top: -220 },
    { size: 420, right: 120, top: 760 },
    { size: 260, right: -60, top: 1080 },
  ],
  opacity: { slash: 0.45, total: 0.7 },
} satisfies ThemeCore & Record<string, unknown>;

export type Theme = typeof theme;
