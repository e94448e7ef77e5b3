#!/usr/bin/env node
// Entry point: registers tsx so the TypeScript sources and the designers' .tsx templates load
// at run time without a compile step, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
