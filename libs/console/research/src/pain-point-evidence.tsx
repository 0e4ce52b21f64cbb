'use client';

import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useGqlQuery, type ResearchWorkspaceQuery as Data } from '@opencx/console-graphql';
import { InsightEvidenceQuery } from './documents/research.documents';

/** The journey's pain points with what backs them: research items, feedback responses, follow-up cases. */
export function PainPointEvidence({ data }: { data: Data }) {
  const t = useTranslations('research');
  const pains = data.journey.stages.flatMap((s) => s.touchpoints.flatMap((tp) => tp.painPoints.map((p) => ({ ...p, touchpoint: tp.name }))));
  const evidence = useGqlQuery(InsightEvidenceQuery, { variables: { painPointIds: pains.map((p) => p.id) }, skip: pains.length === 0 });
  const byId = new Map((evidence.data?.insightEvidence ?? []).map((e) => [e.insightId, e]));
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('painPoints.title')}
        </Typography.Title>
      }
    >
      {pains.length === 0 ? (
        <Empty description={t('painPoints.none')} />
      ) : (
        <Flex vertical role="list" aria-label={t('painPoints.title')}>
          {pains.map((p) => {
            const e = byId.get(p.id);
            return (
              <Flex key={p.id} role="listitem" gap={8} align="center" wrap style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="pain-point-evidence" data-pain-point-id={p.id}>
                <Flex vertical style={{ flex: '1 1 240px' }}>
                  <Typography.Text strong>{p.title}</Typography.Text>
                  <Typography.Text type="secondary">{p.touchpoint}</Typography.Text>
                </Flex>
                <Tag data-testid="evidence-total">{t('painPoints.total', { n: e?.total ?? 0 })}</Tag>
                <Tag color="purple">{t('painPoints.research', { n: e?.research ?? 0 })}</Tag>
                <Tag color="blue">{t('painPoints.feedback', { n: e?.feedback ?? 0 })}</Tag>
                <Tag color="orange">{t('painPoints.cases', { n: e?.cases ?? 0 })}</Tag>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
