import fc from 'fast-check';
import { addBusinessMinutes, businessMinutesBetween, calendarIssues, chinaMainlandYear, defaultBusinessCalendar, slaDueAt, slaMinutesLeft, type BusinessCalendar } from './business-calendar';

// Asia/Shanghai is UTC+8 all year (no daylight saving), so "+08:00" below is the wall clock.
const at = (local: string) => new Date(`${local}+08:00`);
const china = defaultBusinessCalendar();
const hours = (h: number) => h * 60;

describe('the default mainland-China calendar', () => {
  it('knows 2026 National Day and its 调休 make-up days from chinese-days', () => {
    const y = chinaMainlandYear(2026);
    for (const d of ['2026-10-01', '2026-10-07']) expect(y.holidays).toContain(d);
    // Sunday 20 September and Saturday 10 October 2026 are worked.
    expect(y.workdays).toEqual(expect.arrayContaining(['2026-09-20', '2026-10-10']));
    expect(china.timeZone).toBe('Asia/Shanghai');
  });
});

describe('addBusinessMinutes (Mon–Fri 09:00–18:00, Asia/Shanghai)', () => {
  it('stays within one working day', () => {
    // Tue 2026-03-03 10:00 + 3 h = 13:00.
    expect(addBusinessMinutes(at('2026-03-03T10:00:00'), hours(3), china)).toEqual(at('2026-03-03T13:00:00'));
  });

  it('jumps over a weekend', () => {
    // Fri 2026-03-06 17:00: 1 h left on Friday, 3 h more from Monday 09:00 → Mon 2026-03-09 12:00.
    expect(addBusinessMinutes(at('2026-03-06T17:00:00'), hours(4), china)).toEqual(at('2026-03-09T12:00:00'));
  });

  it('starts counting at the next working minute when opened on a Saturday', () => {
    expect(addBusinessMinutes(at('2026-03-07T10:00:00'), 60, china)).toEqual(at('2026-03-09T10:00:00'));
  });

  it('jumps over the 2026 National Day holiday (1–7 October)', () => {
    // Wed 2026-09-30 16:00: 2 h left that day; 1–7 Oct are off; Thu 8 Oct 09:00 + 6 h = 15:00.
    expect(addBusinessMinutes(at('2026-09-30T16:00:00'), hours(8), china)).toEqual(at('2026-10-08T15:00:00'));
  });

  it('works on the 调休 make-up Saturday 10 October 2026', () => {
    // Fri 2026-10-09 17:00: 1 h on Friday, then the make-up Saturday from 09:00 → Sat 10 Oct 10:00.
    expect(addBusinessMinutes(at('2026-10-09T17:00:00'), hours(2), china)).toEqual(at('2026-10-10T10:00:00'));
    // The Saturday before (3 Oct) is a holiday anyway; an ordinary Saturday (17 Oct) is not worked.
    expect(addBusinessMinutes(at('2026-10-16T17:00:00'), hours(2), china)).toEqual(at('2026-10-19T10:00:00'));
  });

  it('honours a workspace override that replaces a year', () => {
    const noHolidays = defaultBusinessCalendar({ '2026': { holidays: [], workdays: [] } });
    // Without the holiday 1 Oct (a Thursday) is worked: 30 Sep 16:00 + 8 h = 1 Oct 15:00.
    expect(addBusinessMinutes(at('2026-09-30T16:00:00'), hours(8), noHolidays)).toEqual(at('2026-10-01T15:00:00'));
  });

  it('uses split working hours and another time zone', () => {
    const berlin: BusinessCalendar = {
      timeZone: 'UTC',
      workingHours: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday, startMinute: 9 * 60, endMinute: 12 * 60 },
        { weekday, startMinute: 13 * 60, endMinute: 17 * 60 },
      ]),
      years: {},
    };
    // Mon 2026-03-02 11:00Z + 2 h: 1 h before lunch, 1 h after → 14:00Z.
    expect(addBusinessMinutes(new Date('2026-03-02T11:00:00Z'), 120, berlin)).toEqual(new Date('2026-03-02T14:00:00Z'));
  });
});

describe('SLA due times and countdowns', () => {
  it('counts an elapsed SLA around the clock', () => {
    expect(slaDueAt(at('2026-03-06T17:00:00'), { minutes: hours(24), basis: 'elapsed' }, china)).toEqual(at('2026-03-07T17:00:00'));
  });

  it('counts a business SLA in working minutes', () => {
    expect(slaDueAt(at('2026-03-06T17:00:00'), { minutes: hours(24), basis: 'business' }, china)).toEqual(
      // 1 h Fri + 9 h Mon + 9 h Tue + 5 h Wed → Wed 2026-03-11 14:00.
      at('2026-03-11T14:00:00'),
    );
  });

  it('measures working minutes between instants, negative when overdue', () => {
    expect(businessMinutesBetween(at('2026-03-06T17:00:00'), at('2026-03-09T12:00:00'), china)).toBe(240);
    expect(slaMinutesLeft(at('2026-03-09T12:00:00'), at('2026-03-06T17:00:00'), 'business', china)).toBe(-240);
    expect(slaMinutesLeft(at('2026-03-06T17:00:00'), at('2026-03-07T17:00:00'), 'elapsed', china)).toBe(1440);
  });
});

describe('calendarIssues', () => {
  it('names the bad fields', () => {
    const issues = calendarIssues({ timeZone: 'Mars/Base', workingHours: [{ weekday: 8, startMinute: 600, endMinute: 540 }], years: { '2026': { holidays: ['2025-01-01'], workdays: [] } } });
    expect(issues.map((i) => i.field)).toEqual(['timeZone', 'workingHours[0].weekday', 'workingHours[0]', 'years.2026.holidays[0]']);
    expect(calendarIssues(china)).toEqual([]);
  });
});

describe('properties', () => {
  const start = fc.date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true });
  const span = fc.integer({ min: 0, max: 6000 });

  it('a due time is never before its start, and adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(start, span, span, (s, a, b) => {
        const viaA = addBusinessMinutes(s, a, china);
        expect(viaA.getTime()).toBeGreaterThanOrEqual(s.getTime());
        expect(addBusinessMinutes(viaA, b, china).getTime()).toBe(addBusinessMinutes(s, a + b, china).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('the working minutes between a start and its due time are the SLA', () => {
    fc.assert(
      fc.property(start, span, (s, n) => {
        expect(businessMinutesBetween(s, addBusinessMinutes(s, n, china), china)).toBeCloseTo(n, 6);
      }),
      { numRuns: 200 },
    );
  });
  /** Whether the minute starting at `t` is working time, read minute by minute with Intl (no memo, no interval walk). */
  const wallClocks = new Map<string, Intl.DateTimeFormat>();
  function workingMinute(calendar: BusinessCalendar, t: number): boolean {
    let wallClock = wallClocks.get(calendar.timeZone);
    if (!wallClock) {
      wallClock = new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
      wallClocks.set(calendar.timeZone, wallClock);
    }
    const parts = Object.fromEntries(wallClock.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
    const minute = Number(parts.hour) * 60 + Number(parts.minute);
    const year = calendar.years[parts.year];
    const own = calendar.workingHours.filter((h) => h.weekday === weekday);
    const hoursOfDay = year?.holidays.includes(date) ? [] : year?.workdays.includes(date) && !own.length ? calendar.workingHours.filter((h) => h.weekday === 1) : own;
    return hoursOfDay.some((h) => minute >= h.startMinute && minute < h.endMinute);
  }

  it('due times match a minute-by-minute count, for any working week, in zones with daylight saving and half-hour offsets, whatever was asked before', () => {
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Shanghai'];
    // Whole minutes, so the count and the interval walk agree to the millisecond.
    const minuteStart = fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 11, 31) / 60_000 }).map((m) => m * 60_000);
    // Interval ends on quarter hours, none between 01:00 and 03:00 (where daylight saving skips or repeats wall-clock times).
    const boundary = fc.constantFrom(0, ...Array.from({ length: (1440 - 180) / 15 + 1 }, (_, k) => 180 + k * 15));
    const shift = fc.tuple(boundary, boundary).filter(([a, b]) => a !== b).map(([a, b]) => ({ startMinute: Math.min(a, b), endMinute: Math.max(a, b) }));
    const week = fc
      .array(fc.option(shift, { nil: null }), { minLength: 7, maxLength: 7 })
      .map((days) => days.flatMap((h, k) => (h ? [{ weekday: k + 1, ...h }] : [])))
      .filter((hours) => hours.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...zones), week, minuteStart, fc.integer({ min: 1, max: 1_200 }), (zone, workingHours, t0, n) => {
        const calendar = defaultBusinessCalendar({}, zone, workingHours);
        let t = t0;
        for (let left = n; left > 0; t += 60_000) if (workingMinute(calendar, t)) left--;
        // Asked twice of one calendar (the second answer comes from its memo) and once of a fresh copy.
        expect(addBusinessMinutes(new Date(t0), n, calendar).getTime()).toBe(t);
        expect(addBusinessMinutes(new Date(t0), n, calendar).getTime()).toBe(t);
        expect(addBusinessMinutes(new Date(t0), n, defaultBusinessCalendar({}, zone, workingHours)).getTime()).toBe(t);
      }),
      { numRuns: 60 },
    );
  });
});
