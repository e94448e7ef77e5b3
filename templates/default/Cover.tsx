/** The cover: kicker (period and organization) above a large title on the theme's gradient. */
import { Words, type CoverProps } from 'cardnews/template';
import { canvas, Position } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, size, space } = theme;

export default function Cover({ frame, kicker, title }: CoverProps) {
  return (
    <div
      style={canvas({
        padding: space.page + 24,
        backgroundImage: `linear-gradient(160deg, ${colors.coverTop} 0%, ${colors.coverBottom} 100%)`,
        color: colors.coverInk,
        position: 'relative',
      })}
    >
      <Glow size={760} right={-260} top={-220} />
      <Glow size={420} right={120} top={760} />
      <Glow size={260} right={-60} top={1080} />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: size.coverMeta, fontWeight: 700 }}>
        <div style={{ display: 'flex', color: colors.coverKicker }}>{frame.organization ?? ''}</div>
        <Position frame={frame} ink={colors.accent} background={colors.card} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }}>
        <div style={{ display: 'flex', width: 120, height: 10, borderRadius: 5, backgroundColor: colors.coverKicker, marginBottom: 48 }} />
        {kicker !== '' && <Words text={kicker} fontSize={size.coverKicker} lineHeight={1.35} style={{ fontWeight: 700, color: colors.coverKicker, marginBottom: 28 }} />}
        <Words text={title} fontSize={size.coverTitle} lineHeight={1.2} style={{ fontWeight: 800, letterSpacing: -3 }} />
      </div>
    </div>
  );
}

function Glow({ size: diameter, right, top }: { size: number; right: number; top: number }) {
  return <div style={{ display: 'flex', position: 'absolute', width: diameter, height: diameter, borderRadius: diameter, right, top, backgroundColor: colors.coverGlow }} />;
}
