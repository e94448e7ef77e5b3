/**
 * A period name as a shell reads it back as one argument, for the commands cardnews suggests
 * (`npx cardnews build 2024-h2 "2025 상반기"`): a name with a space, a quote or a character the
 * shell reads itself is put in quotes.
 */
const PLAIN = /^[\p{L}\p{N}_.,:@%+=/-]+$/u;

export function shellWord(word: string): string {
  // A leading "-" would be read as an option, a leading "~" as a home folder.
  if (PLAIN.test(word) && !/^[-~]/u.test(word)) return word;
  // Double quotes, as Windows' cmd.exe takes no other (it passes single quotes on as part of the
  // word), and PowerShell, bash and zsh read them alike unless the word has one of these.
  if (!/["$`\\!%^]/u.test(word)) return `"${word}"`;
  return `'${word.replaceAll("'", "'\\''")}'`;
}
