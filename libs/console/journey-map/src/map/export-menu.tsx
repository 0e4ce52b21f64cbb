'use client';

import { Button, Dropdown } from 'antd';
import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import type { MapExport } from './use-map-export';

/** The map's "Export" button: PNG, PDF, CSV or JSON. */
export function ExportMenu({ exporter }: { exporter: MapExport }) {
  const t = useTranslations('journeyMap');
  const run = (kind: Parameters<MapExport['exportAs']>[0]) => () => void exporter.exportAs(kind);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'png', icon: <FileImageOutlined />, label: <span data-testid="export-png">{t('exportMenu.png')}</span>, onClick: run('png') },
          { key: 'pdf', icon: <FilePdfOutlined />, label: <span data-testid="export-pdf">{t('exportMenu.pdf')}</span>, onClick: run('pdf') },
          { key: 'csv', icon: <FileTextOutlined />, label: <span data-testid="export-csv">{t('exportMenu.csv')}</span>, onClick: run('csv') },
          { key: 'json', icon: <DownloadOutlined />, label: <span data-testid="export-json">{t('exportMenu.json')}</span>, onClick: run('json') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporter.exporting} data-testid="export-menu">
        {t('toolbar.export')}
      </Button>
    </Dropdown>
  );
}
