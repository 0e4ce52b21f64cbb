'use client';

import Link from 'next/link';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { SystemStatusCard, type SystemDetails, type SystemInfo } from './system-status-card';

/**
 * The console's landing page. Visitors see the live status and how to get in; signed-in users
 * get a greeting in their workspace.
 */
export function HomeOverview({
  system,
  details,
  greeting,
}: {
  system: SystemInfo | null;
  details: SystemDetails | null;
  greeting: { displayName: string; workspaceName: string } | null;
}) {
  const t = useTranslations('home');
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {greeting ? t('welcomeBack', { name: greeting.displayName }) : t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{greeting ? t('inWorkspace', { workspace: greeting.workspaceName }) : t('tagline')}</Typography.Text>
      </div>
      {greeting ? null : (
        <Card>
          <Space wrap>
            <Typography.Text>{t('visitorIntro')}</Typography.Text>
            <Link href="/login">
              <Button type="primary">{t('login')}</Button>
            </Link>
            <Link href="/signup">
              <Button>{t('signup')}</Button>
            </Link>
          </Space>
        </Card>
      )}
      <SystemStatusCard initial={system} initialDetails={details} />
    </Flex>
  );
}
