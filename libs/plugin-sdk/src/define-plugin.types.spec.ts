import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';

/*
 * Compile-time checks of definePlugin, by running the TypeScript compiler over fixtures written as
 * a partner would: every line marked `// error: <message>` must fail with exactly that message,
 * and no other line may fail.
 */
const WORKSPACE_ROOT = join(__dirname, '../../..');
const FIXTURES = join(__dirname, 'type-fixtures');

function compile(fixture: string): { line: number; message: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'opencx-sdk-types-'));
  try {
    const file = join(dir, fixture.replace(/\.txt$/, ''));
    writeFileSync(file, readFileSync(join(FIXTURES, fixture), 'utf8'));
    const base = ts.readConfigFile(join(WORKSPACE_ROOT, 'tsconfig.base.json'), ts.sys.readFile).config;
    const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, WORKSPACE_ROOT);
    const program = ts.createProgram([file], { ...options, noEmit: true, types: [], typeRoots: [join(WORKSPACE_ROOT, 'node_modules/@types')] });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ({
        line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0],
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectedErrors(fixture: string): { line: number; message: string }[] {
  return readFileSync(join(FIXTURES, fixture), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const marked = text.match(/\/\/ error: (.*)$/);
      return marked ? [{ line: i + 1, message: marked[1] }] : [];
    });
}

describe('definePlugin at compile time', () => {
  it('rejects an unknown metric key, an unknown persona key, an emotion and a severity out of range, each on its line', () => {
    const expected = expectedErrors('mistakes.fixture.ts.txt');
    expect(expected).toHaveLength(4);
    expect(compile('mistakes.fixture.ts.txt')).toEqual(expected);
  }, 60000);

  it('accepts the corrected manifest, and one assembled from parts typed with the wider interfaces', () => {
    expect(expectedErrors('valid.fixture.ts.txt')).toEqual([]);
    expect(compile('valid.fixture.ts.txt')).toEqual([]);
  }, 60000);
});
