/** The closing slide: the deck's closing lines, large and centred, one line of the deck per row. */
import { Words, type ClosingProps } from 'cardnews/template';
import { Page } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, size, space, lineHeight } = theme;

export default function Closing({ frame, lines }: ClosingProps) {
  return (
    <Page frame={frame}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', alignItems: 'center', padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card }}>
        <div style={{ display: 'flex', width: 96, height: 8, borderRadius: 4, backgroundColor: colors.accent, marginBottom: 56 }} />
        {lines.map((line, i) => (
          <Words key={i} text={line} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }} />
        ))}
      </div>
    </Page>
  );
}
