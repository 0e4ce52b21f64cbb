import { isDeepStrictEqual } from 'node:util';
import type { BenchResult } from './report';
import { freePort, start, stop, waitFor } from '../scripts/processes';
import { APP_ROLE } from '@opencx/server-database';
import { mapDocument } from './bench-map';
import { benchWorkspace, bySize, cpuSeconds, fmt, gql, load, openLoop, startBenchEnv, type Size } from './bench-kit';

const MAP_QUERY = `query($id: ID!) { journey(id: $id) { id name revision persona { name }
  stages { id name position touchpoints { id name channel emotion momentOfTruth slaMinutes position
    painPoints { id title severity } opportunities { id title } metrics { key target } } } } }`;

/** The raw floor (tools/bench/api-floor.ts) as a child process, serving as the application role. */
async function startFloor(appUrl: string): Promise<{ url: string; pid: number; close(): Promise<void> }> {
  const port = await freePort();
  const child = start(process.execPath, ['-r', '@swc-node/register', 'tools/bench/api-floor.ts'], { env: { PORT: String(port), FLOOR_DATABASE_URL: appUrl } });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/readyz`, child, 60000);
  return { url, pid: child.pid ?? NaN, close: () => stop(child) };
}

async function floorRead(url: string, journeyId: string, headers: Record<string, string>): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ id: journeyId }) });
  if (!res.ok) throw new Error(`raw floor answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/**
 * `journey(id)` — the whole map — against a raw floor: a bare Node HTTP handler (no framework, no
 * GraphQL) that runs the same statements as the same database role and writes the same JSON
 * document (checked equal before timing). (a) throughput with 50 closed-loop clients, as a ratio to
 * the floor's in the same run; (b) p99 at an open-loop arrival rate of 100 requests/s.
 */
export async function apiBench(size: Size, log: (line: string) => void, scaleTouchpoints?: number): Promise<BenchResult> {
  const env = await startBenchEnv(size, log);
  let floor: Awaited<ReturnType<typeof startFloor>> | null = null;
  try {
    const seconds = bySize(size, { tiny: 1, small: 5, large: 20 });
    const clients = 50;
    const rate = 100;
    const touchpoints = scaleTouchpoints ?? 200;
    const headers = await benchWorkspace(env.apiUrl, 'bench-api');
    log(`creating a map with 12 stages × ${touchpoints} touchpoints …`);
    const { data } = await gql<{ importJourney: { id: string } }>(env.apiUrl, `mutation($d: JSON!) { importJourney(document: $d) { id } }`, { d: mapDocument(touchpoints) }, headers);
    const journeyId = data.importJourney.id;

    const first = await gql<{ journey: { stages: { touchpoints: unknown[] }[] } }>(env.apiUrl, MAP_QUERY, { id: journeyId }, headers);
    const loaded = first.data.journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    if (loaded !== touchpoints) throw new Error(`map has ${loaded} touchpoints, expected ${touchpoints}`);
    let maxStatements = first.statements;

    floor = await startFloor(env.appUrl);
    const floorDocument = await floorRead(floor.url, journeyId, headers);
    if (!isDeepStrictEqual(floorDocument, { data: first.data })) throw new Error('the raw floor does not write the same JSON document as journey(id)');
    const floorUrl = floor.url;

    const ours = async () => {
      const r = await gql(env.apiUrl, MAP_QUERY, { id: journeyId }, headers);
      maxStatements = Math.max(maxStatements, r.statements);
    };
    const raw = async () => void (await floorRead(floorUrl, journeyId, headers));
    // The console's revalidated map read: If-None-Match with the tag of the answer it holds.
    const tagged = await fetch(`${env.apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: MAP_QUERY, variables: { id: journeyId } }) });
    const etag = tagged.headers.get('etag');
    await tagged.arrayBuffer();
    if (!etag) throw new Error('journey(id) answered without an ETag');
    // An unchanged map must come back as 304; anything else (an error answer under load, a changed tag) is counted and shown.
    const notModified = { yes: 0, no: [] as string[] };
    const revalidate = async () => {
      const res = await fetch(`${env.apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'if-none-match': etag, ...headers }, body: JSON.stringify({ query: MAP_QUERY, variables: { id: journeyId } }) });
      const text = await res.text();
      if (res.status === 304) notModified.yes++;
      else notModified.no.push(`${res.status} ${text.slice(0, 160)}`);
    };

    // CPU seconds of the serving process and its PostgreSQL backends per request: unlike throughput,
    // hardly moved by other work sharing the machine (printed beside the ratio, which is the bar).
    const cpuOf = (pid: number) => cpuSeconds(pid, env.postmasterPid(), APP_ROLE);
    const floorPid = floor.pid;
    log(`OpenCX journey(id): ${clients} clients × ${seconds} s …`);
    let cpu = cpuOf(env.apiPid);
    const oursClosed = await load(clients, seconds, ours, log);
    const oursCpu = ((cpuOf(env.apiPid) - cpu) * 1000) / oursClosed.requests;
    log(`raw floor (bare Node HTTP, same statements, same document): ${clients} clients × ${seconds} s …`);
    cpu = cpuOf(floorPid);
    const rawClosed = await load(clients, seconds, raw, log);
    const rawCpu = ((cpuOf(floorPid) - cpu) * 1000) / rawClosed.requests;
    log(`OpenCX journey(id) revalidated (If-None-Match → 304): ${clients} clients × ${seconds} s …`);
    const revalidated = await load(clients, seconds, revalidate, log);
    log(`OpenCX journey(id): open loop, ${rate} requests/s × ${seconds} s …`);
    const oursOpen = await openLoop(rate, seconds, ours, log);
    log(`raw floor: open loop, ${rate} requests/s × ${seconds} s …`);
    const rawOpen = await openLoop(rate, seconds, raw, log);

    const ratio = oursClosed.perSecond / rawClosed.perSecond;
    return {
      name: 'api',
      lines: [
        `map: 12 stages, ${touchpoints} touchpoints, ${Math.round(JSON.stringify(floorDocument).length / 1024)} kB JSON; ${fmt(oursClosed.seconds)} s per run`,
        `(a) ${clients} closed-loop clients — OpenCX journey(id): ${fmt(oursClosed.perSecond, 0)} req/s (p50 ${fmt(oursClosed.p50)} ms); raw floor: ${fmt(rawClosed.perSecond, 0)} req/s (p50 ${fmt(rawClosed.p50)} ms)`,
        `(a′) revalidated by the console (If-None-Match → 304, no body): ${fmt(revalidated.perSecond, 0)} req/s (p50 ${fmt(revalidated.p50)} ms), ${fmt(revalidated.perSecond / rawClosed.perSecond, 2)}× the raw floor's full reads; ${notModified.yes} answered 304, ${notModified.no.length} not${notModified.no.length ? ` (first: ${notModified.no[0]})` : ''}`,
        `CPU per request (server process + its PostgreSQL backends): OpenCX ${fmt(oursCpu, 2)} ms, raw floor ${fmt(rawCpu, 2)} ms (floor ÷ OpenCX ${fmt(rawCpu / oursCpu, 2)}×)`,
        `(b) open loop ${rate} req/s — OpenCX: p50 ${fmt(oursOpen.p50)} ms, p99 ${fmt(oursOpen.p99)} ms, ${oursOpen.errors} errors; raw floor: p50 ${fmt(rawOpen.p50)} ms, p99 ${fmt(rawOpen.p99)} ms`,
        `SQL statements per request (data, without transaction control): ≤ ${maxStatements}`,
      ],
      checks: [
        { label: 'SQL statements per request ≤ 5', value: maxStatements, pass: maxStatements <= 5 },
        { label: 'revalidated reads of the unchanged map answered other than 304 (bar ≤ 0)', value: notModified.no.length, pass: notModified.no.length === 0 },
        { label: 'throughput ÷ raw floor ≥ 0.5× (50 closed-loop clients)', value: `${fmt(ratio, 2)}×`, pass: ratio >= 0.5 },
        { label: `p99 < 50 ms at an open-loop ${rate} req/s`, value: `${fmt(oursOpen.p99)} ms`, pass: oursOpen.errors === 0 && oursOpen.p99 < 50 },
      ],
      figures: { touchpoints, perSecond: oursClosed.perSecond, p50: oursClosed.p50, cpuMs: oursCpu, vsFloor: ratio, openP99: oursOpen.p99, statements: maxStatements },
    };
  } finally {
    await floor?.close();
    await env.close();
  }
}
