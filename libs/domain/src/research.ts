/**
 * The research workflow of a journey (issue 15): the seven steps of mapping as research, the kinds
 * of evidence and the files evidence may carry. One declaration; the server validates against it
 * and the console lists from it.
 */

/** Goal & scope → personas → gather data → draw → analyse → improve → iterate, in this order. */
export const RESEARCH_STEP_KEYS = ['goal_scope', 'personas', 'gather_data', 'draw', 'analyse', 'improve', 'iterate'] as const;
export type ResearchStepKey = (typeof RESEARCH_STEP_KEYS)[number];

export const RESEARCH_STEP_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type ResearchStepStatus = (typeof RESEARCH_STEP_STATUSES)[number];

export const RESEARCH_ITEM_KINDS = ['interview_note', 'quote', 'observation', 'survey_extract', 'analytics_figure', 'file'] as const;
export type ResearchItemKind = (typeof RESEARCH_ITEM_KINDS)[number];

/** Limits of a research plan and its evidence. */
export const RESEARCH_LIMITS = {
  title: 200,
  body: 20_000,
  notes: 5_000,
  goal: 2_000,
  scope: 2_000,
  listItems: 20,
  listItem: 500,
  source: 200,
  fileName: 200,
} as const;

/** Default largest evidence file (OPENCX_EVIDENCE_MAX_BYTES overrides it). */
export const EVIDENCE_MAX_BYTES_DEFAULT = 5 * 1024 * 1024;

export const EVIDENCE_FILE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

/**
 * The type a file's first bytes say it is (PNG, JPEG, WebP, PDF), or null: what the upload
 * claims is never trusted on its own.
 */
export function sniffEvidenceType(head: Uint8Array): EvidenceFileType | null {
  const starts = (bytes: readonly number[], at = 0) => head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** Done steps out of all seven. */
export function researchProgress(statuses: readonly ResearchStepStatus[]): { done: number; total: number } {
  return { done: statuses.filter((s) => s === 'done').length, total: RESEARCH_STEP_KEYS.length };
}
