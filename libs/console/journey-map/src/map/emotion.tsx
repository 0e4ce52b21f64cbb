'use client';

import { memo, useRef, useState } from 'react';
import { Popover, theme } from 'antd';
import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { curvePath, EMOTION_COLORS, EMOTION_TEXT_COLORS, emotionTone, type CurvePoint } from '../model/emotion-curve';
import { signedEmotion } from '../model/diff-view';
import type { MeasuredPoint } from '../model/kpi-view';
import { EmotionChoices } from './emotion-choices';


type EmotionKey = '3' | '2' | '1' | '0' | '-1' | '-2' | '-3';

/**
 * The emotion curve: one continuous path through every touchpoint in map order, a zero line and
 * the ±3 guides; each point is coloured by its tone and carries its emotion for tests and tools.
 */
export const EmotionCurve = memo(function EmotionCurve({
  points,
  measured = [],
  width,
  height,
  zeroY,
  topY,
  bottomY,
}: {
  points: CurvePoint[];
  /** Customers' measured emotion, in runs of neighbouring touchpoints with answers (see measuredRuns). */
  measured?: MeasuredPoint[][];
  width: number;
  height: number;
  zeroY: number;
  topY: number;
  bottomY: number;
}) {
  const t = useTranslations('journeyMap');
  const { token } = theme.useToken();
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none', overflow: 'visible' }}
      role="img"
      aria-label={t('emotionCurve')}
      data-testid="emotion-curve"
      data-points={points.length}
    >
      <defs>
        <linearGradient id="jm-emotion-gradient" x1="0" y1={topY} x2="0" y2={bottomY} gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor={EMOTION_COLORS.positive} />
          <stop offset="0.5" stopColor={EMOTION_COLORS.neutral} />
          <stop offset="1" stopColor={EMOTION_COLORS.negative} />
        </linearGradient>
      </defs>
      <line x1={0} x2={width} y1={topY} y2={topY} stroke="#b7eb8f" strokeDasharray="2 6" />
      <line x1={0} x2={width} y1={bottomY} y2={bottomY} stroke="#ffccc7" strokeDasharray="2 6" />
      <line x1={0} x2={width} y1={zeroY} y2={zeroY} stroke="#bfbfbf" strokeDasharray="6 4" data-testid="emotion-zero-line" />
      <path d={curvePath(points)} fill="none" stroke="url(#jm-emotion-gradient)" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" data-testid="emotion-curve-path" />
      {points.map((p) => (
        <circle
          key={p.id}
          cx={p.x}
          cy={p.y}
          r={7}
          fill={EMOTION_COLORS[p.tone]}
          stroke="#fff"
          strokeWidth={2}
          data-testid="emotion-point"
          data-touchpoint-id={p.id}
          data-emotion={p.emotion}
          data-tone={p.tone}
        />
      ))}
      <g data-testid="measured-emotion" stroke={token.colorPrimary}>
        {measured.map((run) => (
          <path key={run[0].id} d={curvePath(run)} fill="none" strokeWidth={2} strokeDasharray="6 4" data-testid="measured-emotion-path" />
        ))}
        {measured.flat().map((p) => (
          <g key={p.id} opacity={p.lowSample ? 0.45 : 1}>
            {p.lowY !== null && p.highY !== null ? <line x1={p.x} x2={p.x} y1={p.highY} y2={p.lowY} strokeWidth={1.5} strokeOpacity={0.5} /> : null}
            <circle
              cx={p.x}
              cy={p.y}
              r={5}
              fill="#fff"
              strokeWidth={2.5}
              data-testid="measured-emotion-point"
              data-touchpoint-id={p.id}
              data-value={p.value}
              data-n={p.n}
              data-low-sample={p.lowSample}
            />
            <text x={p.x + 9} y={p.y - 7} fontSize={11} fill={token.colorPrimary} stroke="none" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {`${p.value > 0 ? '+' : p.value < 0 ? '−' : ''}${Math.abs(p.value).toFixed(1)}`}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
});

/** The emotion cell of a column: its value, and (editors) a −3…+3 selector in a popover. */
export function EmotionPicker({ name, emotion, readOnly, onChange }: { name: string; emotion: number; readOnly: boolean; onChange: (value: number) => void }) {
  const t = useTranslations('journeyMap');
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement | null>(null);
  // Closing the picker returns focus to its cell (not to the page body).
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const key = String(emotion) as EmotionKey;
  const label = (
    <span className="jm-emotion-value" style={{ color: EMOTION_TEXT_COLORS[emotionTone(emotion)] }} data-testid="emotion-value" data-emotion={emotion}>
      {emotion > 0 ? <SmileOutlined aria-hidden /> : emotion < 0 ? <FrownOutlined aria-hidden /> : <MehOutlined aria-hidden />} {signedEmotion(emotion)} · {t(`emotion.${key}`)}
    </span>
  );
  if (readOnly) return <div className="jm-emotion-cell">{label}</div>;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('emotionTitle', { name })}
      content={
        open ? (
          <EmotionChoices
            value={emotion}
            onCancel={() => close()}
            onPick={(value) => {
              close();
              if (value !== emotion) onChange(value);
            }}
          />
        ) : null
      }
    >
      <button ref={trigger} type="button" className="jm-emotion-cell jm-emotion-button" data-testid="emotion-cell" aria-label={`${signedEmotion(emotion)} · ${t(`emotion.${key}`)} · ${t('emotionTitle', { name })}`}>
        {label}
      </button>
    </Popover>
  );
}
