/** The cover: kicker (period and organization) above a large title on the theme's gradient. */
import { Words, type CoverProps } from 'cardnews/template';
import { canvas, Position } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, size, space, bars, lineHeight, letterSpacing } = theme;

export default function Cover({ frame, kicker, title }: CoverProps) {
  return (
    <div
      style={canvas({
        padding: space.coverPadding,
        backgroundImage: `linear-gradient(160deg, ${colors.coverTop} 0%, ${colors.coverBottom} 100%)`,
        color: colors.coverInk,
        position: 'relative',
      })}
    >
      {theme.coverGlows.map((glow, i) => (
        <Glow key={i} {...glow} />
      ))}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: size.coverMeta, fontWeight: 700 }}>
        <Words text={frame.organization ?? ''} fontSize={size.coverMeta} lineHeight={lineHeight.meta} style={{ color: colors.coverKicker, flexShrink: 1 }} />
        <Position frame={frame} ink={colors.accent} background={colors.card} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <div style={{ display: 'flex', width: bars.cover.width, height: bars.cover.height, borderRadius: bars.cover.height / 2, backgroundColor: colors.coverKicker, marginBottom: bars.cover.gap }} />
        {kicker !== '' && <Words text={kicker} fontSize={size.coverKicker} lineHeight={lineHeight.coverKicker} style={{ fontWeight: 700, color: colors.coverKicker, marginBottom: space.coverKickerGap }} />}
        <Words text={title} fontSize={size.coverTitle} lineHeight={lineHeight.coverTitle} style={{ fontWeight: 800, letterSpacing: letterSpacing.coverTitle }} />
      </div>
    </div>
  );
}

function Glow({ size: diameter, right, top }: { size: number; right: number; top: number }) {
  return <div style={{ display: 'flex', position: 'absolute', width: diameter, height: diameter, borderRadius: diameter, right, top, backgroundColor: colors.coverGlow }} />;
}
