'use client';

import { Badge, Button } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { useComments } from './comments-context';

/** Toolbar button: every thread of the journey; the badge counts open threads. */
export function CommentsButton() {
  const t = useTranslations('comments');
  const comments = useComments();
  if (!comments) return null;
  const open = [...comments.counts.values()].reduce((a, c) => a + c.openThreads, 0);
  return (
    <Badge count={open} size="small">
      <Button icon={<CommentOutlined />} onClick={() => comments.openPanel(null)} data-testid="open-comments">
        {t('toolbar')}
      </Button>
    </Badge>
  );
}
