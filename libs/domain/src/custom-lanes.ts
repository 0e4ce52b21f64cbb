/**
 * Lanes a team adds to its journey map beyond the built-in ones (UXPressia/Smaply "sections"):
 * "Backstage process", "Systems", "KPIs"… Each lane has a stable key, a name in both UI languages
 * and a kind; its order on the map is its order in the journey's list. A lane is data, not code:
 * the journey document carries the declarations (`journey.lanes`) and each touchpoint its entries
 * (`laneValues`, lane key → list of items: text lines, or pictures in an image lane), so
 * export/import, history and restore carry them.
 */
export const CUSTOM_LANE_KINDS = ['text', 'image'] as const;
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

/**
 * An image lane holds pictures (a screenshot or a photo per touchpoint) as `data:` URLs in the
 * touchpoint's lane values: stored in the touchpoint row, so under the same workspace isolation,
 * roles, history and restore as the rest of the map, and carried whole by export/import.
 */
export const LANE_IMAGES_MAX = 4;
/** About 375 KB of picture once base64-decoded. */
export const LANE_IMAGE_MAX_LENGTH = 500_000;
export const LANE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Whether a lane item is a picture this lane kind accepts (PNG, JPEG or WebP as a base64 data: URL). */
export function isLaneImage(item: string): boolean {
  return item.length <= LANE_IMAGE_MAX_LENGTH && IMAGE_DATA_URL.test(item);
}

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

/** Every problem of one lane's items: text lines in a text lane, pictures in an image lane. */
export function laneItemsIssues(raw: unknown, path: string, kind: CustomLaneKind = 'text'): LaneIssue[] {
  if (!Array.isArray(raw)) return [{ field: path, message: 'must be a list' }];
  const issues: LaneIssue[] = [];
  const max = kind === 'image' ? LANE_IMAGES_MAX : LANE_ITEMS_MAX;
  if (raw.length > max) issues.push({ field: path, message: `must have at most ${max} items` });
  raw.forEach((item: unknown, i) => {
    if (typeof item !== 'string') issues.push({ field: `${path}[${i}]`, message: 'must be text' });
    else if (kind === 'image') {
      if (item.length > LANE_IMAGE_MAX_LENGTH) issues.push({ field: `${path}[${i}]`, message: `must be at most ${LANE_IMAGE_MAX_LENGTH} characters` });
      else if (!isLaneImage(item)) issues.push({ field: `${path}[${i}]`, message: `must be a ${LANE_IMAGE_TYPES.join(', ')} picture as a base64 data: URL` });
    } else if (item.length > LANE_ITEM_MAX_LENGTH) issues.push({ field: `${path}[${i}]`, message: `must be at most ${LANE_ITEM_MAX_LENGTH} characters` });
  });
  return issues;
}

/** Every problem of a touchpoint's lane values, given the journey's lanes by key (a value for an undeclared lane is refused). */
export function laneValuesIssues(raw: unknown, lanes: ReadonlyMap<string, CustomLaneKind>, path = 'laneValues'): LaneIssue[] {
  if (!isObj(raw)) return [{ field: path, message: 'must be an object of lane key → list of text' }];
  return Object.entries(raw).flatMap(([key, items]) => {
    const kind = lanes.get(key);
    return kind ? laneItemsIssues(items, `${path}.${key}`, kind) : [{ field: `${path}.${key}`, message: 'is not a lane of this journey' }];
  });
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
  const images = (items ?? []).filter(isLaneImage).length;
  const text = (items ?? []).filter((i) => !isLaneImage(i));
  return [...text, ...(images ? [`${images} image${images === 1 ? '' : 's'}`] : [])].join('; ');
}
