import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JourneyMapQuery, JourneyMapScreen, type JourneyMap } from '@opencx/console-journey-map';
import { serverTaggedGql } from '../../../../../server/api';
import { loadSession } from '../../../../../server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('journeys') };
}

/**
 * The map as the visitor may read it (same document, same access rules, the API's row-level
 * security), with the tag the API gave it; null when it cannot be read here (the editor then loads
 * it in the browser and reports what went wrong, as before).
 */
async function serverMapRead(id: string): Promise<{ map: JourneyMap; etag: string | null } | null> {
  const state = await loadSession();
  if (state.status !== 'signed-in') return null;
  try {
    const { data, etag } = await serverTaggedGql(JourneyMapQuery, { id, touchpointFilter: null }, { workspaceId: state.session.workspace.id });
    return { map: data.journey, etag };
  } catch {
    return null;
  }
}

/**
 * The editor is rendered on the server with the map read here, so the HTML the browser paints first
 * is the editor's own; its code loads on demand and hydrates those same elements (nothing is painted
 * twice). It then re-reads the map in the background, conditionally (If-None-Match with this tag).
 */
export default async function JourneyMapPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const read = await serverMapRead(id);
  return <JourneyMapScreen key={id} journeyId={id} initialMap={read?.map ?? null} initialTag={read?.etag ?? null} />;
}
