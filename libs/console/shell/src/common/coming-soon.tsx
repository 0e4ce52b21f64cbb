'use client';

import { Result, Tag, theme } from 'antd';
import { RocketOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import type { NavKey } from '../navigation';

export type ComingSoonSection = Exclude<NavKey, 'home' | 'settings'>;

/** Placeholder for screens that are planned but not built yet. */
export function ComingSoon({ section }: { section: ComingSoonSection }) {
  const t = useTranslations();
  const { token } = theme.useToken();
  const name = t(`nav.${section}`);
  return (
    <Result
      data-testid="coming-soon"
      icon={<RocketOutlined style={{ color: token.colorPrimary }} />}
      title={name}
      subTitle={t('comingSoon.description', { section: name })}
      extra={<Tag color="blue">{t('comingSoon.title')}</Tag>}
    />
  );
}
