import type { BenchResult } from './report';
import { mapDocument } from './bench-map';
import { benchWorkspace, bySize, cpuSeconds, fmt, gql, load, startBenchApi, startBenchDatabase, type LoadResult, type Size } from './bench-kit';

const MAP_QUERY = `query($id: ID!) { journey(id: $id) { id name revision
  stages { id name position touchpoints { id name channel emotion momentOfTruth slaMinutes position
    painPoints { id title severity } opportunities { id title } metrics { key target } } } } }`;

const UPDATE = `mutation($i: UpdateTouchpointInput!) { updateTouchpoint(input: $i) { id stages { touchpoints { id version } } } }`;

interface Client {
  headers: Record<string, string>;
  journeyId: string;
  touchpoint: { id: string; version: number };
  step: number;
}

type Touchpoints = { stages: { touchpoints: { id: string; version: number }[] }[] };

/**
 * DESIGN.md §7 "rls": the same mixed workload — each client reads its journey map four times, then
 * edits a touchpoint (a write transaction with an audit event and a revision) — against two API
 * processes on the same database in the same run: one serving as the application role under
 * row-level security (reads in a read-only transaction that sets the tenant), one as the
 * superuser with OPENCX_RLS=off (reads straight from the pool, as before RLS). Phases alternate
 * (on, off, off, on, …) so a busy machine hurts both alike; throughput is summed over phases.
 */
export async function rlsBench(size: Size, log: (line: string) => void): Promise<BenchResult> {
  const db = await startBenchDatabase(log);
  const on = await startBenchApi({ DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl }, log, 'the API under row-level security');
  const off = await startBenchApi({ DATABASE_URL: db.url, OPENCX_RLS: 'off' }, log, 'the API with OPENCX_RLS=off');
  try {
    const clientCount = 16;
    const touchpoints = bySize(size, { tiny: 12, small: 48, large: 200 });
    // Many short alternating phases: on a shared machine, load from elsewhere falls on both sides alike.
    const rounds = bySize(size, { tiny: 2, small: 8, large: 10 });
    const seconds = bySize(size, { tiny: 0.5, small: 2, large: 6 });

    log(`creating 2 workspaces and ${clientCount} journeys of 12 stages × ${touchpoints} touchpoints …`);
    const workspaces = [await benchWorkspace(on.url, 'bench-rls-a'), await benchWorkspace(on.url, 'bench-rls-b')];
    const clients: Client[] = [];
    for (let i = 0; i < clientCount; i++) {
      const headers = workspaces[i % 2];
      const { data } = await gql<{ importJourney: { id: string } & Touchpoints }>(
        on.url,
        `mutation($d: JSON!) { importJourney(document: $d) { id stages { touchpoints { id version } } } }`,
        { d: mapDocument(touchpoints) },
        headers,
      );
      clients.push({ headers, journeyId: data.importJourney.id, touchpoint: data.importJourney.stages[0].touchpoints[0], step: 0 });
    }

    const overhead = { on: { statements: 0, control: 0 }, off: { statements: 0, control: 0 } };
    for (const [arm, api] of [['on', on], ['off', off]] as const) {
      const r = await gql(api.url, MAP_QUERY, { id: clients[0].journeyId }, clients[0].headers);
      overhead[arm] = { statements: r.statements, control: r.controlStatements };
    }

    // Each request takes a client that no other request is using (edits carry its touchpoint's version).
    const idle = [...clients];
    const once = (apiUrl: string) => async () => {
      const client = idle.shift();
      if (!client) throw new Error('more concurrent requests than clients');
      try {
        client.step++;
        if (client.step % 5) {
          await gql(apiUrl, MAP_QUERY, { id: client.journeyId }, client.headers);
          return;
        }
        const { data } = await gql<{ updateTouchpoint: Touchpoints }>(
          apiUrl,
          UPDATE,
          { i: { id: client.touchpoint.id, version: client.touchpoint.version, emotion: (client.step % 7) - 3 } },
          client.headers,
        );
        const updated = data.updateTouchpoint.stages.flatMap((s) => s.touchpoints).find((t) => t.id === client.touchpoint.id);
        if (!updated) throw new Error('edited touchpoint missing from the map');
        client.touchpoint = updated;
      } finally {
        idle.push(client);
      }
    };

    const totals = { on: { requests: 0, seconds: 0, cpu: 0 }, off: { requests: 0, seconds: 0, cpu: 0 } };
    const roundRatios: number[] = [];
    let roundRate = { on: 0, off: 0 };
    const add = (arm: 'on' | 'off', r: LoadResult) => {
      totals[arm].requests += r.requests;
      totals[arm].seconds += r.seconds;
      roundRate[arm] = r.perSecond;
    };
    // Warm both (JIT, caches, pools) before measuring.
    await load(clientCount, 1, once(on.url), () => undefined);
    await load(clientCount, 1, once(off.url), () => undefined);
    for (let round = 0; round < rounds; round++) {
      const order: ('on' | 'off')[] = round % 2 ? ['off', 'on'] : ['on', 'off'];
      for (const arm of order) {
        log(`round ${round + 1}/${rounds}: RLS ${arm}, ${clientCount} clients × ${seconds} s …`);
        // CPU of the serving API and of its PostgreSQL backends (it logs in as its own role).
        const cpu = () => (arm === 'on' ? cpuSeconds(on.pid, db.postmasterPid(), 'opencx_app') : cpuSeconds(off.pid, db.postmasterPid(), 'postgres'));
        const cpuBefore = cpu();
        add(arm, await load(clientCount, seconds, once(arm === 'on' ? on.url : off.url), log));
        totals[arm].cpu += cpu() - cpuBefore;
      }
      roundRatios.push(roundRate.on / roundRate.off);
      roundRate = { on: 0, off: 0 };
    }
    roundRatios.sort((a, b) => a - b);

    const perSecond = (arm: 'on' | 'off') => totals[arm].requests / totals[arm].seconds;
    const ratio = perSecond('on') / perSecond('off');
    const cpuPerRequest = (arm: 'on' | 'off') => (1000 * totals[arm].cpu) / totals[arm].requests;
    return {
      name: 'rls',
      lines: [
        `workload: ${clientCount} clients on 2 workspaces, each reading its ${touchpoints}-touchpoint map 4× then editing a touchpoint; ${rounds} rounds × ${seconds} s per side`,
        `RLS on  (application role, read-only tenant transactions): ${fmt(perSecond('on'), 0)} req/s; a map read = ${overhead.on.statements} data + ${overhead.on.control} control statements`,
        `RLS off (OPENCX_RLS=off, superuser; map read in a snapshot): ${fmt(perSecond('off'), 0)} req/s; a map read = ${overhead.off.statements} data + ${overhead.off.control} control statements`,
        `CPU per request (API process + its PostgreSQL backends): RLS on ${fmt(cpuPerRequest('on'), 2)} ms, off ${fmt(cpuPerRequest('off'), 2)} ms → efficiency off ÷ on ${fmt(cpuPerRequest('off') / cpuPerRequest('on'), 3)}× (steadier than throughput on a shared machine)`,
        `per-round ratio (machine noise): min ${fmt(roundRatios[0], 3)}×, median ${fmt(roundRatios[Math.floor(roundRatios.length / 2)], 3)}×, max ${fmt(roundRatios[roundRatios.length - 1], 3)}×`,
      ],
      checks: [
        // The RLS-off side reads the map in a transaction too since the journey(id) answer cache (its
        // version and map come from one snapshot); its other reads go straight to the pool.
        { label: 'RLS side reads in tenant transactions: control statements per map read (bar > 0)', value: `${overhead.on.control} (RLS off: ${overhead.off.control})`, pass: overhead.on.control > 0 },
        { label: 'throughput with RLS ÷ without (bar ≥ 0.95×)', value: `${fmt(ratio, 3)}×`, pass: ratio >= 0.95 },
      ],
    };
  } finally {
    await on.close();
    await off.close();
    await db.close();
  }
}
