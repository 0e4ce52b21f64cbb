// @ts-check
/**
 * Build-time replacement for codegen's `graphql()` lookup (what the client preset's babel/swc plugin
 * does, for Turbopack): without it, every page that touches one document ships all of them, twice
 * (the text as gql.ts's lookup key and again in graphql.ts), ~30 kB gzip on every route.
 *
 * - `*.documents.ts`: each graphql(`…`) call becomes the one TypedDocumentString it names (same text,
 *   same trusted-document hash), so a module carries only its own documents.
 * - generated/gql.ts: the lookup table goes; graphql() only throws (a call the loader did not see).
 * - generated/graphql.ts: the document constants go (every use went through graphql()); types and the
 *   TypedDocumentString class stay.
 * Jest and tsc read the files as they are: this changes the bundle, not behaviour.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const GENERATED = join(__dirname, '../../../libs/console/graphql/src/generated');
const DOCUMENT_CONST = /export const (\w+) = new TypedDocumentString\(`([\s\S]*?)`, (\{[^\n]*?\})\) as unknown as TypedDocumentString<[^;\n]*>;\n?/g;

/** source text (as written in graphql(`…`)) → `new TypedDocumentString(text, meta)` expression source. */
function documentTable() {
  const gql = readFileSync(join(GENERATED, 'gql.ts'), 'utf8');
  const graphqlTs = readFileSync(join(GENERATED, 'graphql.ts'), 'utf8');
  const constants = new Map();
  for (const m of graphqlTs.matchAll(DOCUMENT_CONST)) constants.set(m[1], `new __TypedDocumentString(${JSON.stringify(m[2])}, ${m[3]})`);
  const start = gql.indexOf('const documents: Documents = {');
  if (start < 0) throw new Error('graphql-documents-loader: generated/gql.ts has no documents table (run npm run codegen)');
  const table = new Map();
  for (const m of gql.slice(start).matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const expression = constants.get(m[2]);
    if (!expression) throw new Error(`graphql-documents-loader: ${m[2]} is not in generated/graphql.ts`);
    table.set(JSON.parse(m[1]), expression);
  }
  return table;
}

/** @this {{ resourcePath: string; addDependency(file: string): void }} */
module.exports = function graphqlDocumentsLoader(/** @type {string} */ source) {
  const file = this.resourcePath.replace(/\\/g, '/');
  if (file.endsWith('/generated/gql.ts')) {
    return `export function graphql(_source: string): never {\n  throw new Error('graphql() is compiled away in *.documents.ts files (apps/console/build/graphql-documents-loader.cjs)');\n}\n`;
  }
  if (file.endsWith('/generated/graphql.ts')) return source.replace(DOCUMENT_CONST, '');

  this.addDependency(join(GENERATED, 'gql.ts'));
  this.addDependency(join(GENERATED, 'graphql.ts'));
  const table = documentTable();
  let replaced = 0;
  const out = source.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, text) => {
    const expression = table.get(text);
    if (!expression) throw new Error(`graphql-documents-loader: a document in ${file} is not in generated/gql.ts (run npm run codegen)`);
    replaced++;
    return expression;
  });
  if (replaced === 0) return source;
  return `import { TypedDocumentString as __TypedDocumentString } from '@opencx/console-graphql';\n${out}`;
};
