'use client';

import { useState } from 'react';
import { Button, Empty, Flex, List, Switch, Table, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { gqlRequest, useGqlAction, useGqlQuery, type NotificationKind } from '@opencx/console-graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationPreferencesQuery, NotificationsQuery, UpdateNotificationPreferencesMutation } from '../documents/notifications.documents';

/** The bell's popover: the latest notifications (opening one marks it read and follows its link), mark all read, preferences. */
export function NotificationPanel({ unread, onChanged, onClose }: { unread: number; onChanged: () => Promise<void>; onClose: () => void }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [settings, setSettings] = useState(false);
  const list = useGqlQuery(NotificationsQuery, { variables: { first: 20 } });
  const refresh = () => Promise.all([onChanged(), list.refetch()]);
  const markRead = useGqlAction((id: string) => gqlRequest(MarkNotificationReadMutation, { id }), { onSuccess: () => void refresh() });
  const markAll = useGqlAction(() => gqlRequest(MarkAllNotificationsReadMutation), { onSuccess: () => void refresh() });

  const openOne = async (n: { id: string; link?: string | null; readAt?: string | null }) => {
    if (!n.readAt) await markRead.run(n.id);
    onClose();
    if (n.link) router.push(n.link);
  };

  if (settings) return <NotificationPreferences onBack={() => setSettings(false)} />;
  return (
    <Flex vertical gap={8} style={{ width: 380 }} data-testid="notification-list">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Flex gap={4}>
          <Button size="small" type="link" disabled={!unread} loading={markAll.busy} onClick={() => void markAll.run()} data-testid="notifications-read-all">
            {t('markAllRead')}
          </Button>
          <Button size="small" type="text" icon={<SettingOutlined />} aria-label={t('preferences')} onClick={() => setSettings(true)} data-testid="notification-preferences" />
        </Flex>
      </Flex>
      {list.data?.notifications.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      ) : (
        <List
          size="small"
          loading={list.loading && !list.data}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          dataSource={list.data?.notifications.nodes ?? []}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              onClick={() => void openOne(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : 'rgba(22,119,255,0.06)', paddingInline: 8 }}
              data-testid="notification-item"
              data-kind={n.kind}
              data-read={n.readAt ? 'true' : 'false'}
            >
              <NotificationLine kind={n.kind} title={n.title} body={n.body} actor={n.actorName ?? null} createdAt={n.createdAt} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}

function NotificationLine({ kind, title, body, actor, createdAt }: { kind: NotificationKind; title: string; body: string; actor: string | null; createdAt: string }) {
  const t = useTranslations('notifications');
  const format = useFormatter();
  return (
    <Flex vertical gap={2} style={{ width: '100%' }}>
      <Typography.Text>{t(`headline.${kind}`, { actor: actor ?? t('someone'), title })}</Typography.Text>
      {body ? (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
          {body}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {format.relativeTime(new Date(createdAt))}
      </Typography.Text>
    </Flex>
  );
}

const KINDS: NotificationKind[] = ['MENTION', 'ASSIGNMENT', 'ALERT', 'REVIEW_DUE', 'DIGEST'];

function NotificationPreferences({ onBack }: { onBack: () => void }) {
  const t = useTranslations('notifications');
  const prefs = useGqlQuery(NotificationPreferencesQuery);
  const save = useGqlAction((kind: NotificationKind, inApp: boolean, email: boolean) => gqlRequest(UpdateNotificationPreferencesMutation, { input: { preferences: [{ kind, inApp, email }] } }), {
    onSuccess: () => void prefs.refetch(),
  });
  const rows = KINDS.map((kind) => prefs.data?.notificationPreferences.find((p) => p.kind === kind) ?? { kind, inApp: true, email: true });
  return (
    <Flex vertical gap={8} style={{ width: 380 }} data-testid="notification-preferences-panel">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('preferences')}</Typography.Text>
        <Button size="small" type="link" onClick={onBack}>
          {t('back')}
        </Button>
      </Flex>
      <Table
        size="small"
        pagination={false}
        rowKey="kind"
        loading={prefs.loading}
        dataSource={rows}
        columns={[
          { title: t('kindColumn'), dataIndex: 'kind', render: (kind: NotificationKind) => t(`kind.${kind}`) },
          {
            title: t('inApp'),
            dataIndex: 'inApp',
            render: (on: boolean, row) => (row.kind === 'DIGEST' ? '—' : <Switch size="small" checked={on} onChange={(v) => void save.run(row.kind, v, row.email)} data-testid={`pref-in-app-${row.kind}`} />),
          },
          { title: t('email'), dataIndex: 'email', render: (on: boolean, row) => <Switch size="small" checked={on} onChange={(v) => void save.run(row.kind, row.inApp, v)} data-testid={`pref-email-${row.kind}`} /> },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('emailHint')}
      </Typography.Text>
    </Flex>
  );
}
