'use client';

import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { isGqlRequestError } from '@opencx/console-graphql';
import { useConsoleApp } from '../common/console-app';
import { mapErrorToForm, type MessageRef } from './form-errors';

/**
 * Shows an API error where the user looks: input errors under their form fields, everything
 * else as an antd message — always in the UI language.
 */
export function useErrorFeedback() {
  const t = useTranslations('errors');
  const { message } = useConsoleApp();
  const router = useRouter();

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
      // The session ended (expired, revoked, logged out elsewhere): back to the login page.
      if (isGqlRequestError(error) && error.code === 'UNAUTHENTICATED') router.replace('/login');
    },
    [message, text, router],
  );

  return { report, text };
}
