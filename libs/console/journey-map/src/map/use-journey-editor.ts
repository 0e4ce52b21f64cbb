'use client';

import { createElement, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, type ButtonProps } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, gqlRevalidatedRequest, isGqlRequestError, useGqlFeedback, type MoveStageInput, type MoveTouchpointInput, type UpdateJourneyInput, type UpdateTouchpointInput } from '@opencx/console-graphql';
import {
  AddOpportunityMutation,
  AddPainPointMutation,
  AddStageMutation,
  AddTouchpointMutation,
  DeleteOpportunityMutation,
  DeletePainPointMutation,
  DeleteStageMutation,
  DeleteTouchpointMutation,
  JourneyMapQuery,
  MoveStageMutation,
  MoveTouchpointMutation,
  RestoreJourneyRevisionMutation,
  UpdateJourneyMutation,
  UpdateOpportunityMutation,
  UpdatePainPointMutation,
  UpdateStageMutation,
  UpdateTouchpointMutation,
} from '../documents/journey-map.documents';
import { applyStageMove, applyTouchpointMove } from '../model/drag-move';
import { SetJourneyLanesMutation, SetTouchpointLaneItemsMutation } from '../documents/custom-lanes.documents';
import { SetJourneyPersonasMutation, SetTouchpointPersonaEmotionMutation } from '../documents/journey-personas.documents';
import { withPersonaEmotion } from '../model/persona-lens';
import { findStage, findTouchpoint, patchStage, patchTouchpoint, type TouchpointPatch } from '../model/map-edits';
import { ALL_VIEW, applyView, viewToFilter, type MapView } from '../model/map-view';
import { HISTORY_FIELD_KEYS, type HistoryFieldKey } from '../model/diff-view';
import { shareStructure } from '../model/structural-sharing';
import type { JourneyMap } from '../model/types';

type JourneyPatch = Omit<UpdateJourneyInput, 'id' | 'version'>;

/** Everything the map can change. Each resolves to true when the API accepted the change. */
export interface MapActions {
  updateJourney(patch: JourneyPatch): Promise<boolean>;
  addStage(name: string): Promise<boolean>;
  updateStage(id: string, patch: { name?: string; description?: string }): Promise<boolean>;
  moveStage(input: MoveStageInput): Promise<boolean>;
  deleteStage(id: string): Promise<boolean>;
  addTouchpoint(stageId: string, input: { name: string; channel?: string }): Promise<boolean>;
  updateTouchpoint(id: string, patch: TouchpointPatch & { clearOptional?: boolean }): Promise<boolean>;
  moveTouchpoint(input: MoveTouchpointInput): Promise<boolean>;
  deleteTouchpoint(id: string): Promise<boolean>;
  addPainPoint(touchpointId: string, input: { title: string; severity: number }): Promise<boolean>;
  updatePainPoint(id: string, patch: { title?: string; severity?: number }): Promise<boolean>;
  deletePainPoint(id: string): Promise<boolean>;
  addOpportunity(touchpointId: string, input: { title: string; painPointId?: string | null }): Promise<boolean>;
  updateOpportunity(id: string, patch: { title?: string }): Promise<boolean>;
  deleteOpportunity(id: string): Promise<boolean>;
  restoreRevision(revision: number): Promise<boolean>;
  /** The journey's custom lanes in order (a lane without a key is new). */
  setLanes(lanes: { key?: string; nameZh: string; nameEn: string; kind: string }[]): Promise<boolean>;
  setLaneItems(touchpointId: string, laneKey: string, items: string[]): Promise<boolean>;
  /** The journey's further personas, in switcher order. */
  setPersonas(personaIds: string[]): Promise<boolean>;
  /** One further persona's emotion at a touchpoint (null: the touchpoint's own). */
  setPersonaEmotion(touchpointId: string, personaId: string, emotion: number | null): Promise<boolean>;
  reload(): Promise<void>;
}

/**
 * What an edit wanted, kept when the API says someone else changed the same thing first: the
 * fields and values typed, the values they were typed over (the base), where to read the values
 * now, and how to send the edit again on the fresh version.
 */
interface Draft {
  values: Record<string, unknown>;
  base: Record<string, unknown>;
  theirs: (map: JourneyMap) => Record<string, unknown> | undefined;
  retry: () => Promise<boolean>;
}

const pick = (row: object | undefined, fields: string[]) => (row ? Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f]])) : undefined);

function findPainPoint(journey: JourneyMap, id: string) {
  for (const stage of journey.stages) for (const tp of stage.touchpoints) for (const p of tp.painPoints) if (p.id === id) return p;
  return undefined;
}

function findOpportunity(journey: JourneyMap, id: string) {
  for (const stage of journey.stages) for (const tp of stage.touchpoints) for (const o of tp.opportunities) if (o.id === id) return o;
  return undefined;
}

/**
 * The map being edited: loads it (for the current view), and runs every change through one queue,
 * so each request is built from the latest versions the API returned (no self-inflicted conflicts).
 * Every mutation returns the whole map; it is merged with structural sharing so only the changed
 * columns re-render. A CONFLICT (someone else's change) reloads the map and says so.
 */
/** `initial`: the map the page read on the server for its first paint, shown at once (and revalidated). */
export function useJourneyEditor(journeyId: string, initial: JourneyMap | null = null) {
  const t = useTranslations('journeyMap');
  const { message, modal } = App.useApp();
  const { report } = useGqlFeedback();
  const feedback = useRef({ t, message, report, modal });
  feedback.current = { t, message, report, modal };

  const seeded = initial !== null && initial.id === journeyId ? initial : null;
  const [map, setMap] = useState<JourneyMap | null>(seeded);
  const mapRef = useRef<JourneyMap | null>(seeded);
  const keepSeeded = useRef(seeded !== null);
  const [view, setViewState] = useState<MapView>(ALL_VIEW);
  const viewRef = useRef<MapView>(ALL_VIEW);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const commit = useCallback((next: JourneyMap) => {
    const shared = mapRef.current && mapRef.current.id === next.id ? shareStructure(mapRef.current, next) : next;
    mapRef.current = shared;
    setMap(shared);
  }, []);

  const enqueue = useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(job, job);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const fetchMap = useCallback(async () => (await gqlRevalidatedRequest(JourneyMapQuery, { id: journeyId, touchpointFilter: viewToFilter(viewRef.current) ?? null })).journey, [journeyId]);

  const reload = useCallback(
    () =>
      enqueue(async () => {
        setLoading(true);
        try {
          commit(await fetchMap());
          setLoadError(null);
        } catch (error) {
          setLoadError(error);
          if (isGqlRequestError(error) && error.code === 'UNAUTHENTICATED') feedback.current.report(error);
        } finally {
          setLoading(false);
        }
      }),
    [enqueue, fetchMap, commit],
  );

  useEffect(() => {
    // A server-read map stays on screen while it is read again in the background: a page restored by
    // the browser's back button carries the map as it was then.
    if (keepSeeded.current) keepSeeded.current = false;
    else {
      mapRef.current = null;
      setMap(null);
    }
    void reload();
  }, [reload]);

  const setView = useCallback(
    (next: MapView) => {
      viewRef.current = next;
      setViewState(next);
      void reload();
    },
    [reload],
  );

  /**
   * After a CONFLICT on an edit with a draft: fields nobody else changed are sent again on the
   * fresh version without asking; a field someone else changed too is shown with both values, and
   * the person chooses. Either way the typed words are never dropped silently.
   */
  const resolveConflict = useCallback((draft: Draft, fresh: JourneyMap) => {
    const theirs = draft.theirs(fresh);
    if (!theirs) return; // deleted meanwhile: nothing to apply the draft to
    const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    const fields = Object.keys(draft.values).filter((f) => !same(theirs[f], draft.values[f]));
    if (fields.length === 0) return;
    const clashes = fields.filter((f) => !same(theirs[f], draft.base[f]));
    if (clashes.length === 0) {
      void draft.retry();
      return;
    }
    const { t: tr, modal: dialogs } = feedback.current;
    const label = (f: string) => ((HISTORY_FIELD_KEYS as readonly string[]).includes(f) ? tr(`history.fields.${f as HistoryFieldKey}`) : f);
    const show = (v: unknown) => (v === null || v === undefined || v === '' ? tr('history.empty') : typeof v === 'string' ? v : JSON.stringify(v));
    dialogs.confirm({
      title: tr('conflictDialog.title'),
      width: 520,
      content: createElement(
        'div',
        { 'data-testid': 'edit-conflict' },
        createElement('p', null, tr('conflictDialog.body')),
        ...clashes.map((f) =>
          createElement(
            'dl',
            { key: f, className: 'jm-conflict', 'data-field': f },
            createElement('dt', null, label(f)),
            createElement('dd', null, `${tr('conflictDialog.theirs')}: `, createElement('span', { 'data-testid': 'conflict-theirs' }, show(theirs[f]))),
            createElement('dd', null, `${tr('conflictDialog.mine')}: `, createElement('span', { 'data-testid': 'conflict-mine' }, show(draft.values[f]))),
          ),
        ),
      ),
      okText: tr('conflictDialog.keepMine'),
      cancelText: tr('conflictDialog.keepTheirs'),
      okButtonProps: { 'data-testid': 'conflict-keep-mine' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'conflict-keep-theirs' } as ButtonProps,
      onOk: () => void draft.retry(),
    });
  }, []);

  const mutate = useCallback(
    (request: (current: JourneyMap) => Promise<JourneyMap> | null, optimistic?: (current: JourneyMap) => JourneyMap, draft?: (current: JourneyMap) => Draft | undefined): Promise<boolean> => {
      const pending = draft && mapRef.current ? draft(mapRef.current) : undefined;
      if (optimistic && mapRef.current) commit(optimistic(mapRef.current));
      setPending((n) => n + 1);
      return enqueue(async () => {
        const current = mapRef.current;
        try {
          const call = current ? request(current) : null;
          if (!call) return false;
          commit(applyView(await call, viewRef.current));
          return true;
        } catch (error) {
          const { t: tr, message: msg, report: rep } = feedback.current;
          const conflict = isGqlRequestError(error) && error.code === 'CONFLICT';
          if (conflict && !pending) void msg.warning(tr('conflict'));
          else if (!conflict) rep(error);
          try {
            const fresh = await fetchMap();
            commit(fresh);
            if (conflict && pending) resolveConflict(pending, fresh);
          } catch {
            // keep what is shown; the next action retries
          }
          return false;
        } finally {
          setPending((n) => n - 1);
        }
      });
    },
    [commit, enqueue, fetchMap, resolveConflict],
  );

  const actions = useMemo<MapActions>(
    () => ({
      updateJourney: (patch) => mutate((j) => gqlRequest(UpdateJourneyMutation, { input: { id: j.id, version: j.version, ...patch } }).then((r) => r.updateJourney), (j) => ({ ...j, ...(patch.name ? { name: patch.name } : {}), ...(patch.status ? { status: patch.status } : {}) })),
      addStage: (name) => mutate((j) => gqlRequest(AddStageMutation, { input: { journeyId: j.id, name } }).then((r) => r.addStage)),
      updateStage: (id, patch) =>
        mutate(
          (j) => {
            const stage = findStage(j, id);
            return stage ? gqlRequest(UpdateStageMutation, { input: { id, version: stage.version, ...patch } }).then((r) => r.updateStage) : null;
          },
          (j) => patchStage(j, id, patch),
          (j) => ({ values: patch, base: pick(findStage(j, id), Object.keys(patch)) ?? {}, theirs: (m) => pick(findStage(m, id), Object.keys(patch)), retry: () => (actionsRef.current as MapActions).updateStage(id, patch) }),
        ),
      moveStage: (input) => mutate(() => gqlRequest(MoveStageMutation, { input }).then((r) => r.moveStage), (j) => applyStageMove(j, input)),
      deleteStage: (id) => mutate(() => gqlRequest(DeleteStageMutation, { id }).then((r) => r.deleteStage)),
      addTouchpoint: (stageId, input) => mutate(() => gqlRequest(AddTouchpointMutation, { input: { stageId, name: input.name, channel: input.channel } }).then((r) => r.addTouchpoint)),
      updateTouchpoint: (id, patch) =>
        mutate(
          (j) => {
            const tp = findTouchpoint(j, id);
            if (!tp) return null;
            const input: UpdateTouchpointInput = { id, version: tp.version, ...patch };
            return gqlRequest(UpdateTouchpointMutation, { input }).then((r) => r.updateTouchpoint);
          },
          (j) => patchTouchpoint(j, id, patch),
          (j) => {
            const { clearOptional: _c, ...values } = patch;
            return { values, base: pick(findTouchpoint(j, id), Object.keys(values)) ?? {}, theirs: (m) => pick(findTouchpoint(m, id), Object.keys(values)), retry: () => (actionsRef.current as MapActions).updateTouchpoint(id, patch) };
          },
        ),
      moveTouchpoint: (input) => mutate(() => gqlRequest(MoveTouchpointMutation, { input }).then((r) => r.moveTouchpoint), (j) => applyTouchpointMove(j, input)),
      deleteTouchpoint: (id) => mutate(() => gqlRequest(DeleteTouchpointMutation, { id }).then((r) => r.deleteTouchpoint)),
      addPainPoint: (touchpointId, input) => mutate(() => gqlRequest(AddPainPointMutation, { input: { touchpointId, title: input.title, severity: input.severity } }).then((r) => r.addPainPoint)),
      updatePainPoint: (id, patch) =>
        mutate(
          (j) => {
            const pain = findPainPoint(j, id);
            return pain ? gqlRequest(UpdatePainPointMutation, { input: { id, version: pain.version, ...patch } }).then((r) => r.updatePainPoint) : null;
          },
          undefined,
          (j) => ({ values: patch, base: pick(findPainPoint(j, id), Object.keys(patch)) ?? {}, theirs: (m) => pick(findPainPoint(m, id), Object.keys(patch)), retry: () => (actionsRef.current as MapActions).updatePainPoint(id, patch) }),
        ),
      deletePainPoint: (id) => mutate(() => gqlRequest(DeletePainPointMutation, { id }).then((r) => r.deletePainPoint)),
      addOpportunity: (touchpointId, input) =>
        mutate(() => gqlRequest(AddOpportunityMutation, { input: { touchpointId, title: input.title, painPointId: input.painPointId || undefined } }).then((r) => r.addOpportunity)),
      updateOpportunity: (id, patch) =>
        mutate(
          (j) => {
            const opp = findOpportunity(j, id);
            return opp ? gqlRequest(UpdateOpportunityMutation, { input: { id, version: opp.version, ...patch } }).then((r) => r.updateOpportunity) : null;
          },
          undefined,
          (j) => ({ values: patch, base: pick(findOpportunity(j, id), Object.keys(patch)) ?? {}, theirs: (m) => pick(findOpportunity(m, id), Object.keys(patch)), retry: () => (actionsRef.current as MapActions).updateOpportunity(id, patch) }),
        ),
      deleteOpportunity: (id) => mutate(() => gqlRequest(DeleteOpportunityMutation, { id }).then((r) => r.deleteOpportunity)),
      setLanes: (lanes) => mutate((j) => gqlRequest(SetJourneyLanesMutation, { input: { journeyId: j.id, lanes } }).then((r) => r.setJourneyLanes)),
      setLaneItems: (touchpointId, laneKey, items) => mutate(() => gqlRequest(SetTouchpointLaneItemsMutation, { input: { touchpointId, laneKey, items } }).then((r) => r.setTouchpointLaneItems)),
      setPersonas: (personaIds) => mutate((j) => gqlRequest(SetJourneyPersonasMutation, { input: { journeyId: j.id, personaIds } }).then((r) => r.setJourneyPersonas)),
      setPersonaEmotion: (touchpointId, personaId, emotion) =>
        mutate(() => gqlRequest(SetTouchpointPersonaEmotionMutation, { input: { touchpointId, personaId, emotion } }).then((r) => r.setTouchpointPersonaEmotion), (j) => withPersonaEmotion(j, touchpointId, personaId, emotion)),
      restoreRevision: (revision) => mutate((j) => gqlRequest(RestoreJourneyRevisionMutation, { journeyId: j.id, revision }).then((r) => r.restoreJourneyRevision)),
      reload,
    }),
    [mutate, reload],
  );
  const actionsRef = useRef<MapActions | null>(null);
  actionsRef.current = actions;

  return { map, view, setView, loading, loadError, saving: pending > 0, actions };
}
