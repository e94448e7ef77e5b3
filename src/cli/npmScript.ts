/**
 * The options npm keeps for itself. `npm run build --force` (or `--dry-run`, `-f`, `--jobs=2`,
 * `--debug`) does not pass the option on to the script: npm reads it as a setting of its own and
 * hands it on in the environment (`npm_config_force=true`). Read from there, `npm run build
 * --dry-run` is the dry run it was meant as: it drew and wrote the slides, and `--force` redrew
 * nothing. (npm drops `-n` and `-j` without a trace: after `--`, it passes every option on.)
 */
export function npmScriptArgs(env: Readonly<Record<string, string | undefined>>): string[] {
  // Set by `npm run`, and only then, for a script that runs cardnews itself: the same settings in
  // a shell's environment, or handed down from `npm test --force` to the builds its tests start,
  // are none of cardnews's business.
  if (env['npm_lifecycle_event'] === undefined || !/cardnews/.test(env['npm_lifecycle_script'] ?? '')) return [];
  const args: string[] = [];
  if (env['npm_config_force'] === 'true') args.push('--force');
  if (env['npm_config_dry_run'] === 'true') args.push('--dry-run');
  if (env['npm_config_debug'] === 'true') args.push('--debug');
  // `--jobs 1` leaves npm "true" and the 1 among the periods: main() says how to write it.
  const jobs = env['npm_config_jobs'];
  if (jobs !== undefined) args.push(`--jobs=${jobs}`);
  return args;
}
