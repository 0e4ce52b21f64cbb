'use client';

import { createContext, useContext } from 'react';
import type { FormInstance } from 'antd';

/**
 * How the console tells the user what became of a request. The console shell provides it
 * (translated errors, antd messages); the hooks here only decide when to call it.
 */
export interface GqlFeedback {
  /** Shows an API error where the user looks: with a form, input errors go under its fields. */
  report(error: unknown, form?: FormInstance, aliases?: Record<string, string>): void;
  /** Confirms that an action worked. */
  success(text: string): void;
}

export const GqlFeedbackContext = createContext<GqlFeedback | null>(null);

export function useGqlFeedback(): GqlFeedback {
  const feedback = useContext(GqlFeedbackContext);
  if (!feedback) throw new Error('useGqlFeedback must be used inside GqlFeedbackContext (the console shell provides it)');
  return feedback;
}
