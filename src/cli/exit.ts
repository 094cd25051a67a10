/**
 * How a run ends, in one place: 0 every input parsed, 1 an input (or an output) failed, 2 a usage
 * error; or the signal that interrupted it, which the process edge (entry.ts) raises again so the
 * caller sees the run end as the signal would have ended it.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export type ExitStatus = typeof EXIT_OK | typeof EXIT_FAILED | typeof EXIT_USAGE;
export type RunEnd = ExitStatus | NodeJS.Signals;
