/**
 * The `cardnews` command. User errors print as `file:line:col: …` with what to do, and exit 1;
 * a wrong command line exits 2; anything else is a bug and shows its stack with --debug.
 */
import { parseArgs } from 'node:util';
import { build } from '../build/build.ts';
import { UsageError, UserError } from '../errors.ts';
import { projectPaths } from '../paths.ts';
import { HELP } from './help.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleIo: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

export async function main(argv: readonly string[], io: Io = consoleIo, cwd: string = process.cwd()): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseCommandLine(argv);
    debug = values.debug === true;
    if (values.help === true || positionals[0] === 'help') {
      io.out(HELP);
      return 0;
    }
    const [command, ...targets] = positionals;
    if (command === undefined) throw new UsageError('no command given');
    const paths = projectPaths(cwd);
    if (command === 'build' || command === 'check') {
      const started = performance.now();
      const write = command === 'build';
      const results = await build({ paths, targets, write, log: write ? io.out : undefined });
      for (const result of results) {
        for (const warning of result.warnings) io.err(`warning: ${warning}`);
        io.out(`${result.id}: ${result.files.length} slides ${write ? 'written to' : 'fit; would be written to'} ${result.outputDir}`);
      }
      io.out(`done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`cardnews: ${error.message}\nRun "cardnews --help" for usage.`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      io.err(error.message);
      const count = error.problems.length;
      io.err(`\n${count} problem${count === 1 ? '' : 's'} found; nothing was written.`);
      return error.exitCode;
    }
    if (debug) throw error;
    io.err(`cardnews: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in cardnews. Run again with --debug for details.`);
    return 70;
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
