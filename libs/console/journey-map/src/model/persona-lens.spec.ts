import { comparePersonas, emotionFor, mapForPersona, withPersonaEmotion } from './persona-lens';
import type { JourneyMap, MapTouchpoint } from './types';
import { touchpointFixture } from './map-fixtures';

const tp = (id: string, patch: Partial<MapTouchpoint>): MapTouchpoint => touchpointFixture(id, 's', 0, patch);
const persona = (id: string, name: string) => ({ id, name, description: '', goals: [], needs: [], frustrations: [], segmentKey: null, version: 1 });

// Own emotions 1, 0, −1; the senior feels −2 at a and −3 at c; the student +3 at b.
const journey: JourneyMap = {
  id: 'j', name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', version: 1, revision: 1, updatedAt: '', customLanes: [],
  futureStateJourneyIds: [],
  persona: persona('primary', '白领'),
  personas: [persona('senior', '老人'), persona('student', '学生')],
  stages: [
    { id: 's1', name: 'S1', description: '', position: 0, version: 1, touchpoints: [tp('a', { emotion: 1, personaEmotions: [{ personaId: 'senior', emotion: -2 }] }), tp('b', { emotion: 0, personaEmotions: [{ personaId: 'student', emotion: 3 }] })] },
    { id: 's2', name: 'S2', description: '', position: 1, version: 1, touchpoints: [tp('c', { emotion: -1, personaEmotions: [{ personaId: 'senior', emotion: -3 }] })] },
  ],
};
const emotions = (j: JourneyMap) => j.stages.flatMap((s) => s.touchpoints.map((t) => t.emotion));

describe('the map by persona', () => {
  it('a further persona feels its own value where it has one and the touchpoint’s own elsewhere', () => {
    expect(emotions(mapForPersona(journey, 'senior'))).toEqual([-2, 0, -3]);
    expect(emotions(mapForPersona(journey, 'student'))).toEqual([1, 3, -1]);
    expect(emotionFor(journey.stages[0]!.touchpoints[1]!, 'senior')).toEqual({ emotion: 0, own: false });
    expect(emotionFor(journey.stages[0]!.touchpoints[1]!, 'student')).toEqual({ emotion: 3, own: true });
  });

  it('the primary persona (and a persona not on the journey) is the map itself; unchanged touchpoints keep their identity', () => {
    expect(mapForPersona(journey, null)).toBe(journey);
    expect(mapForPersona(journey, 'nobody')).toBe(journey);
    const senior = mapForPersona(journey, 'senior');
    expect(senior.stages[0]!.touchpoints[1]).toBe(journey.stages[0]!.touchpoints[1]);
    expect(senior.stages[0]!.touchpoints[0]).not.toBe(journey.stages[0]!.touchpoints[0]);
  });

  it('compares two curves touchpoint by touchpoint (gap = second − first) with each curve’s mean', () => {
    const { rows, meanA, meanB } = comparePersonas(journey, 'senior', 'student');
    // senior −2, 0, −3; student 1, 3, −1 → gaps 3, 3, 2; means −5/3 and 3/3.
    expect(rows.map((r) => [r.touchpointId, r.a, r.b, r.gap])).toEqual([['a', -2, 1, 3], ['b', 0, 3, 3], ['c', -3, -1, 2]]);
    expect(meanA).toBeCloseTo(-1.67, 2);
    expect(meanB).toBe(1);
    expect(comparePersonas(journey, null, 'senior').rows.map((r) => r.gap)).toEqual([-3, 0, -2]);
  });

  it('an optimistic edit sets or clears one persona’s value, in the journey’s persona order', () => {
    const set = withPersonaEmotion(journey, 'a', 'student', 2);
    expect(set.stages[0]!.touchpoints[0]!.personaEmotions).toEqual([{ personaId: 'senior', emotion: -2 }, { personaId: 'student', emotion: 2 }]);
    const cleared = withPersonaEmotion(set, 'a', 'senior', null);
    expect(cleared.stages[0]!.touchpoints[0]!.personaEmotions).toEqual([{ personaId: 'student', emotion: 2 }]);
    expect(cleared.stages[1]).toBe(journey.stages[1]);
  });
});
