/** An input that cannot be read as an article: empty, binary, undecodable. The message is the reason. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
