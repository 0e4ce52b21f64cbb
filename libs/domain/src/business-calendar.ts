import chineseDays from 'chinese-days/dist/chinese-days.json';
import { DEFAULT_TIME_ZONE } from './locale';

/**
 * Business hours (DESIGN §3b): a workspace calendar with a time zone, working hours per ISO
 * weekday, public holidays and make-up working days (China's 调休) per year. An SLA is counted in
 * elapsed time (24 × 7) or in business time, where a due time adds only working minutes.
 * Pure: no clock, no I/O; instants are `Date`s, calendar days are `YYYY-MM-DD` in the calendar's zone.
 */

/** One working interval of a weekday, in minutes from local midnight (`end` exclusive, ≤ 1440). */
export interface WorkingHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly startMinute: number;
  readonly endMinute: number;
}

/** A year's exceptions to the weekly pattern. */
export interface CalendarYear {
  /** Days off although their weekday has working hours (public holidays). */
  readonly holidays: readonly string[];
  /** Days worked although their weekday has none (调休 make-up working days); they keep Monday's hours. */
  readonly workdays: readonly string[];
}

export interface BusinessCalendar {
  readonly timeZone: string;
  readonly workingHours: readonly WorkingHours[];
  /** Years the calendar knows, by year (`2026`). */
  readonly years: Readonly<Record<string, CalendarYear>>;
}

export type SlaBasis = 'elapsed' | 'business';

export interface Sla {
  readonly minutes: number;
  readonly basis: SlaBasis;
}


/** Mon–Fri 09:00–18:00, the default working week. */
export const DEFAULT_WORKING_HOURS: readonly WorkingHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 18 * 60 }));

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Mainland China's public holidays and 调休 make-up working days for `year`, from the `chinese-days` package (empty when it does not know the year). */
export function chinaMainlandYear(year: number): CalendarYear {
  const prefix = `${year}-`;
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  return {
    holidays: Object.keys(data.holidays).filter((d) => d.startsWith(prefix)).sort(),
    workdays: Object.keys(data.workdays).filter((d) => d.startsWith(prefix)).sort(),
  };
}

/** The years the default mainland-China calendar covers. */
export function chinaMainlandYears(): number[] {
  const data = chineseDays as { holidays: Record<string, string> };
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

/**
 * The default calendar: Asia/Shanghai, Mon–Fri 09:00–18:00, mainland-China holidays and make-up
 * days for every year the package knows; `overrides` replace whole years (a workspace's edits).
 */
export function defaultBusinessCalendar(overrides: Readonly<Record<string, CalendarYear>> = {}, timeZone = DEFAULT_TIME_ZONE, workingHours = DEFAULT_WORKING_HOURS): BusinessCalendar {
  const years: Record<string, CalendarYear> = {};
  for (const y of chinaMainlandYears()) years[String(y)] = chinaMainlandYear(y);
  return { timeZone, workingHours, years: { ...years, ...overrides } };
}

/** Problems of a calendar, each naming its field; empty when valid. */
export function calendarIssues(calendar: BusinessCalendar): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone });
  } catch {
    issues.push({ field: 'timeZone', message: `"${calendar.timeZone}" is not an IANA time zone` });
  }
  calendar.workingHours.forEach((h, i) => {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) issues.push({ field: `workingHours[${i}].weekday`, message: 'must be 1 (Monday) to 7 (Sunday)' });
    if (!Number.isInteger(h.startMinute) || !Number.isInteger(h.endMinute) || h.startMinute < 0 || h.endMinute > 1440 || h.startMinute >= h.endMinute)
      issues.push({ field: `workingHours[${i}]`, message: 'start must be before end, within one day' });
  });
  const byDay = new Map<number, WorkingHours[]>();
  for (const h of calendar.workingHours) byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), h]);
  for (const [weekday, list] of byDay) {
    const sorted = [...list].sort((a, b) => a.startMinute - b.startMinute);
    if (sorted.some((h, k) => k > 0 && h.startMinute < sorted[k - 1].endMinute)) issues.push({ field: 'workingHours', message: `intervals of weekday ${weekday} overlap` });
  }
  if (!calendar.workingHours.length) issues.push({ field: 'workingHours', message: 'at least one working interval is needed' });
  for (const [year, y] of Object.entries(calendar.years)) {
    for (const [kind, days] of [['holidays', y.holidays], ['workdays', y.workdays]] as const) {
      days.forEach((d, i) => {
        if (!DAY_RE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || d.slice(0, 4) !== year) issues.push({ field: `years.${year}.${kind}[${i}]`, message: `"${d}" is not a date of ${year} (YYYY-MM-DD)` });
      });
    }
  }
  return issues;
}

// ---- time-zone arithmetic (Intl only; correct across DST changes of other zones) ----

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
function localParts(instant: number, timeZone: string): { y: number; m: number; d: number; minute: number; second: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), minute: Number(parts.hour) * 60 + Number(parts.minute), second: Number(parts.second) + (instant % 1000 + 1000) % 1000 / 1000 };
}

function offsetMs(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, 0, p.minute) + p.second * 1000;
  return asUtc - instant;
}

/**
 * Wall-clock instants already computed (a pure function of its arguments): an ingest batch opening
 * hundreds of cases walks the same few days again and again, and each Intl lookup costs microseconds.
 * Bounded: cleared when it grows past a few thousand days' worth.
 */
const zonedInstants = new Map<string, number>();
const ZONED_INSTANTS_MAX = 20_000;

/** The instant a local wall-clock time (day at `minute` from midnight) names in the zone. */
function zonedInstant(y: number, m: number, d: number, minute: number, timeZone: string): number {
  const key = `${timeZone}|${y}|${m}|${d}|${minute}`;
  const known = zonedInstants.get(key);
  if (known !== undefined) return known;
  const guess = Date.UTC(y, m - 1, d, 0, minute);
  const first = guess - offsetMs(guess, timeZone);
  const instant = guess - offsetMs(first, timeZone);
  if (zonedInstants.size >= ZONED_INSTANTS_MAX) zonedInstants.clear();
  zonedInstants.set(key, instant);
  return instant;
}

const dayKey = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Working intervals of one local day as instants. */
function dayIntervals(calendar: BusinessCalendar, y: number, m: number, d: number, index: WeekIndex): [number, number][] {
  const key = dayKey(y, m, d);
  const year = calendar.years[String(y)];
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  let hours: readonly WorkingHours[];
  if (year?.holidays.includes(key)) hours = [];
  else if (year?.workdays.includes(key)) hours = index.get(weekday)?.length ? (index.get(weekday) as WorkingHours[]) : (index.get(1) ?? []);
  else hours = index.get(weekday) ?? [];
  return hours.map((h) => [zonedInstant(y, m, d, h.startMinute, calendar.timeZone), zonedInstant(y, m, d, h.endMinute, calendar.timeZone)]);
}

type WeekIndex = Map<number, WorkingHours[]>;
function weekIndex(calendar: BusinessCalendar): WeekIndex {
  const index: WeekIndex = new Map();
  for (const h of [...calendar.workingHours].sort((a, b) => a.startMinute - b.startMinute)) index.set(h.weekday, [...(index.get(h.weekday) ?? []), h]);
  return index;
}

const DAY_MS = 86_400_000;
const SLOT_MS = 15 * 60_000;

/**
 * What walking a calendar computes, kept per calendar object: its week index and each local day's
 * working intervals (by UTC midnight of the local date). A calendar is plain data that is never
 * changed after it is made (an update makes a new one), so the memo cannot go stale; a batch opening
 * hundreds of cases walks the same few days again and again.
 */
interface CalendarWalk {
  index: WeekIndex;
  days: Map<number, [number, number][]>;
}
const walks = new WeakMap<BusinessCalendar, CalendarWalk>();
const DAYS_KEPT = 4_000;

function walkOf(calendar: BusinessCalendar): CalendarWalk {
  let walk = walks.get(calendar);
  if (!walk) {
    walk = { index: weekIndex(calendar), days: new Map() };
    walks.set(calendar, walk);
  }
  return walk;
}

/** UTC midnight of the local date of an instant, memoised per 15-minute slot (as `localDayOf` in metrics: every UTC offset in use is a whole number of quarter hours). */
const localDays = new Map<string, Map<number, number | null>>();
const SLOTS_KEPT = 20_000;
function localDate(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d);
}
function localDayStart(instant: number, timeZone: string): number {
  let slots = localDays.get(timeZone);
  if (!slots) {
    slots = new Map();
    localDays.set(timeZone, slots);
  }
  const slot = Math.floor(instant / SLOT_MS);
  let day = slots.get(slot);
  if (day === undefined) {
    const first = localDate(slot * SLOT_MS, timeZone);
    // A slot whose two ends read different days (a historical odd offset) is not memoised.
    day = first === localDate(slot * SLOT_MS + SLOT_MS - 1, timeZone) ? first : null;
    if (slots.size >= SLOTS_KEPT) slots.clear();
    slots.set(slot, day);
  }
  return day ?? localDate(instant, timeZone);
}

/** Calls `visit` with each day's working intervals from the local day of `from` on, until it answers true. */
function walkDays(calendar: BusinessCalendar, from: number, visit: (intervals: [number, number][]) => boolean): void {
  if (!calendar.workingHours.length) throw new Error('the calendar has no working hours');
  const walk = walkOf(calendar);
  let day = localDayStart(from, calendar.timeZone);
  // Ten years without a single working minute means the calendar is broken, not that the SLA is long.
  for (let i = 0; i < 3660; i++, day += DAY_MS) {
    let intervals = walk.days.get(day);
    if (!intervals) {
      const date = new Date(day);
      intervals = dayIntervals(calendar, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), walk.index);
      if (walk.days.size >= DAYS_KEPT) walk.days.clear();
      walk.days.set(day, intervals);
    }
    if (visit(intervals)) return;
  }
  throw new Error('the calendar has no working time within ten years');
}

/** `start` plus `minutes` working minutes of the calendar (a start outside working hours counts from the next working minute). */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  const t0 = start.getTime();
  if (minutes === 0) return new Date(t0);
  let remaining = minutes * 60_000;
  let due = t0;
  walkDays(calendar, t0, (intervals) => {
    for (const [s, e] of intervals) {
      const from = Math.max(s, t0);
      if (from >= e) continue;
      if (e - from >= remaining) {
        due = from + remaining;
        return true;
      }
      remaining -= e - from;
    }
    return false;
  });
  return new Date(due);
}

/** Working minutes of the calendar between two instants (0 when `to` ≤ `from`). */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  let total = 0;
  walkDays(calendar, a, (intervals) => {
    for (const [s, e] of intervals) {
      if (s >= b) return true;
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      if (hi > lo) total += hi - lo;
    }
    return intervals.length > 0 && intervals[intervals.length - 1][1] >= b;
  });
  return total / 60_000;
}

/** When an SLA that starts at `start` is due: elapsed minutes, or working minutes on the calendar. */
export function slaDueAt(start: Date, sla: Sla, calendar: BusinessCalendar): Date {
  return sla.basis === 'elapsed' ? new Date(start.getTime() + sla.minutes * 60_000) : addBusinessMinutes(start, sla.minutes, calendar);
}

/** Minutes left until `due` as the SLA counts them (negative when overdue). */
export function slaMinutesLeft(now: Date, due: Date, basis: SlaBasis, calendar: BusinessCalendar): number {
  if (basis === 'elapsed') return (due.getTime() - now.getTime()) / 60_000;
  return now <= due ? businessMinutesBetween(now, due, calendar) : -businessMinutesBetween(due, now, calendar);
}
