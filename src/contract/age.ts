// Age arithmetic on calendar dates (no clock times, no time zones inside):
// shared by the age gate (browser) and the mock server's age rule.

/** A date on the calendar: `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM-DD` strictly (real dates only: no 2023-02-29, no 2024-13-01). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return { year, month, day };
}

/** `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Today on the person's own calendar: the device's local date, not UTC. Someone
 * in Auckland whose birthday starts at local midnight is a year older from that
 * moment, even though it is still the day before in UTC.
 */
export function localToday(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The calendar date at a fixed UTC offset (minutes east of UTC), e.g. `840` for UTC+14. */
export function dateAtOffset(now: Date, offsetMinutes: number): CalendarDate {
  const shifted = new Date(now.getTime() + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/**
 * Completed years between `birth` and `today`. A birthday counts from the start
 * of its calendar day. Someone born on 29 February has their birthday on
 * 1 March in common years (the day after 28 February has passed): the later,
 * conservative reading, which is the legal rule in England and Wales, Hong Kong
 * and others. Negative when `birth` is after `today`.
 */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  let age = today.year - birth.year;
  if (today.month < birth.month || (today.month === birth.month && today.day < birth.day)) age--;
  return age;
}

/** The outcome of an age check. */
export type AgeCheck = "ok" | "under-age" | "future" | "implausible";

/** Checks a birth date against a minimum age on `today`'s calendar. */
export function checkAge(birth: CalendarDate, minimumAge: number, today: CalendarDate): AgeCheck {
  const age = ageOn(birth, today);
  if (age < 0) return "future";
  if (age > 130) return "implausible";
  return age >= minimumAge ? "ok" : "under-age";
}
