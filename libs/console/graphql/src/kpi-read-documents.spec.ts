import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import documents from './generated/persisted-documents.json';

// The API answers a KPI read from its answer cache only when it is the operation's one root field
// (libs/server/metrics/src/kpi-answer.cache.ts). The console's figures are read that way on
// purpose: one more field in one of these operations would quietly send every read to the database.
const KPI_READS = ['kpis', 'journeyKpis', 'segmentComparison'];
const CACHED_OPERATIONS = ['JourneyKpis', 'JourneyDashboardKpis', 'JourneyTouchpointKpis'];

const operations = new Map(
  Object.values(documents as Record<string, string>).flatMap((text) =>
    parse(text)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => [op.name?.value ?? '', op] as const),
  ),
);

describe("the console's KPI reads", () => {
  it.each(CACHED_OPERATIONS)('%s asks one KPI read and nothing else', (name) => {
    const op = operations.get(name);
    expect(op).toBeDefined();
    const fields = op?.selectionSet.selections ?? [];
    expect(fields).toHaveLength(1);
    const [field] = fields;
    expect(field.kind).toBe(Kind.FIELD);
    expect(field.kind === Kind.FIELD ? field.name.value : null).toMatch(new RegExp(`^(${KPI_READS.join('|')})$`));
    expect(field.kind === Kind.FIELD ? (field.directives ?? []) : ['not a field']).toHaveLength(0);
  });

  it('the map and the dashboard read their alerts, places and drivers in operations of their own', () => {
    for (const name of ['JourneyKpiAlerts', 'JourneyDashboardPlaces', 'JourneyKeyDrivers']) expect(operations.has(name)).toBe(true);
  });
});
