import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CHANNELS, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { JourneyMapQuery, JourneyMapScreen, mapCountsLine, type JourneyMap } from '@opencx/console-journey-map';
// Not through the library's barrel: the first paint's title block (antd's Typography, Tag, Button) would
// join the first-load JS of every route that imports the barrel; only this page shows it.
import { MapFirstPaint } from '@opencx/console-journey-map/first-paint/map-first-paint';
import { serverGql } from '../../../../../server/api';
import { loadSession } from '../../../../../server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('journeys') };
}

/**
 * The map as the visitor may read it, for the server-rendered first paint; null when it cannot be
 * read here (the editor then loads it in the browser and reports what went wrong, as before).
 */
async function firstPaintMap(id: string): Promise<JourneyMap | null> {
  const state = await loadSession();
  if (state.status !== 'signed-in') return null;
  try {
    return (await serverGql(JourneyMapQuery, { id, touchpointFilter: null }, { workspaceId: state.session.workspace.id })).journey;
  } catch {
    return null;
  }
}

export default async function JourneyMapPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const map = await firstPaintMap(id);
  const editor = <JourneyMapScreen key={id} journeyId={id} initialMap={map} />;
  if (!map) return editor;
  const t = await getTranslations('journeyMap');
  const labels = {
    // The words of the editor's header (map-header.tsx), which shares MapTitle with the first paint.
    back: t('back'),
    state: t(`state.${map.state as JourneyState}`),
    status: t(`status.${map.status as JourneyStatus}`),
    counts: mapCountsLine(map, (key, values) => t(key, values)),
    channels: Object.fromEntries(CHANNELS.map((c) => [c, t(`channels.${c}`)])),
  };
  return (
    <MapFirstPaint key={id} map={map} labels={labels}>
      {editor}
    </MapFirstPaint>
  );
}
