'use client';

import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Link from 'next/link';
import { Alert, App, Button, Dropdown, Flex, Result, Segmented, Select, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, DownloadOutlined, EyeOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined, HistoryOutlined, LoadingOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { CHANNELS, JOURNEY_STATUSES, type JourneyState, type JourneyStatus } from '@opencx/domain';
import { getGqlWorkspace, gqlRequest, isGqlRequestError, WORKSPACE_HEADER } from '@opencx/console-graphql';
import { useGqlQuery, useReadOnly, TeamsQuery } from '@opencx/console-shell';
import { ExportJourneyQuery } from '../documents/journeys.documents';
import { saveBlob, saveJson } from '../common/download';
import { ChannelIcon } from '../common/channel';
import { renderElementToPdf, renderElementToPng } from '../export/dom-to-image';
import { exportFileName } from '../export/export-scale';
import { COLUMN_WIDTH, LANE_HEADER_WIDTH } from '../model/map-layout';
import { isFiltered, mapCounts, type MapView } from '../model/map-view';
import type { JourneyMap } from '../model/types';
import { MapEditorContext, type MapEditorContextValue } from './editor-context';
import { HistoryDrawer } from './history-drawer';
import { MapCanvas } from './map-canvas';
import { PersonaDrawer } from './persona-drawer';
import { useJourneyEditor, type MapActions } from './use-journey-editor';

/** Where the console proxies the API's CSV export (apps/console/src/app/api/journeys/[id]/export.csv). */
export function journeyCsvPath(journeyId: string): string {
  return `/api/journeys/${encodeURIComponent(journeyId)}/export.csv`;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function ViewSwitcher({ view, onChange, teams }: { view: MapView; onChange: (view: MapView) => void; teams: ReadonlyMap<string, string> }) {
  const t = useTranslations('journeyMap');
  return (
    <Flex gap={8} align="center" wrap data-testid="view-switcher">
      <Typography.Text type="secondary">
        <EyeOutlined /> {t('toolbar.view')}
      </Typography.Text>
      <Segmented<MapView['kind']>
        value={view.kind}
        onChange={(kind) => {
          if (kind === 'all') onChange({ kind: 'all' });
          else if (kind === 'moments') onChange({ kind: 'moments' });
          else if (kind === 'channel') onChange({ kind: 'channel', channels: [] });
          else onChange({ kind: 'team', teamId: null });
        }}
        options={[
          { value: 'all', label: t('views.all') },
          { value: 'channel', label: t('views.channel') },
          { value: 'team', label: t('views.team') },
          { value: 'moments', label: <span data-testid="view-moments">{t('views.moments')}</span> },
        ]}
      />
      {view.kind === 'channel' ? (
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('viewChannelsPlaceholder')}
          value={view.channels}
          onChange={(channels: string[]) => onChange({ kind: 'channel', channels })}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          data-testid="view-channels"
        />
      ) : null}
      {view.kind === 'team' ? (
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('viewTeamPlaceholder')}
          value={view.teamId ?? undefined}
          onChange={(teamId: string | undefined) => onChange({ kind: 'team', teamId: teamId ?? null })}
          options={[...teams].map(([value, label]) => ({ value, label }))}
          data-testid="view-team"
        />
      ) : null}
    </Flex>
  );
}

function MapHeader({ map, actions, readOnly, saving }: { map: JourneyMap; actions: MapActions; readOnly: boolean; saving: boolean }) {
  const t = useTranslations('journeyMap');
  const counts = mapCounts(map);
  return (
    <Flex vertical gap={4}>
      <Link href="/journeys">
        <Button type="link" size="small" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('back')}
        </Button>
      </Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title
          level={3}
          style={{ margin: 0 }}
          data-testid="journey-name"
          editable={
            readOnly
              ? false
              : {
                  triggerType: ['text', 'icon'],
                  onChange: (name) => {
                    const next = name.trim();
                    if (next && next !== map.name) void actions.updateJourney({ name: next });
                  },
                }
          }
        >
          {map.name}
        </Typography.Title>
        <Tag color={map.state === 'future' ? 'purple' : 'blue'} data-testid="journey-state">
          {t(`state.${map.state as JourneyState}`)}
        </Tag>
        {readOnly ? (
          <Tag data-testid="journey-status">{t(`status.${map.status as JourneyStatus}`)}</Tag>
        ) : (
          <Select<JourneyStatus>
            size="small"
            value={map.status as JourneyStatus}
            aria-label={t('statusLabel')}
            style={{ minWidth: 110 }}
            onChange={(status) => void actions.updateJourney({ status })}
            options={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-testid="journey-status"
          />
        )}
        {map.sourcePluginId && map.templateKey ? (
          <Tag bordered={false} data-testid="journey-template">
            {t('fromTemplate', { template: `${map.sourcePluginId}/${map.templateKey}@${map.templateVersion ?? ''}` })}
          </Tag>
        ) : null}
        {readOnly ? (
          <Tooltip title={t('readOnlyHint')}>
            <Tag color="gold" icon={<EyeOutlined />}>
              {t('readOnly')}
            </Tag>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="save-state" data-saving={saving}>
            {saving ? (
              <>
                <LoadingOutlined /> {t('saving')}
              </>
            ) : (
              <>
                <CheckCircleOutlined /> {t('saved')}
              </>
            )}
          </Typography.Text>
        )}
      </Flex>
      {map.description ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 960 }} ellipsis={{ rows: 2, expandable: true }}>
          {map.description}
        </Typography.Paragraph>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="journey-counts">
        {t('counts', { stages: counts.stages, touchpoints: counts.touchpoints, painPoints: counts.painPoints, moments: counts.momentsOfTruth })}
        {counts.averageEmotion !== null ? ` · ${t('averageEmotion', { value: counts.averageEmotion > 0 ? `+${counts.averageEmotion}` : String(counts.averageEmotion) })}` : ''}
      </Typography.Text>
    </Flex>
  );
}

/** /journeys/[id]: the journey map editor. */
export function JourneyMapScreen({ journeyId }: { journeyId: string }) {
  const t = useTranslations('journeyMap');
  const locale = useLocale();
  const { message } = App.useApp();
  const readOnly = useReadOnly();
  const editor = useJourneyEditor(journeyId);
  const teamsQuery = useGqlQuery(TeamsQuery);
  const canvasRef = useRef<HTMLDivElement | null>(null);
  const [renderAll, setRenderAll] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [personaOpen, setPersonaOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const { map, view, setView, actions } = editor;

  const teams = useMemo(() => new Map((teamsQuery.data?.teams ?? []).map((team) => [team.id, team.name])), [teamsQuery.data]);
  const filtered = isFiltered(view);
  const context = useMemo<MapEditorContextValue>(() => ({ actions, readOnly, dndEnabled: !filtered, teams, locale }), [actions, readOnly, filtered, teams, locale]);

  const exportImage = async (kind: 'png' | 'pdf') => {
    if (!map) return;
    setExporting(true);
    const hide = message.loading(t('exporting'), 0);
    try {
      // Every column must be in the DOM for the picture, not just the visible ones.
      flushSync(() => setRenderAll(true));
      await nextFrame();
      await nextFrame();
      const element = canvasRef.current;
      if (!element) throw new Error('map not rendered');
      const file = exportFileName(map.name, kind);
      if (kind === 'png') saveBlob((await renderElementToPng(element)).blob, file);
      else saveBlob(await renderElementToPdf(element, { headerWidth: LANE_HEADER_WIDTH, columnWidth: COLUMN_WIDTH, title: map.name }), file);
      void message.success(t('exported', { file }));
    } catch (error) {
      void message.error(t('exportFailed', { detail: (error as Error).message ?? String(error) }));
    } finally {
      hide();
      setRenderAll(false);
      setExporting(false);
    }
  };

  const exportCsv = async () => {
    if (!map) return;
    try {
      const workspace = getGqlWorkspace();
      const response = await fetch(journeyCsvPath(map.id), { credentials: 'same-origin', headers: workspace ? { [WORKSPACE_HEADER]: workspace } : {} });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const file = exportFileName(map.name, 'csv');
      saveBlob(await response.blob(), file);
      void message.success(t('exported', { file }));
    } catch (error) {
      void message.error(t('exportFailed', { detail: (error as Error).message }));
    }
  };

  const exportJson = async () => {
    if (!map) return;
    try {
      const { exportJourney } = await gqlRequest(ExportJourneyQuery, { id: map.id });
      const file = exportFileName(map.name, 'json');
      saveJson(exportJourney, file);
      void message.success(t('exported', { file }));
    } catch (error) {
      void message.error(t('exportFailed', { detail: (error as Error).message }));
    }
  };

  if (!map) {
    if (editor.loadError) {
      const notFound = isGqlRequestError(editor.loadError) && (editor.loadError.code === 'NOT_FOUND' || editor.loadError.code === 'BAD_USER_INPUT');
      return (
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('notFound') : t('loadFailed')}
          extra={
            <Space>
              <Link href="/journeys">
                <Button>{t('back')}</Button>
              </Link>
              {notFound ? null : (
                <Button type="primary" onClick={() => void actions.reload()}>
                  {t('retry')}
                </Button>
              )}
            </Space>
          }
          data-testid="journey-map-error"
        />
      );
    }
    return <Skeleton active paragraph={{ rows: 10 }} />;
  }

  const shown = mapCounts(map).touchpoints;

  return (
    <MapEditorContext.Provider value={context}>
      <Flex vertical gap={12} data-testid="journey-map-screen" data-journey-id={map.id} data-revision={map.revision}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <MapHeader map={map} actions={actions} readOnly={readOnly} saving={editor.saving} />
          <Space wrap>
            <Button icon={<UserOutlined />} onClick={() => setPersonaOpen(true)} data-testid="open-persona">
              {map.persona ? `${t('toolbar.persona')}: ${map.persona.name}` : t('toolbar.persona')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)} data-testid="open-history">
              {t('toolbar.history')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'png', icon: <FileImageOutlined />, label: <span data-testid="export-png">{t('exportMenu.png')}</span>, onClick: () => void exportImage('png') },
                  { key: 'pdf', icon: <FilePdfOutlined />, label: <span data-testid="export-pdf">{t('exportMenu.pdf')}</span>, onClick: () => void exportImage('pdf') },
                  { key: 'csv', icon: <FileTextOutlined />, label: <span data-testid="export-csv">{t('exportMenu.csv')}</span>, onClick: () => void exportCsv() },
                  { key: 'json', icon: <DownloadOutlined />, label: <span data-testid="export-json">{t('exportMenu.json')}</span>, onClick: () => void exportJson() },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exporting} data-testid="export-menu">
                {t('toolbar.export')}
              </Button>
            </Dropdown>
          </Space>
        </Flex>
        <ViewSwitcher view={view} onChange={setView} teams={teams} />
        {filtered ? (
          <Alert
            type="info"
            showIcon
            icon={view.kind === 'moments' ? <StarFilled style={{ color: '#faad14' }} /> : view.kind === 'channel' && view.channels[0] ? <ChannelIcon channel={view.channels[0]} /> : undefined}
            title={t('filteredNotice', { shown })}
            data-testid="filtered-notice"
          />
        ) : null}
        <MapCanvas map={map} renderAll={renderAll} canvasRef={canvasRef} />
      </Flex>
      <PersonaDrawer open={personaOpen} onClose={() => setPersonaOpen(false)} persona={map.persona} readOnly={readOnly} actions={actions} />
      <HistoryDrawer open={historyOpen} onClose={() => setHistoryOpen(false)} journey={map} readOnly={readOnly} actions={actions} />
    </MapEditorContext.Provider>
  );
}
