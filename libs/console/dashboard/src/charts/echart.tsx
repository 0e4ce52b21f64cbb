'use client';

import { Button, Flex, Skeleton } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { toCsv } from '@opencx/domain';
import { useLazyEChart } from '@opencx/console-shell/charts/use-lazy-echart';
import { CHART_LOADERS, type ChartKind } from './chart-module';

export interface ChartData {
  header: string[];
  rows: unknown[][];
}

function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

/**
 * One chart, its ECharts module loaded when it mounts; "PNG" saves the picture (getDataURL) and
 * "CSV" the figures behind it (formula-safe). `label` names the chart for screen readers.
 */
export function EChart({ kind, option, height = 280, label, fileName, data, compact }: { kind: ChartKind; option: unknown; height?: number; label: string; fileName: string; data?: ChartData; compact?: boolean }) {
  const t = useTranslations('dashboard.export');
  const { el, chart, ready } = useLazyEChart(CHART_LOADERS[kind], option);

  return (
    <Flex vertical gap={4}>
      <div style={{ position: 'relative', height, width: '100%' }}>
        {!ready && <Skeleton.Node active style={{ width: '100%', height }} />}
        <div ref={el} role="img" aria-label={label} data-testid={`chart-${fileName}`} style={{ position: 'absolute', inset: 0 }} />
      </div>
      {!compact && (
        <Flex gap={8} justify="flex-end">
          <Button size="small" icon={<DownloadOutlined />} disabled={!ready} onClick={() => chart.current && download(chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), `${fileName}.png`)}>
            {t('png')}
          </Button>
          {data && (
            <Button size="small" icon={<DownloadOutlined />} onClick={() => download(URL.createObjectURL(new Blob(['\uFEFF' + toCsv(data.header, data.rows)], { type: 'text/csv;charset=utf-8' })), `${fileName}.csv`)}>
              {t('csv')}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
