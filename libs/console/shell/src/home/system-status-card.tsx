'use client';

import { useState } from 'react';
import { Button, Card, Descriptions, Tag, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, type SystemStatusQuery as SystemStatusData } from '@opencx/console-graphql';
import { SystemStatusQuery } from '../documents/system.documents';

export type SystemInfo = SystemStatusData['system'];

/** Live API and database status; first rendered by the server, "refresh" asks again through /api/graphql. */
export function SystemStatusCard({ initial }: { initial: SystemInfo | null }) {
  const t = useTranslations('home.system');
  const format = useFormatter();
  const [system, setSystem] = useState(initial);
  const refresh = useGqlAction(() => gqlRequest(SystemStatusQuery), { onSuccess: (result) => setSystem(result.system) });

  const db = system?.database;
  return (
    <Card
      title={t('title')}
      data-testid="system-status"
      extra={
        <Tooltip title={t('refresh')}>
          <Button aria-label={t('refresh')} icon={<ReloadOutlined />} loading={refresh.busy} onClick={() => void refresh.run()} />
        </Tooltip>
      }
    >
      {system && db ? (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'version', label: t('apiVersion'), children: <span data-testid="system-api-version">{system.version}</span> },
            { key: 'node', label: t('nodeVersion'), children: system.nodeVersion },
            {
              key: 'reachable',
              label: t('database'),
              children: (
                <Tag color={db.reachable ? 'green' : 'red'} data-testid="system-db-reachable">
                  {db.reachable ? t('reachable') : t('unreachable')}
                </Tag>
              ),
            },
            { key: 'server', label: t('serverVersion'), children: <span data-testid="system-db-version">{db.serverVersion ? t('postgres', { version: db.serverVersion }) : t('unknown')}</span> },
            { key: 'applied', label: t('migrationsApplied'), children: <span data-testid="system-migrations-applied">{db.migrationsApplied}</span> },
            {
              key: 'pending',
              label: t('migrationsPending'),
              children: db.migrationsPending.length === 0 ? <Tag color="green">{t('none')}</Tag> : <Tag color="orange">{db.migrationsPending.join(', ')}</Tag>,
            },
            { key: 'started', label: t('startedAt'), children: format.dateTime(new Date(system.startedAt), { dateStyle: 'medium', timeStyle: 'medium' }) },
          ]}
        />
      ) : (
        <Tag color="red" data-testid="system-unavailable">
          {t('apiUnavailable')}
        </Tag>
      )}
    </Card>
  );
}
