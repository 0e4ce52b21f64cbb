'use client';

import { Alert, Card, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type PluginsQuery as PluginsData } from '@opencx/console-graphql';
import { PluginsQuery, SetPluginEnabledMutation } from '../documents/settings.documents';
import { useCan } from '../context/console-session';

type PluginInfo = PluginsData['plugins'][number];

/** Settings → Plugins: what is installed, and (admins) which plugins this workspace uses. */
export function PluginsSettings() {
  const t = useTranslations('settings.plugins');
  const labelled = useTranslations('app');
  const locale = useLocale();
  const canManage = useCan('managePlugins');
  const plugins = useGqlQuery(PluginsQuery, { variables: { locale } });
  const toggle = useGqlAction((plugin: PluginInfo, enabled: boolean) => gqlRequest(SetPluginEnabledMutation, { input: { pluginId: plugin.id, enabled }, locale }), {
    key: (plugin) => plugin.id,
    success: (_, plugin, enabled) => (enabled ? t('turnedOn', { name: plugin.displayName }) : t('turnedOff', { name: plugin.displayName })),
    onSuccess: () => plugins.refetch(),
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      {canManage ? null : <Alert type="info" showIcon title={t('readOnlyNotice')} />}
      <Card title={t('title')}>
        <Table<PluginInfo>
          rowKey="id"
          loading={plugins.loading}
          dataSource={plugins.data?.plugins ?? []}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          data-testid="plugins-table"
          onRow={(row) => ({ 'data-testid': 'plugin-row', 'data-plugin-id': row.id }) as React.HTMLAttributes<HTMLElement>}
          scroll={{ x: 800 }}
          columns={[
            {
              key: 'name',
              title: t('name'),
              render: (_, p) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{p.displayName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <code>{p.id}</code>
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 420 }}>
                    {p.description}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'version', title: t('version'), width: 100, render: (_, p) => <Tag>{p.version}</Tag> },
            {
              key: 'industries',
              title: t('industries'),
              width: 220,
              render: (_, p) => (
                <Space size={[4, 4]} wrap>
                  {p.industryLabels.map((i) => (
                    <Tag key={i.key} bordered={false} data-testid="plugin-industry" data-industry={i.key}>
                      {i.name}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { key: 'contents', title: t('contents'), width: 260, render: (_, p) => t('counts', { templates: p.templateCount, personas: p.personaCount, metrics: p.metricCount }) },
            {
              key: 'enabled',
              title: t('enabled'),
              width: 100,
              render: (_, p) => (
                <Switch
                  checked={p.enabled}
                  disabled={!canManage}
                  loading={toggle.busyKey === p.id}
                  checkedChildren={t('on')}
                  unCheckedChildren={t('off')}
                  aria-label={labelled('labelled', { label: t('enabled'), value: p.displayName })}
                  onChange={(checked) => void toggle.run(p, checked)}
                  data-testid="plugin-enabled"
                />
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
