import type { NextRequest } from 'next/server';
import { relayToApi } from '../../../../../../server/relay';

// Same-origin proxy of the API's GET /api/v1/feedback/import/:id/errors.csv (the rejected rows with line, field and reason).
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });
  return relayToApi(request, `/api/v1/feedback/import/${id}/errors.csv`, { method: 'GET', accept: 'text/csv', timeoutMs: 30_000 });
}
