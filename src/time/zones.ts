/**
 * Zone abbreviations seen in news copy. `offset` is what the abbreviation itself states (minutes
 * east of UTC), so "EST" in July still means -05:00; `zone` is the IANA zone it belongs to.
 * Abbreviations that name more than one zone in news copy (CST, AST, BST in Asia…) are listed in
 * AMBIGUOUS instead: their text is kept and a warning raised.
 */
export interface ZoneInfo {
  zone: string;
  offset: number;
}

const h = (hours: number, minutes = 0): number => hours * 60 + Math.sign(hours || 1) * minutes;

export const ZONES = {
  IST: { zone: 'Asia/Kolkata', offset: h(5, 30) },
  UTC: { zone: 'UTC', offset: 0 },
  // RFC 822's name for it, printed by feeds.
  UT: { zone: 'UTC', offset: 0 },
  GMT: { zone: 'Etc/GMT', offset: 0 },
  Z: { zone: 'UTC', offset: 0 },
  BST: { zone: 'Europe/London', offset: h(1) },
  WET: { zone: 'Europe/Lisbon', offset: 0 },
  CET: { zone: 'Europe/Paris', offset: h(1) },
  CEST: { zone: 'Europe/Paris', offset: h(2) },
  EET: { zone: 'Europe/Athens', offset: h(2) },
  EEST: { zone: 'Europe/Athens', offset: h(3) },
  MSK: { zone: 'Europe/Moscow', offset: h(3) },
  EST: { zone: 'America/New_York', offset: h(-5) },
  EDT: { zone: 'America/New_York', offset: h(-4) },
  CDT: { zone: 'America/Chicago', offset: h(-5) },
  MST: { zone: 'America/Denver', offset: h(-7) },
  MDT: { zone: 'America/Denver', offset: h(-6) },
  PST: { zone: 'America/Los_Angeles', offset: h(-8) },
  PDT: { zone: 'America/Los_Angeles', offset: h(-7) },
  PKT: { zone: 'Asia/Karachi', offset: h(5) },
  NPT: { zone: 'Asia/Kathmandu', offset: h(5, 45) },
  SGT: { zone: 'Asia/Singapore', offset: h(8) },
  HKT: { zone: 'Asia/Hong_Kong', offset: h(8) },
  PHT: { zone: 'Asia/Manila', offset: h(8) },
  WIB: { zone: 'Asia/Jakarta', offset: h(7) },
  ICT: { zone: 'Asia/Bangkok', offset: h(7) },
  JST: { zone: 'Asia/Tokyo', offset: h(9) },
  KST: { zone: 'Asia/Seoul', offset: h(9) },
  AEST: { zone: 'Australia/Sydney', offset: h(10) },
  AEDT: { zone: 'Australia/Sydney', offset: h(11) },
  ACST: { zone: 'Australia/Adelaide', offset: h(9, 30) },
  AWST: { zone: 'Australia/Perth', offset: h(8) },
  NZST: { zone: 'Pacific/Auckland', offset: h(12) },
  NZDT: { zone: 'Pacific/Auckland', offset: h(13) },
  EAT: { zone: 'Africa/Nairobi', offset: h(3) },
  WAT: { zone: 'Africa/Lagos', offset: h(1) },
  CAT: { zone: 'Africa/Maputo', offset: h(2) },
  SAST: { zone: 'Africa/Johannesburg', offset: h(2) },
  GST: { zone: 'Asia/Dubai', offset: h(4) },
  MYT: { zone: 'Asia/Kuala_Lumpur', offset: h(8) },
} as const satisfies Readonly<Record<string, ZoneInfo>>;

/** An abbreviation that names one zone: what a site profile may assume. */
export type ZoneName = keyof typeof ZONES;

/** Abbreviations with more than one plausible meaning in news copy. */
export const AMBIGUOUS: ReadonlySet<string> = new Set(['CST', 'AST', 'ADT', 'BDT', 'SST']);

export function lookupZone(abbreviation: string): ZoneInfo | undefined {
  return Object.hasOwn(ZONES, abbreviation) ? ZONES[abbreviation as ZoneName] : undefined;
}
