'use client';

import { useEffect, useState } from 'react';
import dynamic from 'next/dynamic';
import { Badge, Button, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { UnreadNotificationCountQuery } from '../documents/notification-count.documents';

/** The list and preferences load when the bell is first opened (every page has the bell: first-load JS stays small). */
const NotificationPanel = dynamic(() => import('./notification-panel').then((m) => m.NotificationPanel), { ssr: false });

function NotificationContent({ open, ...panel }: { open: boolean; unread: number; onChanged: () => Promise<void>; onClose: () => void }) {
  return open ? <NotificationPanel {...panel} /> : null;
}

/** How often the bell asks for the unread count while the page is open (and whenever it regains focus). */
const POLL_MS = 30_000;

/** The header's bell: unread count; opens the latest notifications (opening one marks it read) and per-kind preferences. */
export function NotificationBell() {
  const t = useTranslations('notifications');
  const [open, setOpen] = useState(false);
  const unread = useGqlQuery(UnreadNotificationCountQuery, { reportErrors: false });
  const { refetch } = unread;
  useEffect(() => {
    const timer = setInterval(() => void refetch(), POLL_MS);
    const onFocus = () => void refetch();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refetch]);
  const count = unread.data?.unreadNotificationCount ?? 0;

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void refetch();
      }}
      // Always an element: antd's Popover never opens (nor calls onOpenChange) while its content is empty.
      // The panel itself (and its chunk) still loads only once the bell is open.
      content={<NotificationContent open={open} unread={count} onChanged={refetch} onClose={() => setOpen(false)} />}
      destroyOnHidden
    >
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="notification-badge" data-count={count}>
        <Button type="text" icon={<BellOutlined />} aria-label={t('bell', { count })} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
