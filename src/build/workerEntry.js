// Worker thread entry: module hooks are per thread, so register tsx here too before loading the
// TypeScript worker (and, through it, the designers' .tsx templates).
import { register } from 'tsx/esm/api';

// React's production JSX runtime: the development one validates every element, for nothing here.
process.env.NODE_ENV ??= 'production';
register({ tsconfig: new URL('../../tsconfig.runtime.json', import.meta.url).pathname });
await import('./worker.ts');
