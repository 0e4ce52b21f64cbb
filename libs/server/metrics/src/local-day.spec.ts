import { localDayOf } from './metric-rollup.service';

/** The day of an instant as one formatter call per instant says it (what the memo must agree with). */
const formats = new Map<string, Intl.DateTimeFormat>();
const direct = (timeZone: string, t: number) => {
  if (!formats.has(timeZone)) formats.set(timeZone, new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return (formats.get(timeZone) as Intl.DateTimeFormat).format(t);
};

describe('localDayOf', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'UTC'])(
    'agrees with a per-instant formatter around midnights and DST changes in %s',
    (timeZone) => {
      const dayOf = localDayOf(timeZone);
      // Every 7 minutes and 13 seconds through 2026: crosses every midnight and both DST changes, two instants per memoised slot.
      const start = Date.UTC(2026, 0, 1);
      const end = Date.UTC(2027, 0, 1);
      const step = 7 * 60000 + 13000;
      for (let t = start; t < end; t += step) {
        const expected = direct(timeZone, t);
        if (dayOf(new Date(t)) !== expected) throw new Error(`${timeZone} ${new Date(t).toISOString()}: ${dayOf(new Date(t))} ≠ ${expected}`);
      }
      expect(dayOf(new Date('2026-03-31T16:00:00Z'))).toBe(direct(timeZone, Date.parse('2026-03-31T16:00:00Z')));
    },
  );

  it('reads Shanghai midnight as the next day', () => {
    const dayOf = localDayOf('Asia/Shanghai');
    expect(dayOf(new Date('2026-03-31T15:59:59.999Z'))).toBe('2026-03-31');
    expect(dayOf(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
  });
});
