'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';

/** What a lazily loaded chart module's `init` gives: an ECharts instance on an element (the module registers only its own parts). */
export interface LazyChartHandle {
  setOption(option: unknown, notMerge?: boolean): void;
  resize(): void;
  dispose(): void;
}

/**
 * Mounts an ECharts instance from a chart module loaded on first use (its own chunk), follows the
 * window's size, disposes it on unmount and sets `option` (not merged) whenever it changes.
 * `load` must be stable (a module-level function): a new one loads and mounts its module.
 */
export function useLazyEChart<H extends LazyChartHandle>(
  load: () => Promise<{ init(el: HTMLElement): H }>,
  option: unknown,
): { el: RefObject<HTMLDivElement | null>; chart: RefObject<H | null>; ready: boolean } {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<H | null>(null);
  // Ready for this module (a new `load` is not ready until its own chart is mounted).
  const [readyFor, setReadyFor] = useState<unknown>(null);
  const ready = readyFor === load;

  useEffect(() => {
    let disposed = false;
    const onResize = () => chart.current?.resize();
    void load().then((m) => {
      if (disposed || !el.current) return;
      chart.current = m.init(el.current);
      setReadyFor(() => load);
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [load]);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, true);
  }, [ready, option]);

  return { el, chart, ready };
}
