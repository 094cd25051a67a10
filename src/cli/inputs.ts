/**
 * The command line's inputs → the list of things to convert, in a deterministic order: each
 * argument in turn, a folder's files sorted by name at every level, a glob's matches sorted.
 * Hidden files and folders are skipped inside folders; symbolic links are followed, and a link
 * that leads back into a folder being walked is reported instead of walked again.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, extname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { describeFsError } from './errors.js';

/** A folder being walked. Its files are kept as (folder, name): a batch of a million files
 * then holds a million names, not a million built-up paths. */
export interface Folder {
  label: string;
  absolute: string;
  /** "/"-separated, relative to the folder argument; "" for the argument itself. */
  relative: string;
}

export type InputItem =
  /** A file named as an argument or matched by a pattern. */
  | {
      kind: 'file';
      /** As shown to the user: the argument, or the match as relative to cwd as the pattern. */
      label: string;
      absolute: string;
      /** "/"-separated path relative to the input's root: mirrored by --out-dir, hashed by --shard. */
      relative: string;
    }
  /** A file found in a folder argument. */
  | { kind: 'entry'; folder: Folder; name: string }
  | { kind: 'stdin' }
  | {
      kind: 'error';
      label: string;
      reason: string;
      code: 'not-found' | 'io';
      /** Null for an argument that names nothing: every shard reports it. */
      relative: string | null;
    };

/** `parent` + separator + `name`, for a parent already normalised ("." stands for nothing). */
function child(parent: string, name: string, separator = sep): string {
  if (parent === '' || parent === '.') return name;
  return parent.endsWith(separator) ? parent + name : parent + separator + name;
}

export function labelOf(item: InputItem): string {
  if (item.kind === 'stdin') return STDIN_LABEL;
  return item.kind === 'entry' ? child(item.folder.label, item.name) : item.label;
}

/** The path to read; null for standard input and for errors. */
export function absoluteOf(item: InputItem): string | null {
  if (item.kind === 'entry') return child(item.folder.absolute, item.name);
  return item.kind === 'file' ? item.absolute : null;
}

/** The path below the input's root ("/"-separated); null for an argument that names nothing. */
export function relativeOf(item: InputItem): string | null {
  if (item.kind === 'stdin') return STDIN_RELATIVE;
  return item.kind === 'entry' ? child(item.folder.relative, item.name, '/') : item.relative;
}

export interface ExpandOptions {
  cwd: string;
  /** Extensions taken from folders, lower case with their dots; null takes every file. */
  extensions: readonly string[] | null;
}

export const STDIN_LABEL = '<stdin>';
export const NO_MATCH = 'no file matches this pattern';
const STDIN_RELATIVE = 'stdin';

/** "archive/" → "archive", but "/" stays. */
function trimSeparator(path: string): string {
  return path.length > 1 && path.endsWith(sep) ? path.slice(0, -1) : path;
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function byName(a: Dirent, b: Dirent): number {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

interface Walk {
  options: ExpandOptions;
  out: InputItem[];
  /**
   * Absolute paths already listed, so that an input named twice is converted once; null with
   * a single argument, whose walk meets each file once anyway.
   */
  seen: Set<string> | null;
  /** Folders already walked (device:inode), so that two links to one folder walk it once. */
  walked: Set<string>;
}

function wanted(name: string, walk: Walk): boolean {
  const { extensions } = walk.options;
  return extensions === null || extensions.includes(extname(name).toLowerCase());
}

/** False when the file was listed already. */
function firstTime(walk: Walk, absolute: string): boolean {
  if (!walk.seen) return true;
  if (walk.seen.has(absolute)) return false;
  walk.seen.add(absolute);
  return true;
}

function addFile(walk: Walk, label: string, absolute: string, rel: string): void {
  if (firstTime(walk, absolute)) walk.out.push({ kind: 'file', label, absolute, relative: rel });
}

function fail(walk: Walk, label: string, error: unknown, rel: string | null): void {
  const code = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'not-found' : 'io';
  walk.out.push({ kind: 'error', label, reason: describeFsError(error), code, relative: rel });
}

function subfolder(folder: Folder, name: string): Folder {
  return {
    label: child(folder.label, name),
    absolute: child(folder.absolute, name),
    relative: child(folder.relative, name, '/'),
  };
}

/**
 * Lists a folder's files, depth first in name order. A folder named like an input file
 * ("2024.txt/") is just a folder: walked, not reported.
 */
function walkFolder(walk: Walk, folder: Folder, ancestors: readonly string[]): void {
  const { label, absolute, relative: rel } = folder;
  let entries: Dirent[];
  let key: string;
  try {
    const stat = statSync(absolute);
    key = `${stat.dev}:${stat.ino}`;
    if (ancestors.includes(key)) {
      const reason = 'symbolic link loop: leads back into a folder being read';
      walk.out.push({ kind: 'error', label, reason, code: 'io', relative: rel });
      return;
    }
    if (walk.walked.has(key)) return;
    walk.walked.add(key);
    entries = readdirSync(absolute, { withFileTypes: true }).sort(byName);
  } catch (error) {
    fail(walk, label, error, rel);
    return;
  }
  const inside = [...ancestors, key];
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      walkFolder(walk, subfolder(folder, name), inside);
    } else if (entry.isFile()) {
      if (wanted(name, walk) && firstTime(walk, child(absolute, name))) {
        walk.out.push({ kind: 'entry', folder, name });
      }
    } else if (entry.isSymbolicLink()) {
      walkLink(walk, folder, name, inside);
    } else {
      special(walk, folder, name, entry);
    }
  }
}

/** What a file that is not a regular one is, in words. */
export function specialKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Pipes, sockets and devices are never news copy, and reading one could block or never end:
 * each met in a walk is reported once, whatever its name, and not read.
 */
function special(walk: Walk, folder: Folder, name: string, entry: Dirent | Stats): void {
  walk.out.push({
    kind: 'error',
    label: child(folder.label, name),
    reason: `not a regular file: ${specialKind(entry)}, not read`,
    code: 'io',
    relative: child(folder.relative, name, '/'),
  });
}

function walkLink(walk: Walk, folder: Folder, name: string, ancestors: readonly string[]): void {
  const absolute = child(folder.absolute, name);
  let stat: Stats;
  try {
    stat = statSync(absolute);
  } catch (error) {
    // A dangling or looping link named like an input is an input that cannot be read.
    if (!wanted(name, walk)) return;
    const label = child(folder.label, name);
    const rel = child(folder.relative, name, '/');
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      fail(walk, label, error, rel);
      return;
    }
    const reason = 'broken symbolic link (its target does not exist)';
    walk.out.push({ kind: 'error', label, reason, code: 'io', relative: rel });
    return;
  }
  if (stat.isDirectory()) {
    walkFolder(walk, subfolder(folder, name), ancestors);
  } else if (!stat.isFile()) {
    special(walk, folder, name, stat);
  } else if (wanted(name, walk) && firstTime(walk, absolute)) {
    walk.out.push({ kind: 'entry', folder, name });
  }
}

/** Where a file named on its own (or matched by a glob) goes: its path from cwd, if inside. */
function ownRelative(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return toSlashes(outside ? basename(absolute) : rel);
}

/** Whether an argument that names nothing is meant as a pattern. */
export function isPattern(arg: string): boolean {
  for (const ch of arg) if ('*?[]{}'.includes(ch)) return true;
  return false;
}

async function expandGlob(walk: Walk, pattern: string): Promise<void> {
  const { cwd } = walk.options;
  // Loaded only when a pattern is given: a single file should not pay for it.
  const { glob } = await import('tinyglobby');
  const matches = await glob([pattern], {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
  });
  if (matches.length === 0) {
    walk.out.push({
      kind: 'error',
      label: pattern,
      reason: NO_MATCH,
      code: 'not-found',
      relative: null,
    });
    return;
  }
  const real = new Set<string>();
  for (const match of matches.sort()) {
    let key: string;
    try {
      // A glob through a looping link meets the same file again under a longer name.
      key = realpathSync(match);
    } catch {
      key = match;
    }
    if (real.has(key)) continue;
    real.add(key);
    const label = isAbsolute(pattern) ? match : relative(cwd, match);
    addFile(walk, label, match, ownRelative(match, cwd));
  }
}

export interface Expansion {
  items: InputItem[];
  /** Whether a folder or a glob was among the arguments: a batch, however few it holds. */
  several: boolean;
  /** Every folder walked (device:inode): where an output would be read back as an input. */
  walked: ReadonlySet<string>;
  /** Folder arguments that held no input, as given. */
  emptyFolders: string[];
}

/** Expands the arguments; problems become 'error' items in place, so each is reported once. */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<Expansion> {
  const seen = args.length > 1 ? new Set<string>() : null;
  const walk: Walk = { options, out: [], seen, walked: new Set() };
  let several = false;
  let stdinTaken = false;
  const emptyFolders: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) walk.out.push({ kind: 'stdin' });
      stdinTaken = true;
      continue;
    }
    const absolute = resolve(options.cwd, arg);
    if (!exists(absolute) && isPattern(arg)) {
      several = true;
      await expandGlob(walk, arg);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      fail(walk, arg, error, null);
      continue;
    }
    if (isDirectory) {
      several = true;
      const before = walk.out.length;
      walkFolder(walk, { label: trimSeparator(normalize(arg)), absolute, relative: '' }, []);
      if (walk.out.length === before) emptyFolders.push(arg);
    } else {
      addFile(walk, arg, absolute, ownRelative(absolute, options.cwd));
    }
  }
  return { items: walk.out, several, walked: walk.walked, emptyFolders };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
