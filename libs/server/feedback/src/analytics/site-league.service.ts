import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { fitBetaPrior, LOW_SAMPLE_N, rankBy, shrinkNps, shrinkShare } from '@opencx/domain';
import { OpenCxError } from '@opencx/server-core';
import { TenantDb, type WorkspaceContext } from '@opencx/server-database';
import { parseDay, RollupReader } from '@opencx/server-metrics';
import { SiteEntity } from '../entities/site.entity';
import type { SiteLeagueArgs } from '../inputs';
import type { SiteLeagueModel } from '../models';

const RANKED_KINDS = new Set(['nps', 'csat', 'ces', 'rate']);

/** Site league tables (DESIGN.md §3b): roll-up counts per site, shrunk towards the workspace's spread of sites. */
@Injectable()
export class SiteLeagueService {
  constructor(
    private readonly db: TenantDb,
    private readonly rollups: RollupReader,
  ) {}

  league(ctx: WorkspaceContext, args: SiteLeagueArgs): Promise<SiteLeagueModel> {
    if (parseDay('to', args.to) < parseDay('from', args.from)) throw OpenCxError.badInput('to', 'must not be before from');
    return this.db.read(ctx, async (tx) => {
      const definition = (await this.rollups.definitions(tx, [])).find((d) => d.key === args.metric);
      if (!definition) throw OpenCxError.badInput('metric', `no metric "${args.metric}" in this workspace`);
      if (!RANKED_KINDS.has(definition.kind)) throw OpenCxError.badInput('metric', 'league tables rank NPS and shares (CSAT, CES, rates), not means');
      const counts = (await this.rollups.bySite(tx, definition.id, args.from, args.to, args.journeyId ?? null)).filter((s) => s.counters.n > 0);
      const sites = counts.length ? await tx.find(SiteEntity, { id: In(counts.map((c) => c.siteId)) }) : [];
      const byId = new Map(sites.map((s) => [s.id, s]));
      let figures: { raw: number | null; shrunk: number; low: number; high: number }[];
      if (definition.kind === 'nps') {
        const promoters = fitBetaPrior(counts.map((c) => ({ k: c.counters.promoters, n: c.counters.n })));
        const detractors = fitBetaPrior(counts.map((c) => ({ k: c.counters.detractors, n: c.counters.n })));
        figures = counts.map((c) => {
          const s = shrinkNps({ promoters: c.counters.promoters, detractors: c.counters.detractors, n: c.counters.n }, promoters, detractors);
          return { raw: s.raw, shrunk: s.shrunk, low: s.interval.low, high: s.interval.high };
        });
      } else {
        const prior = fitBetaPrior(counts.map((c) => ({ k: c.counters.top2, n: c.counters.n })));
        figures = counts.map((c) => {
          const s = shrinkShare({ k: c.counters.top2, n: c.counters.n }, prior);
          return { raw: s.raw, shrunk: s.shrunk, low: s.interval.low, high: s.interval.high };
        });
      }
      const ranks = rankBy(figures, (f) => f.shrunk, definition.direction);
      const rows = counts
        .map((c, i) => {
          const site = byId.get(c.siteId);
          return { siteId: c.siteId, code: site?.code ?? '', name: site?.name ?? '', region: site?.region ?? null, rank: ranks[i], n: c.counters.n, lowSample: c.counters.n < LOW_SAMPLE_N, ...figures[i] };
        })
        .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
      return { metric: definition.key, kind: definition.kind, nameEn: definition.name_en, nameZh: definition.name_zh, from: args.from, to: args.to, target: definition.target === null ? null : Number(definition.target), sites: rows };
    });
  }
}
