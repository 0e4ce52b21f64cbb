'use client';

import { Card, Empty, List, Tag, Typography } from 'antd';
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
        <List
          dataSource={pains}
          renderItem={(p) => {
            const e = byId.get(p.id);
            return (
              <List.Item data-testid="pain-point-evidence" data-pain-point-id={p.id}>
                <List.Item.Meta title={p.title} description={p.touchpoint} />
                <Tag data-testid="evidence-total">{t('painPoints.total', { n: e?.total ?? 0 })}</Tag>
                <Tag color="purple">{t('painPoints.research', { n: e?.research ?? 0 })}</Tag>
                <Tag color="blue">{t('painPoints.feedback', { n: e?.feedback ?? 0 })}</Tag>
                <Tag color="orange">{t('painPoints.cases', { n: e?.cases ?? 0 })}</Tag>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
