// Generates the console's typed documents from the API's committed schema (`npm run codegen`).
// The staleness spec (src/generated-types.spec.ts) reuses this config with a temporary output.
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = resolve(__dirname, '../../..');

export const CODEGEN_SCHEMA = resolve(root, 'apps/api/schema.gql');
export const CODEGEN_DOCUMENTS = [resolve(root, 'libs/console/*/src/**/*.{ts,tsx}'), `!${resolve(root, 'libs/console/graphql/src/generated/**')}`, `!${resolve(root, 'libs/console/**/*.spec.{ts,tsx}')}`];
export const CODEGEN_OUTPUT = 'libs/console/graphql/src/generated/';

export function codegenConfig(output: string = resolve(root, CODEGEN_OUTPUT) + '/'): CodegenConfig {
  return {
    overwrite: true,
    silent: true,
    schema: CODEGEN_SCHEMA,
    documents: CODEGEN_DOCUMENTS,
    ignoreNoDocuments: false,
    generates: {
      [output]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: false,
          // Trusted documents (OWASP ASVS 13.4.1): every operation gets a sha256 id, and
          // persisted-documents.json (id → text) is what the API accepts under OPENCX_GRAPHQL_DOCUMENTS=trusted.
          persistedDocuments: { hashAlgorithm: 'sha256' },
        },
        config: {
          // Documents are plain strings: the fetch client posts them as-is, no graphql-js in the browser.
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        },
      },
    },
  };
}

export default codegenConfig();
