'use client';

import { useMemo } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { priority, priorityGap } from '@opencx/domain';
import { useGqlQuery, type JourneyKeyDriversQuery } from '@opencx/console-graphql';
import { fmt } from '../common/figure';
import { DashboardActionEffortsQuery } from '../documents/dashboard-insights.documents';

type Drivers = JourneyKeyDriversQuery['keyDrivers'];

/** Effort assumed for a touchpoint with no open action yet (the middle of 1–5); the list says so. */
const ASSUMED_EFFORT = 3;

export interface PriorityRow {
  touchpointId: string;
  name: string;
  importance: number;
  gap: number;
  reach: number;
  effort: number;
  effortAssumed: boolean;
  priority: number;
}

/**
 * "What to fix first" (DESIGN.md §3b): priority = importance × gap × reach ÷ effort, by the domain's
 * `priority`. importance: the touchpoint's key-driver share of R²; gap: CSAT short of its target ÷ 100;
 * reach: the touchpoint's CSAT answers ÷ the busiest driver touchpoint's (how much of the journey's
 * traffic passes there); effort: the smallest effort among the touchpoint's open improvement actions.
 */
export function priorityRows(drivers: Drivers, efforts: ReadonlyMap<string, number>): PriorityRow[] {
  const usable = drivers.drivers.filter((d) => d.share !== null && d.share !== undefined);
  const busiest = Math.max(0, ...usable.map((d) => d.performance.n));
  return usable
    .map((d) => {
      const effort = efforts.get(d.touchpointId);
      const input = { importance: d.share ?? 0, current: d.performance.value ?? null, target: d.performance.target ?? null, scaleWidth: 100, direction: 'higher_is_better' as const, reach: busiest ? d.performance.n / busiest : 0, effort: effort ?? ASSUMED_EFFORT };
      return { touchpointId: d.touchpointId, name: `${d.stageName} · ${d.touchpointName}`, importance: input.importance, gap: priorityGap(input.current, input.target, 100, 'higher_is_better'), reach: input.reach, effort: input.effort, effortAssumed: effort === undefined, priority: priority(input) };
    })
    .sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name));
}

export function PriorityList({ journeyId, drivers }: { journeyId: string; drivers: Drivers }) {
  const t = useTranslations('dashboard.insights');
  const actions = useGqlQuery(DashboardActionEffortsQuery, { variables: { journeyId } });
  const rows = useMemo(() => {
    const efforts = new Map<string, number>();
    for (const a of actions.data?.improvementActions.nodes ?? []) for (const tp of a.touchpointIds) efforts.set(tp, Math.min(efforts.get(tp) ?? 5, a.effort));
    return priorityRows(drivers, efforts);
  }, [actions.data, drivers]);
  return (
    <Card title={t('priority')} size="small" data-testid="priority-list">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('priorityExplain')}
      </Typography.Paragraph>
      {!drivers.enoughData ? (
        <Typography.Text type="secondary">{t('priorityNeedsDrivers')}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="touchpointId"
          dataSource={rows}
          columns={[
            { title: '#', key: 'rank', render: (_: unknown, __: PriorityRow, i: number) => i + 1, width: 40 },
            { title: t('touchpoint'), dataIndex: 'name', key: 'name' },
            { title: t('priorityScore'), key: 'priority', dataIndex: 'priority', defaultSortOrder: 'descend' as const, sorter: (a: PriorityRow, b: PriorityRow) => a.priority - b.priority, render: (v: number) => <span data-testid="priority-score">{(1000 * v).toFixed(2)}</span> },
            { title: t('importance'), key: 'importance', dataIndex: 'importance', sorter: (a: PriorityRow, b: PriorityRow) => a.importance - b.importance, render: (v: number) => `${fmt(100 * v)}%` },
            { title: t('gap'), key: 'gap', dataIndex: 'gap', sorter: (a: PriorityRow, b: PriorityRow) => a.gap - b.gap, render: (v: number) => fmt(100 * v) },
            { title: t('reach'), key: 'reach', dataIndex: 'reach', sorter: (a: PriorityRow, b: PriorityRow) => a.reach - b.reach, render: (v: number) => `${fmt(100 * v, 0)}%` },
            { title: t('effort'), key: 'effort', dataIndex: 'effort', sorter: (a: PriorityRow, b: PriorityRow) => a.effort - b.effort, render: (v: number, r: PriorityRow) => (r.effortAssumed ? <Tag>{t('effortAssumed', { effort: v })}</Tag> : v) },
          ]}
        />
      )}
    </Card>
  );
}
