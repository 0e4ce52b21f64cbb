/**
 * Recovery of an unhappy customer, measured by the re-survey sent after their follow-up case was
 * resolved. NPS first: a detractor (0–6) who answers the re-survey as a passive or promoter (7–10) is
 * recovered. A case opened on CSAT alone: an unhappy answer (1–3, not top-2-box) recovered by a
 * satisfied one (4–5). Answers null when the case does not count toward the recovery rate (the
 * customer was not unhappy on a score the re-survey asked, or the re-survey did not ask it).
 */
export function caseRecovered(
  original: { nps: number | null; csat: number | null },
  resurvey: { nps: number | null; csat: number | null },
): boolean | null {
  if (original.nps !== null && original.nps <= 6) return resurvey.nps === null ? null : resurvey.nps >= 7;
  if (original.nps === null && original.csat !== null && original.csat <= 3) return resurvey.csat === null ? null : resurvey.csat >= 4;
  return null;
}
