/**
 * --out-dir: where each input's file goes, and writing it so that no reader ever sees half a
 * file and nothing lands outside the folder.
 */
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';

/** Whether `path` lies strictly inside `dir` (both absolute and normalised). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** DIR/<rel with its extension replaced>, or null when rel would lead out of DIR. */
export function outputPathFor(outDir: string, rel: string, extension: string): string | null {
  const ext = extname(rel);
  const target = join(outDir, (ext ? rel.slice(0, -ext.length) : rel) + extension);
  return isInside(outDir, target) ? target : null;
}

/**
 * The temporary name a file is written under before it is renamed into place: hidden, and not
 * ending in the output extension, so a resumed run or a reader of DIR never takes it for output.
 */
export function tempPathFor(target: string, pid: number): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

export interface OutDirWriter {
  /** Writes `content` to `target` (a path inside DIR) atomically; throws on failure. */
  write(target: string, content: string): void;
}

/**
 * Writes are synchronous on purpose: a worker is dedicated to this, and between the temporary
 * write and the rename no other code of the thread runs, so a signal handler or a terminate()
 * never finds a temporary file half done.
 */
export function createOutDirWriter(outDir: string): OutDirWriter {
  mkdirSync(outDir, { recursive: true });
  const root = realpathSync(outDir);
  const known = new Set<string>([outDir]);

  // Created one level at a time, so that a symbolic link inside DIR that leads elsewhere is
  // found before anything is created through it.
  function ensureDir(dir: string): void {
    if (known.has(dir)) return;
    if (!isInside(outDir, dir)) throw new Error('refusing to write outside the output folder');
    ensureDir(dirname(dir));
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lstatSync(dir).isSymbolicLink() && !isInside(root, realpathSync(dir))) {
        throw new Error(`refusing to write through ${dir}: it leads out of the output folder`);
      }
    }
    known.add(dir);
  }

  return {
    write(target, content) {
      ensureDir(dirname(target));
      const temp = tempPathFor(target, process.pid);
      try {
        // "wx" never follows a link planted at the temporary name; a stale one is replaced.
        try {
          writeFileSync(temp, content, { flag: 'wx' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          rmSync(temp, { force: true });
          writeFileSync(temp, content, { flag: 'wx' });
        }
        renameSync(temp, target);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
  };
}
