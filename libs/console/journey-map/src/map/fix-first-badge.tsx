'use client';

import { useEffect, useState } from 'react';
import { useParams } from 'next/navigation';
import { Tag, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';
import { getGqlWorkspace, gqlRequest } from '@opencx/console-graphql';
import { FixFirstTouchpointsQuery } from '../documents/fix-first.documents';
import { periodWindow } from '../model/kpi-view';

/** The key drivers' window for the badge: the map's default KPI period. */
const WINDOW_DAYS = 90;

/**
 * One request per journey, workspace and day, shared by every card of the map (a map has dozens
 * of cards; each asking would be dozens of identical key-driver computations). A failed request
 * is forgotten so the next mount asks again; the badge simply does not show meanwhile.
 */
const requests = new Map<string, Promise<ReadonlySet<string>>>();

function fixFirstTouchpoints(journeyId: string): Promise<ReadonlySet<string>> {
  const window = periodWindow(WINDOW_DAYS, new Date());
  const key = `${getGqlWorkspace() ?? ''}|${journeyId}|${window.to}`;
  let request = requests.get(key);
  if (!request) {
    request = gqlRequest(FixFirstTouchpointsQuery, { journeyId, ...window }).then(
      (r) => new Set(r.keyDrivers.enoughData ? r.keyDrivers.drivers.filter((d) => d.fixFirst).map((d) => d.touchpointId) : []),
      (error: unknown) => {
        requests.delete(key);
        throw error;
      },
    );
    requests.set(key, request);
  }
  return request;
}

/** "Fix first" on a touchpoint card: the key drivers find it important and below target (DESIGN.md §3b). */
export function FixFirstBadge({ touchpointId }: { touchpointId: string }) {
  const t = useTranslations('dashboard.mapBadge');
  const params = useParams<{ id?: string }>();
  const journeyId = params?.id;
  const [fixFirst, setFixFirst] = useState(false);
  useEffect(() => {
    if (!journeyId) return;
    let live = true;
    fixFirstTouchpoints(journeyId).then(
      (ids) => live && setFixFirst(ids.has(touchpointId)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [journeyId, touchpointId]);
  if (!fixFirst) return null;
  return (
    <Tooltip title={t('explain', { days: WINDOW_DAYS })}>
      <Tag color="red" data-testid="fix-first-badge" style={{ marginInlineEnd: 0 }}>
        {t('label')}
      </Tag>
    </Tooltip>
  );
}
