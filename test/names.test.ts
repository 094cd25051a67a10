import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { titleCaseShouting } from '../src/text/clean.js';
import { classifyCredit, parseByLine } from '../src/wire/byline.js';
import { parseDateline } from '../src/wire/dateline.js';

const copy = (path: string) => parseArticle(readFileSync(`test/fixtures/${path}`), { path });

describe('names and places outside Latin-1', () => {
  it('a Polish byline is a byline, not the headline; the dateline and credits are read', () => {
    const a = copy('wire/reuters-lodz-names.txt');
    expect(a.input.layout).toBe('wire-text');
    expect(a.headline).toBe('');
    expect(a.author).toBe('Łukasz Nowak');
    expect(a.agency).toBe('Reuters');
    expect(a.dateline).toEqual({
      text: 'ŁÓDŹ, June 14 (Reuters)',
      location: 'ŁÓDŹ',
      date: null,
      agency: 'Reuters',
    });
    expect(a.location).toBe('Łódź');
    expect(a.paragraphs[0]).toMatch(/^ŁÓDŹ, June 14 \(Reuters\) - Farmers/);
    expect(a.credits?.roles).toEqual([
      { role: 'Reporting', names: ['Łukasz Nowak', 'Zoë Ștefănescu'] },
      { role: 'Editing', names: ['Čeněk Říha'] },
    ]);
    expect(a.paragraphs.join('\n')).not.toContain('Reporting by');
  });

  it('Vietnamese, Greek and Cyrillic names and a Vietnamese place', () => {
    const a = copy('wire/reuters-hanoi-names.txt');
    expect(a.headline).toBe("Vietnam's exports climb for a fifth month on electronics orders");
    expect(a.author).toBe('Nguyễn Thị Hương');
    expect(a.dateline?.location).toBe('HÀ NỘI');
    expect(a.location).toBe('Hà Nội');
    expect(a.credits?.roles).toEqual([
      { role: 'Reporting', names: ['Γιώργος Παπαδόπουλος', 'Дмитрий Иванов'] },
      { role: 'Editing', names: ['İlker Şahin'] },
    ]);
  });

  it('a Turkish name in a Devdiscourse credit is an author, not an agency', () => {
    const a = copy('text/dd-turkish-author.txt');
    expect(a.input.layout).toBe('devdiscourse-text');
    expect(a.author).toBe('Şule Kaya');
    expect(a.agency).toBe('Reuters');
    expect(a.location).toBe('İstanbul');
    expect(a.dateline?.text).toBe('İSTANBUL, June 18 (Reuters)');
  });

  it('the shouted Turkish capital İ survives title-casing as one character', () => {
    const a = parseArticle(
      'Markets\n\nİZMİR, June 3 (Reuters) - Shares rose on Monday as exporters gained ground.\n',
    );
    expect(a.location).toBe('İzmir');
    expect(a.location).toHaveLength(5);
    expect(titleCaseShouting('DİYARBAKIR')).toBe('Diyarbakır');
    expect(titleCaseShouting('INDIA')).toBe('India');
  });

  it.each([
    ['Şule Kaya', 'author'],
    ['Łukasz Nowak', 'author'],
    ['Ștefan Țiriac', 'author'],
    ['Dương Văn Minh', 'author'],
    ['Ελένη Κωνσταντίνου', 'author'],
    ['Ольга Петрова', 'author'],
    ['ČTK', 'agency'],
    ['ΑΠΕ ΜΠΕ', 'agency'],
    ['Anadolu Ajansı', 'agency'],
  ] as const)('classifies %s as %s', (name, kind) => {
    expect(classifyCredit(name)).toBe(kind);
  });

  it.each([
    ['By Łukasz Nowak and Ewa Żak', 'Łukasz Nowak and Ewa Żak'],
    ['By Ørjan Ødegård', 'Ørjan Ødegård'],
    ['By Αντώνης Σ.', 'Αντώνης Σ.'],
    ['By Ирина Шевченко', 'Ирина Шевченко'],
  ])('reads the byline %s', (line, names) => {
    expect(parseByLine(line)).toBe(names);
  });

  it('reads shouted datelines in other scripts', () => {
    expect(parseDateline('ŞANLIURFA, June 14 (Reuters) - Text follows here.')?.location).toBe(
      'ŞANLIURFA',
    );
    expect(parseDateline('КИЇВ, June 14 (Reuters) - Text follows here.')?.location).toBe('КИЇВ');
    expect(parseDateline('ČESKÉ BUDĚJOVICE — Text follows here.')?.location).toBe(
      'ČESKÉ BUDĚJOVICE',
    );
  });
});
