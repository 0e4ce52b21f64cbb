import { alignStates } from './state-pair';
import { touchpointFixture } from './map-fixtures';

const stage = (name: string, tps: [string, number][]) => ({ id: name, name, description: '', position: 0, version: 1, touchpoints: tps.map(([n, e], i) => touchpointFixture(`${name}-${n}`, name, i, { name: n, emotion: e })) });

describe('current and future state side by side', () => {
  it('matches touchpoints by stage and name, keeps the current order, appends future-only ones, and gives the change', () => {
    const current = { stages: [stage('报修', [['电话', -2], ['微信', 0]]), stage('维修', [['上门', -3]])] };
    // The future drops 微信, improves 电话 and 上门, and adds 小程序 in 报修.
    const future = { stages: [stage('报修', [['电话', 1], ['小程序', 2]]), stage('维修', [['上门', 0]])] };
    expect(alignStates(current, future).map((r) => [r.name, r.a, r.b, r.change])).toEqual([
      ['报修 · 电话', -2, 1, 3],
      ['报修 · 微信', 0, null, null],
      ['维修 · 上门', -3, 0, 3],
      ['报修 · 小程序', null, 2, null],
    ]);
  });
});
