'use client';

import { Tooltip } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';

/** How many comments an action's thread has (board card, table row); the thread itself is in the action drawer. */
export function ActionCommentCount({ count }: { count: number }) {
  const t = useTranslations('actions.comments');
  const label = t('count', { count });
  return (
    <Tooltip title={label}>
      <span role="img" aria-label={label} data-testid="action-comment-count" data-count={count} style={{ display: 'inline-flex', alignItems: 'center', gap: 2, color: count ? '#1677ff' : '#8c8c8c', fontSize: 12 }}>
        <CommentOutlined aria-hidden />
        {count}
      </span>
    </Tooltip>
  );
}
