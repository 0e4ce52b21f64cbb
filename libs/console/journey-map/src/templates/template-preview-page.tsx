'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { JourneyTemplatePreviewQuery, JourneyTemplatesQuery } from '../documents/journeys.documents';
import type { JourneyTemplate } from '../model/types';
import { CreateFromTemplateModal } from './template-gallery';
import { EmotionSparkline, TemplateStageList } from './template-preview';
import { templateCounts } from './template-helpers';

/** /journeys/templates/<plugin>/<template>: everything a template brings — map, persona, metric presets — before any journey exists. */
export function TemplatePreviewPage({ templateId }: { templateId: string }) {
  const t = useTranslations('templates');
  const locale = useLocale();
  const router = useRouter();
  const readOnly = useReadOnly();
  const maps = useGqlQuery(JourneyTemplatesQuery, { variables: { locale } });
  const details = useGqlQuery(JourneyTemplatePreviewQuery, { variables: { locale } });
  const [creating, setCreating] = useState<JourneyTemplate | null>(null);
  const template = useMemo(() => maps.data?.journeyTemplates.find((tpl) => tpl.id === templateId) ?? null, [maps.data, templateId]);
  const extra = useMemo(() => details.data?.journeyTemplates.find((tpl) => tpl.id === templateId) ?? null, [details.data, templateId]);

  const back = (
    <Link href="/journeys/templates">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('page.back')}
      </Button>
    </Link>
  );
  if (!template || !extra) {
    return (
      <Flex vertical gap={16}>
        {back}
        <Card>{maps.loading || details.loading ? <Skeleton active /> : <Empty description={t('page.notFound')} />}</Card>
      </Flex>
    );
  }
  const counts = templateCounts(template);
  return (
    <Flex vertical gap={16} data-testid="template-page" data-template-id={template.id}>
      <div>
        {back}
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Typography.Title level={1} style={{ marginBottom: 4, marginTop: 4, fontSize: 24 }}>
              {template.name}
            </Typography.Title>
            <Space size={[4, 4]} wrap>
              <Tag>{template.pluginName}</Tag>
              <Typography.Text type="secondary">{t('version', { version: template.version })}</Typography.Text>
              {extra.industryLabels.map((i) => (
                <Tag key={i.key} bordered={false}>
                  {i.name}
                </Tag>
              ))}
            </Space>
          </div>
          {readOnly ? null : (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(template)} data-testid="template-page-use">
              {t('use')}
            </Button>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {template.description}
        </Typography.Paragraph>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('page.map')}>
            <Flex vertical gap={16}>
              <Space size={[4, 4]} wrap>
                <Tag color="blue">{t('stagesCount', { count: counts.stages })}</Tag>
                <Tag style={{ color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' }}>{t('touchpointsCount', { count: counts.touchpoints })}</Tag>
                {counts.moments > 0 ? (
                  <Tag icon={<StarFilled />} style={{ color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' }}>
                    {t('momentsCount', { count: counts.moments })}
                  </Tag>
                ) : null}
              </Space>
              <EmotionSparkline template={template} />
              <TemplateStageList template={template} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t('page.persona')} data-testid="template-page-persona">
              {extra.persona ? (
                <Flex vertical gap={8}>
                  <Typography.Text strong>{extra.persona.name}</Typography.Text>
                  <Typography.Text type="secondary">{extra.persona.description}</Typography.Text>
                  <PersonaList title={t('page.goals')} items={extra.persona.goals} />
                  <PersonaList title={t('page.needs')} items={extra.persona.needs} />
                  <PersonaList title={t('page.frustrations')} items={extra.persona.frustrations} />
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('page.noPersona')}</Typography.Text>
              )}
            </Card>
            <Card title={t('page.metrics')}>
              <Table
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={extra.metrics}
                data-testid="template-page-metrics"
                columns={[
                  { key: 'name', title: t('page.metricName'), render: (_, m) => m.name },
                  { key: 'target', title: t('page.metricTarget'), width: 110, render: (_, m) => `${m.direction === 'lower_is_better' ? '≤' : '≥'} ${m.defaultTarget}${m.unit ? ` ${m.unit}` : ''}` },
                ]}
              />
            </Card>
          </Flex>
        </Col>
      </Row>
      <CreateFromTemplateModal template={creating} onClose={() => setCreating(null)} onCreated={(id) => router.push(`/journeys/${id}`)} />
    </Flex>
  );
}

function PersonaList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
