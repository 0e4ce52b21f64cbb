/**
 * API cold start and idle memory, development start (`-r @swc-node/register main.ts`) vs the production
 * build (`node dist/api/apps/api/src/main.js`, tools/scripts/build-api.ts), on one throwaway database,
 * alternating runs. Prints per variant the median time from spawn to `/readyz` 200 and the resident
 * memory (VmRSS) after 5 s idle. Not part of `npm run bench` (no bar):
 *   node -r @swc-node/register tools/bench/startup.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT, start, stop, waitFor } from '../scripts/processes';
import { buildApi } from '../scripts/build-api';
import { fmt, startBenchDatabase } from './bench-kit';

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const built = buildApi(join(ROOT, 'dist/api'));
  const db = await startBenchDatabase(console.log);
  const variants = { 'swc-node (main.ts)': ['-r', '@swc-node/register', 'apps/api/src/main.ts'], 'production build (main.js)': [built.main] };
  const figures: Record<string, { ms: number[]; rss: number[] }> = {};
  try {
    for (let i = 0; i <= runs; i++) {
      for (const [name, args] of Object.entries(variants)) {
        const port = await freePort();
        const t = performance.now();
        const api = start(process.execPath, args, {
          env: { PORT: String(port), LOG_LEVEL: 'error', NODE_ENV: 'production', DATABASE_URL: db.appUrl, DATABASE_OWNER_URL: db.ownerUrl },
        });
        await waitFor(`http://127.0.0.1:${port}/readyz`, api, 300000);
        const ms = performance.now() - t;
        await new Promise((r) => setTimeout(r, 5000));
        const rss = rssMb(api.pid ?? NaN);
        await stop(api);
        // The first round migrates the empty database: not counted.
        if (i === 0) continue;
        (figures[name] ??= { ms: [], rss: [] }).ms.push(ms);
        figures[name].rss.push(rss);
        console.log(`${name}: run ${i}: ready in ${fmt(ms, 0)} ms, idle RSS ${fmt(rss, 0)} MB`);
      }
    }
  } finally {
    await db.close();
  }
  for (const [name, f] of Object.entries(figures)) console.log(`${name}: median cold start ${fmt(median(f.ms), 0)} ms, median idle RSS ${fmt(median(f.rss), 0)} MB (${f.ms.length} runs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
