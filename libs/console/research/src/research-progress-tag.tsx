'use client';

import { Tag } from 'antd';
import { useTranslations } from 'next-intl';

/** done/7 of a journey's research plan, for the journey list (green when all done). */
export function ResearchProgressTag({ progress }: { progress: { done: number; total: number } | undefined }) {
  const t = useTranslations('research');
  const p = progress ?? { done: 0, total: 7 };
  return (
    <Tag color={p.done === p.total ? 'green' : p.done > 0 ? 'blue' : 'default'} title={t('progressOf', p)} data-testid="research-progress-tag">
      {p.done}/{p.total}
    </Tag>
  );
}
