/** The text of `cardnews --help`. */
export const HELP = `cardnews — card-news carousels from YAML

Usage:
  cardnews build [PERIOD|FILE ...]   render slides into output/<period>/;
                                     only slides whose inputs changed are drawn
  cardnews check [PERIOD|FILE ...]   validate and lay out decks; write nothing
  cardnews clean [PERIOD ...]        remove built images and manifests

Without a PERIOD, build and check take every data/*.yaml, and clean every
period in output/.

A PERIOD is a file name in data/ without .yaml (2024-h2 for data/2024-h2.yaml),
in quotes if it has a space ("2025 상반기").

Options:
  -f, --force      lay out, check and draw every slide again
  -n, --dry-run    list what a build would draw and why, or what clean would
                   remove; write nothing
  -j, --jobs N     worker threads (default and most: one per core)
  -h, --help       show this help
  -v, --version    show the versions of cardnews and of what draws the slides
  --debug          show the stack trace of an internal error

Exit codes: 0 ok, 1 a mistake in a deck or template, a file it cannot read
or write, or a broken installation (the message says what), 2 a wrong command
line, 130 stopped by Ctrl-C.`;
