import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { PluginManifest } from '@opencx/plugin-sdk';
import { PLUGIN_CATALOG, PluginCatalog } from './plugin-catalog';
import { PluginReleases } from './plugin-releases';

/** OPENCX_PLUGIN_DEV: the plugin files to watch, and how to load every plugin again (validated, fresh from disk). */
export interface PluginDevLoop {
  files: readonly string[];
  reload(): PluginManifest[];
}

export const PLUGIN_DEV_LOOP = Symbol('OPENCX_PLUGIN_DEV_LOOP');

/** Collects a burst of file events (an editor's save, a build writing files) into one reload. */
const SETTLE_MS = 150;

/**
 * The dev loop: watches the built file of each plugin named by path and, when it changes, loads all
 * plugins again and swaps them into the catalog — the API keeps running. A plugin that no longer
 * loads (bad manifest, syntax error) is reported with the validator's message and the plugins
 * loaded before stay in place.
 */
@Injectable()
export class PluginDevReloader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('plugins');
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(PLUGIN_DEV_LOOP) private readonly loop: PluginDevLoop,
    @Inject(PLUGIN_CATALOG) private readonly catalog: PluginCatalog,
    private readonly releases: PluginReleases,
  ) {}

  onApplicationBootstrap(): void {
    // The folder, not the file: builds often replace a file (rename), which ends a watch on the file itself.
    for (const file of this.loop.files) {
      const watcher = watch(dirname(file), (_event, name) => {
        if (name === null || name === basename(file)) this.schedule();
      });
      watcher.on('error', (error) => this.logger.error(`cannot watch ${file}: ${error.message}`));
      this.watchers.push(watcher);
    }
    if (this.loop.files.length > 0) this.logger.log(`plugin dev loop: watching ${this.loop.files.join(', ')}`);
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reload();
    }, SETTLE_MS);
  }

  /** Loads every plugin again and swaps them in; on failure keeps the current ones. */
  async reload(): Promise<boolean> {
    let next: PluginManifest[];
    try {
      next = this.loop.reload();
    } catch (error) {
      this.logger.error(`plugin reload failed, keeping ${this.describe(this.catalog.plugins)}: ${(error as Error).message}`);
      return false;
    }
    this.catalog.replace(next);
    this.logger.log(`plugins reloaded: ${this.describe(next)}`);
    await this.releases.recordLoaded();
    return true;
  }

  private describe(plugins: readonly PluginManifest[]): string {
    return plugins.map((p) => `${p.id}@${p.version}`).join(', ');
  }
}
