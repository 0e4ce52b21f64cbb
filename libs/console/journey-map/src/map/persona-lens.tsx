'use client';

import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Popover, Segmented, Select, Space, Table, Typography } from 'antd';
import { LineChartOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { PersonasQuery } from '../documents/journey-map.documents';
import { comparePersonas, mapForPersona, type ComparisonRow, type PersonaChoice } from '../model/persona-lens';
import { signedEmotion } from '../model/diff-view';
import type { JourneyMap, MapPersona } from '../model/types';
import type { MapActions } from './use-journey-editor';
import { PersonaCard } from './persona-card';
import { PersonaCompareChart } from './persona-compare-chart';

/** The segmented control's value for the journey's primary persona (its touchpoints' own emotions). */
const PRIMARY = '__primary__';

export interface PersonaLens {
  /** The map as the chosen persona sees it (the map itself for the primary persona). */
  map: JourneyMap | null;
  /** The editor's actions; with a further persona chosen, an emotion edit sets that persona's emotion. */
  actions: MapActions;
  personaId: PersonaChoice;
  setPersonaId(id: PersonaChoice): void;
  /** The persona compared with the chosen one, or undefined when the comparison is closed. */
  compareWith: PersonaChoice | undefined;
  setCompareWith(id: PersonaChoice | undefined): void;
}

/** The "by persona" map: which persona the map shows, and the actions that edit that persona's emotions. */
export function usePersonaLens(map: JourneyMap | null, actions: MapActions): PersonaLens {
  const [chosen, setPersonaId] = useState<PersonaChoice>(null);
  const [compareWith, setCompareWith] = useState<PersonaChoice | undefined>(undefined);
  // A persona removed from the journey (by anyone) falls back to the primary one.
  const personaId = chosen !== null && map?.personas.some((p) => p.id === chosen) ? chosen : null;
  const lensMap = useMemo(() => (map ? mapForPersona(map, personaId) : null), [map, personaId]);
  const updateTouchpoint = useCallback<MapActions['updateTouchpoint']>(
    async (id, patch) => {
      if (personaId === null || patch.emotion === undefined) return actions.updateTouchpoint(id, patch);
      const { emotion, ...rest } = patch;
      const done = await actions.setPersonaEmotion(id, personaId, emotion);
      return Object.keys(rest).length ? (await actions.updateTouchpoint(id, rest)) && done : done;
    },
    [actions, personaId],
  );
  const lensActions = useMemo(() => (personaId === null ? actions : { ...actions, updateTouchpoint }), [actions, personaId, updateTouchpoint]);
  return { map: lensMap, actions: lensActions, personaId, setPersonaId, compareWith, setCompareWith };
}

/**
 * Above the map: the persona switcher (the primary persona and the journey's further personas), the
 * chosen persona's card, editors' list of further personas, and the comparison of two personas' curves.
 */
export function PersonaLensBar({ map, lens, readOnly }: { map: JourneyMap; lens: PersonaLens; readOnly: boolean }) {
  const t = useTranslations('personaLens');
  const primaryName = map.persona?.name ?? t('journeyOwn');
  const choices = [{ id: null as PersonaChoice, name: primaryName }, ...map.personas.map((p) => ({ id: p.id as PersonaChoice, name: p.name }))];
  const nameOf = (id: PersonaChoice | undefined) => choices.find((c) => c.id === id)?.name ?? primaryName;
  const chosen = lens.personaId ? map.personas.find((p) => p.id === lens.personaId) : undefined;
  const comparing = lens.compareWith !== undefined;
  const otherChoice = choices.find((c) => c.id !== lens.personaId)?.id ?? null;

  if (map.personas.length === 0 && readOnly) return null;
  return (
    <Flex vertical gap={8} data-testid="persona-lens" data-persona={lens.personaId ?? ''}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">
          <TeamOutlined /> {t('byPersona')}
        </Typography.Text>
        {map.personas.length ? (
          <Segmented
            value={lens.personaId ?? PRIMARY}
            onChange={(value) => lens.setPersonaId(value === PRIMARY ? null : String(value))}
            options={choices.map((c) => ({ value: c.id ?? PRIMARY, label: <span data-testid="persona-lens-option">{c.name}</span> }))}
            aria-label={t('byPersona')}
          />
        ) : (
          <Typography.Text type="secondary">{t('onlyPrimary', { name: primaryName })}</Typography.Text>
        )}
        {readOnly ? null : <ManagePersonas map={map} actions={lens.actions} />}
        {map.personas.length ? (
          <Button icon={<LineChartOutlined />} type={comparing ? 'primary' : 'default'} onClick={() => lens.setCompareWith(comparing ? undefined : otherChoice)} data-testid="persona-compare-toggle" aria-pressed={comparing}>
            {t('compare')}
          </Button>
        ) : null}
      </Flex>
      {chosen ? (
        <>
          <Alert type="info" showIcon title={t('showing', { name: chosen.name })} data-testid="persona-lens-notice" />
          <PersonaCard persona={chosen as MapPersona} />
        </>
      ) : null}
      {comparing ? (
        <Comparison
          map={map}
          a={lens.personaId}
          b={lens.compareWith ?? null}
          nameA={nameOf(lens.personaId)}
          nameB={nameOf(lens.compareWith)}
          choices={choices.filter((c) => c.id !== lens.personaId)}
          onB={(id) => lens.setCompareWith(id)}
        />
      ) : null}
    </Flex>
  );
}

/** Editors pick the journey's further personas from the workspace's personas (the primary one excluded). */
function ManagePersonas({ map, actions }: { map: JourneyMap; actions: MapActions }) {
  const t = useTranslations('personaLens');
  const [open, setOpen] = useState(false);
  const personas = useGqlQuery(PersonasQuery, { skip: !open });
  const options = (personas.data?.personas ?? map.personas).filter((p) => p.id !== map.persona?.id).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('manageTitle')}
      content={
        <Space direction="vertical" style={{ width: 320 }}>
          <Typography.Text type="secondary">{t('manageHint')}</Typography.Text>
          <Select
            mode="multiple"
            style={{ width: '100%' }}
            loading={personas.loading}
            value={map.personas.map((p) => p.id)}
            options={options}
            optionFilterProp="label"
            placeholder={t('managePlaceholder')}
            onChange={(ids: string[]) => void actions.setPersonas(ids)}
            aria-label={t('manageTitle')}
            data-testid="persona-lens-select"
          />
        </Space>
      }
    >
      <Button data-testid="persona-lens-manage">{t('manage')}</Button>
    </Popover>
  );
}

/** Two personas' curves on one chart, and the figures behind it (gap = second − first). */
function Comparison({ map, a, b, nameA, nameB, choices, onB }: { map: JourneyMap; a: PersonaChoice; b: PersonaChoice; nameA: string; nameB: string; choices: { id: PersonaChoice; name: string }[]; onB: (id: PersonaChoice) => void }) {
  const t = useTranslations('personaLens');
  const { rows, meanA, meanB } = useMemo(() => comparePersonas(map, a, b), [map, a, b]);
  return (
    <Card size="small" title={t('compareTitle', { a: nameA, b: nameB })} data-testid="persona-comparison">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('compareWith')}</Typography.Text>
          <Select
            style={{ minWidth: 200 }}
            value={b ?? PRIMARY}
            onChange={(value: string) => onB(value === PRIMARY ? null : value)}
            options={choices.map((c) => ({ value: c.id ?? PRIMARY, label: c.name }))}
            aria-label={t('compareWith')}
            data-testid="persona-compare-with"
          />
          <Typography.Text type="secondary" data-testid="persona-compare-means">
            {t('means', { a: nameA, meanA: meanA === null ? '—' : signedEmotion(meanA), b: nameB, meanB: meanB === null ? '—' : signedEmotion(meanB) })}
          </Typography.Text>
        </Flex>
        <PersonaCompareChart rows={rows} nameA={nameA} nameB={nameB} label={t('compareTitle', { a: nameA, b: nameB })} />
        <Table<ComparisonRow>
          size="small"
          pagination={false}
          rowKey="touchpointId"
          dataSource={rows}
          onRow={(r) => ({ 'data-testid': 'persona-compare-row', 'data-a': r.a, 'data-b': r.b, 'data-gap': r.gap }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'name', title: t('touchpoint'), dataIndex: 'name' },
            { key: 'a', title: nameA, dataIndex: 'a', render: (v: number) => signedEmotion(v) },
            { key: 'b', title: nameB, dataIndex: 'b', render: (v: number) => signedEmotion(v) },
            { key: 'gap', title: t('gap'), dataIndex: 'gap', render: (v: number) => signedEmotion(v) },
          ]}
        />
      </Flex>
    </Card>
  );
}
