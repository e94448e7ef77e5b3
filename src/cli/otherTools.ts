/**
 * Commands and options that other tools have and that a user may try here (`cardnews render`,
 * `--watch`, `--output`): not misspellings, so no guess by spelling found them, and each was
 * "unknown" without a word of what cardnews does instead.
 */

/** The command a word of another tool means here. */
const COMMAND_FOR: Record<string, string> = {
  render: 'build', make: 'build', generate: 'build', draw: 'build', run: 'build', export: 'build', start: 'build',
  validate: 'check', lint: 'check', verify: 'check', test: 'check',
  remove: 'clean', delete: 'clean', rm: 'clean', clear: 'clean',
};

export function commandMeant(word: string): string | undefined {
  return COMMAND_FOR[word.toLowerCase()];
}

const WATCH = 'cardnews has no watch mode: build again after a change, which draws only the slides it changes';
const OUTPUT = 'slides always go to output/<period>/ in the project';
const INSTEAD: Record<string, string> = {
  '--period': 'a period is named without an option (cardnews build 2024-h2)',
  '--all': 'name no period, and every deck in data/ is taken',
  '--watch': WATCH,
  '-w': WATCH,
  '--output': OUTPUT,
  '--out': OUTPUT,
  '-o': OUTPUT,
  '--verbose': 'set the environment variable CARDNEWS_TRACE=1 to see each step of a build',
  '--build': '"build" is a command: write it without dashes (cardnews build)',
  '--check': '"check" is a command: write it without dashes (cardnews check)',
  '--clean': '"clean" is a command: write it without dashes (cardnews clean)',
};

/** What cardnews does instead of an option it does not have, when that option is a common one. */
export function optionInstead(option: string): string | undefined {
  return INSTEAD[option.toLowerCase()];
}
