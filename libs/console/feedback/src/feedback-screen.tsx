'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Flex, Skeleton, Tabs, theme } from 'antd';
import { useTranslations } from 'next-intl';

// Each tab (tables, filters, forms) loads when shown, not with the page; both fetch in the browser anyway.
const loading = () => <Skeleton active />;
const FeedbackInbox = dynamic(() => import('./inbox/feedback-inbox').then((m) => m.FeedbackInbox), { ssr: false, loading });
const CollectionLinks = dynamic(() => import('./links/collection-links').then((m) => m.CollectionLinks), { ssr: false, loading });
const FeedbackImport = dynamic(() => import('./import/feedback-import').then((m) => m.FeedbackImport), { ssr: false, loading });
const KpiAlerts = dynamic(() => import('./alerts/kpi-alerts').then((m) => m.KpiAlerts), { ssr: false, loading });

const TABS = ['inbox', 'links', 'import', 'alerts'] as const;
type Tab = (typeof TABS)[number];

/** /feedback: the inbox, collection links, CSV import and KPI alerts, one tab each (the tab is in the URL). */
export function FeedbackScreen() {
  const t = useTranslations('feedback');
  const { token } = theme.useToken();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : 'inbox';
  return (
    <Flex vertical gap={8}>
      {/* A plain heading: antd Typography would add its text-editing code to the page's first load. */}
      <h1 style={{ fontSize: 24, fontWeight: token.fontWeightStrong, lineHeight: token.lineHeightHeading1, color: token.colorTextHeading, margin: 0 }}>{t('title')}</h1>
      <Tabs
        activeKey={tab}
        onChange={(key) => router.replace(key === 'inbox' ? pathname : `${pathname}?tab=${key}`, { scroll: false })}
        items={[
          { key: 'inbox', label: t('tabs.inbox'), children: tab === 'inbox' ? <FeedbackInbox /> : null },
          { key: 'links', label: t('tabs.links'), children: tab === 'links' ? <CollectionLinks /> : null },
          { key: 'import', label: t('tabs.import'), children: tab === 'import' ? <FeedbackImport /> : null },
          { key: 'alerts', label: t('tabs.alerts'), children: tab === 'alerts' ? <KpiAlerts /> : null },
        ]}
      />
    </Flex>
  );
}
