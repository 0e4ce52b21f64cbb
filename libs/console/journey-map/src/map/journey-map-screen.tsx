'use client';

import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { Alert, Button, Flex, Result, Skeleton, Space, Tooltip } from 'antd';
import { EditOutlined, HistoryOutlined, StarFilled, UserOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import { isGqlRequestError, useGqlQuery } from '@opencx/console-graphql';
import { useConsoleSession, useReadOnly, TeamsQuery } from '@opencx/console-shell';
import { ChannelIcon } from '../common/channel';
import { JourneyKpiAlertsQuery, JourneyKpisQuery } from '../documents/journey-map.documents';
import { periodWindow, type KpiPeriod } from '../model/kpi-view';
import type { JourneyMap, TouchpointKpis } from '../model/types';
import { KpiBar } from './kpi-chips';
import { isFiltered, mapCounts } from '../model/map-view';
import { MapEditorContext, type MapEditorContextValue } from './editor-context';
import { ExportMenu } from './export-menu';
import { HistoryDrawer } from './history-drawer';
import { MapCanvas } from './map-canvas';
import { MapHeader } from './map-header';
import { PersonaDrawer } from './persona-drawer';
import { PersonaCard } from './persona-card';
import { LaneManagerButton } from './custom-lanes';
import { NamedViews } from './named-views';
import { useJourneyEditor } from './use-journey-editor';
import { useMapExport } from './use-map-export';
import { useViewPrefs } from './use-view-prefs';
import { ViewSwitcher } from './view-switcher';
import { SuggestionsLink } from './suggestions-link';
import { ResearchLink } from '@opencx/console-research';
import { TemplateUpgradeNotice } from './template-upgrade-notice';
import { CommentsButton, CommentsDrawer, CommentsProvider } from '../comments';
import { ColleaguesBar } from '../live/colleagues-bar';
import { ShareLinksButton } from '../share/share-links-button';
import { PersonaLensBar, usePersonaLens } from './persona-lens';
import { StatePairButton } from './state-pair';
import { markMapEditorInteractive, markMapEditorReady } from '../first-paint/first-paint-switch';

/** /journeys/[id]: the journey map editor. */
export function JourneyMapScreen({ journeyId, initialMap = null }: { journeyId: string; initialMap?: JourneyMap | null }) {
  const t = useTranslations('journeyMap');
  const labelled = useTranslations('app');
  const locale = useLocale();
  const readOnly = useReadOnly();
  const session = useConsoleSession();
  const [prefs, setPrefs] = useViewPrefs(session.user.id, journeyId);
  const editor = useJourneyEditor(journeyId, initialMap);
  const { map, view, setView } = editor;
  // The "by persona" map: the canvas shows the chosen persona's emotions and edits them.
  const lens = usePersonaLens(map, editor.actions);
  const actions = lens.actions;
  const exporter = useMapExport(map);
  const teamsQuery = useGqlQuery(TeamsQuery);
  const [personaOpen, setPersonaOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [period, setPeriod] = useState<KpiPeriod>(90);
  const kpiWindow = useMemo(() => periodWindow(period, new Date()), [period]);
  // Measurements load after the map has rendered (skip until then), so chips never delay the map.
  const kpiQuery = useGqlQuery(JourneyKpisQuery, { variables: { journeyId, ...kpiWindow }, skip: !map, reportErrors: false });
  const alertQuery = useGqlQuery(JourneyKpiAlertsQuery, { variables: { journeyId }, skip: !map, reportErrors: false });
  const kpis = useMemo(() => {
    const alerts = new Map<string, Map<string, NonNullable<TouchpointKpis['alerts']> extends ReadonlyMap<string, infer A> ? A : never>>();
    for (const a of alertQuery.data?.alerts.nodes ?? []) alerts.set(a.touchpointId, (alerts.get(a.touchpointId) ?? new Map()).set(a.metricKey, a));
    return new Map<string, TouchpointKpis>((kpiQuery.data?.journeyKpis.touchpoints ?? []).map((k) => [k.touchpointId, { ...k, alerts: alerts.get(k.touchpointId) }]));
  }, [kpiQuery.data, alertQuery.data]);
  const answered = kpiQuery.data ? kpiQuery.data.journeyKpis.touchpoints.reduce((a, k) => a + k.emotion.n, 0) : null;

  const teams = useMemo(() => new Map((teamsQuery.data?.teams ?? []).map((team) => [team.id, team.name])), [teamsQuery.data]);
  const filtered = isFiltered(view);
  // The server-rendered first paint (if any) steps aside once this editor shows the map or its error,
  // before the browser paints (a layout effect): no frame ever holds both maps.
  const shown = Boolean(map) || Boolean(editor.loadError);
  useLayoutEffect(() => {
    if (shown) markMapEditorReady(journeyId);
  }, [shown, journeyId]);
  // Effects run after the commit that shows the map, its handlers attached: the map is interactive.
  useEffect(() => {
    if (map) markMapEditorInteractive();
  }, [map]);
  // The persona card's edit button, kept here (the editor's chunk) so the first paint's card needs no button code.
  const personaEdit = useMemo(
    () =>
      readOnly ? null : (
        <Tooltip title={t('personaCard.edit')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('personaCard.edit')} onClick={() => setPersonaOpen(true)} data-testid="persona-card-edit" />
        </Tooltip>
      ),
    [readOnly, t],
  );
  const context = useMemo<MapEditorContextValue>(() => ({ actions, readOnly, dndEnabled: !filtered, teams, locale }), [actions, readOnly, filtered, teams, locale]);

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

  return (
    <MapEditorContext.Provider value={context}>
      <CommentsProvider journeyId={map.id}>
      <Flex vertical gap={12} data-testid="journey-map-screen" data-journey-id={map.id} data-revision={map.revision}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <MapHeader map={map} actions={actions} readOnly={readOnly} saving={editor.saving} />
          <Space wrap>
            <ColleaguesBar map={map} reload={actions.reload} />
            <Button icon={<UserOutlined />} onClick={() => setPersonaOpen(true)} data-testid="open-persona">
              {map.persona ? labelled('labelled', { label: t('toolbar.persona'), value: map.persona.name }) : t('toolbar.persona')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)} data-testid="open-history">
              {t('toolbar.history')}
            </Button>
            <LaneManagerButton lanes={map.customLanes} />
            <ExportMenu exporter={exporter} journey={map} />
            <SuggestionsLink journeyId={map.id} />
            <ResearchLink journeyId={map.id} />
            <StatePairButton map={map} />
            <CommentsButton />
            {readOnly ? null : <ShareLinksButton journeyId={map.id} />}
          </Space>
        </Flex>
        {map.sourcePluginId ? <TemplateUpgradeNotice key={map.templateVersion ?? ''} journeyId={map.id} readOnly={readOnly} onApplied={() => void actions.reload()} /> : null}
        <Flex gap={12} wrap align="center" justify="space-between">
          <ViewSwitcher view={view} onChange={setView} teams={teams} />
          <NamedViews
            journeyId={journeyId}
            prefs={prefs}
            view={view}
            onApply={(next, nextView) => {
              setPrefs(next);
              setView(nextView);
            }}
          />
        </Flex>
        <KpiBar period={period} onPeriod={setPeriod} loading={kpiQuery.loading} failed={Boolean(kpiQuery.error)} answered={answered} />
        {filtered ? (
          <Alert
            type="info"
            showIcon
            icon={view.kind === 'moments' ? <StarFilled style={{ color: '#faad14' }} /> : view.kind === 'channel' && view.channels[0] ? <ChannelIcon channel={view.channels[0]} /> : undefined}
            title={t('filteredNotice', { shown: mapCounts(map).touchpoints })}
            data-testid="filtered-notice"
          />
        ) : null}
        <PersonaLensBar map={map} lens={lens} readOnly={readOnly} />
        {map.persona && !lens.personaId ? (
          <PersonaCard
            persona={map.persona}
            action={personaEdit}
          />
        ) : null}
        <MapCanvas map={lens.map ?? map} renderAll={exporter.renderAll} canvasRef={exporter.canvasRef} kpis={kpis} prefs={prefs} onPrefs={setPrefs} />
      </Flex>
      <PersonaDrawer open={personaOpen} onClose={() => setPersonaOpen(false)} persona={map.persona} readOnly={readOnly} actions={actions} />
      <HistoryDrawer open={historyOpen} onClose={() => setHistoryOpen(false)} journey={map} readOnly={readOnly} actions={actions} />
      <CommentsDrawer map={map} />
      </CommentsProvider>
    </MapEditorContext.Provider>
  );
}
