#!/usr/bin/env node
// Writes the cluster test's archive: COUNT copies of news in two invented shapes (a Devdiscourse
// page copy and a raw agency wire) with varied stories, places, stamps and lengths, spread over
// dated folders, and a few broken files (empty, white space only, an image, NUL bytes, damaged
// UTF-8) whose
// paths are listed in BROKEN_LIST. Deterministic: the same COUNT gives the same archive.
//   node test/cluster/make-archive.mjs DIR COUNT BROKEN_LIST
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random, pick } from '../../bench/random.mjs';

const [dir, countText, brokenList] = process.argv.slice(2);
const count = Number(countText);
if (!dir || !Number.isInteger(count) || count < 1 || !brokenList) {
  process.stderr.write('usage: make-archive.mjs DIR COUNT BROKEN_LIST\n');
  process.exit(2);
}

const PLACES = [
  ['Kochi', 'India'],
  ['Pune', 'India'],
  ['Nairobi', 'Kenya'],
  ['Lisbon', 'Portugal'],
  ['Hanoi', 'Vietnam'],
  ['Quito', 'Ecuador'],
  ['Tallinn', 'Estonia'],
  ['Accra', 'Ghana'],
];
const AGENCIES = ['PTI', 'IANS', 'ANI', 'Reuters'];
const TOPICS = [
  ['Ferry Operators', 'Extend Night Crossings', 'ferry operators'],
  ['Seed Bank', 'Opens Third Cold Vault', 'the regional seed bank'],
  ['Tram Line', 'Wins Approval for Harbour Loop', 'the tram company'],
  ['Textile Mills', 'Report Rise in Export Orders', 'textile mill owners'],
  ['Rain Gauges', 'Go Digital Across Hill Districts', 'the weather office'],
  ['Public Libraries', 'Add Sunday Reading Hours', 'the libraries board'],
];
const CLAIMS = [
  'the change would take effect before the end of the quarter',
  'about 340 workers would be trained under the new scheme',
  'the cost would be shared between the city and two private partners',
  'a review of the first six months would be published in the spring',
  'complaints had fallen by nearly a third since the pilot began',
  'the plan still needed the approval of the finance committee',
  'local schools had asked to join the programme next year',
];

function stamp(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${p(date.getUTCDate())}-${p(date.getUTCMonth() + 1)}-${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}`;
}

function paragraphs(rnd, subject, many) {
  const out = [];
  for (let i = 0; i < many; i++) {
    out.push(
      `Officials said ${pick(rnd, CLAIMS)}, and ${subject} added that ${pick(rnd, CLAIMS)}.`,
    );
  }
  return out;
}

function devdiscourse(rnd, n, created) {
  const [place, country] = pick(rnd, PLACES);
  const [who, what, subject] = pick(rnd, TOPICS);
  const agency = pick(rnd, AGENCIES);
  const updated = new Date(created.getTime() + Math.floor(rnd() * 5) * 11 * 60_000);
  const headline = `${place} ${who} ${what} (No. ${n})`;
  return [
    headline,
    '',
    `${who} in ${place} said the decision followed months of talks. Residents are expected to notice the difference within weeks.`,
    '',
    '',
    `${agency} | ${place} | Updated: ${stamp(updated)} IST | Created: ${stamp(created)} IST`,
    '  • Country:',
    `  • ${country}`,
    '',
    `${place}, (${agency}): ${who} in ${place} announced on Monday that ${pick(rnd, CLAIMS)}.`,
    '',
    ...paragraphs(rnd, subject, 2 + Math.floor(rnd() * 6)).flatMap((p) => [p, '']),
    `(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)`,
    '',
  ].join(rnd() < 0.2 ? '\r\n' : '\n');
}

function wire(rnd, n) {
  const [place] = pick(rnd, PLACES);
  const [who, what, subject] = pick(rnd, TOPICS);
  return [
    `${who} in ${place} ${what.toLowerCase()} (wire ${n})`,
    '',
    'By Mira Okonjo',
    '',
    `${place.toUpperCase()}, March 3 (Reuters) - ${who} in ${place} said on Tuesday that ${pick(rnd, CLAIMS)}.`,
    '',
    ...paragraphs(rnd, subject, 2 + Math.floor(rnd() * 4)).flatMap((p) => [p, '']),
    '(Reporting by Mira Okonjo; Editing by Tomas Lind)',
    '',
  ].join('\n');
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const broken = [];
function writeBroken(rel, bytes) {
  const path = join(dir, rel);
  writeFileSync(path, bytes);
  broken.push(path);
}

for (let n = 0; n < count; n++) {
  const rnd = random(n * 7919 + 11);
  const created = new Date(Date.UTC(2021, 0, 1) + Math.floor(rnd() * 3 * 365 * 24) * 3_600_000);
  const folder = join(
    dir,
    String(created.getUTCFullYear()),
    String(created.getUTCMonth() + 1).padStart(2, '0'),
  );
  mkdirSync(folder, { recursive: true });
  const isWire = n % 5 === 4;
  const name = `${String(n).padStart(5, '0')}-${isWire ? 'wire' : 'story'}.txt`;
  writeFileSync(join(folder, name), isWire ? wire(rnd, n) : devdiscourse(rnd, n, created));
  // One broken file for every 250 copies, of each kind in turn.
  if (n % 250 === 125) {
    const kind = (n / 250) | 0;
    const rel = join(
      String(created.getUTCFullYear()),
      String(created.getUTCMonth() + 1).padStart(2, '0'),
    );
    const stem = `${String(n).padStart(5, '0')}-broken`;
    switch (kind % 5) {
      case 0:
        writeBroken(join(rel, `${stem}-empty.txt`), '');
        break;
      case 1:
        writeBroken(join(rel, `${stem}-image.txt`), PNG);
        break;
      case 2:
        // Well-formed UTF-8 around one byte that can never occur in it: damaged, not decodable.
        writeBroken(
          join(rel, `${stem}-undecodable.txt`),
          Buffer.concat([
            Buffer.from('Café owners in Málaga said '),
            Buffer.from([0xff]),
            Buffer.from(' the fête was over.\n'),
          ]),
        );
        break;
      case 3:
        writeBroken(join(rel, `${stem}-blank.html`), ' \n\t\n');
        break;
      default:
        writeBroken(
          join(rel, `${stem}-dump.txt`),
          Buffer.from([0x4e, 0x65, 0x77, 0x73, 0, 0, 0x01, 0x02, 0x03]),
        );
    }
  }
}
writeFileSync(brokenList, broken.map((p) => `${p}\n`).join(''));
