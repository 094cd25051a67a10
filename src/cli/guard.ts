/**
 * Checks made before anything is written: no output (the --out-dir files, the --errors file)
 * may replace an input or land where the walk of the inputs would read it on the next run, and
 * the output folder must be creatable. Each problem is one line and an exit status.
 */
import { accessSync, constants, lstatSync, mkdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, relative, sep } from 'node:path';
import { describeFsError } from './errors.js';
import { absoluteOf, relativeOf, type InputItem } from './inputs.js';
import { outputPathFor } from './out-dir.js';
import { EXIT_FAILED, EXIT_USAGE } from './exit.js';

export interface Refusal {
  message: string;
  status: typeof EXIT_FAILED | typeof EXIT_USAGE;
}

function idOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function statOrNull(path: string, link = false): Stats | null {
  try {
    return link ? lstatSync(path) : statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether a file at `path` would be met by a walk that went through the folders in `walked`
 * (device:inode): some ancestor was walked and no name between it and the file is hidden.
 */
function inWalk(path: string, walked: ReadonlySet<string>): boolean {
  let below = basename(path);
  let dir = dirname(path);
  for (;;) {
    if (below.startsWith('.')) return false;
    const stats = statOrNull(dir);
    if (stats && walked.has(idOf(stats))) return true;
    const parent = dirname(dir);
    if (parent === dir) return false;
    below = basename(dir);
    dir = parent;
  }
}

/** Whether the walk would take a file of this name (by its extension). */
function takenByName(name: string, extensions: readonly string[] | null): boolean {
  return extensions === null || extensions.includes(extname(name).toLowerCase());
}

export interface GuardOptions {
  items: readonly InputItem[];
  /** Folders the walk went through, device:inode. */
  walked: ReadonlySet<string>;
  /** Extensions the walk takes, or null for every file. */
  extensions: readonly string[] | null;
  /** Absolute --out-dir and the output extension, or null. */
  outDir: string | null;
  outExtension: string;
  /** Absolute --errors file, or null. */
  errorsFile: string | null;
  /** The two paths as the user gave them, for messages. */
  labels: { outDir: string; errorsFile: string };
}

/** The identities (lstat and stat) of the inputs named directly or matched by a pattern. */
function fileInputIds(items: readonly InputItem[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const item of items) {
    if (item.kind !== 'file') continue;
    for (const stats of [statOrNull(item.absolute, true), statOrNull(item.absolute)]) {
      if (stats) ids.set(idOf(stats), item.label);
    }
  }
  return ids;
}

function outDirRefusal(options: GuardOptions, outDir: string): Refusal | null {
  const { items, walked, extensions, outExtension } = options;
  const own = statOrNull(outDir);
  if (takenByName(`x${outExtension}`, extensions) && inWalk(`${outDir}${sep}x`, walked)) {
    return {
      message: `refusing to write into ${options.labels.outDir}: it is or lies inside an input folder, and the next run would read its own output (choose a folder outside the inputs)`,
      status: EXIT_USAGE,
    };
  }
  const ids = fileInputIds(items);
  if (own && ids.has(idOf(own))) {
    return {
      message: `refusing to use ${options.labels.outDir} as the output folder: it is an input`,
      status: EXIT_USAGE,
    };
  }
  // An output named like a file input (`story.txt -o . -f view`) would replace it.
  if (ids.size === 0) return null;
  for (const item of items) {
    const rel = relativeOf(item);
    if (rel === null || item.kind === 'error') continue;
    const target = outputPathFor(outDir, rel, outExtension);
    const stats = target ? statOrNull(target, true) : null;
    const input = stats ? ids.get(idOf(stats)) : undefined;
    if (target && input !== undefined) {
      return {
        message: `refusing to write ${target}: it is the input ${input}`,
        status: EXIT_USAGE,
      };
    }
  }
  return null;
}

function errorsRefusal(options: GuardOptions, errorsFile: string): Refusal | null {
  const { items, walked, extensions } = options;
  const refuse = (why: string): Refusal => ({
    message: `refusing to write the --errors file ${options.labels.errorsFile}: ${why}`,
    status: EXIT_USAGE,
  });
  const own = statOrNull(errorsFile);
  if (own) {
    const ids = fileInputIds(items);
    const link = statOrNull(errorsFile, true);
    const input = ids.get(idOf(own)) ?? (link ? ids.get(idOf(link)) : undefined);
    if (input !== undefined) return refuse(`it is the input ${input}`);
    // A file with other names may be one of the inputs found in a folder: compare them all.
    if (own.nlink > 1) {
      for (const item of items) {
        const path = item.kind === 'entry' ? absoluteOf(item) : null;
        const stats = path ? statOrNull(path) : null;
        if (stats && idOf(stats) === idOf(own)) return refuse(`it is the input ${path}`);
      }
    }
  }
  if (takenByName(errorsFile, extensions) && inWalk(errorsFile, walked)) {
    return refuse('it lies inside an input folder, and the next run would read it as an input');
  }
  if (options.outDir) {
    const rel = relative(options.outDir, errorsFile);
    if (extname(errorsFile) === options.outExtension && !rel.startsWith('..') && rel !== '') {
      // Not an input, but an output file of this run might replace it: say so up front.
      for (const item of items) {
        const itemRel = relativeOf(item);
        if (itemRel && outputPathFor(options.outDir, itemRel, options.outExtension) === errorsFile)
          return refuse('an output of this run has the same name');
      }
    }
  }
  return null;
}

/** The first reason to refuse this run's outputs, or null when they are safe to write. */
export function refuseOutputs(options: GuardOptions): Refusal | null {
  return (
    (options.outDir ? outDirRefusal(options, options.outDir) : null) ??
    (options.errorsFile ? errorsRefusal(options, options.errorsFile) : null)
  );
}

/** A usage mistake (the path names a file, or goes through one) or a failure of the system. */
function statusOf(error: unknown): Refusal['status'] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EEXIST' || code === 'ENOTDIR' || code === 'ENAMETOOLONG'
    ? EXIT_USAGE
    : EXIT_FAILED;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EEXIST') return 'a file of that name exists';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  // What /proc answers: the folder cannot exist there.
  if (code === 'ENOENT') return 'no folder can be made there';
  return describeFsError(error);
}

/**
 * Creates the output folder and its missing parents, one at a time (Node's recursive mkdir
 * loops for ever where a file system refuses with ENOENT, as /proc does), and checks that it
 * can be written to.
 */
export function createOutputFolder(outDir: string, shown: string): Refusal | null {
  const missing: string[] = [];
  let dir = outDir;
  for (;;) {
    const stats = statOrNull(dir);
    if (stats) {
      if (!stats.isDirectory()) {
        const error = Object.assign(new Error('exists'), {
          code: dir === outDir ? 'EEXIST' : 'ENOTDIR',
        });
        return {
          message: `cannot create output folder ${shown}: ${reasonOf(error)}`,
          status: statusOf(error),
        };
      }
      break;
    }
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  try {
    for (const path of missing.reverse()) {
      try {
        mkdirSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statOrNull(path)?.isDirectory())
          throw error;
      }
    }
    accessSync(outDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    return {
      message: `cannot create output folder ${shown}: ${reasonOf(error)}`,
      status: statusOf(error),
    };
  }
  return null;
}

/** Why the --errors file cannot be opened, with the status it earns. */
export function errorsFileRefusal(shown: string, error: unknown): Refusal {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const usage = code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENOENT';
  const reason = code === 'ENOENT' ? 'its folder does not exist' : reasonOf(error);
  return {
    message: `cannot write the --errors file ${shown}: ${reason}`,
    status: usage ? EXIT_USAGE : EXIT_FAILED,
  };
}
