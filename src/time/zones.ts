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

/**
 * US generic zones ("12:06 p.m. ET"): the abbreviation states no offset of its own, so the
 * date decides between standard and daylight time by the US rule. `offset` is standard time.
 */
const SEASONAL: Readonly<Record<string, ZoneInfo>> = {
  ET: { zone: 'America/New_York', offset: h(-5) },
  CT: { zone: 'America/Chicago', offset: h(-6) },
  MT: { zone: 'America/Denver', offset: h(-7) },
  PT: { zone: 'America/Los_Angeles', offset: h(-8) },
};

/** A wall-clock date and hour, as a stamp prints it. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
}

/** The day of the month of the nth Sunday (n = -1: the last) of a month (1-12). */
function sunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * Whether US daylight time applies at a local wall-clock time: from 2 a.m. on the second Sunday
 * of March to 2 a.m. on the first Sunday of November since 2007, first Sunday of April to last
 * Sunday of October before.
 */
function usDaylight({ year, month, day, hour }: WallTime): boolean {
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007
      ? [3, sunday(year, 3, 2), 11, sunday(year, 11, 1)]
      : [4, sunday(year, 4, 1), 10, sunday(year, 10, -1)];
  const at = (m: number, d: number): number => (m * 32 + d) * 24 + 2;
  const now = (month * 32 + day) * 24 + hour;
  return now >= at(startMonth, startDay) && now < at(endMonth, endDay);
}

/** The zone a generic abbreviation ("ET", "PT") means at a wall-clock time, or undefined. */
export function seasonalZone(abbreviation: string, wall: WallTime): ZoneInfo | undefined {
  const standard = Object.hasOwn(SEASONAL, abbreviation) ? SEASONAL[abbreviation] : undefined;
  if (!standard) return undefined;
  return usDaylight(wall) ? { ...standard, offset: standard.offset + 60 } : standard;
}
