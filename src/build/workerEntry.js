// Worker thread entry: module hooks are per thread, so register tsx here too before loading the
// TypeScript worker (and, through it, the designers' .tsx templates).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
