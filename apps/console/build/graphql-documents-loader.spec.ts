import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const loader = require('./graphql-documents-loader.cjs') as (this: { resourcePath: string; addDependency(file: string): void }, source: string) => string;

const root = resolve(__dirname, '../../..');
const generated = join(root, 'libs/console/graphql/src/generated');

function transform(file: string, source = readFileSync(file, 'utf8')): string {
  return loader.call({ resourcePath: file, addDependency: () => undefined }, source);
}

function documentFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'generated') documentFiles(full, out);
    else if (entry.name.endsWith('.documents.ts')) out.push(full);
  }
  return out;
}

/** The `new __TypedDocumentString("text", {"hash": …})` expressions the loader wrote, evaluated. */
function inlined(output: string): { text: string; hash?: string }[] {
  return [...output.matchAll(/new __TypedDocumentString\(("(?:[^"\\]|\\.)*"), (\{[^\n]*?\})\)/g)].map((m) => ({ text: JSON.parse(m[1]) as string, hash: (JSON.parse(m[2]) as { hash?: string }).hash }));
}

describe('graphql-documents-loader (each console module bundles only its own GraphQL documents)', () => {
  const files = documentFiles(join(root, 'libs/console'));

  it('replaces every graphql() call of every documents file, and nothing else is left to look up', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const calls = source.match(/\bgraphql\(`/g)?.length ?? 0;
      const output = transform(file, source);
      expect({ file, left: output.match(/\bgraphql\(`/g)?.length ?? 0 }).toEqual({ file, left: 0 });
      expect({ file, inlined: inlined(output).length }).toEqual({ file, inlined: calls });
    }
  });

  it('keeps the trusted-document id: the hash sent is sha256 of the text the API holds for it', () => {
    const trusted = JSON.parse(readFileSync(join(generated, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const output = transform(join(root, 'libs/console/shell/src/documents/notification-count.documents.ts'));
    const [doc] = inlined(output);
    expect(doc.text).toContain('query UnreadNotificationCount');
    const hash = createHash('sha256').update('query UnreadNotificationCount { unreadNotificationCount }').digest('hex');
    expect(doc.hash).toBe(hash);
    expect(trusted[hash]).toBe('query UnreadNotificationCount { unreadNotificationCount }');
    // Every inlined operation's hash is one the API accepts.
    for (const file of files) for (const { hash: h, text } of inlined(transform(file))) if (h) expect({ text: text.trim().split('\n')[0], known: h in trusted }).toEqual({ text: text.trim().split('\n')[0], known: true });
  });

  it('fails the build on a document codegen has not seen (stale generated files)', () => {
    const file = join(root, 'libs/console/shell/src/documents/example.documents.ts');
    expect(() => transform(file, "import { graphql } from '@opencx/console-graphql';\nexport const Q = graphql(`\n  query NotGenerated { me { user { id } } }\n`);\n")).toThrow(/not in generated\/gql\.ts/);
  });

  it('drops the lookup table and the document constants from the generated modules', () => {
    const gql = transform(join(generated, 'gql.ts'));
    expect(gql).not.toContain('query ');
    expect(gql).toContain('export function graphql');
    const graphqlTs = transform(join(generated, 'graphql.ts'));
    expect(readFileSync(join(generated, 'graphql.ts'), 'utf8')).toContain('= new TypedDocumentString(');
    expect(graphqlTs).not.toContain('= new TypedDocumentString(');
    expect(graphqlTs).toContain('export class TypedDocumentString');
  });
});
