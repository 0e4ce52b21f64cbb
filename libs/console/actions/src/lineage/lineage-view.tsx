'use client';

import { useId, useState } from 'react';
import { Button, Flex, Modal, Skeleton, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { ActionLineageQuery } from '../documents/actions.documents';

/** What the chain starts from: exactly one of an action, a follow-up case or a pain point. */
export type LineageOf = { actionId: string } | { caseId: string } | { painPointId: string };

/**
 * The lineage of an action, a case or a pain point: feedback responses → cases → root causes →
 * pain point → improvement actions → measured change. Used by the action drawer, the case drawer
 * and pain points, so anyone can see why something exists and what it achieved.
 */
export function LineageView({ of }: { of: LineageOf }) {
  const t = useTranslations('actions');
  const variables = { actionId: 'actionId' in of ? of.actionId : null, caseId: 'caseId' in of ? of.caseId : null, painPointId: 'painPointId' in of ? of.painPointId : null };
  const lineage = useGqlQuery(ActionLineageQuery, { variables });
  const l = lineage.data?.lineage;
  const [painPointOpen, setPainPointOpen] = useState(false);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="lineage">
      <Typography.Title level={3} id={headingId} style={{ fontSize: 16 }}>
        {t('lineage.title')}
      </Typography.Title>
      {!l ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={6}>
          <Typography.Text data-testid="lineage-responses">{t('lineage.responses', { count: l.responses.length })}</Typography.Text>
          {l.responses.slice(0, 3).map((r) => (
            <Typography.Text key={r.responseId} type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              “{r.comment ?? '—'}”
            </Typography.Text>
          ))}
          <Typography.Text data-testid="lineage-cases">{t('lineage.cases', { count: l.cases.length })}</Typography.Text>
          {l.rootCauses.length ? <Typography.Text data-testid="lineage-root-causes">{t('lineage.rootCauses', { causes: l.rootCauses.join(', ') })}</Typography.Text> : null}
          <Flex gap={8} wrap align="center">
            <Typography.Text data-testid="lineage-pain-point">{l.painPoint ? t('lineage.painPoint', { title: l.painPoint.title }) : t('lineage.noPainPoint')}</Typography.Text>
            {l.painPoint && !('painPointId' in of) ? (
              <Button type="link" size="small" onClick={() => setPainPointOpen(true)} data-testid="open-pain-point-lineage">
                {t('lineage.ofPainPoint')}
              </Button>
            ) : null}
          </Flex>
          {'actionId' in of ? null : (
            <Flex vertical gap={4} data-testid="lineage-actions">
              <Typography.Text>{t('lineage.actions', { count: l.actions.length })}</Typography.Text>
              {l.actions.map((a) => (
                <Typography.Text key={a.id} type="secondary">
                  {a.title} <Tag>{t(`status.${a.status}`)}</Tag>
                </Typography.Text>
              ))}
            </Flex>
          )}
          {l.impacts.map((i) => (
            <Typography.Text key={i.actionId} data-testid="lineage-impact">
              {t('lineage.impact', { verdict: t(`verdict.${i.verdict}`), n: i.n })}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {l?.painPoint && painPointOpen ? (
        <Modal open title={t('lineage.painPointTitle', { title: l.painPoint.title })} footer={null} onCancel={() => setPainPointOpen(false)} width={640}>
          <div data-testid="pain-point-lineage">
            <LineageView of={{ painPointId: l.painPoint.id }} />
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
