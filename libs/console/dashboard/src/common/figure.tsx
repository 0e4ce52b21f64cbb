'use client';

import { Space, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';

export interface FigureLike {
  value?: number | null;
  n: number;
  low?: number | null;
  high?: number | null;
  lowSample?: boolean;
  target?: number | null;
  status?: string;
}

export const STATUS_COLORS: Record<string, string> = { ON_TARGET: 'green', WARNING: 'gold', OFF_TARGET: 'red', LOW_SAMPLE: 'default', NO_DATA: 'default', NO_TARGET: 'blue' };
export const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : v.toFixed(digits));

/** A figure as people must read it: value, n, 95 % interval, target, and a low-sample flag; absent (—) at n = 0. */
export function FigureText({ figure, unit = '' }: { figure: FigureLike; unit?: string }) {
  const t = useTranslations('dashboard.figure');
  if (!figure.n || figure.value === null || figure.value === undefined) return <Typography.Text type="secondary">{t('noData')}</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text strong>
        {fmt(figure.value)}
        {unit}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('detail', { n: figure.n, low: fmt(figure.low), high: fmt(figure.high) })}
        {figure.target !== null && figure.target !== undefined ? ` · ${t('target', { target: fmt(figure.target, 0) })}` : ''}
      </Typography.Text>
      {figure.lowSample && <Tag color="orange">{t('lowSample')}</Tag>}
      {figure.status && !figure.lowSample && <Tag color={STATUS_COLORS[figure.status]}>{t(`status.${figure.status as 'ON_TARGET'}`)}</Tag>}
    </Space>
  );
}

/** The significance marker: says a change is real only when the test says so, otherwise "no significant change". */
export function ChangeMarker({ change }: { change: { difference?: number; pValue?: number; significant: boolean } | null | undefined }) {
  const t = useTranslations('dashboard.change');
  if (!change) return <Tag>{t('untested')}</Tag>;
  if (!change.significant) return <Tag data-testid="change-marker">{t('none')}</Tag>;
  const d = change.difference ?? 0;
  return (
    <Tag color={d > 0 ? 'green' : 'red'} data-testid="change-marker">
      {t(d > 0 ? 'up' : 'down', { difference: fmt(Math.abs(d)), p: change.pValue === undefined ? '—' : change.pValue < 0.001 ? '<0.001' : change.pValue.toFixed(3) })}
    </Tag>
  );
}
