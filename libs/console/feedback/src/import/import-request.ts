/** What the console sends to the import routes, kept pure (and tested) apart from the screen. */

export type ImportEncodingChoice = 'auto' | 'utf8' | 'gb18030';
export const IMPORT_ENCODINGS: readonly ImportEncodingChoice[] = ['auto', 'utf8', 'gb18030'];
/** How much of the file the preview reads (the API looks at no more than 256 KB). */
export const PREVIEW_BYTES = 64 * 1024;
/** How often the progress bar asks for the job while it runs. */
export const IMPORT_POLL_MS = 500;

export interface ImportPreview {
  headers: string[];
  rows: string[][];
  mapping: Record<string, string>;
  fields: string[];
  detectedEncoding: string;
}

/** The mapping to send: each header the user mapped to a field (headers left unmapped are ignored by the import). */
export function mappingToSend(headers: readonly string[], chosen: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of headers) {
    const field = chosen[h];
    if (field) out[h] = field;
  }
  return out;
}

/** Fields chosen for more than one header (the import would read only one of them). */
export function duplicateFields(chosen: Readonly<Record<string, string | undefined>>): string[] {
  const seen = new Map<string, number>();
  for (const field of Object.values(chosen)) if (field) seen.set(field, (seen.get(field) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([field]) => field);
}

/** Query string of the start request: encoding, mapping (JSON) and the file's name. */
export function importStartQuery(encoding: ImportEncodingChoice, mapping: Record<string, string>, fileName: string): string {
  const params = new URLSearchParams({ encoding, mapping: JSON.stringify(mapping), fileName: fileName.slice(0, 255) });
  return params.toString();
}

/** The import is over (the bar stops polling). */
export const importFinished = (status: string | undefined) => status === 'succeeded' || status === 'failed';
