import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTrustedDocument, loadTrustedDocuments, TrustedDocumentsError } from './trusted-documents';

const ID = 'a'.repeat(64);
let dir: string;

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'opencx-trusted-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function manifest(content: string): string {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, content);
  return file;
}

describe('loadTrustedDocuments', () => {
  it('reads id → document', () => {
    const loaded = loadTrustedDocuments(manifest(JSON.stringify({ [ID]: 'query A { a }' })), 'trusted');
    expect(loaded.documents.get(ID)).toBe('query A { a }');
  });

  it('refuses to start in trusted mode without a manifest, and on a malformed one', () => {
    expect(() => loadTrustedDocuments(join(dir, 'missing.json'), 'trusted')).toThrow(TrustedDocumentsError);
    expect(() => loadTrustedDocuments(manifest('{"not-a-hash": "query A { a }"}'), 'any')).toThrow('"not-a-hash" is not a sha256 id with a document');
    expect(loadTrustedDocuments(join(dir, 'missing.json'), 'any').documents.size).toBe(0);
  });
});

describe('checkTrustedDocument', () => {
  const trusted = { mode: 'trusted' as const, documents: new Map([[ID, 'query A { a }']]) };
  const any = { ...trusted, mode: 'any' as const };

  it('resolves known ids in both modes, with or without the sha256: prefix', () => {
    expect(checkTrustedDocument({ documentId: `sha256:${ID}` }, trusted)).toEqual({ kind: 'resolved', query: 'query A { a }' });
    expect(checkTrustedDocument({ extensions: JSON.stringify({ persistedQuery: { sha256Hash: ID.toUpperCase() } }) }, any)).toEqual({ kind: 'resolved', query: 'query A { a }' });
  });

  it('in trusted mode refuses text and unknown ids; in any mode lets them through to Apollo', () => {
    expect(checkTrustedDocument({ query: '{ a }' }, trusted)).toMatchObject({ kind: 'refused', code: 'TRUSTED_DOCUMENT_REQUIRED' });
    expect(checkTrustedDocument({ documentId: 'b'.repeat(64) }, trusted)).toMatchObject({ kind: 'refused', code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(checkTrustedDocument({}, trusted)).toMatchObject({ kind: 'refused', code: 'TRUSTED_DOCUMENT_REQUIRED' });
    expect(checkTrustedDocument({ query: '{ a }' }, any)).toEqual({ kind: 'pass' });
    expect(checkTrustedDocument({ documentId: 'b'.repeat(64) }, any)).toEqual({ kind: 'pass' });
  });
});
