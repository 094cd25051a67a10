/**
 * Who a page credits and what it says about itself: people and agencies told apart, names
 * cleaned of dates, degrees and titles, the page's address, site and language.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { creditOf, headlineOf, pageFields } from '../src/layouts/html/metadata.js';
import { surveyPage } from '../src/layouts/html/page.js';
import { isTitleLabel } from '../src/layouts/html/titles.js';
import { languageTag, pageUrl } from '../src/normalise.js';
import { decodeLeftoverEntities } from '../src/text/entities.js';
import {
  creditOfNames,
  isRole,
  splitNames,
  withoutDate,
  type NameSource,
} from '../src/wire/people.js';

const credit = (name: string, source: NameSource = 'byline') => creditOfNames([{ name, source }]);

describe('names cleaned of what is printed around them', () => {
  it.each([
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Priya Raman January 18', 'Priya Raman'],
    ['Priya Raman - Apr 16', 'Priya Raman'],
    ['Priya Raman Updated January 18, 2024 10:02 AM', 'Priya Raman'],
    ['Priya Raman | 3 hours ago', 'Priya Raman'],
    ['Priya Raman', 'Priya Raman'],
  ])('%s → %s', (printed, name) => {
    expect(withoutDate(printed)).toBe(name);
  });

  it.each([
    ['por César Salza', 'César Salza'],
    ['par Léa Fournier', 'Léa Fournier'],
    ['von Jonas Albrecht', 'Jonas Albrecht'],
    ['By: Ines Lago', 'Ines Lago'],
    ['Ana Ruiz, MA', 'Ana Ruiz'],
    ['Lee Chan MD', 'Lee Chan'],
    ['Mara Quist, PhD', 'Mara Quist'],
    ['Jane Doe, Senior Correspondent', 'Jane Doe'],
    ['TOM KRISHER, AP Auto Writer', 'TOM KRISHER'],
    ['Amy Roe | NJ Advance Media for Valley.com', 'Amy Roe'],
    ['| BY: Amy Roe', 'Amy Roe'],
    ['Text: Lida Sorokina', 'Lida Sorokina'],
    ['Ilana Brook, MS, RDN', 'Ilana Brook'],
    // Particles and short surnames are names, not words to drop.
    ['Von Miller', 'Von Miller'],
    ['Ana Do', 'Ana Do'],
  ])('%s → author %s', (printed, author) => {
    expect(credit(printed)).toEqual({ author, agency: null });
  });

  it('joins several authors as printed', () => {
    expect(credit('By Marta Quill, Devan Orsi and Noor Calloway').author).toBe(
      'Marta Quill, Devan Orsi and Noor Calloway',
    );
    expect(credit('Ana Belén Oyarzún y Tomás Ide').author).toBe('Ana Belén Oyarzún and Tomás Ide');
    expect(splitNames('Marie Lenoir et Paul Arnaud')).toEqual(['Marie Lenoir', 'Paul Arnaud']);
  });
});

describe('people and organisations kept apart', () => {
  it('takes a JSON-LD Person as the author, whatever the shape of the name', () => {
    expect(credit('Ximena', 'person')).toEqual({ author: 'Ximena', agency: null });
    expect(credit('Tomás Ide, MA', 'person')).toEqual({ author: 'Tomás Ide', agency: null });
  });

  it('takes wires as the agency, even typed as a Person', () => {
    expect(credit('PTI', 'person')).toEqual({ author: null, agency: 'PTI' });
    expect(credit('By Jane Doe, Reuters')).toEqual({ author: 'Jane Doe', agency: 'Reuters' });
    expect(credit('The Harbour Ledger', 'organization')).toEqual({
      author: null,
      agency: 'The Harbour Ledger',
    });
  });

  it('takes a desk credit as the agency, never as a person', () => {
    for (const desk of [
      'Express News Service',
      'Staff Reporter',
      'DC Correspondent',
      'News Desk',
      'Our Special Correspondent',
    ]) {
      expect(isRole(desk)).toBe(true);
      expect(credit(desk, 'person')).toEqual({ author: null, agency: desk });
    }
    // A name with a role word in it is still a name.
    expect(isRole('Jane Senior')).toBe(false);
    // With a person named, the title beside the name is dropped.
    expect(credit('Omar Haddad, Staff Writer')).toEqual({ author: 'Omar Haddad', agency: null });
  });

  it('drops what publishing systems put where a name goes', () => {
    expect(credit('admin', 'author-link')).toEqual({ author: null, agency: null });
    expect(credit('jdoe', 'author-link')).toEqual({ author: null, agency: null });
    // Accounts' handles, even typed as a Person.
    expect(credit('kevin-r', 'person')).toEqual({ author: null, agency: null });
    expect(credit('rmb8090', 'unknown')).toEqual({ author: null, agency: null });
    expect(credit('View All', 'author-link')).toEqual({ author: null, agency: null });
  });

  it('reads what follows a person-typed name as its outlet, and a phrase as no person', () => {
    expect(credit('By Sandee Lamott, CNN', 'person')).toEqual({
      author: 'Sandee Lamott',
      agency: 'CNN',
    });
    expect(credit('The Harbour and Lake Ministries', 'person')).toEqual({
      author: null,
      agency: 'The Harbour and Lake Ministries',
    });
    expect(credit('Coastal defense ministries', 'person')).toEqual({
      author: null,
      agency: 'Coastal defense ministries',
    });
  });
});

const page = (head: string, body: string) =>
  surveyPage(`<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);

describe('the byline a page prints', () => {
  it.each([
    [
      'an Arc byline with author links',
      '<div class="pb-byline">By <a href="/people/marta-quill/">Marta Quill</a></div>',
      { author: 'Marta Quill', agency: null },
    ],
    [
      'a WordPress byline',
      '<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/devan/">Devan Orsi</a></span></span>',
      { author: 'Devan Orsi', agency: null },
    ],
    [
      'a name glued to its date and a comment count',
      '<div class="post-meta"><address class="author-name">Lucas Nolan</address><time datetime="2016-12-22">22 Dec 2016</time><a href="#comments">651</a></div>',
      { author: 'Lucas Nolan', agency: null },
    ],
    [
      'names and a title in one box',
      '<div class="c-byline"><p class="c-byline__author">By <a href="#">Ines Lago</a>, <a href="#">Ruth Amsel</a></p><p class="c-byline__title">Science Editor, Valley Post</p></div>',
      { author: 'Ines Lago and Ruth Amsel', agency: null },
    ],
    [
      'rel=author beside a wire',
      '<p class="meta">By <a rel="author" href="/staff/jo">Jo Brandt</a>, Reuters</p>',
      { author: 'Jo Brandt', agency: null },
    ],
    [
      'a byline with a wire in its text',
      '<div class="article-byline">By <a href="/author/jo-brandt">Jo Brandt</a>, Reuters</div>',
      { author: 'Jo Brandt', agency: 'Reuters' },
    ],
  ])('reads %s', (_, html, expected) => {
    const p = page('', `<article><h1>A headline</h1>${html}<p>Story text.</p></article>`);
    expect(creditOf(p, p.root)).toEqual(expected);
  });

  it('takes the printed byline when JSON-LD names only an organisation', () => {
    const p = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Valley Post"}}</script>',
      '<article><div class="byline">By <a href="/author/ines-lago">Ines Lago</a></div></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: 'Ines Lago', agency: 'Valley Post' });
  });

  it('reads itemprop="author" wherever the page puts it, but not in comments', () => {
    const p = page(
      '',
      '<section class="info"><div class="authorname-txt" itemprop="author"><span itemprop="name">By Ruth Amsel, CNN</span></div></section><article><p>Text.</p></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: 'Ruth Amsel', agency: 'CNN' });
    const comments = page(
      '',
      '<article><p>Text.</p></article><div class="comments"><div itemprop="author">Pat Quill</div></div>',
    );
    expect(creditOf(comments, comments.root)).toEqual({ author: null, agency: null });
  });

  it('takes a link to a person in the story for no byline', () => {
    const p = page(
      '',
      '<article><p>President <a href="/topics/people/ana-ruiz.html">Ana Ruiz</a> said so.</p></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: null, agency: null });
  });

  it('prefers the printed byline to the account named in author meta', () => {
    const p = page(
      '<meta name="author" content="Kevin Poster">',
      '<article><span class="single-header-byline">By <a href="/author/ines-lago/">Ines Lago</a></span><p>Text.</p></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: 'Ines Lago', agency: null });
  });

  it('spells a byline set in capitals as another source spells it', () => {
    const p = page(
      '<meta name="author" content="Victor Hale">',
      '<article><div class="byline">By <a href="/author/victor-hale/">VICTOR HALE</a></div></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: 'Victor Hale', agency: null });
  });

  it('takes the site named as author for the publisher', () => {
    const p = page(
      '<meta property="og:site_name" content="LinkValley">',
      '<article><div class="byline">By <a href="/author/linkvalley/">LinkValley</a></div></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: null, agency: 'LinkValley' });
  });

  it('never reads a byline in page furniture', () => {
    const p = page(
      '',
      '<aside class="related"><div class="byline">By Someone Else</div></aside><article><p>Text.</p></article>',
    );
    expect(creditOf(p, p.root)).toEqual({ author: null, agency: null });
  });
});

describe('the headline over a section label', () => {
  it('passes over a section name the title appends', () => {
    const title = 'Tree pollen season arrives early | Seasonal Health Hub';
    expect(isTitleLabel('Seasonal Health Hub', title, [])).toBe(true);
    // "Site - Headline": the headline after the site is no label.
    expect(isTitleLabel('Floods shut schools', 'Ledger - Floods shut schools', [])).toBe(false);
    const p = page(`<title>${title}</title>`, '<h1>Seasonal Health Hub</h1>');
    expect(headlineOf(p, 'Seasonal Health Hub')).toBe('Tree pollen season arrives early');
  });
});

describe("the headline over the site's logo", () => {
  it('passes over an <h1> that links to the front page, in any language', () => {
    const html = (h1: string) =>
      `<html><head><title>Ferries add night crossings - Tidewater</title></head><body><div id="header">${h1}</div><article><p>Two ferry companies will add late crossings across the sound from Monday, the county said.</p><p>Riders said the change was overdue after months of detours.</p></article></body></html>`;
    for (const logo of [
      '<a href="/"><h1>타이드워터</h1></a>',
      '<h1><a href="https://tidewater.example/">타이드워터</a></h1>',
    ]) {
      expect(parseArticle(html(logo)).headline).toBe('Ferries add night crossings - Tidewater');
    }
    expect(parseArticle(html('<h1>Ferries add night crossings</h1>')).headline).toBe(
      'Ferries add night crossings',
    );
  });
});

describe('what a page says about itself', () => {
  it('takes the canonical address, made absolute, else og:url', () => {
    const p = page(
      '<link rel="canonical" href="/a/story-1"><meta property="og:url" content="https://news.example/a/story-1?ref=x">',
      '',
    );
    expect(pageFields(p).url).toBe('https://news.example/a/story-1');
    // A canonical link to the front page names no story.
    const front = page(
      '<link rel="canonical" href="https://news.example/"><meta property="og:url" content="https://news.example/a/story-2">',
      '',
    );
    expect(pageFields(front).url).toBe('https://news.example/a/story-2');
  });

  it('takes the site from og:site_name, else the JSON-LD publisher', () => {
    const ld = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Post"},"inLanguage":"de-AT"}</script>',
      '',
    );
    expect(pageFields(ld).site).toBe('Valley Post');
    expect(pageFields(ld).language).toBe('en-GB');
    const noLang = surveyPage(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de-AT"}</script></head></html>',
    );
    expect(pageFields(noLang).language).toBe('de-AT');
  });

  it('takes the region from og:locale when <html lang> names the language alone', () => {
    const html = (lang: string) =>
      surveyPage(
        `<html lang="${lang}"><head><meta property="og:locale" content="en_IN"></head></html>`,
      );
    expect(pageFields(html('en')).language).toBe('en_IN');
    expect(pageFields(html('hi')).language).toBe('hi');
    expect(pageFields(html('en-GB')).language).toBe('en-GB');
  });

  it.each([
    ['en', 'en'],
    ['en_IN', 'en-IN'],
    ['EN-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['x-default', null],
    ['und', null],
    ['', null],
    ['english', null],
  ])('spells the language %j as %j', (stated, tag) => {
    expect(languageTag(stated)).toBe(tag);
  });

  it('keeps only absolute web addresses', () => {
    expect(pageUrl('https://news.example/a b')).toBe('https://news.example/a%20b');
    expect(pageUrl('/relative/path')).toBeNull();
    expect(pageUrl('javascript:void(0)')).toBeNull();
  });

  it("takes a text copy's address only from a line of its own that spells the headline", () => {
    const story =
      'Tree pollen season arrives three weeks early\n\nBRENNER, April 2 (Valley Wire) - Allergy clinics report a surge of patients this week.\n\n';
    expect(
      parseArticle(
        `${story}Source: https://valleywire.example/health/tree-pollen-season-arrives-early-4411\n`,
      ).url,
    ).toBe('https://valleywire.example/health/tree-pollen-season-arrives-early-4411');
    // A menu's address, or another story's, is not the copy's own.
    expect(parseArticle(`${story}https://valleywire.example/health/\n`).url).toBeNull();
    expect(
      parseArticle(`${story}Source: https://valleywire.example/sport/derby-ends-level-2-2\n`).url,
    ).toBeNull();
  });

  it('gives text copies no address or language, and Devdiscourse copies their site', () => {
    const article = parseArticle(
      'Headline of the story\nPTI | New Delhi | Updated: 14-06-2024 17:34 IST | Created: 14-06-2024 17:20 IST\nThe story in one paragraph, long enough to count as one.\n',
    );
    expect(article).toMatchObject({ url: null, language: null, site: 'Devdiscourse' });
  });
});

describe('text escaped twice', () => {
  it('decodes what is plainly an entity, and nothing else', () => {
    expect(decodeLeftoverEntities('He said &quot;no&quot; &#8212; twice')).toBe(
      'He said "no" — twice',
    );
    expect(decodeLeftoverEntities('AT&T and Q&A; &madeup; stay')).toBe(
      'AT&T and Q&A; &madeup; stay',
    );
  });

  it('applies to an HTML page, not to a plain-text copy', () => {
    const html = parseArticle(
      '<html><head><meta name="description" content="Called it &amp;quot;a lifeline&amp;quot;"></head><body><article><h1>Ferries</h1><p>Ferries run late now, the operators said on Monday.</p></article></body></html>',
    );
    expect(html.summary).toBe('Called it "a lifeline"');
  });
});
