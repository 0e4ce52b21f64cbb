'use client';

import { Drawer, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { DashboardVerbatimsQuery } from '../documents/dashboard-insights.documents';
import { addDays } from '../filter/dashboard-filter';

/** What the drawer shows comments for: a topic (a stored tag) or a keyword (comments containing it). */
export interface VerbatimFocus {
  kind: 'topic' | 'keyword';
  term: string;
  label: string;
}

const SAMPLE = 20;

/**
 * Sample verbatims of a topic or keyword, newest first, one click from the dashboard. Comments are
 * shown as text (React escapes them), never as HTML. The window is the dashboard's (whole days;
 * the inbox filter takes instants, so the days are read at UTC midnight).
 */
export function VerbatimDrawer({ journeyId, from, to, siteId, focus, onClose }: { journeyId: string; from: string; to: string; siteId?: string; focus: VerbatimFocus | null; onClose: () => void }) {
  const t = useTranslations('dashboard.insights');
  const filter = focus ? { journeyId, from, to: addDays(to, 1), siteId, ...(focus.kind === 'topic' ? { tag: focus.term } : { search: focus.term }) } : { journeyId };
  const query = useGqlQuery(DashboardVerbatimsQuery, { variables: { filter, first: SAMPLE }, skip: !focus });
  const nodes = query.data?.feedback.nodes ?? [];
  return (
    <Drawer open={!!focus} onClose={onClose} width={520} title={focus ? t('verbatimsTitle', { term: focus.label }) : ''} data-testid="verbatims-drawer" destroyOnClose>
      {query.loading && !query.data ? (
        <Skeleton active />
      ) : nodes.length ? (
        <List
          dataSource={nodes}
          data-testid="verbatims"
          renderItem={(v) => (
            <List.Item key={v.id} data-testid="verbatim">
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{v.comment}</Typography.Paragraph>
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{new Date(v.occurredAt as string).toLocaleDateString()}</Typography.Text>
                  {v.touchpointName && <Typography.Text type="secondary">· {v.touchpointName}</Typography.Text>}
                  {v.siteName && <Typography.Text type="secondary">· {v.siteName}</Typography.Text>}
                  {v.nps !== null && v.nps !== undefined && <Tag>NPS {v.nps}</Tag>}
                  {v.csat !== null && v.csat !== undefined && <Tag>CSAT {v.csat}</Tag>}
                  {v.sentiment !== null && v.sentiment !== undefined && <Tag color={v.sentiment < 0 ? 'red' : v.sentiment > 0 ? 'green' : 'default'}>{t('sentimentValue', { value: v.sentiment.toFixed(2) })}</Tag>}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('noVerbatims')} />
      )}
      {query.data?.feedback.pageInfo.hasNextPage && <Typography.Text type="secondary">{t('sampleOnly', { n: SAMPLE })}</Typography.Text>}
    </Drawer>
  );
}
