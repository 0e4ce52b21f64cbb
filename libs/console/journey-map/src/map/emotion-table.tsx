'use client';

import { memo } from 'react';
import { useTranslations } from 'next-intl';
import { signedEmotion } from '../model/diff-view';
import type { MapStage } from '../model/types';

/**
 * The emotion curve as a table (WCAG 1.1.1: the data behind a chart): stage, touchpoint and emotion
 * in map order. Visually hidden; screen readers and "read the page" tools find it after the map.
 */
export const EmotionTable = memo(function EmotionTable({ stages }: { stages: readonly MapStage[] }) {
  const t = useTranslations('journeyMap');
  return (
    <table className="jm-sr-only" data-testid="emotion-table">
      <caption>{t('emotionTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('emotionTable.stage')}</th>
          <th scope="col">{t('emotionTable.touchpoint')}</th>
          <th scope="col">{t('emotionTable.emotion')}</th>
        </tr>
      </thead>
      <tbody>
        {stages.flatMap((stage) =>
          stage.touchpoints.map((tp) => (
            <tr key={tp.id} data-testid="emotion-table-row">
              <td>{stage.name}</td>
              <th scope="row">{tp.name}</th>
              <td>{signedEmotion(tp.emotion)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
});
