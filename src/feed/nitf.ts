/**
 * NITF 3.x, alone or inside a NewsML-G2 item: head/docdata for dates and keywords, body.head for
 * headline, byline, distributor, dateline and abstract, body.content (and body.end) for the story.
 */
import { trimEndOf } from '../text/clean.js';
import type { FeedItem } from './item.js';
import { emptyItem } from './item.js';
import type { Element } from './xml.js';
import { NS, attrOf, kid, kids, textIn, textOr } from './xml.js';

// NITF is usually without a namespace; inside NewsML-G2 it has its own.
const NITF = ['', NS.nitf];

/** A NITF date: the normalised stamp in @norm ("20240614T173400+0530"), else the text. */
function dateOf(el: Element | null): string | null {
  return attrOf(el, 'norm') ?? textOr(el);
}

function bylineNames(byline: Element): string[] {
  const people = kids(byline, NITF, 'person')
    .map(textOr)
    .filter((n): n is string => n !== null);
  if (people.length) return people;
  // The byline's text without its title ("Staff Writer").
  const title = textOr(kid(byline, NITF, 'byttl'));
  const text = textIn(byline).trim();
  const name =
    title && text.endsWith(title) ? trimEndOf(text.slice(0, -title.length), ' ,\n\t') : text;
  return name === '' ? [] : [name];
}

/** The item a NITF document makes. */
export function readNitf(nitf: Element): FeedItem {
  const item = emptyItem();
  const head = kid(nitf, NITF, 'head');
  const docdata = head && kid(head, NITF, 'docdata');
  const body = kid(nitf, NITF, 'body');
  const bodyHead = body && kid(body, NITF, 'body.head');
  const hedline = bodyHead && kid(bodyHead, NITF, 'hedline');

  item.headline =
    textOr(hedline && kid(hedline, NITF, 'hl1')) ?? textOr(head && kid(head, NITF, 'title'));
  const abstract = bodyHead && kid(bodyHead, NITF, 'abstract');
  item.summary = textOr(abstract) ?? textOr(hedline && kid(hedline, NITF, 'hl2'));
  if (bodyHead) {
    item.authors = kids(bodyHead, NITF, 'byline').flatMap(bylineNames);
    const distributor = kid(bodyHead, NITF, 'distributor');
    item.agency = textOr(distributor && kid(distributor, NITF, 'org')) ?? textOr(distributor);
    const dateline = kid(bodyHead, NITF, 'dateline');
    item.dateline = textOr(dateline)?.replace(/\s+/g, ' ') ?? null;
    const location = dateline && kid(dateline, NITF, 'location');
    item.place = textOr(location && kid(location, NITF, 'city')) ?? textOr(location);
  }
  if (docdata) {
    const issued = dateOf(kid(docdata, NITF, 'date.issue'));
    const released = dateOf(kid(docdata, NITF, 'date.release'));
    item.created = issued ?? released;
    item.updated = issued !== null && released !== issued ? released : null;
    const keywords = kids(docdata, NITF, 'key-list').flatMap((list) => kids(list, NITF, 'keyword'));
    item.tags = keywords.map((k) => attrOf(k, 'key')).filter((k): k is string => k !== null);
  }
  const subjects = (head ? kids(head, NITF, 'tobject') : []).flatMap((t) =>
    kids(t, NITF, 'tobject.subject'),
  );
  for (const subject of subjects) {
    const matter =
      attrOf(subject, 'tobject.subject.matter') ?? attrOf(subject, 'tobject.subject.type');
    if (matter) item.tags.push(matter);
  }
  item.language = attrOf(nitf, 'xml:lang');
  const pubdata = head && kid(head, NITF, 'pubdata');
  item.url = attrOf(pubdata, 'ex-ref');
  const story = body ? [kid(body, NITF, 'body.content'), kid(body, NITF, 'body.end')] : [];
  const elements = story.filter((el): el is Element => el !== null);
  if (elements.length) item.body = { kind: 'xml', elements };
  return item;
}
