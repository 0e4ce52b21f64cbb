'use client';

import { Tooltip } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import type { CommentTargetKind } from '@opencx/console-graphql';
import { cardKey, useComments } from './comments-context';

/** The comment counter on a card: opens the side panel at the card's threads. */
export function CommentBadge({ kind, id }: { kind: CommentTargetKind; id: string }) {
  const t = useTranslations('comments');
  const comments = useComments();
  if (!comments) return null;
  const count = comments.counts.get(cardKey(kind, id));
  const label = count ? t('badge', { comments: count.comments, open: count.openThreads }) : t('add');
  return (
    <Tooltip title={label}>
      <button
        type="button"
        className={`jm-icon-button jm-comment-badge${count?.openThreads ? ' open' : ''}`}
        aria-label={label}
        data-export-ignore
        data-testid="comment-badge"
        data-card={cardKey(kind, id)}
        data-count={count?.comments ?? 0}
        onPointerDown={(e) => e.stopPropagation()}
        onClick={(e) => {
          e.stopPropagation();
          comments.openPanel({ kind, id });
        }}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 2, color: count?.openThreads ? '#1677ff' : undefined }}
      >
        <CommentOutlined />
        {count ? <span style={{ fontSize: 11 }}>{count.comments}</span> : null}
      </button>
    </Tooltip>
  );
}
