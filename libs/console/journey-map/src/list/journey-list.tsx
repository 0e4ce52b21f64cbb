'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { AppstoreAddOutlined, CopyOutlined, DownloadOutlined, FolderOutlined, ImportOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { JOURNEY_STATES, JOURNEY_STATUSES, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { useReadOnly } from '@opencx/console-shell';
import { ResearchProgressTag, useResearchProgress } from '@opencx/console-research';
import { ArchiveJourneyMutation, DuplicateJourneyMutation, ExportJourneyQuery, ImportJourneyMutation, JourneysQuery } from '../documents/journeys.documents';
import { saveJson } from '../common/download';
import { exportFileName } from '../export/export-scale';
import { IMPORT_MAX_BYTES, parseJourneyFile } from '../model/import-file';
import type { JourneySummary } from '../model/types';
import { NewJourneyModal } from './new-journey-modal';
import { usePluginNames } from '../common/display-names';

const STATUS_COLORS: Record<JourneyStatus, string> = { draft: 'default', published: 'green', archived: 'default' };

/** Journeys per request; "load more" appends the next page (the API pages by keyset, at most 200). */
const PAGE_SIZE = 50;

type PageInfo = { hasNextPage: boolean; endCursor?: string | null };

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** /journeys: every journey map of the workspace, with filters, create, import, duplicate and archive. */
export function JourneyList() {
  const t = useTranslations('journeys');
  const tr = useTranslations('research');
  const pluginNames = usePluginNames();
  const format = useFormatter();
  const router = useRouter();
  const { message, modal } = App.useApp();
  const readOnly = useReadOnly();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<JourneyStatus | undefined>();
  const [state, setState] = useState<JourneyState | undefined>();
  const [createOpen, setCreateOpen] = useState(false);
  const debouncedSearch = useDebounced(search.trim(), 250);

  const filter = useMemo(() => ({ search: debouncedSearch || undefined, status, state }), [debouncedSearch, status, state]);
  const journeys = useGqlQuery(JourneysQuery, { variables: { filter, first: PAGE_SIZE } });
  // Pages after the first, fetched by "load more"; a new first page (filter change, refetch) starts over.
  const [more, setMore] = useState<{ nodes: JourneySummary[]; pageInfo: PageInfo } | null>(null);
  useEffect(() => setMore(null), [journeys.data]);
  const pageInfo = more?.pageInfo ?? journeys.data?.journeys.pageInfo;
  // Archived maps leave the list unless asked for (the API returns every status when none is given).
  const rows = useMemo(
    () => [...(journeys.data?.journeys.nodes ?? []), ...(more?.nodes ?? [])].filter((j) => status || j.status !== 'archived'),
    [journeys.data, more, status],
  );
  const research = useResearchProgress(rows.map((r) => r.id));

  const loadMore = useGqlAction((after: string) => gqlRequest(JourneysQuery, { filter, first: PAGE_SIZE, after }), {
    onSuccess: ({ journeys: page }) => setMore((m) => ({ nodes: [...(m?.nodes ?? []), ...page.nodes], pageInfo: page.pageInfo })),
  });
  const filtered = !!(filter.search || status || state);

  // The copy's name in the UI language (a journey name holds at most 200 characters).
  const futureStateName = (name: string) => t('futureStateName', { name: name.slice(0, 200 - t('futureStateName', { name: '' }).length) });
  const duplicate = useGqlAction((journey: JourneySummary) => gqlRequest(DuplicateJourneyMutation, { input: { id: journey.id, state: 'future', name: futureStateName(journey.name) } }), {
    key: (journey) => journey.id,
    success: ({ duplicateJourney }) => t('duplicated', { name: duplicateJourney.name }),
    onSuccess: () => journeys.refetch(),
  });
  const archiveJourney = useGqlAction((journey: JourneySummary) => gqlRequest(ArchiveJourneyMutation, { id: journey.id }), {
    success: (_, journey) => t('archived', { name: journey.name }),
    onSuccess: () => journeys.refetch(),
  });
  const exportJson = useGqlAction((journey: JourneySummary) => gqlRequest(ExportJourneyQuery, { id: journey.id }), {
    onSuccess: ({ exportJourney }, journey) => saveJson(exportJourney, exportFileName(journey.name, 'json')),
  });
  const importJourney = useGqlAction((document: Record<string, unknown>) => gqlRequest(ImportJourneyMutation, { document }), {
    success: ({ importJourney }) => t('import.imported', { name: importJourney.name }),
    onSuccess: ({ importJourney }) => router.push(`/journeys/${importJourney.id}`),
  });

  const archive = (journey: JourneySummary) => {
    modal.confirm({
      title: t('archiveTitle'),
      content: t('archiveConfirm', { name: journey.name }),
      okText: t('archiveOk'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-archive' },
      onOk: () => archiveJourney.run(journey),
    });
  };

  const importFile = async (file: File) => {
    const parsed = parseJourneyFile(await file.text(), file.size);
    if (!parsed.ok) {
      if (parsed.reason === 'invalid') void message.error(t('import.failed', { detail: parsed.issues.slice(0, 3).map((i) => `${i.field} ${i.message}`).join('; ') }));
      else if (parsed.reason === 'tooLarge') void message.error(t('import.tooLarge', { max: IMPORT_MAX_BYTES / 1024 / 1024 }));
      else void message.error(t(`import.${parsed.reason}`));
      return;
    }
    await importJourney.run(parsed.document);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ marginBottom: 4, fontSize: 24 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        {readOnly ? null : (
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="new-journey">
              {t('newJourney')}
            </Button>
            <Link href="/journeys/templates">
              <Button icon={<AppstoreAddOutlined />} data-testid="from-template">
                {t('fromTemplate')}
              </Button>
            </Link>
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(file) => {
                void importFile(file);
                return false;
              }}
            >
              <Button icon={<ImportOutlined />} loading={importJourney.busy} data-testid="import-journey">
                {t('importJson')}
              </Button>
            </Upload>
          </Space>
        )}
      </Flex>
      {readOnly ? <Alert type="info" showIcon title={t('readOnlyNotice')} /> : null}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder={t('searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} data-testid="journey-search" />
          <Select<JourneyStatus>
            allowClear
            placeholder={t('allStatuses')}
            aria-label={t('filterStatus')}
            value={status}
            onChange={(v) => setStatus(v)}
            options={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            style={{ minWidth: 200 }}
            data-testid="journey-status-filter"
          />
          <Select<JourneyState>
            allowClear
            placeholder={t('allStates')}
            aria-label={t('filterState')}
            value={state}
            onChange={(v) => setState(v)}
            options={JOURNEY_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
            style={{ minWidth: 160 }}
            data-testid="journey-state-filter"
          />
        </Flex>
        <Table<JourneySummary>
          rowKey="id"
          loading={journeys.loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 960 }}
          data-testid="journeys-table"
          onRow={(row) => ({ 'data-testid': 'journey-row', 'data-journey-id': row.id }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('emptyFiltered') : t('empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('columns.name'),
              render: (_, j) => (
                <Flex vertical gap={2}>
                  <Link href={`/journeys/${j.id}`} data-testid="journey-link" style={{ fontWeight: 500 }}>
                    {j.name}
                  </Link>
                  {j.description ? (
                    <Typography.Text type="secondary" ellipsis={{ tooltip: j.description }} style={{ maxWidth: 360, fontSize: 12 }}>
                      {j.description}
                    </Typography.Text>
                  ) : null}
                  {j.sourcePluginId ? (
                    <span>
                      <Tag icon={<FolderOutlined />} bordered={false} style={{ fontSize: 11 }}>
                        {t('fromPlugin', { plugin: pluginNames.get(j.sourcePluginId) ?? t('aPlugin') })}
                      </Tag>
                    </span>
                  ) : null}
                </Flex>
              ),
            },
            { key: 'state', title: t('columns.state'), width: 110, render: (_, j) => <Tag color={j.state === 'future' ? 'purple' : 'blue'}>{t(`state.${j.state as JourneyState}`)}</Tag> },
            { key: 'status', title: t('columns.status'), width: 100, render: (_, j) => <Tag color={STATUS_COLORS[j.status as JourneyStatus] ?? 'default'}>{t(`status.${j.status as JourneyStatus}`)}</Tag> },
            { key: 'persona', title: t('columns.persona'), width: 140, render: (_, j) => j.personaName ?? <Typography.Text type="secondary">{t('noPersona')}</Typography.Text> },
            { key: 'research', title: tr('listColumn'), width: 90, render: (_, j) => <ResearchProgressTag progress={research.get(j.id)} /> },
            { key: 'stages', title: t('columns.stages'), width: 80, align: 'right', dataIndex: 'stageCount' },
            { key: 'touchpoints', title: t('columns.touchpoints'), width: 80, align: 'right', dataIndex: 'touchpointCount' },
            {
              key: 'painPoints',
              title: t('columns.painPoints'),
              width: 80,
              align: 'right',
              render: (_, j) => (j.painPointCount > 0 ? <Typography.Text type="danger">{j.painPointCount}</Typography.Text> : 0),
            },
            { key: 'updated', title: t('columns.updated'), width: 170, render: (_, j) => format.dateTime(new Date(j.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) },
            {
              key: 'actions',
              title: t('columns.actions'),
              width: 150,
              fixed: 'right',
              render: (_, j) => (
                <Space size={4}>
                  <Link href={`/journeys/${j.id}`}>
                    <Button size="small">{t('open')}</Button>
                  </Link>
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: [
                        ...(readOnly ? [] : [{ key: 'duplicate', icon: <CopyOutlined />, label: <span data-testid="duplicate-journey">{t('duplicate')}</span>, onClick: () => void duplicate.run(j) }]),
                        { key: 'export', icon: <DownloadOutlined />, label: t('exportJson'), onClick: () => void exportJson.run(j) },
                        ...(readOnly || j.status === 'archived' ? [] : [{ key: 'archive', danger: true, label: <span data-testid="archive-journey">{t('archive')}</span>, onClick: () => archive(j) }]),
                      ],
                    }}
                  >
                    <Tooltip title={t('more')}>
                      <Button size="small" icon={<MoreOutlined />} loading={duplicate.busyKey === j.id} aria-label={t('more')} data-testid="journey-actions" />
                    </Tooltip>
                  </Dropdown>
                </Space>
              ),
            },
          ]}
        />
        {pageInfo?.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => pageInfo.endCursor && void loadMore.run(pageInfo.endCursor)} loading={loadMore.busy} data-testid="load-more-journeys">
              {t('loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
      {readOnly ? null : <NewJourneyModal open={createOpen} onClose={() => setCreateOpen(false)} onCreated={(id) => router.push(`/journeys/${id}`)} />}
    </Flex>
  );
}
