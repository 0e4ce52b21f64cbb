'use client';

import { useState } from 'react';
import { Button, Descriptions, Tag, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, type SystemDetailsQuery as SystemDetailsData, type SystemStatusQuery as SystemStatusData } from '@opencx/console-graphql';
import { SystemDetailsQuery, SystemStatusQuery } from '../documents/system.documents';
import { Panel } from '../common/panel';

export type SystemInfo = SystemStatusData['system'];
export type SystemDetails = SystemDetailsData['systemDetails'];

/**
 * Live API and database status; first rendered by the server, "refresh" asks again through /api/graphql.
 * Versions and migrations (`details`) only reach workspace admins: the API tells visitors status only.
 */
export function SystemStatusCard({ initial, initialDetails }: { initial: SystemInfo | null; initialDetails: SystemDetails | null }) {
  const t = useTranslations('home.system');
  const format = useFormatter();
  const [system, setSystem] = useState(initial);
  const [details, setDetails] = useState(initialDetails);
  const refresh = useGqlAction(() => Promise.all([gqlRequest(SystemStatusQuery), details ? gqlRequest(SystemDetailsQuery) : null]), {
    onSuccess: ([status, more]) => {
      setSystem(status.system);
      if (more) setDetails(more.systemDetails);
    },
  });

  const db = details?.database;
  return (
    <Panel
      title={t('title')}
      data-testid="system-status"
      extra={
        <Tooltip title={t('refresh')}>
          <Button aria-label={t('refresh')} icon={<ReloadOutlined />} loading={refresh.busy} onClick={() => void refresh.run()} />
        </Tooltip>
      }
    >
      {system ? (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'version', label: t('apiVersion'), children: <span data-testid="system-api-version">{system.version}</span> },
            {
              key: 'reachable',
              label: t('database'),
              children: (
                <Tag color={system.database.reachable ? 'green' : 'red'} data-testid="system-db-reachable">
                  {system.database.reachable ? t('reachable') : t('unreachable')}
                </Tag>
              ),
            },
            ...(details && db
              ? [
                  { key: 'node', label: t('nodeVersion'), children: details.nodeVersion },
                  { key: 'server', label: t('serverVersion'), children: <span data-testid="system-db-version">{db.serverVersion ? t('postgres', { version: db.serverVersion }) : t('unknown')}</span> },
                  { key: 'applied', label: t('migrationsApplied'), children: <span data-testid="system-migrations-applied">{db.migrationsApplied}</span> },
                  {
                    key: 'pending',
                    label: t('migrationsPending'),
                    children: db.migrationsPending.length === 0 ? <Tag color="green">{t('none')}</Tag> : <Tag color="orange">{db.migrationsPending.join(', ')}</Tag>,
                  },
                  {
                    key: 'plugins',
                    label: t('pluginContentChanges'),
                    children:
                      details.pluginContentChanges.length === 0 ? (
                        <Tag color="green">{t('none')}</Tag>
                      ) : (
                        <Tag color="orange" data-testid="system-plugin-content-changes">
                          {details.pluginContentChanges.map((c) => `${c.pluginId}@${c.version}${c.templateKeys.length ? ` (${c.templateKeys.join(', ')})` : ''}`).join('; ')}
                        </Tag>
                      ),
                  },
                  { key: 'started', label: t('startedAt'), children: format.dateTime(new Date(details.startedAt), { dateStyle: 'medium', timeStyle: 'medium' }) },
                ]
              : []),
          ]}
        />
      ) : (
        <Tag color="red" data-testid="system-unavailable">
          {t('apiUnavailable')}
        </Tag>
      )}
    </Panel>
  );
}
