'use client';

import { useEffect } from 'react';
import dynamic from 'next/dynamic';
import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { UnreadNotificationCountQuery } from '../documents/notification-count.documents';
import { useHeaderPopup } from '../layout/header-popup';

/** The list and preferences load when the bell is first opened (every page has the bell: first-load JS stays small). */
const NotificationPanel = dynamic(() => import('./notification-panel').then((m) => m.NotificationPanel), { ssr: false });

/** How often the bell asks for the unread count while the page is open (and whenever it regains focus). */
const POLL_MS = 30_000;

/** The header's bell: unread count; opens the latest notifications (opening one marks it read) and per-kind preferences. */
export function NotificationBell() {
  const t = useTranslations('notifications');
  const unread = useGqlQuery(UnreadNotificationCountQuery, { reportErrors: false });
  const { refetch } = unread;
  const popup = useHeaderPopup(() => void refetch());
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
    <div className="cx-popup-root" ref={popup.root}>
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="notification-badge" data-count={count}>
        <button
          ref={popup.button}
          type="button"
          className="cx-text-button cx-icon-button"
          aria-label={t('bell', { count })}
          aria-expanded={popup.open}
          aria-controls={popup.open ? popup.id : undefined}
          data-testid="notification-bell"
          onClick={() => popup.setOpen(!popup.open)}
        >
          <BellOutlined />
        </button>
      </Badge>
      {popup.open ? (
        <div
          id={popup.id}
          role="dialog"
          aria-label={t('title')}
          className="cx-popup cx-popup-end cx-popup-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              popup.close(true);
            }
          }}
        >
          <NotificationPanel unread={count} onChanged={refetch} onClose={() => popup.close(false)} />
        </div>
      ) : null}
    </div>
  );
}
