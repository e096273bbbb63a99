/** What went wrong with a file, in words, for a message that names the file. */
export function describeFsError(error: unknown, doing: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return doing === 'read' ? 'no such file' : 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EFBIG':
      return 'the file is larger than the system allows (a file size limit)';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'too many symbolic links on the way (a loop?)';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is busy';
    case 'EEXIST':
      return 'a file is already there';
    default:
      return code ? `the system refused it (${code})` : String((error as Error)?.message ?? error);
  }
}
