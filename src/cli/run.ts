/**
 * The process around the CLI: Ctrl-C stops the workers and lets the build tidy up (locks,
 * temporary files) before exiting with the code main() returns; options npm kept for itself
 * (`npm run build --force`) are read from its environment.
 */
import { keepPixelMemory } from '../pixelMemory.ts';
import { setBuildFlags } from '../v8Flags.ts';
import { main } from './main.ts';
import { npmScriptArgs } from './npmScript.ts';

setBuildFlags();
keepPixelMemory();

// Output piped into a command that stops reading early (`| head`) must not crash the build:
// it finishes, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
process.exitCode = await main([...process.argv.slice(2), ...npmScriptArgs(process.env)], undefined, process.cwd(), controller.signal);
