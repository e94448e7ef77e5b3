/**
 * Whether a colour a template or theme writes is one satori and resvg draw as meant. satori
 * passes a colour on to the SVG as written, and resvg draws one it cannot read black, or not at
 * all: a typo such as 'gery' or '#1F4FA' was drawn wrong without a word.
 */

/** The CSS colour keywords (CSS Color 4), which resvg reads. */
const NAMED = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
    'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
    'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
    'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
    'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
    'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent currentcolor inherit initial unset').split(' '),
);

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** #RGB, #RGBA, #RRGGBB or #RRGGBBAA. */
export const isHexColour = (value: string) => HEX.test(value);

/** Style properties whose whole value is one colour. */
const COLOUR_PROPERTIES = new Set(['color', 'backgroundColor', 'borderColor', 'borderTopColor', 'borderRightColor', 'borderBottomColor', 'borderLeftColor', 'textDecorationColor', 'WebkitTextStrokeColor']);

/**
 * The colour functions satori reads; those other than rgb() and hsl() it turns into rgb() for the
 * SVG (an oklch() or a color-mix() is drawn as meant), whatever they hold.
 */
const FUNCTION = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(.*\)$/;

function isColour(value: string): boolean {
  const v = value.trim().toLowerCase();
  return NAMED.has(v) || HEX.test(v) || FUNCTION.test(v);
}

/**
 * The colour in a style value that is not one, as written: the whole value of a colour property
 * (a number there too: satori skips it), or a "#…" inside a longer value (a border, a shadow, a
 * gradient; not inside a url()).
 */
export function badColourIn(property: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return COLOUR_PROPERTIES.has(property) && value !== undefined && value !== null ? String(value) : undefined;
  if (COLOUR_PROPERTIES.has(property)) return isColour(value) ? undefined : value;
  if (value.includes('url(')) return undefined;
  return value.match(/#[0-9a-z]+/gi)?.find((token) => !HEX.test(token));
}
