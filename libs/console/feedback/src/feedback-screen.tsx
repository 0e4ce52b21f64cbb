'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslations } from 'next-intl';

// Each tab (tables, filters, forms) loads when shown, not with the page; both fetch in the browser anyway.
const loading = () => <Skeleton active />;
const FeedbackInbox = dynamic(() => import('./inbox/feedback-inbox').then((m) => m.FeedbackInbox), { ssr: false, loading });
const CollectionLinks = dynamic(() => import('./links/collection-links').then((m) => m.CollectionLinks), { ssr: false, loading });

/** /feedback: the inbox and the collection links, one tab each (the tab is in the URL). */
export function FeedbackScreen() {
  const t = useTranslations('feedback');
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab = params.get('tab') === 'links' ? 'links' : 'inbox';
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => router.replace(key === 'links' ? `${pathname}?tab=links` : pathname, { scroll: false })}
        items={[
          { key: 'inbox', label: t('tabs.inbox'), children: tab === 'inbox' ? <FeedbackInbox /> : null },
          { key: 'links', label: t('tabs.links'), children: tab === 'links' ? <CollectionLinks /> : null },
        ]}
      />
    </Flex>
  );
}
