import type { NextRequest } from 'next/server';
import { importQuery, relayToApi } from '../../../../server/relay';

// Same-origin proxy of the API's POST /api/v1/feedback/import (the CSV streamed through; the job answers at once).
export const dynamic = 'force-dynamic';

export function POST(request: NextRequest): Promise<Response> {
  return relayToApi(request, `/api/v1/feedback/import${importQuery(request, ['mode', 'encoding', 'mapping', 'source', 'fileName'])}`, { method: 'POST', accept: 'application/json', timeoutMs: 10 * 60_000 });
}
