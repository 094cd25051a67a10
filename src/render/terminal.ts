/**
 * The reading view: an article laid out for a terminal, wrapped to its width. Colour comes
 * from a Chalk instance at the level RenderOptions decided, never from chalk's own detection.
 */
import { Chalk } from 'chalk';
import type { Article, Timestamp } from '../article.js';
import type { RenderOptions, Renderer } from './index.js';
import { stampFormatter, type StampFormatter } from './when.js';
import { textWidth, wrap, type Run, type Style } from './wrap.js';

export interface ViewOptions {
  color: boolean;
  width: number;
  /** IANA zone the reader's times are shown in. */
  tz: string;
}

interface Palette {
  color: boolean;
  headline: Style;
  rule: Style;
  summary: Style;
  meta: Style;
  label: Style;
  country: Style;
  tag: Style;
  caption: Style;
  dateline: Style;
  quiet: Style;
  warning: Style;
}

// Basic ANSI colours only: they follow the reader's terminal theme.
function palette(color: boolean): Palette {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    color,
    headline: chalk.bold,
    rule: chalk.dim,
    summary: chalk.italic,
    meta: chalk.cyan,
    label: chalk.dim,
    country: chalk.inverse,
    tag: chalk.cyan.inverse,
    caption: chalk.dim.italic,
    dateline: chalk.bold,
    quiet: chalk.dim,
    warning: chalk.yellow,
  };
}

// Control characters in the copy (an escape sequence, a stray bell) must not reach the terminal.
const CONTROLS = /\p{Cc}+/gu;

function printable(text: string): string {
  return text.replace(CONTROLS, ' ');
}

function labelRuns(title: string, items: readonly string[], style: Style, p: Palette): Run[] {
  const runs: Run[] = [{ text: title, style: p.label }];
  for (const item of items) {
    const text = printable(item).trim();
    runs.push({ text: ' ' });
    // Each label its own style function, so the gaps between labels stay plain.
    runs.push(
      p.color
        ? { text: ` ${text} `, style: (t: string) => style(t), nobreak: true }
        : { text: `[${text}]`, nobreak: true },
    );
  }
  return runs;
}

// A time breaks only between its printed and its converted form.
function stampLine(label: string, stamp: Timestamp, stamps: StampFormatter, p: Palette): Run[] {
  const { printed, reader } = stamps(stamp);
  const runs: Run[] = [
    { text: label, style: p.label },
    { text: ' ' },
    { text: printable(reader ? `${printed} ·` : printed), nobreak: true },
  ];
  if (reader) runs.push({ text: ' ' }, { text: reader, nobreak: true });
  return runs;
}

function sameStamp(a: Timestamp, b: Timestamp): boolean {
  return a.utc !== null ? a.utc === b.utc : a.text === b.text;
}

function metaSection(
  article: Article,
  options: ViewOptions,
  stamps: StampFormatter,
  p: Palette,
): string[] {
  const lines: string[] = [];
  const who = [
    article.agency,
    article.author && article.author !== article.agency ? `By ${article.author}` : null,
    article.location,
  ].filter((part): part is string => Boolean(part));
  if (who.length)
    lines.push(...wrap([{ text: printable(who.join(' · ')), style: p.meta }], options.width));
  const { created, updated } = article;
  if (created) lines.push(...wrap(stampLine('Created', created, stamps, p), options.width));
  if (updated && !(created && sameStamp(created, updated))) {
    lines.push(...wrap(stampLine('Updated', updated, stamps, p), options.width));
  }
  // Where the story was published: the site's name, then its address, which never breaks.
  const from: Run[] = [];
  if (article.site) from.push({ text: printable(article.site), style: p.meta });
  if (article.site && article.url) from.push({ text: ' ·' }, { text: ' ' });
  if (article.url) from.push({ text: printable(article.url), style: p.quiet, nobreak: true });
  if (from.length)
    lines.push(...wrap([{ text: 'From', style: p.label }, { text: ' ' }, ...from], options.width));
  if (article.countries.length) {
    lines.push(...wrap(labelRuns('Countries', article.countries, p.country, p), options.width));
  }
  if (article.tags.length) {
    lines.push(...wrap(labelRuns('Tags', article.tags, p.tag, p), options.width));
  }
  return lines;
}

function captionSection(article: Article, width: number, p: Palette): string[] {
  const { image } = article;
  // With no picture the page's hidden figure repeats the headline as its caption.
  const caption = image?.caption && image.caption !== article.headline ? image.caption : null;
  const credit = image?.credit ? `Image credit: ${printable(image.credit)}` : null;
  const runs: Run[] = [];
  if (caption) runs.push({ text: printable(credit ? `${caption} ·` : caption), style: p.caption });
  if (caption && credit) runs.push({ text: ' ' });
  if (credit) runs.push({ text: credit, style: p.caption, nobreak: true });
  return wrap(runs, width);
}

function paragraphRuns(article: Article, index: number, p: Palette): Run[] {
  const text = printable(article.paragraphs[index] ?? '');
  const dateline = article.dateline ? printable(article.dateline.text) : '';
  if (index === 0 && dateline && text.startsWith(dateline)) {
    return [{ text: dateline, style: p.dateline }, { text: text.slice(dateline.length) }];
  }
  return [{ text }];
}

function headlineSection(article: Article, width: number, p: Palette): string[] {
  const text = printable(article.headline);
  const lines = wrap([{ text, style: p.headline }], width);
  const ruleWidth = Math.min(width, textWidth(text));
  return ruleWidth > 0 ? [...lines, p.rule('─'.repeat(ruleWidth))] : lines;
}

/** One article as the reading view, ending with a line break. */
export function renderView(
  article: Article,
  options: ViewOptions,
  stamps: StampFormatter = stampFormatter(options.tz),
): string {
  const p = palette(options.color);
  const { width } = options;
  const quiet = (text: string | null): string[] =>
    text ? wrap([{ text: printable(text), style: p.quiet }], width) : [];
  const sections: string[][] = [
    headlineSection(article, width, p),
    article.summary ? wrap([{ text: printable(article.summary), style: p.summary }], width) : [],
    metaSection(article, options, stamps, p),
    captionSection(article, width, p),
    ...article.paragraphs.map((_, i) => wrap(paragraphRuns(article, i, p), width)),
    [...quiet(article.credits?.text ?? null), ...quiet(article.signOff)],
    quiet(article.disclaimer),
    article.warnings.flatMap((w) =>
      wrap([{ text: printable(`Warning: ${w.message} [${w.code}]`), style: p.warning }], width),
    ),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

export function createViewRenderer(options: RenderOptions): Renderer {
  const view: ViewOptions = { color: options.color, width: options.width, tz: options.tz };
  const rule = palette(options.color).rule('━'.repeat(Math.max(1, options.width)));
  const stamps = stampFormatter(options.tz);
  let count = 0;
  return {
    extension: '.txt',
    start: () => {
      count = 0;
      return '';
    },
    // Articles in one stream are set apart by a full-width rule.
    article: (article) =>
      `${count++ > 0 ? `\n${rule}\n\n` : ''}${renderView(article, view, stamps)}`,
    end: () => '',
  };
}
