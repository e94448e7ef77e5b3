/**
 * Images a template draws must come with it. satori fetches an <img> source or a CSS url() that
 * is not a data: URL — after looking its host up in DNS — and when that fails it logs a line and
 * draws nothing there. cardnews works offline and never draws a slide wrong silently, so such a
 * source is found in the element tree before satori sees it. Components are expanded here, as
 * satori would expand them, so the tree handed on is the one that was checked.
 */
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

export interface CheckedTree {
  tree: ReactNode;
  /** The first image source that is not part of the templates (a URL, a path). */
  remote?: string;
}

export function checkImages(node: ReactNode): CheckedTree {
  let remote: string | undefined;
  const note = (source: string) => {
    if (!source.startsWith('data:')) remote ??= source;
  };
  const expand = (item: ReactNode): ReactNode => {
    if (Array.isArray(item)) return item.map(expand);
    if (!isValidElement(item)) return item;
    const element = item as ReactElement<Record<string, unknown>>;
    const { type, props } = element;
    if (typeof type === 'function') return expand((type as (props: Record<string, unknown>) => ReactNode)(props));
    if (type === 'img' && typeof props['src'] === 'string') note(props['src']);
    for (const value of Object.values((props['style'] ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') for (const match of value.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) note(match[1] ?? '');
    }
    const children = props['children'];
    if (children === undefined) return element;
    return cloneElement(element, undefined, ...(Array.isArray(children) ? children.map(expand) : [expand(children as ReactNode)]));
  };
  const tree = expand(node);
  return remote === undefined ? { tree } : { tree, remote };
}
