import type { NextRequest } from 'next/server';
import { importQuery, relayToApi } from '../../../../../server/relay';

// Same-origin proxy of the API's POST /api/v1/feedback/import/preview (the first part of a CSV → headers, rows, proposed mapping).
export const dynamic = 'force-dynamic';

export function POST(request: NextRequest): Promise<Response> {
  return relayToApi(request, `/api/v1/feedback/import/preview${importQuery(request, ['encoding'])}`, { method: 'POST', accept: 'application/json', timeoutMs: 30_000 });
}
