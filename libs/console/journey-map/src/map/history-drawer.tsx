'use client';

import { useEffect, useMemo, useState } from 'react';
import { App, Alert, Button, Drawer, Empty, Flex, List, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowRightOutlined, HistoryOutlined, RollbackOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { JourneyDiffQuery, JourneyRevisionsQuery } from '../documents/journey-map.documents';
import { defaultComparison, diffRows, HISTORY_FIELD_KEYS, type HistoryFieldKey, diffTotals, signedEmotion, type DiffRow, type DiffValue, type FieldChangeRow } from '../model/diff-view';
import type { JourneyMap } from '../model/types';
import type { MapActions } from './use-journey-editor';

const KIND_COLORS = { added: 'green', removed: 'red', moved: 'blue', changed: 'gold' } as const;

function useActionLabel() {
  const t = useTranslations('journeyMap.history.actions');
  return (action: string) => (t.has(action as Parameters<typeof t>[0]) ? t(action as Parameters<typeof t>[0]) : t('other'));
}

function Value({ value }: { value: DiffValue }) {
  const t = useTranslations('journeyMap');
  switch (value.kind) {
    case 'empty':
      return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
    case 'bool':
      return <>{value.value ? t('history.yes') : t('history.no')}</>;
    case 'channel':
      return <>{t.has(`channels.${value.value}` as Parameters<typeof t>[0]) ? t(`channels.${value.value}` as Parameters<typeof t>[0]) : value.value}</>;
    case 'emotion':
      return <>{signedEmotion(value.value)}</>;
    default:
      return <>{value.value}</>;
  }
}

function Changes({ changes }: { changes: FieldChangeRow[] }) {
  const t = useTranslations('journeyMap.history');
  return (
    <Flex vertical gap={2} style={{ marginTop: 4 }}>
      {changes.map((c) => (
        <div key={c.field} style={{ fontSize: 12 }} data-testid="diff-change" data-field={c.field}>
          <Typography.Text type="secondary">{(HISTORY_FIELD_KEYS as readonly string[]).includes(c.field) ? t(`fields.${c.field as HistoryFieldKey}`) : c.field}: </Typography.Text>
          <Typography.Text delete type="secondary">
            <Value value={c.before} />
          </Typography.Text>
          <ArrowRightOutlined style={{ margin: '0 6px', fontSize: 10 }} />
          <Typography.Text>
            <Value value={c.after} />
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

function Where({ place }: { place: { stage?: string; position: number } }) {
  const t = useTranslations('journeyMap.history');
  if (place.stage === undefined && place.position > 0) return <>{t('position', { position: place.position })}</>;
  return <>{place.position > 0 ? t('stagePosition', { stage: place.stage ?? t('unknownStage'), position: place.position }) : t('inStage', { stage: place.stage ?? t('unknownStage') })}</>;
}

function DiffRowView({ row }: { row: DiffRow }) {
  const t = useTranslations('journeyMap.history');
  return (
    <List.Item data-testid="diff-row" data-kind={row.kind} data-entity={row.entity}>
      <Flex vertical style={{ width: '100%' }}>
        <Space size={6} wrap>
          <Tag color={KIND_COLORS[row.kind]} style={{ marginInlineEnd: 0 }}>
            {t(`kinds.${row.kind}`)}
          </Tag>
          <Typography.Text type="secondary">{t(`entities.${row.entity}`)}</Typography.Text>
          {row.name ? <Typography.Text strong>{row.name}</Typography.Text> : null}
          {row.count ? <Typography.Text>{t('countOf', { count: row.count })}</Typography.Text> : null}
        </Space>
        {row.kind === 'moved' && row.from && row.to ? (
          <Typography.Text style={{ fontSize: 12 }}>
            <Where place={row.from} />
            <ArrowRightOutlined style={{ margin: '0 6px', fontSize: 10 }} />
            <Where place={row.to} />
          </Typography.Text>
        ) : row.kind === 'added' && row.to?.stage ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <Where place={row.to} />
          </Typography.Text>
        ) : row.kind === 'removed' && row.from?.stage ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <Where place={row.from} />
          </Typography.Text>
        ) : null}
        {row.changes?.length ? <Changes changes={row.changes} /> : null}
      </Flex>
    </List.Item>
  );
}

function DiffView({ journey, from, to }: { journey: JourneyMap; from: number; to: number }) {
  const t = useTranslations('journeyMap.history');
  const diff = useGqlQuery(JourneyDiffQuery, { variables: { journeyId: journey.id, fromRevision: Math.min(from, to), toRevision: Math.max(from, to) }, reportErrors: false });
  const stageNames = useMemo(() => new Map(journey.stages.map((s) => [s.id, s.name])), [journey.stages]);
  const rows = useMemo(() => (diff.data ? diffRows(diff.data.journeyDiff, stageNames) : []), [diff.data, stageNames]);
  const totals = diffTotals(rows);
  if (diff.loading && !diff.data) return <Skeleton active />;
  if (diff.error) return <Alert type="error" showIcon title={String((diff.error as Error).message ?? diff.error)} />;
  return (
    <Flex vertical gap={8} data-testid="journey-diff">
      <Typography.Text type="secondary">{t('totals', totals)}</Typography.Text>
      {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noChanges')} /> : <List size="small" dataSource={rows} renderItem={(row) => <DiffRowView key={row.key} row={row} />} />}
    </Flex>
  );
}

/**
 * Every revision of the map, newest first; pick one to see what it changed (against the one before)
 * or pick any two to compare; editors restore a revision (recorded as a new one).
 */
export function HistoryDrawer({ open, onClose, journey, readOnly, actions }: { open: boolean; onClose: () => void; journey: JourneyMap; readOnly: boolean; actions: MapActions }) {
  const t = useTranslations('journeyMap.history');
  const tm = useTranslations('journeyMap');
  const format = useFormatter();
  const { message } = App.useApp();
  const actionLabel = useActionLabel();
  const revisions = useGqlQuery(JourneyRevisionsQuery, { variables: { journeyId: journey.id }, skip: !open });
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const list = useMemo(() => revisions.data?.journeyRevisions ?? [], [revisions.data]);

  // A new revision (an edit, or a restore) while the drawer is open: reload the list.
  const { refetch } = revisions;
  useEffect(() => {
    if (open) void refetch();
  }, [open, journey.revision, refetch]);

  const select = (revision: number) => {
    const pair = defaultComparison(
      list.map((r) => r.revision),
      revision,
    );
    if (pair) {
      setFrom(pair.from);
      setTo(pair.to);
    }
  };

  const restore = async (revision: number) => {
    if (await actions.restoreRevision(revision)) void message.success(t('restored', { revision }));
  };

  const options = list.map((r) => ({ value: r.revision, label: `${t('revision', { revision: r.revision })} · ${actionLabel(r.action)}` }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={
        <Space>
          <HistoryOutlined /> {t('title')}
        </Space>
      }
      data-testid="history-drawer"
    >
      {revisions.loading && !revisions.data ? (
        <Skeleton active />
      ) : list.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={5}>{t('compare')}</Typography.Title>
            <Flex gap={8} align="center" wrap>
              <Select style={{ minWidth: 220 }} placeholder={t('from')} value={from} onChange={setFrom} options={options} aria-label={t('from')} data-testid="diff-from" />
              <ArrowRightOutlined />
              <Select style={{ minWidth: 220 }} placeholder={t('to')} value={to} onChange={setTo} options={options} aria-label={t('to')} data-testid="diff-to" />
            </Flex>
            <div style={{ marginTop: 12 }}>
              {from === undefined || to === undefined ? (
                <Typography.Text type="secondary">{t('pickTwo')}</Typography.Text>
              ) : from === to ? (
                <Typography.Text type="secondary">{t('same')}</Typography.Text>
              ) : (
                <DiffView journey={journey} from={from} to={to} />
              )}
            </div>
          </div>
          <List
            size="small"
            dataSource={list}
            data-testid="revision-list"
            renderItem={(r, i) => (
              <List.Item
                data-testid="revision"
                data-revision={r.revision}
                style={{ background: to === r.revision ? '#f0f6ff' : undefined, paddingInline: 8, borderRadius: 6 }}
                actions={[
                  <Button key="diff" size="small" type="link" disabled={i === list.length - 1} onClick={() => select(r.revision)} data-testid="revision-show-diff">
                    {t('showDiff')}
                  </Button>,
                  ...(readOnly || i === 0
                    ? []
                    : [
                        <Popconfirm
                          key="restore"
                          title={t('restoreTitle', { revision: r.revision })}
                          description={<div style={{ maxWidth: 280 }}>{t('restoreConfirm', { revision: r.revision })}</div>}
                          okText={t('restoreOk')}
                          cancelText={tm('cancel')}
                          okButtonProps={{ 'data-testid': 'confirm-restore' }}
                          onConfirm={() => void restore(r.revision)}
                        >
                          <Button size="small" icon={<RollbackOutlined />} data-testid="revision-restore">
                            {t('restore')}
                          </Button>
                        </Popconfirm>,
                      ]),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space size={6}>
                      <Typography.Text strong>{t('revision', { revision: r.revision })}</Typography.Text>
                      {i === 0 ? <Tag color="blue">{t('current')}</Tag> : null}
                      <span>{actionLabel(r.action)}</span>
                    </Space>
                  }
                  description={`${r.actorName ?? t('unknownActor')} · ${format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}`}
                />
              </List.Item>
            )}
          />
        </Flex>
      )}
    </Drawer>
  );
}
