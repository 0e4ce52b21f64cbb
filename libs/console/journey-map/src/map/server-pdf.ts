'use client';

import { getGqlWorkspace, WORKSPACE_HEADER } from '@opencx/console-graphql';
import { saveBlob } from '../common/download';
import { exportFileName } from '../export/export-scale';

export type PdfPaper = 'A4' | 'A3';

/** Where the console proxies the API's map PDF (apps/console/src/app/api/journeys/[id]/map.pdf). */
export function journeyPdfPath(journeyId: string, paper: PdfPaper, locale: string): string {
  return `/api/journeys/${encodeURIComponent(journeyId)}/map.pdf?paper=${paper}&locale=${locale === 'en' ? 'en' : 'zh-CN'}`;
}

/** The presentable PDF (A4/A3 landscape, real text, made by the API) saved under the journey's name. */
export async function downloadJourneyPdf(journey: { id: string; name: string }, paper: PdfPaper, locale: string): Promise<string> {
  const workspace = getGqlWorkspace();
  const response = await fetch(journeyPdfPath(journey.id, paper, locale), { credentials: 'same-origin', headers: workspace ? { [WORKSPACE_HEADER]: workspace } : {} });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const file = exportFileName(`${journey.name} ${paper}`, 'pdf');
  saveBlob(await response.blob(), file);
  return file;
}
