import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { outsideBodyBy, isOutsideBody, isPageFurniture } from '../src/layouts/html/outside-body.js';
import { bylineAround } from '../src/layouts/html/byline.js';
import { findAll, findFirst, isText, parseHtml, textOf, walk } from '../src/layouts/html/dom.js';
import type { AnyNode, Element, ParentNode } from '../src/layouts/html/dom.js';
import { paragraphsOf } from '../src/layouts/html/dom-text.js';
import { readJsonLd } from '../src/layouts/html/json-ld.js';
import { parseMetaLine } from '../src/text/meta-line.js';
import { printedMeta } from '../src/layouts/html/printed-meta.js';
import { listAfterLabel, readLabel } from '../src/layouts/html/labelled-lists.js';
import { devdiscourseByline } from '../src/sites/devdiscourse/byline.js';
import { PAGE_LABELS } from '../src/sites/index.js';
import { MAX_DEPTH, prepareMarkup } from '../src/layouts/html/prepare.js';
import { compareStamps } from '../src/layouts/html/stamps.js';
import { namesSite, sameHeadline, withoutLabel } from '../src/layouts/html/titles.js';

const body = (html: string): Element => {
  const root = parseHtml(`<html><body>${html}</body></html>`);
  const el = findFirst(root, (e) => e.name === 'body');
  if (!el) throw new Error('no body');
  return el;
};

function firstText(root: ParentNode, pattern: RegExp): AnyNode {
  const texts: AnyNode[] = [];
  walk(root, (node) => {
    if (isText(node) && pattern.test(node.data)) texts.push(node);
    return true;
  });
  const [first] = texts;
  if (first === undefined) throw new Error(`no text matching ${String(pattern)}`);
  return first;
}

describe('prepareMarkup', () => {
  it('returns a page with nothing to leave out untouched', () => {
    const html = '<html><body><div><p>One <b>two</b></p><ul><li>a<li>b</ul></div></body></html>';
    expect(prepareMarkup(html)).toBe(html);
  });

  it('empties scripts and style sheets and drops comments, keeping JSON-LD', () => {
    const html =
      '<head><script>var a = "<div>";</script><style>p{color:red}</style>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><!-- saved --></head>' +
      '<body><SCRIPT src="x.js"></SCRIPT><p>Text</p></body>';
    expect(prepareMarkup(html)).toBe(
      '<head><script></script><style></style>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><SCRIPT src="x.js"></SCRIPT><p>Text</p></body>',
    );
  });

  it('drops the tags that open below the limit, keeping their text', () => {
    const depth = MAX_DEPTH + 50;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(prepareMarkup(html)).toBe(
      `${'<div>'.repeat(MAX_DEPTH)}deep${'</div>'.repeat(MAX_DEPTH)}`,
    );
  });

  it('counts depth as the parser does: void elements, closed <p>s, raw text and quoted ">"', () => {
    const many = (s: string) => s.repeat(MAX_DEPTH * 2);
    const html = [
      many('<br><img src="a>b">'),
      many('<p>para'),
      many('<li>item'),
      `<textarea>${many('<div>')}</textarea>`,
      many('<svg><path d="M0"/></svg>'),
    ].join('');
    expect(prepareMarkup(html)).toBe(html);
  });

  it('keeps the story of a page nested far too deep', () => {
    const html = `<body><h1>Deep</h1>${'<section>'.repeat(50_000)}<p>Kept.</p></body>`;
    expect(textOf(parseHtml(html))).toBe('Deep Kept.');
  });
});

describe('readJsonLd', () => {
  it('finds the article in an @graph and resolves authors by @id', () => {
    const ld = readJsonLd([
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': '#page', description: 'From the page node.' },
          {
            '@type': 'NewsArticle',
            headline: 'Rates held &amp; steady',
            author: { '@id': '#p1' },
            datePublished: '2024-06-14T10:00:00+01:00',
            keywords: 'rates, banks',
          },
          { '@type': 'Person', '@id': '#p1', name: 'Jane Doe' },
        ],
      }),
    ]);
    expect(ld?.headline).toBe('Rates held & steady');
    expect(ld?.description).toBe('From the page node.');
    expect(ld?.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
    expect(ld?.datePublished).toBe('2024-06-14T10:00:00+01:00');
    expect(ld?.keywords).toEqual(['rates', 'banks']);
  });

  it('finds an article typed as a list inside an array, among other scripts', () => {
    const ld = readJsonLd([
      '{ not json',
      JSON.stringify({ '@type': 'BreadcrumbList', itemListElement: [] }),
      JSON.stringify([
        { '@type': 'Organization', name: 'Site' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'Quake hits coast',
          author: [{ '@type': 'Organization', name: 'Reuters' }, 'https://example.com/staff'],
          image: [{ '@type': 'ImageObject', caption: 'Rubble in the port.' }],
        },
      ]),
    ]);
    expect(ld?.headline).toBe('Quake hits coast');
    expect(ld?.authors).toEqual([{ name: 'Reuters', kind: 'organization' }]);
    expect(ld?.imageCaption).toBe('Rubble in the port.');
  });

  it('reads JSON with raw line breaks in strings and wrapped in a comment', () => {
    const ld = readJsonLd(['<!--{"@type":"Article","headline":"Two\nlines"}-->']);
    expect(ld?.headline).toBe('Two lines');
  });

  it('gives null when no script describes an article', () => {
    expect(readJsonLd([JSON.stringify({ '@type': 'WebSite', name: 'Site' })])).toBeNull();
    expect(readJsonLd([])).toBeNull();
  });
});

describe('titles', () => {
  it('drops a section label after a pipe and a site name after a dash', () => {
    expect(withoutLabel('Putin Proposes Cease-Fire | Agency-Wire')).toBe(
      'Putin Proposes Cease-Fire',
    );
    expect(withoutLabel('Fed holds rates - Lakeside Herald', ['Lakeside Herald'])).toBe(
      'Fed holds rates',
    );
    expect(withoutLabel('Fed holds rates - what it means for you')).toBe(
      'Fed holds rates - what it means for you',
    );
  });

  it('sees a suffixed or truncated metadata headline as the visible one', () => {
    expect(sameHeadline('Fed holds rates | Business', 'Fed holds rates')).toBe(true);
    expect(
      sameHeadline(
        'Federal Reserve holds rates steady and signals…',
        'Federal Reserve holds rates steady and signals one cut',
      ),
    ).toBe(true);
    expect(sameHeadline('The Daily Bugle', 'Fed holds rates')).toBe(false);
  });
});

describe('site names', () => {
  it('drops a site named by its host name, "The" aside, and never a phrase', () => {
    expect(withoutLabel('Floods shut schools - The Northeast Ledger', ['northeastledger'])).toBe(
      'Floods shut schools',
    );
    expect(withoutLabel('Floods shut schools - what parents need to know', ['ledger'])).toBe(
      'Floods shut schools - what parents need to know',
    );
    expect(namesSite('Northeast Ledger', ['Some Other Site', 'northeastledger'])).toBe(true);
    expect(namesSite('Floods shut schools', ['northeastledger'])).toBe(false);
  });
});

describe('furniture and apparatus', () => {
  const first = (html: string, name: string): Element => {
    const el = findFirst(body(html), (e) => e.name === name);
    if (!el) throw new Error(`no ${name}`);
    return el;
  };

  it("tells page furniture from the article's own byline and date line", () => {
    const byline = first('<div class="article-meta">Sofia Vargas · June 28, 2024</div>', 'div');
    expect(isOutsideBody(byline)).toBe(true);
    expect(isPageFurniture(byline)).toBe(false);
    const related = first('<div class="related-posts"><a href="/a">Other</a></div>', 'div');
    expect(isPageFurniture(related)).toBe(true);
    expect(
      isPageFurniture(first('<amp-ad type="x"><div fallback>Ad</div></amp-ad>', 'amp-ad')),
    ).toBe(true);
    expect(isOutsideBody(first('<div class="story-text"><p>Text.</p></div>', 'div'))).toBe(false);
  });

  it('reads names as roles: a state, a layout, a taxonomy value or a text box is no furniture', () => {
    const div = (cls: string) => first(`<div class="${cls}">Text.</div>`, 'div');
    for (const cls of [
      'box article modal-enabled',
      'l-sidebar-fixed',
      'has-comments',
      'post tag-advertising category-related-news',
      'entry-content entry-content-read-more',
    ]) {
      expect({ cls, furniture: isPageFurniture(div(cls)) }).toEqual({ cls, furniture: false });
    }
    for (const cls of ['sidebar', 'comment-content', 'read-more', 'widget widget_recent']) {
      expect({ cls, furniture: isPageFurniture(div(cls)) }).toEqual({ cls, furniture: true });
    }
    // The page's own classes describe the page, never a part of it.
    const page = parseHtml(
      '<html class="has-sidebar"><body class="sidebar"><p>Hi</p></body></html>',
    );
    const bodyEl = findFirst(page, (e) => e.name === 'body');
    expect(bodyEl && isPageFurniture(bodyEl)).toBe(false);
  });

  it('weighs a weak sign against the text: a "widget" or <form> wrapping the story is its box', () => {
    expect(outsideBodyBy(first('<div class="widget Blog">Text.</div>', 'div'))).toBe('weak');
    expect(outsideBodyBy(first('<form action="/x"><p>Text.</p></form>', 'form'))).toBe('weak');
    expect(outsideBodyBy(first('<div class="comments">Text.</div>', 'div'))).toBe('name');
    expect(outsideBodyBy(first('<aside>Text.</aside>', 'aside'))).toBe('structure');
    const line = 'The ferry crossed at dawn with eleven passengers and a crate of seed potatoes.';
    // The story is the post's three lines, not the whole form with the links box.
    const article = parseArticle(
      `<html><body><form id="page"><div class="widget Blog"><div class="post-body">${line}<br>${line}<br>${line}</div></div>` +
        `<div class="widget Links"><div class="box">${line}</div></div></form></body></html>`,
    );
    expect(article.paragraphs).toEqual([line, line, line]);
  });
});

describe('parseMetaLine', () => {
  it('reads credits and stamps separated by pipes, dots, dashes or only by their labels', () => {
    expect(parseMetaLine('By Ana Ruiz | Published 26 July 2024 10:30 GMT')).toEqual({
      names: ['Ana Ruiz'],
      created: '26 July 2024 10:30 GMT',
      updated: null,
    });
    expect(parseMetaLine('Sofia Vargas · June 28, 2024')).toEqual({
      names: ['Sofia Vargas'],
      created: 'June 28, 2024',
      updated: null,
    });
    expect(parseMetaLine('By Ana Ruiz Published 26 July 2024 Last updated: 27 July 2024')).toEqual({
      names: ['Ana Ruiz'],
      created: '26 July 2024',
      updated: '27 July 2024',
    });
    expect(parseMetaLine('Posted on June 14, 2024 — Updated June 15, 2024 9:02 a.m. EDT')).toEqual({
      names: [],
      created: 'June 14, 2024',
      updated: 'June 15, 2024 9:02 a.m. EDT',
    });
  });

  it('joins a time printed apart from its date', () => {
    expect(parseMetaLine('Last Updated : Jun 28 2024 | 3:02 PM IST')).toEqual({
      names: [],
      created: null,
      updated: 'Jun 28 2024 3:02 PM IST',
    });
  });

  it('reads nothing else: sentences, datelines, bare names, labels without a stamp', () => {
    for (const line of [
      'SANTIAGO, June 28 (Reuters) - Copper output fell in May.',
      'Prime Minister Narendra Modi',
      'Updated',
      'Published 3 hours ago',
      'The council met on June 28, 2024 to vote on the budget.',
    ]) {
      expect(parseMetaLine(line)).toBeNull();
    }
  });

  it('reads a date line past the reading time and the buttons printed on it', () => {
    expect(parseMetaLine('5 min read · June 28, 2024')?.created).toBe('June 28, 2024');
    expect(parseMetaLine('4th Jun 2023, 13:20 BST- 1 min read')?.created).toBe(
      '4th Jun 2023, 13:20 BST',
    );
    expect(parseMetaLine('January 23, 2024 at 10:07 am EST Share')?.created).toBe(
      'January 23, 2024 at 10:07 am EST',
    );
  });
});

describe('printedMeta', () => {
  const region = (html: string) => body(html);

  it('orders two unmarked <time>s by instant and skips dates inside long paragraphs', () => {
    const meta = printedMeta(
      region(
        '<time datetime="2024-08-01T11:45:00+02:00"></time><time datetime="2024-08-01T07:10:00+02:00"></time>' +
          '<p>ROTTERDAM, Aug 1 (Reuters) - The deal runs until <time datetime="2026-03-31">March 2026</time>, the port authority said on Thursday.</p>',
      ),
      undefined,
    );
    expect(meta.created).toBe('2024-08-01T07:10:00+02:00');
    expect(meta.updated).toBe('2024-08-01T11:45:00+02:00');
  });

  it('takes a <time> marked both published and updated for the publication', () => {
    const meta = printedMeta(
      region(
        '<div class="entry-meta">Posted on <a href="/p"><time class="entry-date published updated" datetime="2024-06-14T11:20:45+05:30">14 June, 2024</time></a></div>',
      ),
      undefined,
    );
    expect(meta).toEqual({ names: [], created: '2024-06-14T11:20:45+05:30', updated: null });
  });

  it('reads the printed text of a <time> whose datetime names no offset', () => {
    const meta = printedMeta(
      region('<p>Published <time datetime="2024-07-26T10:30">26 July 2024, 10:30 GMT</time></p>'),
      undefined,
    );
    expect(meta.created).toBe('26 July 2024, 10:30 GMT');
  });

  it('reads date lines above the story only, never inside a related box', () => {
    const meta = printedMeta(
      region(
        '<div class="related"><p>Other story · June 2, 2024</p></div>' +
          '<p>By Jane Doe</p><p>Story opens here and runs long enough to be a paragraph.</p>' +
          '<p>Posted on June 3, 2024</p>',
      ),
      'Story opens here and runs long enough to be a paragraph.',
    );
    expect(meta).toEqual({ names: ['Jane Doe'], created: null, updated: null });
  });
});

describe('the story container', () => {
  const story =
    '<p>The council approved the budget after a long debate that ran late into the night on Thursday.</p>'.repeat(
      4,
    );
  const sentence =
    'The council approved the budget after a long debate that ran late into the night on Thursday.';

  it('prefers a plain box holding clearly more text over teaser <article>s', () => {
    const article = parseArticle(
      `<html><body><div class="story-body"><h1>Budget passes</h1>${story}</div>` +
        '<div class="rail"><article class="card"><p>Another story teaser that is long enough to count as text.</p></article></div></body></html>',
    );
    expect(article.paragraphs).toEqual([sentence, sentence, sentence, sentence]);
  });

  it('keeps an <article> holding the story when a box elsewhere holds only a little more', () => {
    const article = parseArticle(
      `<html><body><article class="story">${story}</article><div class="more">${story}${story.slice(0, 200)}</div></body></html>`,
    );
    expect(article.paragraphs).toEqual([sentence, sentence, sentence, sentence]);
  });
});

describe('paragraphsOf', () => {
  const keepAll = () => false;

  it('makes a paragraph of each block, each line after <br>, each item and each row', () => {
    const root = body(
      '<div>Intro <b>bold</b> text<p>First para.</p>Loose line<br>after break</div>' +
        '<ul><li>One</li><li>Two <em>items</em></li></ul>' +
        '<table><tr><th>Name</th><th>Score</th></tr><tr><td><p>Ann</p></td><td>9</td></tr></table>',
    );
    expect(paragraphsOf(root, keepAll)).toEqual([
      'Intro bold text',
      'First para.',
      'Loose line',
      'after break',
      'One',
      'Two items',
      'Name | Score',
      'Ann | 9',
    ]);
  });

  it('leaves out scripts, hidden elements and whatever the caller skips', () => {
    const root = body(
      '<p>Seen.</p><script>var x = "<p>not text</p>";</script><p hidden>Hidden.</p>' +
        '<p style="color:red; display: none">Styled away.</p><div class="ad">Ad text</div><p>End.</p>',
    );
    expect(paragraphsOf(root, (el) => el.attribs.class === 'ad')).toEqual(['Seen.', 'End.']);
  });
});

describe('the story in an article container', () => {
  const page = (inner: string): string =>
    `<html><head><title>Headline</title></head><body><article>${inner}</article></body></html>`;

  it('drops furniture, repeats of the headline and inline links, and splits off the closing', () => {
    const article = parseArticle(
      page(
        '<h1>Headline</h1><p>Headline</p><div class="share-bar">SHARE</div>' +
          '<p>By Jane Doe</p><p>MOSCOW, June 14 (Reuters) - Story.</p>' +
          '<p><b>Also read:</b> <a href="/x">Other story</a></p>' +
          '<div class="related-posts"><ul><li><a href="/a">Related one</a></li></ul></div>' +
          '<figure><img src="x.jpg"><figcaption>Caption</figcaption></figure>' +
          '<p>Advertisement</p><p>More story.</p><p>(Reporting by Jane Doe; Editing by John Roe)</p>' +
          '<p>(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)</p>' +
          '<h3>Related stories</h3><p>Not the story.</p>',
      ),
    );
    expect(article).toMatchObject({
      paragraphs: ['MOSCOW, June 14 (Reuters) - Story.', 'More story.'],
      disclaimer:
        '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
      credits: { text: '(Reporting by Jane Doe; Editing by John Roe)' },
      signOff: null,
      author: 'Jane Doe',
    });
  });

  it('keeps a table that a block editor wraps in a figure', () => {
    const article = parseArticle(
      page(
        '<h1>Headline</h1><p>Story.</p><figure class="wp-block-table"><table><tr><td>a</td><td>b</td></tr></table></figure>',
      ),
    );
    expect(article.paragraphs).toEqual(['Story.', 'a | b']);
  });
});

describe('labelled lists', () => {
  const listFor = (html: string): string[] => {
    const root = body(html);
    const text = firstText(root, /^\s*(?:Countr|READ MORE ON|FIRST PUBLISHED IN)/i);
    const label = readLabel((text as AnyNode & { data: string }).data, PAGE_LABELS);
    const parent = text.parent;
    if (!label || !parent || !('name' in parent)) throw new Error('no label');
    return listAfterLabel(parent, label.inline, PAGE_LABELS);
  };

  it('reads items after a label item, after a label span, under a label heading and inline', () => {
    expect(
      listFor('<ul><li>Country:</li><li class="fg-orange">India</li><li>Nepal</li></ul>'),
    ).toEqual(['India', 'Nepal']);
    expect(listFor('<div><span>READ MORE ON:</span> <a>Putin</a>, <a>Ukraine</a></div>')).toEqual([
      'Putin',
      'Ukraine',
    ]);
    expect(
      listFor('<div><h6>FIRST PUBLISHED IN:</h6><ul><li><a>The Conversation</a></li></ul></div>'),
    ).toEqual(['The Conversation']);
    expect(listFor('<p>READ MORE ON: Monsoon, IMD</p>')).toEqual(['Monsoon', 'IMD']);
    expect(listFor('<ul><li><span>Countries:</span></li><li>Chad</li></ul>')).toEqual(['Chad']);
  });

  it('stops at the next label', () => {
    expect(
      listFor(
        '<div><span>FIRST PUBLISHED IN:</span><a>Mongabay</a><span>READ MORE ON:</span><a>Forests</a></div>',
      ),
    ).toEqual(['Mongabay']);
  });
});

describe('bylineAround', () => {
  const bylineIn = (html: string) => {
    const root = parseHtml(html);
    return bylineAround(firstText(root, devdiscourseByline.stampText), root, devdiscourseByline);
  };

  it('reads spans separated by printed pipes, by styling only, or laid out as blocks', () => {
    const expected = {
      credit: 'PTI',
      place: 'New Delhi',
      updated: '14-06-2024 19:05 IST',
      created: '14-06-2024 18:52 IST',
    };
    expect(
      bylineIn(
        '<div><span><a>PTI</a></span> | <span>New Delhi</span> | <span>Updated: 14-06-2024 19:05 IST</span> | <span>Created: 14-06-2024 18:52 IST</span></div>',
      ),
    ).toEqual(expected);
    expect(
      bylineIn(
        '<div class="byline"><span>PTI</span><span>New Delhi</span><span>Updated: 14-06-2024 19:05 IST</span><span>Created: 14-06-2024 18:52 IST</span></div>',
      ),
    ).toEqual(expected);
    expect(
      bylineIn(
        '<div class="byline"><div>PTI</div><div>New Delhi</div><div><span>Updated: 14-06-2024 19:05 IST</span> <span>Created: 14-06-2024 18:52 IST</span></div></div>',
      ),
    ).toEqual(expected);
  });

  it('reads a byline without a city', () => {
    expect(
      bylineIn('<p>IANS | Updated: 14-06-2024 16:20 IST | Created: 14-06-2024 16:20 IST</p>'),
    ).toEqual({
      credit: 'IANS',
      place: null,
      updated: '14-06-2024 16:20 IST',
      created: '14-06-2024 16:20 IST',
    });
  });
});

describe('compareStamps', () => {
  const printed = { created: '14-06-2024 09:40 IST', updated: '14-06-2024 10:15 IST' };

  it('is silent when the stated instants agree to the minute, whatever their offset', () => {
    expect(
      compareStamps(
        printed,
        [
          {
            source: 'JSON-LD',
            created: '2024-06-14T04:10:30Z',
            updated: '2024-06-14T10:15:00+05:30',
          },
        ],
        'IST',
      ),
    ).toEqual([]);
  });

  it('warns once per field that a stated instant contradicts', () => {
    const warnings = compareStamps(
      printed,
      [
        { source: 'JSON-LD', created: '2024-06-14T09:10:00+05:30', updated: null },
        {
          source: 'itemprop',
          created: '2024-06-14T09:00:00+05:30',
          updated: '2024-06-14T10:45:00+05:30',
        },
      ],
      'IST',
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'created "14-06-2024 09:40 IST" disagrees with the page\'s JSON-LD datePublished "2024-06-14T09:10:00+05:30"',
      'updated "14-06-2024 10:15 IST" disagrees with the page\'s itemprop dateModified "2024-06-14T10:45:00+05:30"',
    ]);
  });
});

describe('generic pages', () => {
  it('strips a site label from a JSON-LD headline when the page shows no h1', () => {
    const a = parseArticle(
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Dam opens its gates | Agency-Wire',
        datePublished: '2024-06-14T08:00:00-05:00',
      })}</script></head><body><div class="text"><p>NEW YORK, June 14 (AP) — The dam opened its gates on Friday after a week of heavy rain upstream.</p></div></body></html>`,
    );
    expect(a.input.layout).toBe('generic-html');
    expect(a.headline).toBe('Dam opens its gates');
    expect(a.created?.iso).toBe('2024-06-14T08:00:00-05:00');
    expect(a.agency).toBe('AP');
    expect(a.location).toBe('New York');
  });

  it('takes a related-stories rail of <article>s for what it is, and the story for the story', () => {
    const story =
      '<p>The council approved the budget after a long debate that ran late into the night on Thursday.</p>'.repeat(
        3,
      );
    const a = parseArticle(
      `<html><body><h1>Budget passes</h1><article class="story">${story}</article>` +
        '<article class="card"><p>Another story teaser that is long enough to count as text.</p></article></body></html>',
    );
    expect(a.headline).toBe('Budget passes');
    expect(a.paragraphs).toHaveLength(3);
    expect(
      findAll(parseHtml('<article></article><article></article>'), (e) => e.name === 'article'),
    ).toHaveLength(2);
  });
});

describe('metadata under other names', () => {
  it('reads analytics meta tags for the publication time and the author', () => {
    const a = parseArticle(`<html><head>
      <meta name="parsely-pub-date" content="2024-06-14T10:20:00Z">
      <meta name="parsely-author" content="Jane Doe">
      </head><body><h1>Quiet day</h1><div class="text"><p>BERLIN, June 14 (Reuters) - Nothing much happened on Friday in the German capital.</p></div></body></html>`);
    expect(a.created?.utc).toBe('2024-06-14T10:20:00Z');
    expect(a.author).toBe('Jane Doe');
  });
});

describe('Devdiscourse pages laid out differently', () => {
  it('finds a byline and picture printed above the headline, and lists before it', () => {
    const a = parseArticle(`<!DOCTYPE html><html><head><title>x</title></head><body>
      <header><nav><a href="/">Home</a></nav></header>
      <div class="article-box">
        <ul class="countries"><li>Country:</li><li class="fg-orange">Nepal</li></ul>
        <figure><img src="a.jpg"><figcaption class="fig-caption">Rescuers at work. Image Credit: Reuters</figcaption></figure>
        <div class="byline"><span>Reuters</span><span>Kathmandu</span><span>Updated: 05-07-2024 14:02 IST</span><span>Created: 05-07-2024 13:40 IST</span></div>
        <h1 class="title">Floods Cut Off Villages in Nepal</h1>
        <section class="article-cont"><p>KATHMANDU, July 5 (Reuters) - Floods cut road links to 40 villages.</p></section>
      </div>
      <aside><figure><figcaption>Another story's picture</figcaption></figure><p>Updated: 05-07-2024 15:00 IST</p></aside>
    </body></html>`);
    expect(a.input.layout).toBe('devdiscourse-html');
    expect(a.headline).toBe('Floods Cut Off Villages in Nepal');
    expect(a.agency).toBe('Reuters');
    expect(a.location).toBe('Kathmandu');
    expect(a.created?.utc).toBe('2024-07-05T08:10:00Z');
    expect(a.image).toEqual({ caption: 'Rescuers at work.', credit: 'Reuters' });
    expect(a.countries).toEqual(['Nepal']);
  });

  it('prefers a stated instant with an offset to one without', () => {
    const a = parseArticle(`<html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quiet day","datePublished":"2024-06-14T10:20:00"}</script>
      <meta property="article:published_time" content="2024-06-14T10:20:00+02:00">
      </head><body><h1>Quiet day</h1><article><p>BERLIN, June 14 (Reuters) - Nothing much happened on Friday in the German capital.</p></article></body></html>`);
    expect(a.created?.iso).toBe('2024-06-14T10:20:00+02:00');
    expect(a.warnings).toEqual([]);
  });
});

describe('parts a template may print elsewhere', () => {
  it('finds the tags inside the body section and a notice printed just after it', () => {
    const a = parseArticle(`<html><body><h1 class="title">Port strike ends</h1>
      <div class="byline">PTI | Kochi | Updated: 14-06-2024 10:00 IST | Created: 14-06-2024 09:30 IST</div>
      <section class="article-cont"><p>Kochi, Jun 14 (PTI) Dock workers ended their strike on Friday after a pay deal.</p>
        <div class="tags"><span>READ MORE ON:</span> <a>Kochi port</a> <a>strike</a></div></section>
      <div class="ad-slot">Advertisement</div>
      <p class="note">(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)</p>
    </body></html>`);
    expect(a.input.layout).toBe('devdiscourse-html');
    expect(a.paragraphs).toEqual([
      'Kochi, Jun 14 (PTI) Dock workers ended their strike on Friday after a pay deal.',
    ]);
    expect(a.tags).toEqual(['Kochi port', 'strike']);
    expect(a.disclaimer).toBe(
      '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
    );
  });

  it('leaves "also read" and "read more" boxes out of the body', () => {
    const article = parseArticle(
      '<html><head><title>Headline</title></head><body><article><h1>Headline</h1><p>Story.</p>' +
        '<div class="also-read"><p>Another story worth a look today.</p></div><div class="readMore">More</div></article></body></html>',
    );
    expect(article.paragraphs).toEqual(['Story.']);
  });
});

describe('credits stated by the page', () => {
  it('reads people and agencies among JSON-LD authors, "By" and all', () => {
    const a = parseArticle(
      `<html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Harbour reopens',
        author: ['By Jane Doe', { '@type': 'Organization', name: 'Reuters' }],
      })}</script></head><body><h1>Harbour reopens</h1><article><p>The harbour reopened to shipping on Friday after a week of dredging work.</p></article></body></html>`,
    );
    expect(a.author).toBe('Jane Doe');
    expect(a.agency).toBe('Reuters');
  });
});

describe('tags of other sites', () => {
  it('splits one article:tag holding the whole list', () => {
    const page = `<!doctype html><html><head><title>Wildfire spreads</title>
      <meta property="article:tag" content="Portugal,Wildfires, Europe">
      </head><body><article><h1>Wildfire spreads</h1><p>Firefighters fought the blaze for a third day on Tuesday.</p></article></body></html>`;
    expect(parseArticle(page).tags).toEqual(['Portugal', 'Wildfires', 'Europe']);
  });
});
