/**
 * A case slide: award badge, title, then the sections that fit on this slide. The body sits in
 * a `frame`/`content` pair so the build can measure whether it fits, and marks its `section`
 * and `bullet` boxes so it can plan page breaks from one layout (see src/plan/measure.ts).
 */
import { Words, type CaseProps, type SectionPart } from 'cardnews/template';
import { Badge, Page, Pill } from './parts.tsx';
import { theme } from './theme.ts';

const { colors, space, lineHeight, bars } = theme;

export default function Case(props: CaseProps) {
  const { size } = props;
  return (
    <Page frame={props.frame}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card }}>
        <div style={{ display: 'flex', alignItems: 'center', marginBottom: space.titleGap }}>
          {props.award !== undefined && <Badge award={props.award} />}
          {/* A theme that writes the label empty ('') wants none: an empty pill was drawn. */}
          {props.continued && theme.labels.continued !== '' && (
            <div style={{ display: 'flex', marginLeft: props.award !== undefined ? space.inlineGap : 0 }}>
              <Pill text={theme.labels.continued} />
            </div>
          )}
        </div>
        <Words fit="title" text={props.title} fontSize={size.title} lineHeight={lineHeight.title} style={{ fontWeight: 800, color: colors.ink, letterSpacing: theme.letterSpacing.title }} />
        <div style={{ display: 'flex', height: bars.title.height, backgroundColor: colors.accent, width: bars.title.width, marginTop: space.titleGap, marginBottom: space.sectionGap }} />
        <div data-fit="frame" style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: 'hidden' }}>
          <div data-fit="content" style={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
            {props.sections.map((section, i) => (
              <Section key={i} section={section} body={size.body} first={i === 0} />
            ))}
          </div>
        </div>
      </div>
    </Page>
  );
}

function Section({ section, body, first }: { section: SectionPart; body: number; first: boolean }) {
  const heading = section.continued && theme.labels.continued !== '' ? `${section.heading} ${theme.labels.continued}` : section.heading;
  return (
    <div data-fit="section" style={{ display: 'flex', flexDirection: 'column', marginTop: first ? 0 : space.sectionGap }}>
      <div style={{ display: 'flex', alignItems: 'flex-start', marginBottom: space.headingGap, color: colors.accent, fontWeight: 800 }}>
        <Marker text={theme.markers.heading} fontSize={theme.size.heading} lineHeight={lineHeight.heading} />
        <Words text={heading} fontSize={theme.size.heading} lineHeight={lineHeight.heading} style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0 }} />
      </div>
      {section.bullets.map((bullet, i) => (
        <div key={i} data-fit="bullet" style={{ display: 'flex', alignItems: 'flex-start', marginTop: i === 0 ? 0 : space.bulletGap, color: colors.body, fontWeight: 400 }}>
          <Marker text={theme.markers.bullet} fontSize={body} lineHeight={lineHeight.body} />
          <Words text={bullet} fontSize={body} lineHeight={lineHeight.body} style={{ flexGrow: 1, flexShrink: 1, flexBasis: 0 }} />
        </div>
      ))}
    </div>
  );
}

/**
 * A leading emoji in a fixed-width column, so wrapped lines align under the text, not the marker.
 * A theme without a marker (an empty one) gets no column: the text starts at the edge.
 */
function Marker({ text, fontSize, lineHeight: lh }: { text: string; fontSize: number; lineHeight: number }) {
  if (text === '') return null;
  return (
    <div style={{ display: 'flex', flexShrink: 0, width: Math.round(fontSize * space.markerWidth), fontSize, lineHeight: lh }}>
      {text}
    </div>
  );
}
