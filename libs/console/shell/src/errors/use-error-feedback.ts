'use client';

import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useTranslations } from 'next-intl';
import { mapErrorToForm, type MessageRef } from './form-errors';

/**
 * Shows an API error where the user looks: input errors under their form fields, everything
 * else as an antd message — always in the UI language.
 */
export function useErrorFeedback() {
  const t = useTranslations('errors');
  const { message } = App.useApp();

  const text = useCallback(
    (ref: MessageRef): string => {
      // Keys come from form-errors.ts at run time; form-errors.spec.ts checks they exist.
      const key = ref.key as Parameters<typeof t>[0];
      return t.has(key) ? t(key, ref.values) : (ref.fallback ?? t('code.INTERNAL'));
    },
    [t],
  );

  const report = useCallback(
    (error: unknown, form?: FormInstance, aliases: Record<string, string> = {}): void => {
      const fieldNames = form ? Object.keys(form.getFieldsValue() ?? {}) : [];
      const mapped = mapErrorToForm(error, fieldNames, aliases);
      if (form && mapped.fields.length > 0) form.setFields(mapped.fields.map((f) => ({ name: f.name, errors: [text(f.message)] })));
      if (mapped.general) void message.error(text(mapped.general));
    },
    [message, text],
  );

  return { report, text };
}
