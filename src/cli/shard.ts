/**
 * --shard K/N: a deterministic slice of the inputs. A file's shard depends only on its path
 * relative to the input root, so it is the same on every machine and whatever the order of
 * the arguments.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** The 1-based shard a relative path ("/"-separated) belongs to, out of `count`. */
export function shardOf(relativePath: string, count: number): number {
  return (fnv1a(relativePath) % count) + 1;
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Whether a relative path belongs to `shard`; an input that names nothing (null) is in every one. */
export function inShard(relativePath: string | null, shard: Shard | null): boolean {
  return !shard || relativePath === null || shardOf(relativePath, shard.count) === shard.index;
}

type Env = Readonly<Record<string, string | undefined>>;

/** A whole number ≥ 0 written in plain digits, or null. */
function wholeNumber(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return null;
  return Number(text.trim());
}

interface Found {
  /** The scheduler, as named in messages. */
  name: string;
  /** 0-based task index. */
  index: number;
  /** Task count, or null when the scheduler does not state it. */
  count: number | null;
}

/**
 * Slurm numbers array tasks as given to --array (1-4, 0-15:4); the shard is the task's place
 * in that range. A list such as 1,3,8 has no even spacing, so its place cannot be told.
 */
function fromSlurm(env: Env): Found | string | null {
  const id = wholeNumber(env.SLURM_ARRAY_TASK_ID);
  if (env.SLURM_ARRAY_TASK_ID === undefined) return null;
  const min = wholeNumber(env.SLURM_ARRAY_TASK_MIN);
  const max = wholeNumber(env.SLURM_ARRAY_TASK_MAX);
  const count = wholeNumber(env.SLURM_ARRAY_TASK_COUNT);
  const step = wholeNumber(env.SLURM_ARRAY_TASK_STEP) ?? 1;
  if (id === null || min === null || count === null || count < 1 || step < 1) {
    return 'Slurm sets SLURM_ARRAY_TASK_ID but not a usable SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT';
  }
  const offset = id - min;
  const evenlySpaced = max === null || (max - min) / step + 1 === count;
  if (offset < 0 || offset % step !== 0 || offset / step >= count || !evenlySpaced) {
    return `Slurm array task ${id} has no place in an evenly spaced range of ${count} tasks (give --array as a range, e.g. 1-${count})`;
  }
  return { name: 'Slurm', index: offset / step, count };
}

/** Kubernetes Indexed Job: the index is 0-based, and the count is not in the environment. */
function fromKubernetes(env: Env): Found | string | null {
  if (env.JOB_COMPLETION_INDEX === undefined) return null;
  const index = wholeNumber(env.JOB_COMPLETION_INDEX);
  if (index === null) return `JOB_COMPLETION_INDEX is not a whole number`;
  return { name: 'Kubernetes', index, count: null };
}

/** AWS Batch array child job: 0-based index; the size when the job states it. */
function fromAwsBatch(env: Env): Found | string | null {
  if (env.AWS_BATCH_JOB_ARRAY_INDEX === undefined) return null;
  const index = wholeNumber(env.AWS_BATCH_JOB_ARRAY_INDEX);
  if (index === null) return `AWS_BATCH_JOB_ARRAY_INDEX is not a whole number`;
  return { name: 'AWS Batch', index, count: wholeNumber(env.AWS_BATCH_JOB_ARRAY_SIZE) };
}

/** Google Cloud Batch: 0-based BATCH_TASK_INDEX out of BATCH_TASK_COUNT. */
function fromGoogleBatch(env: Env): Found | string | null {
  if (env.BATCH_TASK_INDEX === undefined) return null;
  const index = wholeNumber(env.BATCH_TASK_INDEX);
  if (index === null) return `BATCH_TASK_INDEX is not a whole number`;
  return { name: 'Google Batch', index, count: wholeNumber(env.BATCH_TASK_COUNT) };
}

const SCHEDULERS = [fromSlurm, fromKubernetes, fromAwsBatch, fromGoogleBatch];

/**
 * --shard auto[/N]: this task's shard, from the array index its scheduler put in the
 * environment; N is the shard count where the scheduler does not state it, and must agree with
 * it where it does. A string says why the shard cannot be told: guessing would convert some
 * inputs twice and others never.
 */
export function shardFromEnv(env: Env, count: number | null): Shard | string {
  const found: Found[] = [];
  for (const read of SCHEDULERS) {
    const result = read(env);
    if (typeof result === 'string') return result;
    if (result) found.push(result);
  }
  const [task, other] = found;
  if (!task) {
    return 'no array task in the environment (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX or BATCH_TASK_INDEX); give --shard K/N';
  }
  if (other) {
    return `both ${task.name} and ${other.name} array variables are set; give --shard K/N`;
  }
  if (task.count !== null && count !== null && task.count !== count) {
    return `${task.name} runs ${task.count} tasks but --shard auto/${count} asks for ${count}`;
  }
  const total = task.count ?? count;
  if (total === null) {
    return `${task.name} does not state how many tasks there are: give --shard auto/N`;
  }
  if (task.index >= total) {
    return `${task.name} task index ${task.index} is not below the task count ${total}`;
  }
  return { index: task.index + 1, count: total };
}
