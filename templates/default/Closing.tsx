/** The closing slide: the deck's closing lines, large and centred, one line of the deck per row. */
import { Words, type ClosingProps } from 'cardnews/template';
import { Page } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, size, space, lineHeight, bars } = theme;

export default function Closing({ frame, lines }: ClosingProps) {
  return (
    <Page frame={frame}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card }}>
        {/* Measured like a case body: too many lines are reported, not drawn past the card's margin. */}
        <div data-fit="frame" style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, justifyContent: 'center', alignItems: 'center', overflow: 'hidden' }}>
          <div data-fit="content" style={{ display: 'flex', flexDirection: 'column', flexShrink: 0, alignItems: 'center' }}>
            <div style={{ display: 'flex', width: bars.closing.width, height: bars.closing.height, borderRadius: bars.closing.height / 2, backgroundColor: colors.accent, marginBottom: bars.closing.gap }} />
            {lines.map((line, i) => (
              <Words key={i} text={line} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }} />
            ))}
          </div>
        </div>
      </div>
    </Page>
  );
}
