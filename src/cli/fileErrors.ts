/**
 * A file the build could not read or write — a folder without permission, a full disk, an image
 * another program holds open — is the user's to fix, not a bug in cardnews: say which file and
 * what to do. Builds write atomically, so what they wrote before stopping is whole.
 */
import { fileErrorFields } from '../errors.ts';
import { displayPath } from '../paths.ts';

const WHAT: Record<string, { what: string; hint: string }> = {
  EACCES: { what: 'permission denied', hint: 'Run cardnews as the user who owns the project, or let that user write to output/ and read data/, templates/ and fonts/.' },
  // On Windows also what replacing a file another program holds open gives.
  EPERM: { what: 'operation not permitted', hint: 'Close any program that has the file open (an image viewer, an upload), or run cardnews as the user who owns the project.' },
  EROFS: { what: 'the disk is read-only', hint: 'Build in a copy of the project on a disk you can write to.' },
  ENOSPC: { what: 'the disk is full', hint: 'Free some space and run the command again.' },
  EDQUOT: { what: 'the disk quota is used up', hint: 'Free some space and run the command again.' },
  EBUSY: { what: 'the file is in use by another program', hint: 'Close the program that has it open (an image viewer, an upload) and run the command again.' },
  // mkdir of a folder where a file of that name is.
  EEXIST: { what: 'there is a file where cardnews needs a folder', hint: 'Move or rename that file and run the command again.' },
  ENOTDIR: { what: 'a part of this path is a file, not a folder', hint: 'Move or rename that file and run the command again.' },
  EISDIR: { what: 'this is a folder where cardnews needs a file', hint: 'Move or rename that folder and run the command again.' },
  ELOOP: { what: 'this is a link that leads back to itself, through links only', hint: 'Mend or remove the link and run the command again.' },
};

/** Node's own codes for what the system calls otherwise: `rm` of a folder. */
const NODE_CODES: Record<string, string> = { ERR_FS_EISDIR: 'EISDIR' };

/**
 * The message for a file-system error, or undefined when the error is not one. `stopped`: what
 * the command had done when it stopped, if it changes files (a build, a clean).
 */
export function describeFileError(error: unknown, stopped?: string): string | undefined {
  const fields = fileErrorFields(error);
  // EEXIST means that only from mkdir (an exclusive create is the lock's business).
  const known = fields === undefined || (fields.code === 'EEXIST' && fields.syscall !== 'mkdir') ? undefined : WHAT[NODE_CODES[fields.code] ?? fields.code];
  if (fields === undefined || known === undefined) return undefined;
  // A rename names the temporary file first; the user knows the one it was to become.
  const file = fields.dest ?? fields.path;
  return `cardnews: cannot use ${displayPath(file)}: ${known.what}\n  → ${known.hint}${stopped === undefined ? '' : `\n${stopped}`}`;
}
