'use client';

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button } from 'antd';
import { useTranslations } from 'next-intl';
import { EMOTION_VALUES } from '../model/emotion-curve';
import { signedEmotion } from '../model/diff-view';

type EmotionKey = '3' | '2' | '1' | '0' | '-1' | '-2' | '-3';

/**
 * The −3…+3 choices in the emotion popover, usable by keyboard: the current value has focus when it
 * opens, arrow keys move between choices without saving, Enter or Space saves, Escape cancels.
 * Each choice is named by its value and meaning ("−2 Unhappy").
 */
export function EmotionChoices({ value, onPick, onCancel }: { value: number; onPick: (value: number) => void; onCancel: () => void }) {
  const t = useTranslations('journeyMap');
  const group = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(group.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      buttons[Math.min(buttons.length - 1, at + 1)]?.focus();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      buttons[Math.max(0, at - 1)]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div ref={group} role="group" aria-label={t('emotionCurve')} className="jm-emotion-choices" data-testid="emotion-options" onKeyDown={onKeyDown} style={{ display: 'flex', gap: 4 }}>
      {EMOTION_VALUES.map((v) => {
        const meaning = t(`emotion.${String(v) as EmotionKey}`);
        return (
          <Button key={v} size="small" type={v === value ? 'primary' : 'default'} aria-pressed={v === value} aria-label={`${signedEmotion(v)} ${meaning}`} title={meaning} onClick={() => onPick(v)}>
            <span data-testid={`emotion-option-${v}`}>{signedEmotion(v)}</span>
          </Button>
        );
      })}
    </div>
  );
}
