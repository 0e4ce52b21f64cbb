'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Button, Card, Empty, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { BulbOutlined, ClearOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type FeedbackInboxQuery as FeedbackInboxData } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { FeedbackInboxQuery, FeedbackJourneyTouchpointsQuery, FeedbackPlacesQuery, OpenPainPointFromFeedbackMutation } from '../documents/feedback.documents';
import { SCORE_BANDS, SENTIMENT_BANDS, filterFromSearch, filterToSearch, sentimentBand, toApiFilter, type InboxFilter } from './inbox-filter';

type Item = FeedbackInboxData['feedback']['nodes'][number];
type PageInfo = FeedbackInboxData['feedback']['pageInfo'];

const PAGE_SIZE = 30;
/** The tag a survey answer carries when the customer agreed to be contacted (collection links). */
const CONTACT_CONSENT = 'contact-consent';
const SOURCES = ['api', 'console', 'link', 'import'] as const;
const sourceKey = (source: string): (typeof SOURCES)[number] | 'other' => (SOURCES as readonly string[]).includes(source) ? (source as (typeof SOURCES)[number]) : 'other';
const SENTIMENT_COLORS = { NEGATIVE: 'red', NEUTRAL: 'default', POSITIVE: 'green' } as const;

/** A score as a coloured tag: NPS by promoter/passive/detractor, CSAT and CES by top box. */
function ScoreTag({ metric, value }: { metric: 'nps' | 'csat' | 'ces'; value: number }) {
  const good = metric === 'nps' ? value >= 9 : metric === 'csat' ? value >= 4 : value >= 5;
  const bad = metric === 'nps' ? value <= 6 : metric === 'csat' ? value <= 2 : value <= 3;
  const max = { nps: 10, csat: 5, ces: 7 }[metric];
  return (
    <Tag color={good ? 'green' : bad ? 'red' : 'gold'} data-testid={`score-${metric}`}>
      {metric.toUpperCase()} {value}/{max}
    </Tag>
  );
}

/** The feedback inbox: verbatims newest first, filters kept in the URL, "load more" by keyset, a pain point from any response. */
export function FeedbackInbox() {
  const t = useTranslations('feedback.inbox');
  const format = useFormatter();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const readOnly = useReadOnly();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(params.toString())), [params]);
  const [searchText, setSearchText] = useState(filter.search ?? '');
  const [tagText, setTagText] = useState(filter.tag ?? '');
  useEffect(() => setSearchText(filter.search ?? ''), [filter.search]);
  useEffect(() => setTagText(filter.tag ?? ''), [filter.tag]);

  const setFilter = (patch: Partial<InboxFilter>) => {
    const next = { ...filter, ...patch };
    // Stage and touchpoint belong to a journey: a new journey clears them.
    if ('journeyId' in patch && patch.journeyId !== filter.journeyId) Object.assign(next, { stageId: undefined, touchpointId: undefined });
    const query = filterToSearch(next, new URLSearchParams(params.toString())).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const inbox = useGqlQuery(FeedbackInboxQuery, { variables: { filter: apiFilter, first: PAGE_SIZE } });
  const places = useGqlQuery(FeedbackPlacesQuery);
  const journey = useGqlQuery(FeedbackJourneyTouchpointsQuery, { variables: { id: filter.journeyId ?? '' }, skip: !filter.journeyId });
  const [more, setMore] = useState<{ nodes: Item[]; pageInfo: PageInfo } | null>(null);
  useEffect(() => setMore(null), [inbox.data]);
  const rows = useMemo(() => [...(inbox.data?.feedback.nodes ?? []), ...(more?.nodes ?? [])], [inbox.data, more]);
  const pageInfo = more?.pageInfo ?? inbox.data?.feedback.pageInfo;
  const loadMore = useGqlAction((after: string) => gqlRequest(FeedbackInboxQuery, { filter: apiFilter, first: PAGE_SIZE, after }), {
    onSuccess: ({ feedback }) => setMore((m) => ({ nodes: [...(m?.nodes ?? []), ...feedback.nodes], pageInfo: feedback.pageInfo })),
  });

  const stages = journey.data?.journey.stages ?? [];
  const touchpoints = stages.filter((s) => !filter.stageId || s.id === filter.stageId).flatMap((s) => s.touchpoints);
  const filtered = Object.values(filter).some(Boolean);

  const [painFor, setPainFor] = useState<Item | null>(null);
  const [form] = Form.useForm<{ title: string; severity: number }>();
  const openPain = useGqlAction(
    (item: Item, values: { title: string; severity: number }) => gqlRequest(OpenPainPointFromFeedbackMutation, { input: { responseId: item.id, title: values.title.trim(), severity: values.severity } }),
    {
      form,
      success: (_, item) => t('painCreated', { touchpoint: item.touchpointName ?? '—' }),
      onSuccess: () => setPainFor(null),
    },
  );
  const startPain = (item: Item) => {
    setPainFor(item);
    const line = (item.comment ?? '').split('\n')[0].trim();
    form.setFieldsValue({ title: line.length > 80 ? `${line.slice(0, 79)}…` : line, severity: 3 });
  };

  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Flex vertical gap={16}>
      <Card size="small" data-testid="feedback-filters">
        <Flex wrap gap={8} align="center">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 180 }}
            placeholder={t('journey')}
            aria-label={t('journey')}
            value={filter.journeyId}
            onChange={(v?: string) => setFilter({ journeyId: v })}
            options={(places.data?.journeys.nodes ?? []).map((j) => ({ value: j.id, label: j.name }))}
            data-testid="filter-journey"
          />
          <Select
            allowClear
            disabled={!filter.journeyId}
            style={{ minWidth: 140 }}
            placeholder={t('stage')}
            aria-label={t('stage')}
            value={filter.stageId}
            onChange={(v?: string) => setFilter({ stageId: v, touchpointId: undefined })}
            options={stages.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={!filter.journeyId}
            style={{ minWidth: 160 }}
            placeholder={t('touchpoint')}
            aria-label={t('touchpoint')}
            value={filter.touchpointId}
            onChange={(v?: string) => setFilter({ touchpointId: v })}
            options={touchpoints.map((tp) => ({ value: tp.id, label: tp.name }))}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('site')}
            aria-label={t('site')}
            value={filter.siteId}
            onChange={(v?: string) => setFilter({ siteId: v })}
            options={(places.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('scoreBand')}
            aria-label={t('scoreBand')}
            value={filter.scoreBand}
            onChange={(v) => setFilter({ scoreBand: v })}
            options={SCORE_BANDS.map((b) => ({ value: b, label: t(`band.${b}`) }))}
            data-testid="filter-score-band"
          />
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('sentiment')}
            aria-label={t('sentiment')}
            value={filter.sentiment}
            onChange={(v) => setFilter({ sentiment: v })}
            options={SENTIMENT_BANDS.map((b) => ({ value: b, label: t(`sentimentBand.${b}`) }))}
          />
          <Input
            style={{ width: 120 }}
            placeholder={t('tag')}
            aria-label={t('tag')}
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
            onBlur={() => tagText.trim() !== (filter.tag ?? '') && setFilter({ tag: tagText.trim() || undefined })}
            onPressEnter={() => setFilter({ tag: tagText.trim() || undefined })}
          />
          <Space.Compact>
            <Input type="date" aria-label={t('from')} value={filter.from ?? ''} onChange={(e) => setFilter({ from: e.target.value || undefined })} style={{ width: 150 }} />
            <Input type="date" aria-label={t('to')} value={filter.to ?? ''} onChange={(e) => setFilter({ to: e.target.value || undefined })} style={{ width: 150 }} />
          </Space.Compact>
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('search')}
            aria-label={t('search')}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onSearch={(v) => setFilter({ search: v.trim() || undefined })}
            data-testid="filter-search"
          />
          {filtered && (
            <Button icon={<ClearOutlined />} onClick={() => router.replace(params.get('tab') ? `${pathname}?tab=${params.get('tab')}` : pathname, { scroll: false })}>
              {t('clear')}
            </Button>
          )}
        </Flex>
      </Card>

      <List<Item>
        loading={inbox.loading}
        dataSource={rows}
        data-testid="feedback-list"
        locale={{ emptyText: <Empty description={filtered ? t('emptyFiltered') : t('empty')} /> }}
        renderItem={(item) => {
          const band = sentimentBand(item.sentiment);
          return (
            <List.Item
              key={item.id}
              data-testid="feedback-item"
              actions={
                readOnly
                  ? []
                  : [
                      <Button key="pain" size="small" icon={<BulbOutlined />} onClick={() => startPain(item)} data-testid="create-pain-point">
                        {t('createPainPoint')}
                      </Button>,
                    ]
              }
            >
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Flex wrap gap={4} align="center">
                  {item.nps !== null && item.nps !== undefined && <ScoreTag metric="nps" value={item.nps} />}
                  {item.csat !== null && item.csat !== undefined && <ScoreTag metric="csat" value={item.csat} />}
                  {item.ces !== null && item.ces !== undefined && <ScoreTag metric="ces" value={item.ces} />}
                  {band && <Tag color={SENTIMENT_COLORS[band]}>{t(`sentimentBand.${band}`)}</Tag>}
                  {item.tags.map((tag) => (
                    <Tag key={tag} bordered={false} color={tag === CONTACT_CONSENT ? 'purple' : 'blue'} style={{ cursor: 'pointer' }} onClick={() => setFilter({ tag })}>
                      {tag === CONTACT_CONSENT ? t('contactConsent') : `#${tag}`}
                    </Tag>
                  ))}
                </Flex>
                {/* Comments are customers' words: rendered as text, never as HTML. */}
                {item.comment ? (
                  <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: true, symbol: t('more') }} data-testid="feedback-comment">
                    {item.comment}
                  </Typography.Paragraph>
                ) : (
                  <Typography.Text type="secondary" italic>
                    {t('noComment')}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Link href={`/journeys/${item.journeyId}`}>{item.journeyName ?? t('deleted')}</Link>
                  {' › '}
                  {item.stageName ?? '—'}
                  {' › '}
                  <span data-testid="feedback-touchpoint">{item.touchpointName ?? t('deleted')}</span>
                  {item.siteName ? ` · ${item.siteName}` : ''} · {when(item.occurredAt)} · {t(`source.${sourceKey(item.source)}`)}
                </Typography.Text>
              </Flex>
            </List.Item>
          );
        }}
      />
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <Flex justify="center">
          <Button loading={loadMore.busy} onClick={() => pageInfo.endCursor && void loadMore.run(pageInfo.endCursor)} data-testid="feedback-load-more">
            {t('loadMore')}
          </Button>
        </Flex>
      )}

      <Modal
        open={!!painFor}
        title={t('painTitle')}
        okText={t('painOk')}
        cancelText={t('cancel')}
        confirmLoading={openPain.busy}
        onOk={() => form.submit()}
        onCancel={() => setPainFor(null)}
        destroyOnHidden
      >
        {painFor && (
          <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void openPain.run(painFor, values)}>
            <Typography.Paragraph type="secondary">{t('painIntro', { touchpoint: painFor.touchpointName ?? '—' })}</Typography.Paragraph>
            <Form.Item name="title" label={t('painTitleField')} rules={[{ required: true, whitespace: true, message: t('painTitleRequired') }, { max: 200, message: t('tooLong', { max: 200 }) }]}>
              <Input data-testid="pain-title" />
            </Form.Item>
            <Form.Item name="severity" label={t('painSeverity')} rules={[{ required: true, type: 'integer', min: 1, max: 5, message: t('painSeverityRange') }]}>
              <InputNumber min={1} max={5} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Flex>
  );
}
