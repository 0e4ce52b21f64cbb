'use client';

import { useRef } from 'react';
import { App, Button, Dropdown } from 'antd';
import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { useLocale, useTranslations } from 'next-intl';
import type { MapExport } from './use-map-export';
import { downloadJourneyPdf, type PdfPaper } from './server-pdf';

/** The map's "Export" button: PNG, PDF, CSV or JSON. */
export function ExportMenu({ exporter, journey }: { exporter: MapExport; journey?: { id: string; name: string } }) {
  const t = useTranslations('journeyMap');
  const locale = useLocale();
  const { message } = App.useApp();
  // A choice made in the menu (which had focus) returns focus to the button, not to the page body.
  const button = useRef<HTMLButtonElement | null>(null);
  const refocus = () => requestAnimationFrame(() => button.current?.focus());
  const pdf = (paper: PdfPaper) => () => {
    refocus();
    if (!journey) return;
    downloadJourneyPdf(journey, paper, locale).then(
      (file) => void message.success(t('exported', { file })),
      (error: unknown) => void message.error(t('exportFailed', { detail: error instanceof Error ? error.message : String(error) })),
    );
  };
  const run = (kind: Parameters<MapExport['exportAs']>[0]) => () => {
    refocus();
    void exporter.exportAs(kind);
  };
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{
        items: [
          { key: 'png', icon: <FileImageOutlined />, label: <span data-testid="export-png">{t('exportMenu.png')}</span>, onClick: run('png') },
          { key: 'pdf', icon: <FilePdfOutlined />, label: <span data-testid="export-pdf">{t('exportMenu.pdf')}</span>, onClick: run('pdf') },
          ...(journey
            ? [
                { key: 'pdf-a4', icon: <FilePdfOutlined />, label: <span data-testid="export-pdf-a4">{t('exportMenu.pdfA4')}</span>, onClick: pdf('A4') },
                { key: 'pdf-a3', icon: <FilePdfOutlined />, label: <span data-testid="export-pdf-a3">{t('exportMenu.pdfA3')}</span>, onClick: pdf('A3') },
              ]
            : []),
          { key: 'csv', icon: <FileTextOutlined />, label: <span data-testid="export-csv">{t('exportMenu.csv')}</span>, onClick: run('csv') },
          { key: 'json', icon: <DownloadOutlined />, label: <span data-testid="export-json">{t('exportMenu.json')}</span>, onClick: run('json') },
        ],
      }}
    >
      <Button ref={button} icon={<DownloadOutlined />} loading={exporter.exporting} data-testid="export-menu">
        {t('toolbar.export')}
      </Button>
    </Dropdown>
  );
}
