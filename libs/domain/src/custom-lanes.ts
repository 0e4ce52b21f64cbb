/**
 * Lanes a team adds to its journey map beyond the built-in ones (UXPressia/Smaply "sections"):
 * "Backstage process", "Systems", "KPIs"… Each lane has a stable key, a name in both UI languages
 * and a kind; its order on the map is its order in the journey's list. A lane is data, not code:
 * the journey document carries the declarations (`journey.lanes`) and each touchpoint its entries
 * (`laneValues`, lane key → list of text items), so export/import, history and restore carry them.
 */
export const CUSTOM_LANE_KINDS = ['text'] as const;
export type CustomLaneKind = (typeof CUSTOM_LANE_KINDS)[number];

export interface CustomLane {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: CustomLaneKind;
}

/** A touchpoint's entries in the journey's custom lanes: lane key → text items. */
export type LaneValues = Record<string, string[]>;

export const CUSTOM_LANES_MAX = 12;
export const CUSTOM_LANE_NAME_MAX_LENGTH = 60;
export const LANE_ITEMS_MAX = 20;
export const LANE_ITEM_MAX_LENGTH = 500;
export const CUSTOM_LANE_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export interface LaneIssue {
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of a lane list, with its path (`lanes[1].nameEn`). */
export function customLaneIssues(raw: unknown, path = 'lanes'): LaneIssue[] {
  const issues: LaneIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (!Array.isArray(raw)) return [{ field: path, message: 'must be a list' }];
  if (raw.length > CUSTOM_LANES_MAX) add(path, `must have at most ${CUSTOM_LANES_MAX} lanes`);
  const keys = new Set<string>();
  raw.forEach((lane: unknown, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(lane)) return add(p, 'must be an object');
    if (typeof lane.key !== 'string' || !CUSTOM_LANE_KEY.test(lane.key)) add(`${p}.key`, 'must be 1–40 lower-case letters, digits, "-" or "_"');
    else if (keys.has(lane.key)) add(`${p}.key`, 'is used twice');
    else keys.add(lane.key);
    for (const name of ['nameZh', 'nameEn'] as const) {
      const v = lane[name];
      if (typeof v !== 'string' || v.trim() === '') add(`${p}.${name}`, 'is required');
      else if (v.length > CUSTOM_LANE_NAME_MAX_LENGTH) add(`${p}.${name}`, `must be at most ${CUSTOM_LANE_NAME_MAX_LENGTH} characters`);
    }
    if (!(CUSTOM_LANE_KINDS as readonly unknown[]).includes(lane.kind)) add(`${p}.kind`, `must be one of ${CUSTOM_LANE_KINDS.join(', ')}`);
  });
  return issues;
}

/** Every problem of one lane's items. */
export function laneItemsIssues(raw: unknown, path: string): LaneIssue[] {
  if (!Array.isArray(raw)) return [{ field: path, message: 'must be a list' }];
  const issues: LaneIssue[] = [];
  if (raw.length > LANE_ITEMS_MAX) issues.push({ field: path, message: `must have at most ${LANE_ITEMS_MAX} items` });
  raw.forEach((item: unknown, i) => {
    if (typeof item !== 'string') issues.push({ field: `${path}[${i}]`, message: 'must be text' });
    else if (item.length > LANE_ITEM_MAX_LENGTH) issues.push({ field: `${path}[${i}]`, message: `must be at most ${LANE_ITEM_MAX_LENGTH} characters` });
  });
  return issues;
}

/** Every problem of a touchpoint's lane values, given the journey's lane keys (a value for an undeclared lane is refused). */
export function laneValuesIssues(raw: unknown, laneKeys: ReadonlySet<string>, path = 'laneValues'): LaneIssue[] {
  if (!isObj(raw)) return [{ field: path, message: 'must be an object of lane key → list of text' }];
  return Object.entries(raw).flatMap(([key, items]) => (laneKeys.has(key) ? laneItemsIssues(items, `${path}.${key}`) : [{ field: `${path}.${key}`, message: 'is not a lane of this journey' }]));
}

/** Lane values without empty lists and without lanes that no longer exist, keys in lane order: what is stored. */
export function normalizeLaneValues(values: LaneValues | null | undefined, lanes: readonly CustomLane[]): LaneValues {
  const out: LaneValues = {};
  for (const lane of lanes) {
    const items = values?.[lane.key];
    if (items && items.length) out[lane.key] = [...items];
  }
  return out;
}

/** "Backstage process: 派单系统自动分配; 短信通知" — one lane's change as a line of history. */
export function laneItemsText(items: readonly string[] | undefined): string {
  return (items ?? []).join('; ');
}
