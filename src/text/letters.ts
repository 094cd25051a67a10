/**
 * Patterns over names and places must know the letters of every script a copy may carry
 * ("Łukasz", "ŁÓDŹ", "Şule", "Nguyễn", "Ελένη"), which takes Unicode's property classes: \p{Lu}
 * (with \p{Lt}) for capitals, \p{L} and \p{M} for letters and their marks. V8 builds each class
 * from Unicode's tables when it meets the pattern — when the literal is first evaluated, or when
 * the function holding it is parsed — about 3 ms for a dozen patterns, which a one-file run would
 * pay for nothing when its names are Latin-1, as most are. So each pattern is written twice: the
 * Unicode pattern inside a function, evaluated only when a text goes past Latin-1, and its twin
 * with those classes narrowed to Latin-1, used when the text holds nothing past Latin-1 but
 * general punctuation (’ “ —). On such text the two match alike (test/letters.test.ts checks it),
 * and every twin in src/ is the one latin1Twin makes of its Unicode pattern (checked there too).
 */

// The property classes' Latin-1 members.
const LATIN1: Readonly<Record<string, string>> = {
  Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
  Lt: '',
  L: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff',
  M: '',
};

const PROPERTY = /^\\p\{(Lu|Lt|L|M)\}/;

/** The pattern with its property classes narrowed to Latin-1, without the u flag. */
export function latin1Twin(unicode: RegExp): RegExp {
  return new RegExp(latin1Source(unicode.source), unicode.flags.replace('u', ''));
}

function latin1Source(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    const property = ch === '\\' ? PROPERTY.exec(source.slice(i, i + 6)) : null;
    if (property) {
      const members = LATIN1[property[1] ?? ''];
      if (members === undefined) throw new Error(`no Latin-1 members for ${property[0]}`);
      out += inClass ? members : `[${members}]`;
      i += property[0].length - 1;
    } else if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

/** Whether every character is Latin-1 or general punctuation (U+2000–U+206F holds no letter). */
function withinLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff && (code < 0x2000 || code > 0x206f)) return false;
  }
  return true;
}

/**
 * A pattern written with \p{Lu}, \p{Lt}, \p{L} and \p{M} (and the u flag), given as a function
 * returning it, beside its Latin-1 twin (`latin1Twin` of it, written out as a literal).
 */
export class LetterPattern {
  private compiled: RegExp | undefined;

  constructor(
    private readonly unicode: () => RegExp,
    private readonly latin1: RegExp,
  ) {
    if (latin1.global || latin1.sticky) throw new Error('a LetterPattern keeps no state');
  }

  private pick(text: string): RegExp {
    return withinLatin1(text) ? this.latin1 : (this.compiled ??= this.unicode());
  }

  test(text: string): boolean {
    return this.pick(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.pick(text).exec(text);
  }

  search(text: string): number {
    return text.search(this.pick(text));
  }
}
