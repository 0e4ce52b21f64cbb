'use client';

import { useState } from 'react';
import { Button, Card, Flex, Result, Table, Tag, Typography } from 'antd';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type SecurityEventsQuery as SecurityEventsData } from '@opencx/console-graphql';
import { SecurityEventsQuery } from '../documents/settings.documents';
import { useCan } from '../context/console-session';

type SecurityEvent = SecurityEventsData['securityEvents']['events'][number];

const PAGE_SIZE = 50;
const WARNING_KINDS = new Set(['login_failed', 'login_rate_limited', 'sign_up_existing_email', 'api_token_new_ip']);

/** Settings → Security log (admins): sign-ins, failures, invitations accepted, role changes of this workspace's members. */
export function SecurityLogSettings() {
  const canRead = useCan('readSecurityLog');
  const t = useTranslations('settings.security');
  if (!canRead) return <Result status="403" title={t('forbiddenTitle')} subTitle={t('forbidden')} data-testid="security-log-forbidden" />;
  return <SecurityLog />;
}

function SecurityLog() {
  const t = useTranslations('settings.security');
  const tr = useTranslations('roles');
  const format = useFormatter();
  // The first page loads with the screen; "more" appends the next page after the last one shown.
  const firstPage = useGqlQuery(SecurityEventsQuery, { variables: { first: PAGE_SIZE, after: null } });
  const [later, setLater] = useState<SecurityEventsData['securityEvents'][]>([]);
  const pages = firstPage.data ? [firstPage.data.securityEvents, ...later] : [];
  const events = pages.flatMap((p) => p.events);
  const last = pages[pages.length - 1];
  const next = last?.hasNextPage ? last.endCursor : null;
  const loadMore = useGqlAction(async (after: string) => {
    const { securityEvents } = await gqlRequest(SecurityEventsQuery, { first: PAGE_SIZE, after });
    setLater((current) => [...current, securityEvents]);
  });

  const role = (value: unknown) => (typeof value === 'string' && ['owner', 'admin', 'editor', 'viewer'].includes(value) ? tr(value as 'viewer') : t('noRole'));
  const details = (e: SecurityEvent): string => {
    const d = (e.detail ?? {}) as Record<string, unknown>;
    if (e.kind === 'role_changed') return t('detail.roleChanged', { from: role(d.from), to: role(d.to) });
    if (e.kind === 'invitation_accepted') return t('detail.invitationAccepted', { role: role(d.role), email: String(d.invitedEmail ?? '') });
    if (e.kind === 'api_token_new_ip') return t('detail.tokenNewIp', { id: String(d.tokenId ?? '').slice(0, 8) });
    if (e.kind === 'login_failed' || e.kind === 'login_rate_limited') return String(d.email ?? '');
    return '';
  };

  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Table<SecurityEvent>
        rowKey="id"
        loading={firstPage.loading}
        dataSource={events}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        data-testid="security-log-table"
        columns={[
          { key: 'at', title: t('at'), render: (_, e) => format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'medium' }) },
          { key: 'kind', title: t('kind'), render: (_, e) => <Tag color={WARNING_KINDS.has(e.kind) ? 'orange' : undefined}>{t(`kinds.${e.kind}`)}</Tag> },
          { key: 'account', title: t('account'), render: (_, e) => e.userEmail ?? '—' },
          { key: 'ip', title: t('ip'), render: (_, e) => e.ip ?? '—' },
          { key: 'userAgent', title: t('userAgent'), render: (_, e) => <Typography.Text ellipsis={{ tooltip: e.userAgent }} style={{ maxWidth: 220 }}>{e.userAgent ?? '—'}</Typography.Text> },
          { key: 'detail', title: t('detail.title'), render: (_, e) => details(e) },
        ]}
      />
      {next ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void loadMore.run(next)} loading={loadMore.busy} data-testid="security-log-more">
            {t('more')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
