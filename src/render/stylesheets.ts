/**
 * What the <style> elements of a slide hold, as satori reads them: their CSS, its rules, and
 * which class names none of them styles (satori draws such an element unstyled).
 */
import { literal } from '../sourceText.ts';

/** The CSS of a <style> element: its text children, or the HTML React would set. */
export function styleText(props: Record<string, unknown>): string {
  const inner = props['dangerouslySetInnerHTML'];
  const html = typeof inner === 'object' && inner !== null && '__html' in inner ? inner.__html : undefined;
  const children = props['children'];
  return [html, ...(Array.isArray(children) ? children : [children])].filter((part) => typeof part === 'string').join('\n');
}

/** The at-rules of a stylesheet satori does not load, as a web page writes them. */
export type UnloadedRule = '@import' | '@font-face';

/**
 * A stylesheet without the rules satori does not load, and which of them it had: `@import` (a
 * stylesheet from a web font service) and `@font-face` (a font). Their url()s are no images, and
 * a @font-face's family is named, not used.
 */
export function withoutUnloaded(css: string): { css: string; unloaded: UnloadedRule[] } {
  const unloaded = new Set<UnloadedRule>();
  const rest = css
    .replace(/@import\b[^;]*;?/g, () => (unloaded.add('@import'), ''))
    .replace(/@font-face\s*\{[^}]*\}?/g, () => (unloaded.add('@font-face'), ''));
  return { css: rest, unloaded: [...unloaded] };
}

/**
 * The rules of a stylesheet, each as its declarations, as written: [property, value], in order.
 * Those inside an @media block too; a comment is no declaration.
 */
export function rulesOf(css: string): [string, string][][] {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g);
  return [...rules].map((rule) =>
    (rule[1] ?? '').split(';').flatMap((declaration): [string, string][] => {
      const match = /^\s*(-?-?[A-Za-z][\w-]*)\s*:\s*([\s\S]*?)\s*(?:!important\s*)?$/.exec(declaration);
      return match === null || declaration.trim() === '' ? [] : [[match[1] ?? '', match[2] ?? '']];
    }),
  );
}

/** The class attributes none of whose classes a stylesheet selects (`.card`), as written. */
export function unstyled(classNames: ReadonlySet<string>, stylesheets: readonly string[]): string[] {
  const css = stylesheets.join('\n');
  const selected = (name: string) => new RegExp(`\\.${literal(name)}(?![\\w-])`).test(css);
  return [...classNames].filter((classes) => !classes.split(/\s+/).some((name) => name !== '' && selected(name)));
}
