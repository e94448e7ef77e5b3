#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources and the designers' .tsx templates load
// at run time without a compile step, then hands over to the CLI.
import { register } from 'tsx/esm/api';

// cardnews's own tsconfig (JSX settings) applies whichever folder the command runs in.
register({ tsconfig: new URL('../tsconfig.runtime.json', import.meta.url).pathname });
const { main } = await import('../src/cli/main.ts');
// Ctrl-C stops the workers and lets the build tidy up (locks, temporary files) before exiting.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
process.exitCode = await main(process.argv.slice(2), undefined, process.cwd(), controller.signal);
