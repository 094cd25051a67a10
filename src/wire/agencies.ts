// News agencies and wires by the names copies print them under, acronyms and spelled out, in lower
// case: one list for bylines, credits and page copies alike.

/** Agencies whose copy prints Indian time: a stamp without a zone on it is in IST. */
export const INDIAN_AGENCIES: ReadonlySet<string> = new Set([
  'pti',
  'press trust of india',
  'ians',
  'indo-asian news service',
  'ani',
  'asian news international',
  'uni',
  'united news of india',
]);

/** Every agency and wire, the Indian ones included. */
export const WIRES: ReadonlySet<string> = new Set([
  ...INDIAN_AGENCIES,
  'reuters',
  'thomson reuters',
  'ap',
  'associated press',
  'the associated press',
  'afp',
  'agence france-presse',
  'agence france presse',
  'xinhua',
  'bloomberg',
  'kyodo',
  'yonhap',
  'bernama',
  'anadolu',
  'dpa',
  'efe',
  'tass',
  'sputnik',
  'app',
  'nnn',
  'ansa',
  'ria novosti',
  'anadolu agency',
  'aap',
  'upi',
  'pa',
  'pa media',
  'cna',
  'ips',
  'wam',
  'spa',
  'irna',
  'apa',
  'bss',
]);
