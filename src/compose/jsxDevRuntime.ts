/**
 * The JSX runtime template bundles are compiled against (esbuild's `jsxDev`): React's own, which
 * also hands each <Words> the place its tag is written. A <Words> given nothing for its text (a
 * field a case leaves out, `text={props.award}`) fails as a slide draws, in cardnews's code and
 * without a frame of the template on the stack; this is where it is. React's production runtime
 * keeps no source positions.
 */
import type { ElementType, Key, ReactElement } from 'react';
import { Fragment, jsx } from 'react/jsx-runtime';
import { WRITTEN_AT, Words, type WrittenAt } from './Words.tsx';

export { Fragment };

export function jsxDEV(type: ElementType, props: Record<string, unknown>, key: Key | undefined, _staticChildren: boolean, source?: WrittenAt): ReactElement {
  return jsx(type, type === Words && source !== undefined ? { ...props, [WRITTEN_AT]: source } : props, key);
}
