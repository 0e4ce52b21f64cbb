import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emitSchema } from '../emit-schema';

/** STYLE.md rule 9: the committed schema.gql is what the code emits; `npm run schema` refreshes it. */
it('apps/api/schema.gql is up to date with the code-first resolvers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opencx-schema-'));
  try {
    const file = join(dir, 'schema.gql');
    await emitSchema(file);
    const fresh = readFileSync(file, 'utf8');
    const committed = readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8');
    expect(fresh.length).toBeGreaterThan(1000);
    if (fresh !== committed) throw new Error('apps/api/schema.gql is stale: run `npm run schema` (then `npm run codegen`) and commit');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
