/** One line for a failed input: "parse-article: PATH: reason". */
export function errorLine(path: string, reason: string): string {
  return `parse-article: ${path}: ${reason.replace(/\s+/g, ' ').trim()}`;
}

/** A reason a person can read from a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on device';
    case 'EIO':
      return 'input/output error';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
