'use client';

import { memo } from 'react';
import { Radio, Spin, theme, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';
import { KPI_PERIODS, MAX_CHIPS, type ChipTone, type KpiChip, type KpiPeriod } from '../model/kpi-view';

type Token = ReturnType<typeof theme.useToken>['token'];

/** Chip colours from the theme, so a dark or branded theme colours them too. */
function toneStyle(tone: ChipTone, token: Token): { color: string; background: string; borderColor: string } {
  switch (tone) {
    case 'good':
      return { color: token.colorSuccessText, background: token.colorSuccessBg, borderColor: token.colorSuccessBorder };
    case 'warning':
      return { color: token.colorWarningText, background: token.colorWarningBg, borderColor: token.colorWarningBorder };
    case 'bad':
      return { color: token.colorErrorText, background: token.colorErrorBg, borderColor: token.colorErrorBorder };
    case 'low':
      return { color: token.colorTextTertiary, background: token.colorFillQuaternary, borderColor: token.colorBorderSecondary };
    default:
      return { color: token.colorText, background: token.colorFillTertiary, borderColor: token.colorBorderSecondary };
  }
}

const fmt = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10) / 10));

/** Live KPI chips of a touchpoint card: value and n, coloured against target; greyed with "n<30" below 30 answers. */
export const KpiChips = memo(function KpiChips({ chips }: { chips: KpiChip[] }) {
  const t = useTranslations('journeyMap.kpi');
  const { token } = theme.useToken();
  if (!chips.length) return null;
  const shown = chips.slice(0, MAX_CHIPS);
  const hidden = chips.length - shown.length;
  return (
    <div className="jm-kpis" data-testid="kpi-chips">
      {shown.map((c) => (
        <Tooltip
          key={c.key}
          title={
            <div>
              <div>
                <b>{c.name}</b> {c.text}
              </div>
              <div>{t('interval', { low: fmt(c.low), high: fmt(c.high) })}</div>
              <div>{t('sample', { n: c.n })}</div>
              <div>{c.target === null ? t('noTarget') : t('target', { target: fmt(c.target) })}</div>
              <div>{t(`status.${c.status}` as 'status.ON_TARGET')}</div>
              {c.alert ? <div>{t('alert', { value: fmt(c.alert.value), n: c.alert.n, p: c.alert.pValue < 0.001 ? '<0.001' : c.alert.pValue.toFixed(3) })}</div> : null}
            </div>
          }
        >
          <span
            className={`jm-kpi${c.tone === 'low' ? ' jm-kpi-low' : ''}`}
            style={toneStyle(c.tone, token)}
            data-testid="kpi-chip"
            data-metric-key={c.key}
            data-value={c.value}
            data-n={c.n}
            data-tone={c.tone}
            data-status={c.status}
            data-alert={c.alert ? 'open' : undefined}
          >
            {c.alert ? <span className="jm-kpi-alert" style={{ display: 'inline-block', width: 7, height: 7, borderRadius: 4, marginRight: 3, background: token.colorError }} data-testid="kpi-alert-badge" aria-label={t('alertBadge')} /> : null}
            <span className="jm-kpi-label">{c.label}</span> {c.text}
            <span className="jm-kpi-n">{c.tone === 'low' ? t('lowSampleN', { n: c.n }) : t('n', { n: c.n })}</span>
          </span>
        </Tooltip>
      ))}
      {hidden > 0 ? (
        <Tooltip title={chips.slice(MAX_CHIPS).map((c) => `${c.label} ${c.text} (n=${c.n})`).join(' · ')}>
          <span className="jm-kpi jm-kpi-more">+{hidden}</span>
        </Tooltip>
      ) : null}
    </div>
  );
});

/** The period of the chips and the measured curve, the curves' legend, and whether figures are loading. */
export function KpiBar({ period, onPeriod, loading, failed, answered }: { period: KpiPeriod; onPeriod: (p: KpiPeriod) => void; loading: boolean; failed: boolean; answered: number | null }) {
  const t = useTranslations('journeyMap.kpi');
  const { token } = theme.useToken();
  return (
    <div className="jm-kpi-bar" data-testid="kpi-bar">
      <span>{t('period')}</span>
      <Radio.Group size="small" optionType="button" value={period} onChange={(e) => onPeriod(e.target.value as KpiPeriod)} data-testid="kpi-period">
        {KPI_PERIODS.map((p) => (
          <Radio.Button key={p} value={p}>
            <span data-testid={`kpi-period-${p}`}>{t('lastDays', { days: p })}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      <span className="jm-legend" data-testid="emotion-legend">
        <svg width="28" height="10" aria-hidden>
          <line x1="0" x2="28" y1="5" y2="5" stroke={token.colorWarning} strokeWidth="3" strokeLinecap="round" />
        </svg>
        {t('designed')}
        <svg width="28" height="10" aria-hidden>
          <line x1="0" x2="28" y1="5" y2="5" stroke={token.colorPrimary} strokeWidth="2" strokeDasharray="5 3" />
          <circle cx="14" cy="5" r="3.5" fill="#fff" stroke={token.colorPrimary} strokeWidth="2" />
        </svg>
        {t('measured')}
      </span>
      {loading ? <Spin size="small" data-testid="kpi-loading" /> : null}
      {failed ? <span style={{ color: token.colorErrorText }}>{t('failed')}</span> : null}
      {!loading && !failed && answered === 0 ? <span style={{ color: token.colorTextTertiary }} data-testid="kpi-empty">{t('empty')}</span> : null}
    </div>
  );
}
