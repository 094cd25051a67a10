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
  // A business-news agency whose desk copy Indian papers carry under its name.
  'capital market',
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
  'canadian press',
  'the canadian press',
  'press association',
  'australian associated press',
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

/**
 * National agencies whose acronym is also a word or a given name ("Sana", "Kuna"): an agency only
 * when printed in capitals, as their datelines and credits print it ("Dhaka, SANA –").
 */
export const SHOUTED_WIRES: ReadonlySet<string> = new Set([
  'sana',
  'kuna',
  'qna',
  'mena',
  'bna',
  'ona',
  'unb',
  'ina',
  'petra',
  'antara',
  'saba',
  'kcna',
  'vna',
  'pna',
  'isna',
  'mehr',
  'fars',
  'tasnim',
]);

/** Whether the name, as printed, is an agency's or a wire's. */
export function isAgencyName(name: string): boolean {
  const key = name.toLowerCase();
  return WIRES.has(key) || (SHOUTED_WIRES.has(key) && name === name.toUpperCase());
}

/**
 * The name an agency is known by, whatever a page spells out: "Press Trust of India" and "PTI"
 * are one agency, and a batch groups its stories under one name.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  pti: 'PTI',
  'press trust of india': 'PTI',
  ians: 'IANS',
  'indo-asian news service': 'IANS',
  ani: 'ANI',
  'asian news international': 'ANI',
  uni: 'UNI',
  'united news of india': 'UNI',
  ap: 'AP',
  'associated press': 'AP',
  'the associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  xinhua: 'Xinhua',
  'canadian press': 'CP',
  'the canadian press': 'CP',
  'press association': 'PA',
  'australian associated press': 'AAP',
};

/** An agency's usual name ("Press Trust Of India" → "PTI"); any other credit as printed. */
export function shortAgencyName(name: string): string {
  const key = name.toLowerCase();
  return Object.hasOwn(SHORT_NAMES, key) ? (SHORT_NAMES[key] ?? name) : name;
}
