'use client';

import { useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { theme } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import type { AppApi } from './app-holders';

/** antd's message, notification and modal (rc-notification, rc-dialog): loaded right after the page runs, not before it. */
const AppHolders = dynamic(() => import('./app-holders').then((m) => m.AppHolders), { ssr: false });

const METHODS = {
  message: ['info', 'success', 'error', 'warning', 'loading', 'open', 'destroy'],
  notification: ['success', 'error', 'info', 'warning', 'open', 'destroy'],
  modal: ['info', 'success', 'error', 'warning', 'confirm'],
} as const;

type Call = (api: AppApi) => unknown;

/** App.useApp() without importing antd's App component (which would bring the popups back into the first load). */
export function useConsoleApp(): useAppProps {
  return useContext(AppContext);
}

/**
 * What antd's `<App>` gives (App.useApp(): message, notification, modal; the `ant-app` text
 * style), without its popups in every page's first-load JS: calls made before the holders have
 * loaded wait for them (a few milliseconds after hydration), then run in order.
 */
export function ConsoleApp({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const api = useRef<AppApi | null>(null);
  const pending = useRef<Call[]>([]);
  const [, setLoaded] = useState(false);

  const onReady = useCallback((ready: AppApi) => {
    api.current = ready;
    const calls = pending.current.splice(0);
    for (const call of calls) call(ready);
    setLoaded(true);
  }, []);

  const value = useMemo(() => {
    const facade = (kind: keyof typeof METHODS) =>
      Object.fromEntries(
        METHODS[kind].map((method) => [
          method,
          (...args: unknown[]) => {
            const run = (ready: AppApi) => (ready[kind] as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
            if (api.current) return run(api.current);
            return new Promise((resolve) => pending.current.push((ready) => resolve(run(ready))));
          },
        ]),
      );
    return { message: facade('message'), notification: facade('notification'), modal: facade('modal') } as unknown as useAppProps;
  }, []);

  return (
    <AppContext.Provider value={value}>
      <div className="ant-app" style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>
        <AppHolders onReady={onReady} />
        {children}
      </div>
    </AppContext.Provider>
  );
}
