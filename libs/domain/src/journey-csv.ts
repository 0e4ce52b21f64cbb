import { toCsv } from './csv';
import { fieldNames, TOUCHPOINT_FIELDS, type FieldSpec, type FieldTable } from './journey-fields';

/** What the CSV export reads of a map: stages in order, their touchpoints with the declared fields. */
export interface CsvStage {
  position: number;
  name: string;
  touchpoints: (Record<string, unknown> & { position: number; painPoints: { title: string; severity: number }[]; opportunities: { title: string }[] })[];
}

/** A declared field as a spreadsheet cell: yes/no for flags, blank for null; formula-neutralising happens in csvCell. */
function cellOf(spec: FieldSpec, value: unknown): unknown {
  if (spec.kind === 'bool') return value ? 'yes' : 'no';
  if (spec.kind === 'list' && Array.isArray(value)) return value.join('; ');
  return value;
}

/**
 * The touchpoint CSV (one row per touchpoint, in map order): where it sits, every field declared
 * with a `csv` column (journey-fields.ts), then its pain points and opportunities.
 */
export function journeyCsv(stages: CsvStage[], fields: FieldTable = TOUCHPOINT_FIELDS): string {
  const exported = fieldNames(fields, (f) => f.csv !== undefined);
  const header = ['stage_position', 'stage', 'touchpoint_position', ...exported.map((f) => fields[f].csv as string), 'pain_points', 'opportunities'];
  const rows = stages.flatMap((s) =>
    s.touchpoints.map((t) => [
      s.position + 1,
      s.name,
      t.position + 1,
      ...exported.map((f) => cellOf(fields[f], t[f])),
      t.painPoints.map((p) => `${p.title} (${p.severity})`).join('; '),
      t.opportunities.map((o) => o.title).join('; '),
    ]),
  );
  return toCsv(header, rows);
}
