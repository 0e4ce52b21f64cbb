import { Injectable } from '@nestjs/common';
import type { StageModel } from '../models';

/** How many assembled maps one API process keeps (least recently read dropped first); OPENCX_MAP_TREE_CACHE_ENTRIES=0 keeps none. */
const DEFAULT_CAPACITY = 100;

export interface CachedMap {
  version: string;
  stages: StageModel[];
}

/**
 * The assembled stages → touchpoints → insights/metrics tree of recently read maps, so an unchanged
 * map is not re-read and rebuilt on every request. It is never the authority: an entry is used only
 * when the database, in the reader's own transaction and under its workspace's row-level security,
 * has just answered that the journey exists in the caller's workspace and has exactly the entry's
 * version (see JourneyMapLoader.load). The key includes the workspace, so no entry is ever looked up
 * for another workspace; each API replica has its own cache and the version check makes them agree.
 * Entries are shared between requests and must be treated as read-only.
 */
@Injectable()
export class JourneyMapCache {
  private readonly entries = new Map<string, CachedMap>();
  private readonly capacity = capacityFromEnv();

  static key(workspaceId: string, journeyId: string, filter: unknown): string {
    return `${workspaceId}/${journeyId}/${filter ? JSON.stringify(filter) : ''}`;
  }

  /** The entry for `key` (its version is sent to the database, which answers whether it is still current). */
  lookup(key: string): CachedMap | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, version: string, stages: StageModel[]): void {
    this.entries.delete(key);
    if (this.capacity === 0) return;
    this.entries.set(key, { version, stages });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

function capacityFromEnv(): number {
  const configured = process.env.OPENCX_MAP_TREE_CACHE_ENTRIES;
  const n = configured ? Number(configured) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_CAPACITY;
}
