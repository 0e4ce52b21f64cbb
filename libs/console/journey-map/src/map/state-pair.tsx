'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { Button, Card, Col, Drawer, Empty, Flex, List, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { JourneyMapQuery } from '../documents/journey-map.documents';
import { StatePairActionsQuery } from '../documents/state-pair.documents';
import { alignStates } from '../model/state-pair';
import { signedEmotion } from '../model/diff-view';
import type { JourneyMap } from '../model/types';
import { PersonaCompareChart } from './persona-compare-chart';

/**
 * Future state: on a current-state map with future states (or a future-state map made from a current
 * one), opens the two side by side — both designed emotion curves overlaid on one chart, each map's
 * stages and touchpoints, and the current map's improvement actions that lead from one to the other.
 */
export function StatePairButton({ map }: { map: JourneyMap }) {
  const t = useTranslations('statePair');
  const [open, setOpen] = useState(false);
  const futures = map.futureStateJourneyIds;
  const [futureId, setFutureId] = useState<string | null>(null);
  if (!map.currentStateJourneyId && futures.length === 0) return null;
  const currentId = map.currentStateJourneyId ?? map.id;
  const chosenFuture = map.currentStateJourneyId ? map.id : (futureId && futures.includes(futureId) ? futureId : (futures[0] ?? map.id));
  return (
    <>
      <Button icon={<SwapOutlined />} onClick={() => setOpen(true)} data-testid="open-state-pair">
        {t('open')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} width="min(1200px, 96vw)" title={t('title')} destroyOnHidden>
        {open ? <StatePairView currentId={currentId} futureId={chosenFuture} futures={map.currentStateJourneyId ? [] : futures} onFuture={setFutureId} /> : null}
      </Drawer>
    </>
  );
}

function StatePairView({ currentId, futureId, futures, onFuture }: { currentId: string; futureId: string; futures: readonly string[]; onFuture: (id: string) => void }) {
  const t = useTranslations('statePair');
  const labelled = useTranslations('app');
  const current = useGqlQuery(JourneyMapQuery, { variables: { id: currentId } });
  const future = useGqlQuery(JourneyMapQuery, { variables: { id: futureId } });
  const actions = useGqlQuery(StatePairActionsQuery, { variables: { journeyId: currentId } });
  const a = current.data?.journey;
  const b = future.data?.journey;
  const rows = useMemo(() => (a && b ? alignStates(a, b) : []), [a, b]);
  if (!a || !b) return <Skeleton active paragraph={{ rows: 8 }} />;
  const names = new Map(a.stages.flatMap((s) => s.touchpoints.map((tp) => [tp.id, tp.name] as const)));
  return (
    <Flex vertical gap={12} data-testid="state-pair">
      {futures.length > 1 ? (
        <Select style={{ maxWidth: 320 }} value={futureId} onChange={onFuture} aria-label={t('chooseFuture')} options={futures.map((id, i) => ({ value: id, label: id === futureId ? b.name : `${t('future')} ${i + 1}` }))} />
      ) : null}
      <PersonaCompareChart rows={rows} nameA={labelled('labelled', { label: t('current'), value: a.name })} nameB={labelled('labelled', { label: t('future'), value: b.name })} label={t('chart')} testId="state-pair-chart" />
      <Row gutter={12}>
        {[
          { map: a, label: t('current'), testId: 'state-pair-current' },
          { map: b, label: t('future'), testId: 'state-pair-future' },
        ].map(({ map, label, testId }) => (
          <Col span={12} key={testId}>
            <Card size="small" title={<Link href={`/journeys/${map.id}`}>{labelled('labelled', { label, value: map.name })}</Link>} data-testid={testId}>
              {map.stages.map((s) => (
                <div key={s.id} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {s.touchpoints.map((tp) => (
                      <li key={tp.id} data-testid="state-pair-touchpoint" data-emotion={tp.emotion}>
                        {tp.name} · {signedEmotion(tp.emotion)}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('changes')}>
        <List
          size="small"
          dataSource={rows.filter((r) => r.a !== r.b)}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noChanges')} /> }}
          renderItem={(r) => (
            <List.Item data-testid="state-pair-change" data-change={r.change ?? ''}>
              {labelled('labelled', { label: r.name, value: r.a === null ? t('added') : r.b === null ? t('removed') : `${signedEmotion(r.a)} → ${signedEmotion(r.b)} (${signedEmotion(r.change ?? 0)})` })}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('actions')}>
        <List
          size="small"
          loading={actions.loading}
          dataSource={actions.data?.improvementActions.nodes ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noActions')} /> }}
          renderItem={(action) => (
            <List.Item data-testid="state-pair-action">
              <Link href={`/actions?action=${action.id}`}>{action.title}</Link>
              <Flex gap={4} wrap>
                {action.touchpointIds.map((id) => (names.get(id) ? <Tag key={id}>{names.get(id)}</Tag> : null))}
                <Tag color="blue">{action.status}</Tag>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
