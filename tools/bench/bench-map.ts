/** A generated map: 12 stages, `touchpoints` touchpoints spread over them, a pain point and an opportunity on every third. */
export function mapDocument(touchpoints: number) {
  const stages = Array.from({ length: 12 }, (_, s) => ({ name: `阶段 Stage ${s + 1}`, description: '', touchpoints: [] as unknown[] }));
  for (let i = 0; i < touchpoints; i++) {
    stages[i % 12].touchpoints.push({
      name: `触点 Touchpoint ${i + 1}`, channel: ['web', 'app', 'wechat', 'phone', 'on_site'][i % 5], customerAction: 'action', customerThought: 'thought',
      expectation: 'expectation', emotion: (i % 7) - 3, momentOfTruth: i % 17 === 0, layer: 'front_stage', slaMinutes: i % 4 ? null : 60, device: null, region: null,
      painPoints: i % 3 ? [] : [{ title: `Pain ${i}`, description: '', severity: (i % 5) + 1, source: 'research', evidenceCount: 0 }],
      opportunities: i % 3 ? [] : [{ title: `Idea ${i}`, description: '', painPointIndex: 0 }],
    });
  }
  return { format: 'opencx.journey', version: 1, journey: { name: 'Benchmark map', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } };
}
