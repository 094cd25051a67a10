/**
 * The markup as the parser is given it. Two things are taken out first, in one linear pass:
 *
 * - What no layout reads and the tokenizer would otherwise walk character by character: the
 *   bodies of scripts (JSON-LD excepted) and style sheets, and comments. Saved pages carry
 *   tens of kilobytes of them.
 * - Pathological depth. htmlparser2 keeps its open elements in an array it shifts at every tag,
 *   and css-select and domutils walk ancestors or recurse, so a page nested 100,000 levels deep
 *   would cost seconds to parse and overflow the stack when read. Browsers cap the tree's depth
 *   for the same reason; so do we: tags that would open below MAX_DEPTH are dropped (with their
 *   closing tags), and their content joins the element at the limit.
 *
 * The scan mirrors the parser closely enough to count depth — raw-text elements, void elements,
 * the tags that close an open <p> or <li> — and real pages never get near the limit.
 */

export const MAX_DEPTH = 256;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Their content is text up to the matching closing tag.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
// Opening tags that close the open element on top of the stack (as htmlparser2 does).
const CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (tag): [string, ReadonlySet<string>] => [tag, FORM],
  ),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((tag): [string, ReadonlySet<string>] => [tag, P]),
]);

const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || // a-z
  (code >= 65 && code <= 90) || // A-Z
  (code >= 48 && code <= 57) || // 0-9
  code === 45 || // -
  code === 58 || // :
  code === 95; // _

const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

function readName(html: string, from: number): number {
  let end = from;
  while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
  return end;
}

/** Index just past the `>` that ends the tag opened at `from`; quoted values may hold `>`. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const ch = html.charCodeAt(i);
    if (ch === 62) return i + 1; // >
    if (ch === 61) {
      // = : a quoted value runs to its closing quote
      let j = i + 1;
      while (j < html.length && html.charCodeAt(j) <= 32) j++;
      const quote = html.charAt(j);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0) return html.length;
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return html.length;
}

/** Index past the end of a raw-text element's content (its closing tag not included). */
function rawTextEnd(html: string, from: number, name: string): number {
  let at = html.indexOf('</', from);
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

interface Open {
  name: string;
  /** Opened below the limit: dropped from the markup. */
  dropped: boolean;
}

class Stack {
  readonly items: Open[] = [];
  private readonly counts = new Map<string, number>();

  push(name: string): Open {
    const open = { name, dropped: this.items.length >= MAX_DEPTH };
    this.items.push(open);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return open;
  }

  pop(): Open | undefined {
    const open = this.items.pop();
    if (open) this.counts.set(open.name, (this.counts.get(open.name) ?? 1) - 1);
    return open;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  top(): string | undefined {
    return this.items[this.items.length - 1]?.name;
  }

  /** Pops up to and including the innermost `name`; returns that element. */
  close(name: string): Open | undefined {
    for (;;) {
      const open = this.pop();
      if (!open || open.name === name) return open;
    }
  }
}

/** Whether a <script> opening tag holds JSON-LD, which the layouts read. */
function isJsonLd(tag: string): boolean {
  return tag.toLowerCase().includes('ld+json');
}

/**
 * The markup without script and style bodies (JSON-LD kept) and comments, and with every tag
 * that would open deeper than MAX_DEPTH removed, with its closing tag.
 */
export function prepareMarkup(html: string): string {
  const stack = new Stack();
  // Pieces of the rewritten markup, between the spans left out.
  const kept: string[] = [];
  let copiedTo = 0;
  const drop = (start: number, end: number): void => {
    kept.push(html.slice(copiedTo, start));
    copiedTo = end;
  };

  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    let end: number;
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!doctype>, <![CDATA[ ]]>, <?xml ?>
      const comment = html.startsWith('<!--', i);
      const close = comment ? html.indexOf('-->', i + 4) : html.indexOf('>', i);
      end = close < 0 ? html.length : close + (comment ? 3 : 1);
      if (comment) drop(i, end);
    } else if (next === 47 && isLetter(html.charCodeAt(i + 2))) {
      const nameEnd = readName(html, i + 2);
      const name = html.slice(i + 2, nameEnd).toLowerCase();
      const close = html.indexOf('>', nameEnd);
      end = close < 0 ? html.length : close + 1;
      if (stack.has(name) && stack.close(name)?.dropped) drop(i, end);
    } else if (isLetter(next)) {
      const nameEnd = readName(html, i + 1);
      const name = html.slice(i + 1, nameEnd).toLowerCase();
      end = tagEnd(html, nameEnd);
      const closes = CLOSES.get(name);
      while (closes && closes.has(stack.top() ?? '')) stack.pop();
      const selfClosing =
        html.charCodeAt(end - 2) === 47 && (stack.has('svg') || stack.has('math'));
      if (!VOID.has(name) && !selfClosing) {
        if (stack.push(name).dropped) drop(i, end);
        if (RAW_TEXT.has(name)) {
          const contentEnd = rawTextEnd(html, end, name);
          const unread = name === 'style' || (name === 'script' && !isJsonLd(html.slice(i, end)));
          if (unread && contentEnd > end) drop(end, contentEnd);
          end = contentEnd;
        }
      }
    } else {
      end = i + 1;
    }
    i = html.indexOf('<', end);
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(copiedTo));
  return kept.join('');
}
