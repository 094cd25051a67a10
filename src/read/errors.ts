/** Why an input cannot be read as an article; the --errors file and callers branch on this. */
export type InputErrorCode =
  | 'empty'
  | 'not-text'
  | 'no-layout'
  /** A feed given where one article is wanted (parseArticle), or an article where a feed is. */
  | 'not-article'
  /** A feed that cannot be read: broken XML or JSON, or no items. */
  | 'malformed';

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
