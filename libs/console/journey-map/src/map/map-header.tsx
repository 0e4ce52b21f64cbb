'use client';

import Link from 'next/link';
import { Button, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EyeOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { JOURNEY_STATUSES, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { mapCounts } from '../model/map-view';
import { signedEmotion } from '../model/diff-view';
import type { JourneyMap } from '../model/types';
import type { MapActions } from './use-journey-editor';
import { useTemplateName } from '../common/display-names';

/** The map's title block: name (editable), state, status, source template, save state, description and counts. */
export function MapHeader({ map, actions, readOnly, saving }: { map: JourneyMap; actions: MapActions; readOnly: boolean; saving: boolean }) {
  const t = useTranslations('journeyMap');
  const counts = mapCounts(map);
  const templateName = useTemplateName(map.sourcePluginId, map.templateKey);
  return (
    <Flex vertical gap={4}>
      <Link href="/journeys">
        <Button type="link" size="small" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('back')}
        </Button>
      </Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title
          level={1}
          style={{ margin: 0, fontSize: 24 }}
          data-testid="journey-name"
          editable={
            readOnly
              ? false
              : {
                  triggerType: ['text', 'icon'],
                  onChange: (name) => {
                    const next = name.trim();
                    if (next && next !== map.name) void actions.updateJourney({ name: next });
                  },
                }
          }
        >
          {map.name}
        </Typography.Title>
        <Tag color={map.state === 'future' ? 'purple' : 'blue'} data-testid="journey-state">
          {t(`state.${map.state as JourneyState}`)}
        </Tag>
        {readOnly ? (
          <Tag data-testid="journey-status">{t(`status.${map.status as JourneyStatus}`)}</Tag>
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
        )}
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
      </Flex>
      {map.description ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 960 }} ellipsis={{ rows: 2, expandable: true }}>
          {map.description}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="journey-counts">
        {t('counts', { stages: counts.stages, touchpoints: counts.touchpoints, painPoints: counts.painPoints, moments: counts.momentsOfTruth })}
        {counts.averageEmotion !== null ? ` · ${t('averageEmotion', { value: signedEmotion(counts.averageEmotion) })}` : ''}
      </Typography.Text>
    </Flex>
  );
}
