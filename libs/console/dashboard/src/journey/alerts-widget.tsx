'use client';

import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { fmt } from '../common/figure';
import { DashboardAlertsQuery } from '../documents/dashboard-insights.documents';

/** The journey's open KPI alerts, each with what triggered it: the figure below its warning threshold, and the test against the window before. */
export function AlertsWidget({ journeyId }: { journeyId: string }) {
  const t = useTranslations('dashboard.insights');
  const locale = useLocale();
  const query = useGqlQuery(DashboardAlertsQuery, { variables: { journeyId } });
  const alerts = query.data?.alerts.nodes ?? [];
  return (
    <Card title={t('alerts')} size="small" loading={query.loading && !query.data} data-testid="dashboard-alerts">
      {alerts.length ? (
        <List
          dataSource={alerts}
          renderItem={(a) => {
            const unit = a.metricKind === 'nps' ? '' : ['csat', 'ces', 'rate'].includes(a.metricKind) ? '%' : '';
            return (
              <List.Item key={a.id} data-testid="dashboard-alert">
                <Space direction="vertical" size={2}>
                  <Space wrap size={4}>
                    <Tag color="red">{t('alertOpen')}</Tag>
                    <Typography.Text strong>
                      {a.touchpointName ?? t('deletedTouchpoint')} · {locale === 'zh-CN' ? a.metricNameZh : a.metricNameEn}
                    </Typography.Text>
                    {a.acknowledgedAt && <Tag>{t('acknowledged')}</Tag>}
                  </Space>
                  <Typography.Text data-testid="alert-trigger">
                    {t('alertTrigger', {
                      value: `${fmt(a.value)}${unit}`,
                      n: a.n,
                      threshold: `${fmt(a.warningThreshold, 0)}${unit}`,
                      from: a.windowFrom,
                      to: a.windowTo,
                    })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('alertComparison', {
                      value: a.comparisonValue === null || a.comparisonValue === undefined ? '—' : `${fmt(a.comparisonValue)}${unit}`,
                      n: a.comparisonN,
                      from: a.comparisonFrom,
                      to: a.comparisonTo,
                      difference: fmt(a.difference),
                      p: a.pValue < 0.001 ? '<0.001' : a.pValue.toFixed(3),
                      method: a.method,
                    })}
                  </Typography.Text>
                </Space>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noAlerts')} />
      )}
    </Card>
  );
}
