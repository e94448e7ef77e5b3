/**
 * Pieces shared by the default slides: the page shell with its header (organization and
 * carousel position), the award badge and a small pill label.
 */
import type { CSSProperties, ReactNode } from 'react';
import { Words, type SlideFrame } from 'cardnews/template';
import { theme } from './theme.ts';

const { colors, size, space, pill } = theme;

const padding = ([vertical, horizontal]: readonly number[]) => `${vertical ?? 0}px ${horizontal ?? 0}px`;

/** The whole slide as a column, with the padding, background and ink a slide kind chooses. */
export function canvas(look: CSSProperties): CSSProperties {
  return { width: theme.width, height: theme.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', fontFamily: theme.fontFamily, ...look };
}

export function Page({ frame, children }: { frame: SlideFrame; children: ReactNode }) {
  return (
    <div style={canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink })}>
      <Header frame={frame} ink={colors.accent} muted={colors.muted} pill={colors.card} />
      {children}
    </div>
  );
}

export function Header({ frame, ink, muted, pill }: { frame: SlideFrame; ink: string; muted: string; pill: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: space.headerGap, fontSize: size.meta, lineHeight: theme.lineHeight.meta }}>
      {/* Words, like every text that may wrap: a long organization breaks between words, not syllables. */}
      <div style={{ display: 'flex', alignItems: 'center', flexShrink: 1 }}>
        {frame.organization !== undefined && <Words text={frame.organization} fontSize={size.meta} lineHeight={theme.lineHeight.meta} style={{ fontWeight: 800, color: ink, marginRight: space.inlineGap }} />}
        <Words text={frame.deckTitle} fontSize={size.meta} lineHeight={theme.lineHeight.meta} style={{ fontWeight: 700, color: muted }} />
      </div>
      <Position frame={frame} ink={ink} background={pill} />
    </div>
  );
}

/** "3 / 14": where this slide sits in the carousel. */
export function Position({ frame, ink, background }: { frame: SlideFrame; ink: string; background: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', padding: padding(pill.position), borderRadius: pill.radius, backgroundColor: background, fontSize: size.meta, fontWeight: 700, color: ink }}>
      <span>{String(frame.index)}</span>
      <span style={{ margin: `0 ${pill.slashGap}px`, opacity: theme.opacity.slash }}>/</span>
      <span style={{ opacity: theme.opacity.total }}>{String(frame.total)}</span>
    </div>
  );
}

/** Tier names, longest first: "최우수" must win over the "우수" inside it. */
const TIERS = Object.keys(theme.awards).filter((tier) => tier !== 'other').sort((a, b) => b.length - a.length);

export function Badge({ award }: { award: string }) {
  // The tier within a longer label has its colours too: "최우수상" (with 상, "prize"), "🥇 최우수".
  const tier = TIERS.find((name) => award.includes(name));
  const colorsFor = (tier !== undefined ? theme.awards[tier] : undefined) ?? theme.awards['other'] ?? { background: colors.accent, ink: colors.card };
  return (
    <div style={{ display: 'flex', padding: padding(pill.badge), borderRadius: pill.radius, backgroundColor: colorsFor.background, color: colorsFor.ink, fontSize: size.badge, fontWeight: 800, lineHeight: theme.lineHeight.meta }}>
      {award}
    </div>
  );
}

export function Pill({ text }: { text: string }) {
  return (
    <div style={{ display: 'flex', padding: padding(pill.label), borderRadius: pill.radius, backgroundColor: colors.accentSoft, color: colors.accent, fontSize: size.badge, fontWeight: 700, lineHeight: theme.lineHeight.meta }}>
      {text}
    </div>
  );
}
