'use client';

import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { App } from 'antd';
import { useTranslations } from 'next-intl';
import { getGqlWorkspace, gqlRequest, WORKSPACE_HEADER } from '@opencx/console-graphql';
import { ExportJourneyQuery } from '../documents/journeys.documents';
import { saveBlob, saveJson } from '../common/download';
import { renderElementToPdf, renderElementToPng } from '../export/dom-to-image';
import { exportFileName } from '../export/export-scale';
import { COLUMN_WIDTH, LANE_HEADER_WIDTH } from '../model/map-layout';
import type { JourneyMap } from '../model/types';

export type MapExportKind = 'png' | 'pdf' | 'csv' | 'json';

export interface MapExport {
  /** The canvas the pictures are taken of (MapCanvas attaches it). */
  canvasRef: RefObject<HTMLDivElement | null>;
  /** True while a picture is taken: every column must then be in the DOM, not just the visible ones. */
  renderAll: boolean;
  /** True while a PNG or PDF is being made. */
  exporting: boolean;
  exportAs(kind: MapExportKind): Promise<void>;
}

/** Where the console proxies the API's CSV export (apps/console/src/app/api/journeys/[id]/export.csv). */
export function journeyCsvPath(journeyId: string): string {
  return `/api/journeys/${encodeURIComponent(journeyId)}/export.csv`;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Saves the map as PNG, PDF (pictures of the canvas), CSV (from the API) or a JSON document, and says how it went. */
export function useMapExport(map: JourneyMap | null): MapExport {
  const t = useTranslations('journeyMap');
  const { message } = App.useApp();
  const canvasRef = useRef<HTMLDivElement | null>(null);
  const [renderAll, setRenderAll] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportImage = async (journey: JourneyMap, kind: 'png' | 'pdf'): Promise<string> => {
    setExporting(true);
    const hide = message.loading(t('exporting'), 0);
    try {
      flushSync(() => setRenderAll(true));
      await nextFrame();
      await nextFrame();
      const element = canvasRef.current;
      if (!element) throw new Error('map not rendered');
      const file = exportFileName(journey.name, kind);
      if (kind === 'png') saveBlob((await renderElementToPng(element)).blob, file);
      else saveBlob(await renderElementToPdf(element, { headerWidth: LANE_HEADER_WIDTH, columnWidth: COLUMN_WIDTH, title: journey.name }), file);
      return file;
    } finally {
      hide();
      setRenderAll(false);
      setExporting(false);
    }
  };

  const exportCsv = async (journey: JourneyMap): Promise<string> => {
    const workspace = getGqlWorkspace();
    const response = await fetch(journeyCsvPath(journey.id), { credentials: 'same-origin', headers: workspace ? { [WORKSPACE_HEADER]: workspace } : {} });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const file = exportFileName(journey.name, 'csv');
    saveBlob(await response.blob(), file);
    return file;
  };

  const exportJson = async (journey: JourneyMap): Promise<string> => {
    const { exportJourney } = await gqlRequest(ExportJourneyQuery, { id: journey.id });
    const file = exportFileName(journey.name, 'json');
    saveJson(exportJourney, file);
    return file;
  };

  const exportAs = async (kind: MapExportKind) => {
    if (!map) return;
    try {
      const file = kind === 'csv' ? await exportCsv(map) : kind === 'json' ? await exportJson(map) : await exportImage(map, kind);
      void message.success(t('exported', { file }));
    } catch (error) {
      void message.error(t('exportFailed', { detail: (error as Error).message ?? String(error) }));
    }
  };

  return { canvasRef, renderAll, exporting, exportAs };
}
