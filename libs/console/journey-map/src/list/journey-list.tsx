'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { AppstoreAddOutlined, CopyOutlined, DownloadOutlined, FolderOutlined, ImportOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest } from '@opencx/console-graphql';
import { JOURNEY_STATES, JOURNEY_STATUSES, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { useErrorFeedback, useReadOnly } from '@opencx/console-shell';
import { ArchiveJourneyMutation, DuplicateJourneyMutation, ExportJourneyQuery, ImportJourneyMutation, JourneysQuery } from '../documents/journeys.documents';
import { useGqlData, useReportLoadError } from '../common/use-gql-data';
import { saveJson } from '../common/download';
import { exportFileName } from '../export/export-scale';
import { IMPORT_MAX_BYTES, parseJourneyFile } from '../model/import-file';
import type { JourneySummary } from '../model/types';
import { NewJourneyModal } from './new-journey-modal';

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
  const format = useFormatter();
  const router = useRouter();
  const { message, modal } = App.useApp();
  const { report } = useErrorFeedback();
  const readOnly = useReadOnly();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<JourneyStatus | undefined>();
  const [state, setState] = useState<JourneyState | undefined>();
  const [createOpen, setCreateOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const debouncedSearch = useDebounced(search.trim(), 250);

  const filter = useMemo(() => ({ search: debouncedSearch || undefined, status, state }), [debouncedSearch, status, state]);
  const journeys = useGqlData(JourneysQuery, { filter, first: PAGE_SIZE });
  useReportLoadError(journeys.error, report);
  // Pages after the first, fetched by "load more"; a new first page (filter change, refetch) starts over.
  const [more, setMore] = useState<{ nodes: JourneySummary[]; pageInfo: PageInfo } | null>(null);
  useEffect(() => setMore(null), [journeys.data]);
  const pageInfo = more?.pageInfo ?? journeys.data?.journeys.pageInfo;
  // Archived maps leave the list unless asked for (the API returns every status when none is given).
  const rows = useMemo(
    () => [...(journeys.data?.journeys.nodes ?? []), ...(more?.nodes ?? [])].filter((j) => status || j.status !== 'archived'),
    [journeys.data, more, status],
  );

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setBusy('more');
    try {
      const { journeys: page } = await gqlRequest(JourneysQuery, { filter, first: PAGE_SIZE, after: pageInfo.endCursor });
      setMore((m) => ({ nodes: [...(m?.nodes ?? []), ...page.nodes], pageInfo: page.pageInfo }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };
  const filtered = !!(filter.search || status || state);

  const duplicate = async (journey: JourneySummary) => {
    setBusy(journey.id);
    try {
      const { duplicateJourney } = await gqlRequest(DuplicateJourneyMutation, { input: { id: journey.id, state: 'future' } });
      void message.success(t('duplicated', { name: duplicateJourney.name }));
      await journeys.refetch();
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  const archive = (journey: JourneySummary) => {
    modal.confirm({
      title: t('archiveTitle'),
      content: t('archiveConfirm', { name: journey.name }),
      okText: t('archiveOk'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-archive' },
      onOk: async () => {
        try {
          await gqlRequest(ArchiveJourneyMutation, { id: journey.id });
          void message.success(t('archived', { name: journey.name }));
          await journeys.refetch();
        } catch (error) {
          report(error);
        }
      },
    });
  };

  const exportJson = async (journey: JourneySummary) => {
    try {
      const { exportJourney } = await gqlRequest(ExportJourneyQuery, { id: journey.id });
      saveJson(exportJourney, exportFileName(journey.name, 'json'));
    } catch (error) {
      report(error);
    }
  };

  const importFile = async (file: File) => {
    const parsed = parseJourneyFile(await file.text(), file.size);
    if (!parsed.ok) {
      if (parsed.reason === 'invalid') void message.error(t('import.failed', { detail: parsed.issues.slice(0, 3).map((i) => `${i.field} ${i.message}`).join('; ') }));
      else if (parsed.reason === 'tooLarge') void message.error(t('import.tooLarge', { max: IMPORT_MAX_BYTES / 1024 / 1024 }));
      else void message.error(t(`import.${parsed.reason}`));
      return;
    }
    setBusy('import');
    try {
      const { importJourney } = await gqlRequest(ImportJourneyMutation, { document: parsed.document });
      void message.success(t('import.imported', { name: importJourney.name }));
      router.push(`/journeys/${importJourney.id}`);
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
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
              <Button icon={<ImportOutlined />} loading={busy === 'import'} data-testid="import-journey">
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
                        {t('fromPlugin', { plugin: j.sourcePluginId })}
                      </Tag>
                    </span>
                  ) : null}
                </Flex>
              ),
            },
            { key: 'state', title: t('columns.state'), width: 110, render: (_, j) => <Tag color={j.state === 'future' ? 'purple' : 'blue'}>{t(`state.${j.state as JourneyState}`)}</Tag> },
            { key: 'status', title: t('columns.status'), width: 100, render: (_, j) => <Tag color={STATUS_COLORS[j.status as JourneyStatus] ?? 'default'}>{t(`status.${j.status as JourneyStatus}`)}</Tag> },
            { key: 'persona', title: t('columns.persona'), width: 140, render: (_, j) => j.personaName ?? <Typography.Text type="secondary">{t('noPersona')}</Typography.Text> },
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
                        ...(readOnly ? [] : [{ key: 'duplicate', icon: <CopyOutlined />, label: <span data-testid="duplicate-journey">{t('duplicate')}</span>, onClick: () => void duplicate(j) }]),
                        { key: 'export', icon: <DownloadOutlined />, label: t('exportJson'), onClick: () => void exportJson(j) },
                        ...(readOnly || j.status === 'archived' ? [] : [{ key: 'archive', danger: true, label: <span data-testid="archive-journey">{t('archive')}</span>, onClick: () => archive(j) }]),
                      ],
                    }}
                  >
                    <Tooltip title={t('more')}>
                      <Button size="small" icon={<MoreOutlined />} loading={busy === j.id} aria-label={t('more')} data-testid="journey-actions" />
                    </Tooltip>
                  </Dropdown>
                </Space>
              ),
            },
          ]}
        />
        {pageInfo?.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void loadMore()} loading={busy === 'more'} data-testid="load-more-journeys">
              {t('loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
      {readOnly ? null : <NewJourneyModal open={createOpen} onClose={() => setCreateOpen(false)} onCreated={(id) => router.push(`/journeys/${id}`)} />}
    </Flex>
  );
}
