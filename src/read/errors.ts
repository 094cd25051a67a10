/** Why an input cannot be read as an article; the --errors file and callers branch on this. */
export type InputErrorCode = 'empty' | 'not-text' | 'no-layout';

/** An input that cannot be read as an article: empty, binary, undecodable. The message is the reason. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
