'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Menu, theme } from 'antd';
import { useTranslations } from 'next-intl';
import { visibleSettingsItems } from '../navigation';
import { useRole } from '../context/console-session';

/** Settings sub-navigation; admin-only pages are not offered to other roles. */
export function SettingsFrame({ children }: { children: ReactNode }) {
  const t = useTranslations('settings');
  const pathname = usePathname();
  const items = visibleSettingsItems(useRole());
  const { token } = theme.useToken();
  const selected = items.find((item) => pathname.startsWith(item.href))?.key;
  return (
    <div>
      <h1 style={{ fontSize: 24, fontWeight: token.fontWeightStrong, lineHeight: token.lineHeightHeading1, color: token.colorTextHeading, margin: '0 0 0.5em' }}>{t('title')}</h1>
      <Menu
        mode="horizontal"
        aria-label={t('title')}
        selectedKeys={selected ? [selected] : []}
        items={items.map((item) => ({ key: item.key, label: <Link href={item.href}>{t(`nav.${item.key}`)}</Link> }))}
        style={{ marginBottom: 24 }}
      />
      {children}
    </div>
  );
}
