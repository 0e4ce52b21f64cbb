'use client';

import { useEffect, useState } from 'react';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined, PlusOutlined, QrcodeOutlined, StopOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type CollectionLinksQuery as CollectionLinksData } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { CollectionLinksQuery, CreateCollectionLinkMutation, FeedbackJourneyTouchpointsQuery, FeedbackPlacesQuery, RevokeCollectionLinkMutation } from '../documents/feedback.documents';
import { qrPngDataUrl, qrSvgDataUrl, surveyUrl } from './qr-code';

type CollectionLink = CollectionLinksData['collectionLinks']['nodes'][number];

interface CreateValues {
  journeyId: string;
  touchpointId: string;
  siteId?: string;
  label?: string;
}

const origin = () => (typeof window === 'undefined' ? '' : window.location.origin);

/** Collection links: a public survey per touchpoint (and site), its link and QR code, revocable. */
export function CollectionLinks() {
  const t = useTranslations('feedback.links');
  const format = useFormatter();
  const { message, modal } = App.useApp();
  const readOnly = useReadOnly();
  const links = useGqlQuery(CollectionLinksQuery, { variables: { first: 200 } });
  const places = useGqlQuery(FeedbackPlacesQuery);
  const [createOpen, setCreateOpen] = useState(false);
  const [qrFor, setQrFor] = useState<CollectionLink | null>(null);
  const [form] = Form.useForm<CreateValues>();
  const journeyId = Form.useWatch('journeyId', form);
  const journey = useGqlQuery(FeedbackJourneyTouchpointsQuery, { variables: { id: journeyId ?? '' }, skip: !journeyId });

  const create = useGqlAction(
    (values: CreateValues) => gqlRequest(CreateCollectionLinkMutation, { input: { touchpointId: values.touchpointId, siteId: values.siteId || undefined, label: values.label?.trim() || undefined } }),
    {
      form,
      success: t('created'),
      onSuccess: async () => {
        form.resetFields();
        setCreateOpen(false);
        await links.refetch();
      },
    },
  );
  const revokeLink = useGqlAction((link: CollectionLink) => gqlRequest(RevokeCollectionLinkMutation, { id: link.id }), {
    success: t('revoked'),
    onSuccess: () => links.refetch(),
  });

  const copy = async (link: CollectionLink) => {
    try {
      await navigator.clipboard.writeText(surveyUrl(origin(), link.token));
      void message.success(t('copied'));
    } catch {
      void message.warning(t('copyFailed'));
    }
  };
  const revoke = (link: CollectionLink) =>
    modal.confirm({
      title: t('revokeTitle'),
      content: t('revokeConfirm'),
      okText: t('revokeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () => revokeLink.run(link),
    });

  const rows = links.data?.collectionLinks.nodes ?? [];
  return (
    <Card
      title={t('title')}
      extra={
        readOnly ? null : (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="create-collection-link">
            {t('create')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Table<CollectionLink>
        rowKey="id"
        loading={links.loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        data-testid="collection-links-table"
        columns={[
          {
            key: 'touchpoint',
            title: t('touchpoint'),
            render: (_, l) => (
              <Flex vertical>
                <span>{l.touchpointName ?? '—'}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.journeyName ?? ''}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'site', title: t('site'), render: (_, l) => l.siteName ?? t('allSites') },
          { key: 'label', title: t('label'), dataIndex: 'label' },
          { key: 'responses', title: t('responses'), dataIndex: 'responseCount', align: 'right' },
          { key: 'created', title: t('createdAt'), render: (_, l) => format.dateTime(new Date(l.createdAt), { dateStyle: 'medium' }) },
          { key: 'status', title: t('status'), render: (_, l) => (l.active ? <Tag color="green">{t('active')}</Tag> : <Tag color="red">{t('revokedStatus')}</Tag>) },
          {
            key: 'actions',
            title: t('actions'),
            render: (_, l) =>
              l.active ? (
                <Space wrap>
                  <Button size="small" icon={<CopyOutlined />} onClick={() => void copy(l)} data-testid="copy-link">
                    {t('copy')}
                  </Button>
                  <Button size="small" icon={<QrcodeOutlined />} onClick={() => setQrFor(l)} data-testid="show-qr">
                    {t('qr')}
                  </Button>
                  {!readOnly && (
                    <Button size="small" danger icon={<StopOutlined />} onClick={() => revoke(l)} data-testid="revoke-link">
                      {t('revoke')}
                    </Button>
                  )}
                </Space>
              ) : null,
          },
        ]}
      />

      <Modal open={createOpen} title={t('createTitle')} okText={t('createOk')} cancelText={t('cancel')} confirmLoading={create.busy} onOk={() => form.submit()} onCancel={() => setCreateOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={create.run}>
          <Form.Item name="journeyId" label={t('journey')} rules={[{ required: true, message: t('journeyRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(places.data?.journeys.nodes ?? []).map((j) => ({ value: j.id, label: j.name }))}
              onChange={() => form.setFieldValue('touchpointId', undefined)}
              data-testid="link-journey"
            />
          </Form.Item>
          <Form.Item name="touchpointId" label={t('touchpoint')} rules={[{ required: true, message: t('touchpointRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              disabled={!journeyId}
              options={(journey.data?.journey.stages ?? []).map((s) => ({ label: s.name, title: s.name, options: s.touchpoints.map((tp) => ({ value: tp.id, label: tp.name })) }))}
              data-testid="link-touchpoint"
            />
          </Form.Item>
          <Form.Item name="siteId" label={t('site')} extra={t('siteHelp')}>
            <Select allowClear options={(places.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="label" label={t('label')} rules={[{ max: 200, message: t('tooLong', { max: 200 }) }]}>
            <Input placeholder={t('labelPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>

      <QrModal link={qrFor} onClose={() => setQrFor(null)} />
    </Card>
  );
}

function QrModal({ link, onClose }: { link: CollectionLink | null; onClose: () => void }) {
  const t = useTranslations('feedback.links');
  const [svg, setSvg] = useState<string | null>(null);
  const url = link ? surveyUrl(origin(), link.token) : '';
  useEffect(() => {
    setSvg(null);
    if (url) void qrSvgDataUrl(url).then(setSvg);
  }, [url]);

  const download = async () => {
    const a = document.createElement('a');
    a.href = await qrPngDataUrl(url);
    a.download = `survey-${(link?.touchpointName ?? 'link').replace(/[^\p{L}\p{N}_-]+/gu, '-')}.png`;
    a.click();
  };

  return (
    <Modal open={!!link} title={t('qrTitle', { touchpoint: link?.touchpointName ?? '' })} onCancel={onClose} footer={null} destroyOnHidden>
      <Flex vertical align="center" gap={12}>
        {svg && <img src={svg} alt={t('qrAlt', { touchpoint: link?.touchpointName ?? '' })} width={240} height={240} data-testid="qr-image" />}
        <Typography.Text copyable={{ text: url }} style={{ wordBreak: 'break-all', textAlign: 'center' }} data-testid="survey-url">
          {url}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => void download()}>
          {t('downloadPng')}
        </Button>
      </Flex>
    </Modal>
  );
}
