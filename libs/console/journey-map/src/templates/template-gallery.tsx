'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, Button, Card, Col, Empty, Flex, Form, Input, Modal, Row, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EyeOutlined, PlusOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { CreateJourneyFromTemplateMutation, JourneyTemplatesQuery } from '../documents/journeys.documents';
import type { JourneyTemplate } from '../model/types';
import { TemplatePreview } from './template-preview';
import { templateCounts } from './template-helpers';

const ALL = '__all__';

/** /journeys/templates: the enabled plugins' journey templates, by industry, with preview and create. */
export function TemplateGallery() {
  const t = useTranslations('templates');
  const locale = useLocale();
  const router = useRouter();
  const readOnly = useReadOnly();
  const templates = useGqlQuery(JourneyTemplatesQuery, { variables: { locale } });
  const [industry, setIndustry] = useState<string>(ALL);
  const [preview, setPreview] = useState<JourneyTemplate | null>(null);
  const [creating, setCreating] = useState<JourneyTemplate | null>(null);

  const all = useMemo(() => templates.data?.journeyTemplates ?? [], [templates.data]);
  // Industries and their names come from the plugins' manifests (industryNames), grouped by key.
  const industries = useMemo(() => {
    const byKey = new Map(all.flatMap((tpl) => tpl.industryLabels.map((i) => [i.key, i.name] as const)));
    return [...byKey].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [all, locale]);
  const shown = industry === ALL ? all : all.filter((tpl) => tpl.industries.includes(industry));

  return (
    <Flex vertical gap={16}>
      <div>
        <Link href="/journeys">
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {t('back')}
          </Button>
        </Link>
        <Typography.Title level={1} style={{ marginBottom: 4, marginTop: 4, fontSize: 24 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      </div>
      {readOnly ? <Alert type="info" showIcon title={t('readOnly')} /> : null}
      {industries.length > 1 ? (
        <Segmented
          data-testid="industry-filter"
          value={industry}
          onChange={(v) => setIndustry(String(v))}
          options={[{ value: ALL, label: t('allIndustries') }, ...industries.map((i) => ({ value: i.key, label: i.name }))]}
          style={{ alignSelf: 'flex-start', flexWrap: 'wrap' }}
        />
      ) : null}
      {templates.loading && !templates.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : shown.length === 0 ? (
        <Card>
          <Empty description={t('empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {shown.map((tpl) => {
            const counts = templateCounts(tpl);
            return (
              <Col key={tpl.id} xs={24} md={12} xl={8}>
                <Card
                  data-testid="template-card"
                  data-template-id={tpl.id}
                  title={
                    <Link href={`/journeys/templates/${tpl.id}`} data-testid="template-page-link">
                      {tpl.name}
                    </Link>
                  }
                  extra={<Tag>{tpl.pluginName}</Tag>}
                  style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
                  styles={{ body: { flex: 1, display: 'flex', flexDirection: 'column', gap: 12 } }}
                  actions={[
                    <Button key="preview" type="text" icon={<EyeOutlined />} onClick={() => setPreview(tpl)} data-testid="template-preview-open">
                      {t('preview')}
                    </Button>,
                    ...(readOnly
                      ? []
                      : [
                          <Button key="use" type="link" icon={<PlusOutlined />} onClick={() => setCreating(tpl)} data-testid="use-template">
                            {t('use')}
                          </Button>,
                        ]),
                  ]}
                >
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, tooltip: tpl.description }} style={{ marginBottom: 0 }}>
                    {tpl.description}
                  </Typography.Paragraph>
                  <Space size={[4, 4]} wrap>
                    <Tag color="blue">{t('stagesCount', { count: counts.stages })}</Tag>
                    <Tag style={{ color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' }}>{t('touchpointsCount', { count: counts.touchpoints })}</Tag>
                    {counts.moments > 0 ? (
                      <Tag icon={<StarFilled />} style={{ color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' }}>
                        {t('momentsCount', { count: counts.moments })}
                      </Tag>
                    ) : null}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {tpl.stages.map((s) => s.name).join(' → ')}
                  </Typography.Text>
                  <Flex justify="space-between" align="center" style={{ marginTop: 'auto' }}>
                    {tpl.personaName ? (
                      <Typography.Text style={{ fontSize: 12 }}>
                        <UserOutlined /> {t('persona', { name: tpl.personaName })}
                      </Typography.Text>
                    ) : (
                      <span />
                    )}
                    <Space size={4} wrap>
                      {tpl.industryLabels.map((i) => (
                        <Tag key={i.key} bordered={false} style={{ fontSize: 11 }} data-testid="template-industry" data-industry={i.key}>
                          {i.name}
                        </Tag>
                      ))}
                      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                        {t('version', { version: tpl.version })}
                      </Typography.Text>
                    </Space>
                  </Flex>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
      <TemplatePreview
        template={preview}
        onClose={() => setPreview(null)}
        onUse={
          readOnly
            ? undefined
            : (tpl) => {
                setPreview(null);
                setCreating(tpl);
              }
        }
      />
      <CreateFromTemplateModal template={creating} onClose={() => setCreating(null)} onCreated={(id) => router.push(`/journeys/${id}`)} />
    </Flex>
  );
}

export function CreateFromTemplateModal({ template, onClose, onCreated }: { template: JourneyTemplate | null; onClose: () => void; onCreated: (id: string) => void }) {
  const t = useTranslations('templates');
  const locale = useLocale();
  const [form] = Form.useForm<{ name?: string }>();
  const create = useGqlAction(
    (chosen: JourneyTemplate, values: { name?: string }) => gqlRequest(CreateJourneyFromTemplateMutation, { input: { templateKey: chosen.id, name: values.name?.trim() || undefined, locale } }),
    {
      form,
      success: ({ createJourneyFromTemplate }) => t('created', { name: createJourneyFromTemplate.name }),
      onSuccess: ({ createJourneyFromTemplate }) => {
        form.resetFields();
        onClose();
        onCreated(createJourneyFromTemplate.id);
      },
    },
  );

  return (
    <Modal
      open={template !== null}
      title={template ? t('createTitle', { name: template.name }) : ''}
      okText={t('create')}
      cancelText={t('cancel')}
      confirmLoading={create.busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'create-from-template-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values: { name?: string }) => template && create.run(template, values)} initialValues={{ name: '' }}>
        <Form.Item name="name" label={t('name')} extra={t('nameHint')} rules={[{ max: 200 }]}>
          <Input placeholder={template?.name ?? t('namePlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
