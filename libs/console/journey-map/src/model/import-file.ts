import { JOURNEY_DOCUMENT_FORMAT, validateJourneyDocument, type DocumentIssue } from '@opencx/domain';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ParsedJourneyFile = { ok: true; document: Record<string, unknown>; name: string } | { ok: false; reason: 'invalidJson' | 'wrongFormat' | 'tooLarge' } | { ok: false; reason: 'invalid'; issues: DocumentIssue[] };

/**
 * Reads a file exported by exportJourney before it is sent: not JSON, not our format, or the
 * first problems the API would refuse it for (the API checks again; this just answers sooner).
 */
export function parseJourneyFile(text: string, size = text.length): ParsedJourneyFile {
  if (size > IMPORT_MAX_BYTES) return { ok: false, reason: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'invalidJson' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== JOURNEY_DOCUMENT_FORMAT) return { ok: false, reason: 'wrongFormat' };
  const issues = validateJourneyDocument(raw);
  if (issues.length) return { ok: false, reason: 'invalid', issues };
  const journey = (raw as { journey: { name: string } }).journey;
  return { ok: true, document: raw as Record<string, unknown>, name: journey.name };
}
