/**
 * The process around the CLI: Ctrl-C stops the workers and lets the build tidy up (locks,
 * temporary files) before exiting with the code main() returns.
 */
import { main } from './main.ts';

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
process.exitCode = await main(process.argv.slice(2), undefined, process.cwd(), controller.signal);
