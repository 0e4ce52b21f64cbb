'use client';

import { Flex, Segmented, Select, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { CHANNELS } from '@opencx/domain';
import type { MapView } from '../model/map-view';

/** Picks the map's view: everything, by channel, by owning team, or moments of truth only. */
export function ViewSwitcher({ view, onChange, teams }: { view: MapView; onChange: (view: MapView) => void; teams: ReadonlyMap<string, string> }) {
  const t = useTranslations('journeyMap');
  return (
    <Flex gap={8} align="center" wrap data-testid="view-switcher" style={{ minWidth: 0, maxWidth: '100%' }}>
      <Typography.Text type="secondary">
        <EyeOutlined /> {t('toolbar.view')}
      </Typography.Text>
      <Segmented<MapView['kind']>
        value={view.kind}
        onChange={(kind) => {
          if (kind === 'all') onChange({ kind: 'all' });
          else if (kind === 'moments') onChange({ kind: 'moments' });
          else if (kind === 'channel') onChange({ kind: 'channel', channels: [] });
          else onChange({ kind: 'team', teamId: null });
        }}
        options={[
          { value: 'all', label: t('views.all') },
          { value: 'channel', label: t('views.channel') },
          { value: 'team', label: t('views.team') },
          { value: 'moments', label: <span data-testid="view-moments">{t('views.moments')}</span> },
        ]}
      />
      {view.kind === 'channel' ? (
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('viewChannelsPlaceholder')}
          value={view.channels}
          onChange={(channels: string[]) => onChange({ kind: 'channel', channels })}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          data-testid="view-channels"
        />
      ) : null}
      {view.kind === 'team' ? (
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('viewTeamPlaceholder')}
          value={view.teamId ?? undefined}
          onChange={(teamId: string | undefined) => onChange({ kind: 'team', teamId: teamId ?? null })}
          options={[...teams].map(([value, label]) => ({ value, label }))}
          data-testid="view-team"
        />
      ) : null}
    </Flex>
  );
}
