import { countdownParts } from './sla-countdown';

describe('countdownParts', () => {
  it('splits minutes left into hours and minutes', () => {
    expect(countdownParts(185)).toEqual({ overdue: false, hours: 3, minutes: 5 });
  });
  it('reports an overdue case by how much', () => {
    expect(countdownParts(-61)).toEqual({ overdue: true, hours: 1, minutes: 1 });
  });
});
