'use client';

import { List, Tag, Typography } from 'antd';
import { useFormatter, useTranslations } from 'next-intl';

export interface CustomerHistoryCase {
  id: string;
  ruleName: string;
  status: 'OPEN' | 'CONTACTED' | 'RESOLVED' | 'CLOSED';
  nps?: number | null;
  comment?: string | null;
  occurredAt: string;
}

/** Case detail: what this customer went through before (their other cases, newest first). */
export function CustomerHistory({ cases }: { cases: readonly CustomerHistoryCase[] }) {
  const t = useTranslations('cases');
  const format = useFormatter();
  return (
    <section aria-labelledby="case-customer-history" data-testid="case-customer-history">
      <Typography.Title level={2} id="case-customer-history" style={{ fontSize: 16 }}>
        {t('history.title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={[...cases]}
        locale={{ emptyText: t('history.empty') }}
        renderItem={(c) => (
          <List.Item>
            <Typography.Text type="secondary">{format.dateTime(new Date(c.occurredAt), { dateStyle: 'medium' })}</Typography.Text> <Tag>{t(`status.${c.status}`)}</Tag>
            {c.nps !== null && c.nps !== undefined && <Tag>{t('history.score', { nps: c.nps })}</Tag>}
            {/* A customer's words are text, never markup. */}
            {c.ruleName} {c.comment ? `· ${c.comment}` : ''}
          </List.Item>
        )}
      />
    </section>
  );
}
