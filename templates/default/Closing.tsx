/** The closing slide: the deck's closing lines, large and centred, one line of the deck per row. */
import { Words, type ClosingProps } from 'cardnews/template';
import { Page } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, size, space, lineHeight, bars } = theme;

export default function Closing({ frame, lines }: ClosingProps) {
  return (
    <Page frame={frame}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', alignItems: 'center', padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card }}>
        <div style={{ display: 'flex', width: bars.closing.width, height: bars.closing.height, borderRadius: bars.closing.height / 2, backgroundColor: colors.accent, marginBottom: bars.closing.gap }} />
        {lines.map((line, i) => (
          <Words key={i} text={line} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }} />
        ))}
      </div>
    </Page>
  );
}
