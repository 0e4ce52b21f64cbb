'use client';

import { Select, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, EyeOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { JOURNEY_STATUSES, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { mapCountsLine } from '../model/map-view';
import type { JourneyMap } from '../model/types';
import type { MapActions } from './use-journey-editor';
import { useTemplateName } from '../common/display-names';
import { MapTitle } from './map-title';

/** The editor's title block (MapTitle, shared with the first paint): name (editable), state, status, source template, save state, description and counts. */
export function MapHeader({ map, actions, readOnly, saving }: { map: JourneyMap; actions: MapActions; readOnly: boolean; saving: boolean }) {
  const t = useTranslations('journeyMap');
  const templateName = useTemplateName(map.sourcePluginId, map.templateKey);
  return (
    <MapTitle
      name={map.name}
      editable={
        readOnly
          ? undefined
          : {
              triggerType: ['text', 'icon'],
              onChange: (name) => {
                const next = name.trim();
                if (next && next !== map.name) void actions.updateJourney({ name: next });
              },
            }
      }
      backLabel={t('back')}
      stateLabel={t(`state.${map.state as JourneyState}`)}
      future={map.state === 'future'}
      status={
        readOnly ? (
          t(`status.${map.status as JourneyStatus}`)
        ) : (
          <Select<JourneyStatus>
            size="small"
            value={map.status as JourneyStatus}
            aria-label={t('statusLabel')}
            style={{ minWidth: 110 }}
            onChange={(status) => void actions.updateJourney({ status })}
            options={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-testid="journey-status"
          />
        )
      }
      after={
        <>
          {map.sourcePluginId && map.templateKey && templateName ? (
            <Tag bordered={false} data-testid="journey-template">
              {t('fromTemplate', { template: templateName })}
            </Tag>
          ) : null}
          {readOnly ? (
            <Tooltip title={t('readOnlyHint')}>
              <Tag color="gold" icon={<EyeOutlined />}>
                {t('readOnly')}
              </Tag>
            </Tooltip>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="save-state" data-saving={saving}>
              {saving ? (
                <>
                  <LoadingOutlined /> {t('saving')}
                </>
              ) : (
                <>
                  <CheckCircleOutlined /> {t('saved')}
                </>
              )}
            </Typography.Text>
          )}
        </>
      }
      description={map.description}
      counts={mapCountsLine(map, (key, values) => t(key, values))}
      testIds
    />
  );
}
