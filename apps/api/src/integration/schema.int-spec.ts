import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emitSchema } from '../emit-schema';

/** STYLE.md rule 9: the committed schema.gql is what the code emits; `npm run schema` refreshes it. */
it('apps/api/schema.gql is up to date with the code-first resolvers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opencx-schema-'));
  try {
    const file = join(dir, 'schema.gql');
    // Without a database the emitter logs nothing (no attempt to record plugin releases, issue 14).
    const logged: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true)),
    );
    try {
      await emitSchema(file);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(logged.join('')).toBe('');
    const fresh = readFileSync(file, 'utf8');
    const committed = readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8');
    expect(fresh.length).toBeGreaterThan(1000);
    if (fresh !== committed) throw new Error('apps/api/schema.gql is stale: run `npm run schema` (then `npm run codegen`) and commit');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
