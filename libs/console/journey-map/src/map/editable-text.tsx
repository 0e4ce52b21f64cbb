'use client';

import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { Input } from 'antd';
import { useTranslations } from 'next-intl';

interface EditableTextProps {
  value: string;
  onSave: (value: string) => Promise<boolean> | void;
  readOnly?: boolean;
  multiline?: boolean;
  /** Refuse an empty value (names). */
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
  ariaLabel: string;
  /** Clip the shown text to two lines; the whole text is the element's tooltip. */
  clamp?: boolean;
}

/**
 * Text that turns into an input on click (or Enter/Space when focused). Enter saves (Shift+Enter
 * is a new line in multi-line cells), Escape cancels, leaving the field saves.
 */
export function EditableText({ value, onSave, readOnly, multiline, required, maxLength = 2000, placeholder, style, testId, ariaLabel, clamp }: EditableTextProps) {
  const t = useTranslations('journeyMap.touchpoint');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const done = useRef(false);
  // After Enter or Escape in the editor, focus goes back to the text (not to the page body).
  const refocus = useRef(false);
  const viewRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      viewRef.current?.focus();
    }
  }, [editing]);

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    setEditing(false);
    const next = multiline ? draft.replace(/\s+$/, '') : draft.trim();
    if (!save || next === value || (required && next.trim() === '')) {
      setDraft(value);
      return;
    }
    void onSave(next);
  };

  const start = () => {
    if (readOnly) return;
    done.current = false;
    setDraft(value);
    setEditing(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      refocus.current = true;
      finish(false);
    } else if (e.key === 'Enter' && (!multiline || !e.shiftKey) && !e.nativeEvent.isComposing) {
      e.preventDefault();
      refocus.current = true;
      finish(true);
    }
  };

  const empty = value.trim() === '';
  if (editing) {
    const common = {
      autoFocus: true,
      value: draft,
      maxLength,
      'aria-label': ariaLabel,
      'data-testid': testId ? `${testId}-input` : undefined,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onBlur: () => finish(true),
      onKeyDown,
      status: required && draft.trim() === '' ? ('error' as const) : undefined,
    };
    return multiline ? <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 6 }} style={{ fontSize: 13 }} /> : <Input {...common} size="small" />;
  }

  return (
    <div
      ref={viewRef}
      role={readOnly ? undefined : 'button'}
      tabIndex={readOnly ? undefined : 0}
      // The accessible name starts with what is shown (WCAG 2.5.3), then says what the field is.
      aria-label={readOnly ? undefined : `${empty ? (placeholder ?? t('empty')) : value} · ${ariaLabel}`}
      title={clamp ? value : undefined}
      className={`jm-text${readOnly ? '' : ' jm-editable'}${clamp ? ' jm-clamp2' : ''}`}
      data-testid={testId}
      onClick={start}
      onKeyDown={(e) => {
        if (!readOnly && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          start();
        }
      }}
      style={style}
    >
      {empty ? <span className="jm-placeholder">{readOnly ? t('empty') : (placeholder ?? t('empty'))}</span> : value}
    </div>
  );
}
