import { CHANNELS } from './journey';

/**
 * A named view of a journey map: zoom, card density, each lane's state and the touchpoint filter,
 * saved per user and journey (optionally shared with the workspace). Lane keys are the built-in
 * lanes' or `custom:<key>`; unknown keys are kept (a lane added later) but their states are checked.
 */
export interface MapViewSettings {
  zoom: number;
  density: 'comfortable' | 'compact';
  lanes: Record<string, 'open' | 'collapsed' | 'hidden'>;
  filter: { kind: 'all' } | { kind: 'channel'; channels: string[] } | { kind: 'team'; teamId: string | null } | { kind: 'moments' };
}

export const MAP_VIEW_NAME_MAX_LENGTH = 80;
const LANE_STATES = ['open', 'collapsed', 'hidden'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of a view's settings, with its path (`settings.zoom`). */
export function mapViewSettingsIssues(raw: unknown, path = 'settings'): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => issues.push({ field: `${path}.${field}`, message });
  if (!isObj(raw)) return [{ field: path, message: 'must be an object' }];
  if (typeof raw.zoom !== 'number' || !(raw.zoom >= 0.1 && raw.zoom <= 4)) add('zoom', 'must be a number from 0.1 to 4');
  if (raw.density !== 'comfortable' && raw.density !== 'compact') add('density', 'must be comfortable or compact');
  if (!isObj(raw.lanes)) add('lanes', 'must be an object of lane → open | collapsed | hidden');
  else {
    const entries = Object.entries(raw.lanes);
    if (entries.length > 40) add('lanes', 'must have at most 40 lanes');
    for (const [lane, state] of entries) if (lane.length > 60 || !LANE_STATES.includes(state as string)) add(`lanes.${lane.slice(0, 60)}`, 'must be open, collapsed or hidden');
  }
  const f = raw.filter;
  if (!isObj(f)) add('filter', 'must be an object');
  else if (f.kind === 'channel') {
    if (!Array.isArray(f.channels) || f.channels.length > CHANNELS.length || f.channels.some((c) => !(CHANNELS as readonly unknown[]).includes(c))) add('filter.channels', `must be a list of ${CHANNELS.join(', ')}`);
  } else if (f.kind === 'team') {
    if (f.teamId !== null && (typeof f.teamId !== 'string' || !UUID.test(f.teamId))) add('filter.teamId', 'must be a team id or null');
  } else if (f.kind !== 'all' && f.kind !== 'moments') add('filter.kind', 'must be all, channel, team or moments');
  const extra = Object.keys(raw).filter((k) => !['zoom', 'density', 'lanes', 'filter'].includes(k));
  const [unknownKey] = extra;
  if (unknownKey !== undefined) add(unknownKey, 'is not a view setting');
  return issues;
}
