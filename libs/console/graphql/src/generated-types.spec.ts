import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../codegen';

const committedDir = resolve(__dirname, 'generated');

describe('generated GraphQL types', () => {
  let freshDir: string;

  beforeAll(async () => {
    freshDir = mkdtempSync(join(tmpdir(), 'opencx-codegen-'));
    await generate(codegenConfig(freshDir + '/'), true);
  }, 60_000);

  afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

  it('produce the same set of files as the committed ones', () => {
    expect(readdirSync(committedDir).sort()).toEqual(readdirSync(freshDir).sort());
  });

  it('match apps/api/schema.gql and the documents in libs/console (run `npm run codegen` if this fails)', () => {
    for (const file of readdirSync(freshDir)) {
      const committed = readFileSync(join(committedDir, file), 'utf8');
      const fresh = readFileSync(join(freshDir, file), 'utf8');
      expect({ file, stale: committed !== fresh }).toEqual({ file, stale: false });
    }
  });
});
