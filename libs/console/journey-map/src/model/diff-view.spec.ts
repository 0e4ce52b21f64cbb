import { defaultComparison, diffRows, diffTotals, formatDiffValue, signedEmotion } from './diff-view';
import type { JourneyDiff } from './types';

const empty: JourneyDiff = {
  fromRevision: 1, toRevision: 2, journeyFields: [], stagesAdded: [], stagesRemoved: [], stagesMoved: [], stagesChanged: [],
  touchpointsAdded: [], touchpointsRemoved: [], touchpointsMoved: [], touchpointsChanged: [],
  painPointsAdded: 0, painPointsRemoved: 0, opportunitiesAdded: 0, opportunitiesRemoved: 0, insights: [],
};

describe('formatDiffValue', () => {
  it('says what kind of value it is so the UI can translate it', () => {
    expect(formatDiffValue('slaMinutes', null)).toEqual({ kind: 'empty' });
    expect(formatDiffValue('expectation', '')).toEqual({ kind: 'empty' });
    expect(formatDiffValue('momentOfTruth', true)).toEqual({ kind: 'bool', value: true });
    expect(formatDiffValue('channel', 'wechat')).toEqual({ kind: 'channel', value: 'wechat' });
    expect(formatDiffValue('emotion', -2)).toEqual({ kind: 'emotion', value: -2 });
    expect(formatDiffValue('slaMinutes', 30)).toEqual({ kind: 'text', value: '30' });
    expect(formatDiffValue('name', '报修受理')).toEqual({ kind: 'text', value: '报修受理' });
  });

  it("shows an image lane's pictures as a sign, not as their data: URLs", () => {
    const picture = `data:image/png;base64,${'A'.repeat(400)}`;
    expect(formatDiffValue('lane:shots', [picture, '说明'])).toEqual({ kind: 'text', value: '["🖼","说明"]' });
  });

  it('shortens long texts', () => {
    const value = formatDiffValue('customerThought', 'x'.repeat(500));
    expect(value.kind === 'text' && value.value.length).toBe(120);
  });

  it('signs emotions', () => {
    expect([signedEmotion(2), signedEmotion(0), signedEmotion(-3)]).toEqual(['+2', '0', '−3']);
  });
});

describe('diffRows', () => {
  it('lists journey fields, stages, touchpoints and insight counts in reading order', () => {
    const diff: JourneyDiff = {
      ...empty,
      journeyFields: [{ field: 'name', before: 'Old', after: 'New' }],
      stagesAdded: [{ id: 's9', name: '回访', position: 3 }],
      stagesMoved: [{ id: 's1', name: '派单', from: 1, to: 0 }],
      touchpointsMoved: [{ id: 't1', name: '上门维修', fromStageId: 's1', toStageId: 's9', fromPosition: 0, toPosition: 2 }],
      touchpointsChanged: [{ id: 't2', name: '验收', changes: [{ field: 'emotion', before: -1, after: 2 }, { field: 'momentOfTruth', before: false, after: true }] }],
      painPointsAdded: 2,
      opportunitiesRemoved: 1,
      insights: [
        { entity: 'painPoint', kind: 'added', id: 'p1', title: '师傅迟到两小时', before: null, touchpointName: '上门维修' },
        { entity: 'painPoint', kind: 'changed', id: 'p2', title: '费用不透明', before: '收费乱', touchpointName: '验收' },
        { entity: 'opportunity', kind: 'removed', id: 'o1', title: '上门前短信提醒', before: null, touchpointName: '派单' },
      ],
    };
    const rows = diffRows(diff, new Map([['s1', '派单']]));
    expect(rows.map((r) => [r.kind, r.entity, r.name])).toEqual([
      ['changed', 'journey', ''],
      ['added', 'stage', '回访'],
      ['moved', 'stage', '派单'],
      ['moved', 'touchpoint', '上门维修'],
      ['changed', 'touchpoint', '验收'],
      ['added', 'painPoints', '师傅迟到两小时'],
      ['changed', 'painPoints', '费用不透明'],
      ['removed', 'opportunities', '上门前短信提醒'],
    ]);
    // Each insight row names its text and its touchpoint; a retitled one shows the old and new text.
    expect(rows[5]!.to).toEqual({ stage: '上门维修', position: 0 });
    expect(rows[6]!.changes).toEqual([{ field: 'title', before: { kind: 'text', value: '收费乱' }, after: { kind: 'text', value: '费用不透明' } }]);
    expect(rows[7]!.from).toEqual({ stage: '派单', position: 0 });
    const moved = rows[3]!;
    // 1-based positions and stage names, including a stage that only the diff knows (added).
    expect(moved.from).toEqual({ stage: '派单', position: 1 });
    expect(moved.to).toEqual({ stage: '回访', position: 3 });
    expect(rows[2]).toMatchObject({ from: { position: 2 }, to: { position: 1 } });
    expect(rows[4]!.changes).toEqual([
      { field: 'emotion', before: { kind: 'emotion', value: -1 }, after: { kind: 'emotion', value: 2 } },
      { field: 'momentOfTruth', before: { kind: 'bool', value: false }, after: { kind: 'bool', value: true } },
    ]);
    expect(diffTotals(rows)).toEqual({ added: 2, removed: 1, moved: 2, changed: 3 });
  });

  it('is empty for identical revisions', () => {
    expect(diffRows(empty)).toEqual([]);
  });
});

describe('defaultComparison', () => {
  it('compares a revision with the one before it', () => {
    expect(defaultComparison([5, 4, 3, 1], 4)).toEqual({ from: 3, to: 4 });
    expect(defaultComparison([5, 4, 3, 1], 1)).toBeNull();
    expect(defaultComparison([2], 9)).toBeNull();
  });
});
