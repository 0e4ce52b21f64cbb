'use client';

import Link from 'next/link';
import { Button, Flex, Space, theme } from 'antd';
import { useTranslations } from 'next-intl';
import { Panel } from '../common/panel';
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
  // Plain heading and text (antd's Typography brings its editable/copyable machinery into the page).
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={24}>
      <div>
        <h2 style={{ fontSize: token.fontSizeHeading2, lineHeight: token.lineHeightHeading2, fontWeight: token.fontWeightStrong, color: token.colorTextHeading, margin: '0 0 4px' }}>
          {greeting ? t('welcomeBack', { name: greeting.displayName }) : t('title')}
        </h2>
        <span style={{ color: token.colorTextSecondary }}>{greeting ? t('inWorkspace', { workspace: greeting.workspaceName }) : t('tagline')}</span>
      </div>
      {greeting ? null : (
        <Panel>
          <Space wrap>
            <span>{t('visitorIntro')}</span>
            <Link href="/login">
              <Button type="primary">{t('login')}</Button>
            </Link>
            <Link href="/signup">
              <Button>{t('signup')}</Button>
            </Link>
          </Space>
        </Panel>
      )}
      <SystemStatusCard initial={system} initialDetails={details} />
    </Flex>
  );
}
