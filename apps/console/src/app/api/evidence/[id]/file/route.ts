import type { NextRequest } from 'next/server';
import { relayToApi } from '../../../../../server/relay';

// Same-origin proxy of the API's GET/POST /api/v1/evidence/:id/file (session cookie + workspace header).
// Uploads travel as application/octet-stream with the declared type in `?type=`: the API checks it against the bytes.
export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function query(request: NextRequest): string {
  const out = new URLSearchParams();
  for (const name of ['type', 'name']) {
    const value = request.nextUrl.searchParams.get(name);
    if (value) out.set(name, value);
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });
  return relayToApi(request, `/api/v1/evidence/${id}/file`, { method: 'GET', accept: '*/*', timeoutMs: 30_000 });
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!UUID.test(id)) return Response.json({ message: 'Not found' }, { status: 404 });
  return relayToApi(request, `/api/v1/evidence/${id}/file${query(request)}`, { method: 'POST', accept: 'application/json', timeoutMs: 60_000, contentType: 'application/octet-stream' });
}
