import { addDays, nextReviewDue } from './review-period';

describe('nextReviewDue', () => {
  it('is a cadence after the last review, monthly (30 days) by default', () => {
    expect(nextReviewDue({ reviewCadenceDays: null, nextReviewAt: null, createdOn: '2026-01-01' }, '2026-11-20')).toBe('2026-12-20');
    expect(nextReviewDue({ reviewCadenceDays: 7, nextReviewAt: '2027-01-01', createdOn: '2026-01-01' }, '2026-11-28')).toBe('2026-12-05');
  });
  it('before the first review: the date the team set, else a cadence after creation', () => {
    expect(nextReviewDue({ reviewCadenceDays: 90, nextReviewAt: '2026-12-01', createdOn: '2026-01-01' }, null)).toBe('2026-12-01');
    expect(nextReviewDue({ reviewCadenceDays: null, nextReviewAt: null, createdOn: '2026-02-15' }, null)).toBe('2026-03-17');
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
