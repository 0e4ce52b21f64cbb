'use client';

import { useMemo, type ReactNode } from 'react';
import { GqlFeedbackContext, type GqlFeedback } from '@opencx/console-graphql';
import { useConsoleApp } from '../common/console-app';
import { useErrorFeedback } from './use-error-feedback';

/** Gives the GraphQL hooks (useGqlQuery, useGqlAction) the console's way of reporting: translated errors, antd messages. */
export function GqlFeedbackProvider({ children }: { children: ReactNode }) {
  const { report } = useErrorFeedback();
  const { message } = useConsoleApp();
  const value = useMemo<GqlFeedback>(() => ({ report, success: (text) => void message.success(text) }), [report, message]);
  return <GqlFeedbackContext.Provider value={value}>{children}</GqlFeedbackContext.Provider>;
}
