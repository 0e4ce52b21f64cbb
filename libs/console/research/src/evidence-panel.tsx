'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { Button, Card, Checkbox, Empty, Flex, Form, Input, InputNumber, Modal, Select, Tag, Typography, Upload } from 'antd';
import { useTranslations } from 'next-intl';
import { EVIDENCE_FILE_TYPES, RESEARCH_ITEM_KINDS, type ResearchItemKind } from '@opencx/domain';
import { gqlRequest, useGqlAction, useGqlQuery, type ResearchItemsQuery as ItemsData, type ResearchWorkspaceQuery as Data } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { AddResearchItemMutation, CreatePainPointFromEvidenceMutation, ResearchItemsQuery } from './documents/research.documents';

type Item = ItemsData['researchItems']['nodes'][number];
interface AddForm {
  kind: ResearchItemKind;
  touchpointId?: string;
  personaId?: string;
  title?: string;
  body?: string;
  source?: string;
  consent?: boolean;
}

/** Sends a file to the console's proxy of POST /api/v1/evidence/:id/file; the API checks its bytes and size. */
async function uploadFile(itemId: string, file: File): Promise<void> {
  const res = await fetch(`/api/evidence/${itemId}/file?type=${encodeURIComponent(file.type)}&name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `upload failed (${res.status})`);
  }
}

/** A journey's evidence: add (with a file), search, and turn a quote or note into a pain point. */
export function EvidencePanel({ data, onChanged }: { data: Data; onChanged: () => unknown }) {
  const t = useTranslations('research');
  const readOnly = useReadOnly();
  const journeyId = data.journey.id;
  const [search, setSearch] = useState('');
  const items = useGqlQuery(ResearchItemsQuery, { variables: { journeyId, filter: search ? { search } : undefined, first: 50 } });
  const touchpoints = useMemo(() => data.journey.stages.flatMap((s) => s.touchpoints.map((tp) => ({ value: tp.id, label: `${s.name} · ${tp.name}` }))), [data.journey]);
  const touchpointName = useMemo(() => new Map(touchpoints.map((o) => [o.value, o.label])), [touchpoints]);
  const personaName = useMemo(() => new Map(data.personas.map((p) => [p.id, p.name])), [data.personas]);
  const [form] = Form.useForm<AddForm>();
  const [file, setFile] = useState<File | null>(null);
  const [turning, setTurning] = useState<Item | null>(null);
  const [severity, setSeverity] = useState(3);
  const [created, setCreated] = useState<string | null>(null);

  const add = useGqlAction(
    async (v: AddForm) => {
      const r = await gqlRequest(AddResearchItemMutation, { input: { journeyId, ...v, consent: v.consent ?? false } });
      if (file) await uploadFile(r.addResearchItem.id, file);
      return r;
    },
    {
      form,
      success: () => t('evidence.added'),
      onSuccess: () => {
        form.resetFields();
        setFile(null);
        void items.refetch();
      },
    },
  );
  const turn = useGqlAction((item: Item, sev: number) => gqlRequest(CreatePainPointFromEvidenceMutation, { input: { itemId: item.id, severity: sev } }), {
    success: () => t('evidence.painPointCreated'),
    onSuccess: (r) => {
      setTurning(null);
      setCreated(r.createPainPointFromEvidence.painPointId);
      void items.refetch();
      void onChanged();
    },
  });

  const nodes = items.data?.researchItems.nodes ?? [];
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('evidence.title')}
        </Typography.Title>
      }
    >
      {readOnly ? null : (
        <Form form={form} layout="vertical" initialValues={{ kind: 'quote', consent: false }} onFinish={(v) => void add.run(v)} data-testid="add-evidence-form">
          <Flex gap={12} wrap>
            <Form.Item name="kind" label={t('evidence.kind')} style={{ width: 160 }}>
              <Select data-testid="evidence-kind" options={RESEARCH_ITEM_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="touchpointId" label={t('evidence.touchpoint')} style={{ flex: '1 1 220px' }}>
              <Select data-testid="evidence-touchpoint" allowClear options={touchpoints} placeholder={t('evidence.wholeJourney')} />
            </Form.Item>
            <Form.Item name="personaId" label={t('evidence.persona')} style={{ width: 200 }}>
              <Select data-testid="evidence-persona" allowClear options={data.personas.map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="title" label={t('evidence.itemTitle')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label={t('evidence.body')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
          </Form.Item>
          <Flex gap={12} wrap align="center">
            <Form.Item name="source" label={t('evidence.source')} style={{ flex: '1 1 220px' }}>
              <Input maxLength={200} placeholder={t('evidence.sourceHint')} />
            </Form.Item>
            <Form.Item name="consent" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid="evidence-consent">{t('evidence.consent')}</Checkbox>
            </Form.Item>
            <Upload accept={EVIDENCE_FILE_TYPES.join(',')} maxCount={1} beforeUpload={(f) => (setFile(f), false)} onRemove={() => setFile(null)} fileList={file ? [{ uid: '1', name: file.name }] : []}>
              <Button>{t('evidence.attachFile')}</Button>
            </Upload>
          </Flex>
          <Button type="primary" htmlType="submit" loading={add.busy} data-testid="add-evidence" style={{ marginTop: 12 }}>
            {t('evidence.add')}
          </Button>
        </Form>
      )}
      <Input.Search
        style={{ margin: '16px 0' }}
        allowClear
        aria-label={t('evidence.search')}
        placeholder={t('evidence.search')}
        data-testid="evidence-search"
        onSearch={(v) => setSearch(v.trim())}
      />
      {created ? (
        <Card size="small" data-testid="pain-point-created" style={{ marginBottom: 12 }}>
          <Link href={`/journeys/${journeyId}`}>{t('evidence.seeOnMap')}</Link>
        </Card>
      ) : null}
      {nodes.length === 0 && !items.loading ? (
        <Empty description={t('evidence.none')} />
      ) : (
        <Flex vertical gap={0} role="list" aria-label={t('evidence.title')}>
          {nodes.map((item) => (
            <Flex key={item.id} role="listitem" gap={12} justify="space-between" align="start" style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="evidence-item" data-kind={item.kind}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Tag>{t(`kinds.${item.kind as ResearchItemKind}`)}</Tag>
                  {item.title ? <Typography.Text strong>{item.title}</Typography.Text> : null}
                  {item.touchpointId ? <Tag color="blue">{touchpointName.get(item.touchpointId) ?? ''}</Tag> : null}
                  {item.personaId ? <Tag color="purple">{personaName.get(item.personaId) ?? ''}</Tag> : null}
                  {item.consent ? <Tag color="green">{t('evidence.consented')}</Tag> : null}
                  {item.citationCount > 0 ? <Tag data-testid="citation-count">{t('evidence.cited', { n: item.citationCount })}</Tag> : null}
                </Flex>
                {item.body ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.body}</Typography.Paragraph> : null}
                {item.source ? <Typography.Text type="secondary">{item.source}</Typography.Text> : null}
                {item.file ? (
                  <a href={`/api/evidence/${item.id}/file`} target="_blank" rel="noreferrer" data-testid="evidence-file">
                    {item.file.name} ({Math.ceil(item.file.byteSize / 1024)} KB)
                  </a>
                ) : null}
              </Flex>
              {readOnly || !item.touchpointId ? null : (
                <Button size="small" data-testid="turn-into-pain-point" onClick={() => setTurning(item)}>
                  {t('evidence.turnIntoPainPoint')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      <Modal
        open={!!turning}
        title={t('evidence.turnTitle')}
        okText={t('evidence.turnIntoPainPoint')}
        okButtonProps={{ loading: turn.busy, 'data-testid': 'confirm-pain-point' } as never}
        onOk={() => turning && void turn.run(turning, severity)}
        onCancel={() => setTurning(null)}
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          <Typography.Text>{turning?.title || turning?.body}</Typography.Text>
          <label>
            {t('evidence.severity')}{' '}
            <InputNumber aria-label={t('evidence.severity')} min={1} max={5} value={severity} onChange={(v) => setSeverity(v ?? 3)} />
          </label>
        </Flex>
      </Modal>
    </Card>
  );
}
