import { BOARD_COLUMNS, droppableColumns, dueFilter, needsReason } from './board-rules';

describe('action board rules', () => {
  it('lets a card drop only on its legal next columns', () => {
    expect(BOARD_COLUMNS).toEqual(['proposed', 'planned', 'in_progress', 'done', 'verified', 'dropped']);
    expect([...droppableColumns('proposed')].sort()).toEqual(['dropped', 'planned']);
    expect(droppableColumns('in_progress').has('done')).toBe(true);
    expect(droppableColumns('proposed').has('done')).toBe(false);
    expect(droppableColumns('verified').size).toBe(0);
    expect(needsReason('dropped')).toBe(true);
    expect(needsReason('done')).toBe(false);
  });

  it('turns the due choice into an API filter', () => {
    expect(dueFilter('overdue', '2026-12-06')).toEqual({ overdue: true });
    expect(dueFilter('week', '2026-12-28')).toEqual({ dueBy: '2027-01-04' });
    expect(dueFilter('any', '2026-12-06')).toEqual({});
  });
});
