'use client';

import { useEffect, useMemo, useState } from 'react';
import { Button, Drawer, Empty, Flex, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CommentOutlined, UndoOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type CommentThreadsQuery, type CommentTargetKind } from '@opencx/console-graphql';
import { MembersQuery, TeamsQuery, useConsoleSession } from '@opencx/console-shell';
import { AddCommentMutation, CommentThreadsQuery as ThreadsQuery, DeleteCommentMutation, ReopenCommentThreadMutation, ResolveCommentThreadMutation, UpdateCommentMutation } from '../documents/comments.documents';
import type { JourneyMap } from '../model/types';
import { useComments, type CommentCard } from './comments-context';

type Thread = CommentThreadsQuery['commentThreads']['nodes'][number];
type Comment = Thread['root'];

const RANK = { viewer: 0, editor: 1, admin: 2, owner: 3 } as const;

/** A card's name on this map, for the panel's title. */
function cardName(map: JourneyMap, card: CommentCard): string | null {
  for (const stage of map.stages) {
    if (card.kind === 'STAGE' && stage.id === card.id) return stage.name;
    for (const tp of stage.touchpoints) {
      if (card.kind === 'TOUCHPOINT' && tp.id === card.id) return tp.name;
      const pain = card.kind === 'PAIN_POINT' ? tp.painPoints.find((p) => p.id === card.id) : undefined;
      if (pain) return pain.title;
      const opp = card.kind === 'OPPORTUNITY' ? tp.opportunities.find((o) => o.id === card.id) : undefined;
      if (opp) return opp.title;
    }
  }
  return null;
}

/** The side panel: threads of one card (or of the whole journey), replies, resolve/reopen, and a composer with @mentions. */
export function CommentsDrawer({ map }: { map: JourneyMap }) {
  const t = useTranslations('comments');
  const comments = useComments();
  const open = comments?.panel !== undefined;
  const card = comments?.panel ?? null;
  const threads = useGqlQuery(ThreadsQuery, { variables: { journeyId: map.id, targetKind: card?.kind, targetId: card?.id, first: 50 }, skip: !open });
  const members = useGqlQuery(MembersQuery, { skip: !open, reportErrors: false });
  const teams = useGqlQuery(TeamsQuery, { skip: !open, reportErrors: false });
  const [replyTo, setReplyTo] = useState<Thread | null>(null);

  useEffect(() => setReplyTo(null), [card?.kind, card?.id]);
  useEffect(() => {
    if (!comments?.focusThread || !threads.data) return;
    document.querySelector(`[data-thread-id="${comments.focusThread}"]`)?.scrollIntoView({ block: 'center' });
  }, [comments?.focusThread, threads.data]);

  if (!comments) return null;
  const refresh = async () => {
    await Promise.all([threads.refetch(), comments.refreshCounts()]);
  };
  const name = card ? cardName(map, card) : null;
  const mentionOptions = [
    { label: t('members'), options: (members.data?.members ?? []).map((m) => ({ value: `user:${m.userId}`, label: `@${m.displayName}` })) },
    { label: t('teams'), options: (teams.data?.teams ?? []).map((team) => ({ value: `team:${team.id}`, label: `@${team.name}` })) },
  ];
  const names = new Map<string, string>([...(members.data?.members ?? []).map((m) => [m.userId, m.displayName] as const), ...(teams.data?.teams ?? []).map((team) => [team.id, team.name] as const)]);

  return (
    <Drawer
      open={open}
      onClose={comments.closePanel}
      size="large"
      title={
        <Space>
          <CommentOutlined />
          {card ? t('titleCard', { kind: t(`kind.${card.kind}`), name: name ?? '' }) : t('titleJourney')}
        </Space>
      }
      extra={
        card ? (
          <Button size="small" type="link" onClick={() => comments.openPanel(null)} data-testid="comments-show-all">
            {t('showAll')}
          </Button>
        ) : null
      }
      data-testid="comments-drawer"
    >
      <Flex vertical gap={16}>
        {threads.data && threads.data.commentThreads.nodes.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> : null}
        {(threads.data?.commentThreads.nodes ?? []).map((thread) => (
          <ThreadView key={thread.id} thread={thread} highlighted={thread.id === comments.focusThread} names={names} onChanged={refresh} onReply={() => setReplyTo(thread)} showCard={!card} map={map} />
        ))}
        {card ? (
          <Composer
            journeyId={map.id}
            card={replyTo ? { kind: replyTo.root.targetKind, id: replyTo.root.targetId } : card}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
            mentionOptions={mentionOptions}
            onSent={async () => {
              setReplyTo(null);
              await refresh();
            }}
          />
        ) : (
          <Typography.Text type="secondary">{t('pickCard')}</Typography.Text>
        )}
      </Flex>
    </Drawer>
  );
}

function ThreadView({ thread, highlighted, names, onChanged, onReply, showCard, map }: { thread: Thread; highlighted: boolean; names: ReadonlyMap<string, string>; onChanged: () => Promise<void>; onReply: () => void; showCard: boolean; map: JourneyMap }) {
  const t = useTranslations('comments');
  const labelled = useTranslations('app');
  const { workspace } = useConsoleSession();
  const mayResolve = RANK[workspace.role] >= RANK.editor;
  const resolve = useGqlAction((): Promise<unknown> => (thread.resolved ? gqlRequest(ReopenCommentThreadMutation, { id: thread.id }) : gqlRequest(ResolveCommentThreadMutation, { id: thread.id })), { onSuccess: () => void onChanged() });
  return (
    <Flex
      vertical
      gap={8}
      style={{ border: `1px solid ${highlighted ? '#1677ff' : '#f0f0f0'}`, borderRadius: 8, padding: 12, opacity: thread.resolved ? 0.7 : 1 }}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-resolved={thread.resolved ? 'true' : 'false'}
    >
      {showCard ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {labelled('labelled', { label: t(`kind.${thread.root.targetKind}`), value: cardName(map, { kind: thread.root.targetKind, id: thread.root.targetId }) ?? '—' })}
        </Typography.Text>
      ) : null}
      <CommentView comment={thread.root} names={names} onChanged={onChanged} />
      {thread.replies.map((reply) => (
        <div key={reply.id} style={{ paddingInlineStart: 16, borderInlineStart: '2px solid #f0f0f0' }}>
          <CommentView comment={reply} names={names} onChanged={onChanged} />
        </div>
      ))}
      <Space>
        <Button size="small" onClick={onReply} data-testid="comment-reply">
          {t('reply')}
        </Button>
        {mayResolve ? (
          <Button size="small" icon={thread.resolved ? <UndoOutlined /> : <CheckCircleOutlined />} loading={resolve.busy} onClick={() => void resolve.run()} data-testid={thread.resolved ? 'comment-reopen' : 'comment-resolve'}>
            {thread.resolved ? t('reopen') : t('resolve')}
          </Button>
        ) : null}
        {thread.resolved ? <Tag color="green">{t('resolved')}</Tag> : null}
      </Space>
    </Flex>
  );
}

function CommentView({ comment, names, onChanged }: { comment: Comment; names: ReadonlyMap<string, string>; onChanged: () => Promise<void> }) {
  const t = useTranslations('comments');
  const format = useFormatter();
  const { user, workspace } = useConsoleSession();
  const mine = comment.authorId === user.id;
  const mayDelete = mine || RANK[workspace.role] >= RANK.admin;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const save = useGqlAction(() => gqlRequest(UpdateCommentMutation, { input: { id: comment.id, version: comment.version, body: draft } }), {
    onSuccess: () => {
      setEditing(false);
      void onChanged();
    },
  });
  const remove = useGqlAction(() => gqlRequest(DeleteCommentMutation, { id: comment.id }), { onSuccess: () => void onChanged() });
  const mentioned = [...comment.mentionedUserIds, ...comment.mentionedTeamIds].map((id) => names.get(id)).filter(Boolean);
  return (
    <Flex vertical gap={4} data-testid="comment" data-comment-id={comment.id}>
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text strong>{comment.authorName ?? t('someone')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {format.relativeTime(new Date(comment.createdAt))}
          {comment.editedAt ? ` · ${t('edited')}` : ''}
        </Typography.Text>
      </Flex>
      {editing ? (
        <Flex vertical gap={4}>
          <Input.TextArea value={draft} onChange={(e) => setDraft(e.target.value)} autoSize={{ minRows: 2 }} maxLength={4000} aria-label={t('edit')} />
          <Space>
            <Button size="small" type="primary" disabled={!draft.trim()} loading={save.busy} onClick={() => void save.run()}>
              {t('save')}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t('cancel')}
            </Button>
          </Space>
        </Flex>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="comment-body">
          {comment.body}
        </Typography.Paragraph>
      )}
      {mentioned.length ? (
        <Space size={4} wrap>
          {mentioned.map((n) => (
            <Tag key={n} color="blue">
              @{n}
            </Tag>
          ))}
        </Space>
      ) : null}
      {!editing && (mine || mayDelete) ? (
        <Space size={4}>
          {mine ? (
            <Button size="small" type="link" onClick={() => setEditing(true)} data-testid="comment-edit">
              {t('edit')}
            </Button>
          ) : null}
          {mayDelete ? (
            <Popconfirm title={t('deleteConfirm')} onConfirm={() => void remove.run()} okButtonProps={{ danger: true }}>
              <Button size="small" type="link" danger loading={remove.busy} data-testid="comment-delete">
                {t('delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
    </Flex>
  );
}

function Composer({
  journeyId,
  card,
  replyTo,
  onCancelReply,
  mentionOptions,
  onSent,
}: {
  journeyId: string;
  card: { kind: CommentTargetKind; id: string };
  replyTo: Thread | null;
  onCancelReply: () => void;
  mentionOptions: { label: string; options: { value: string; label: string }[] }[];
  onSent: () => Promise<void>;
}) {
  const t = useTranslations('comments');
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const ids = useMemo(
    () => ({ users: mentions.filter((m) => m.startsWith('user:')).map((m) => m.slice(5)), teams: mentions.filter((m) => m.startsWith('team:')).map((m) => m.slice(5)) }),
    [mentions],
  );
  const send = useGqlAction(
    () =>
      gqlRequest(AddCommentMutation, {
        input: { journeyId, targetKind: card.kind, targetId: card.id, parentId: replyTo?.id, body, mentionUserIds: ids.users, mentionTeamIds: ids.teams },
      }),
    {
      onSuccess: () => {
        setBody('');
        setMentions([]);
        void onSent();
      },
    },
  );
  return (
    <Flex vertical gap={8} data-testid="comment-composer">
      {replyTo ? (
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t('replyingTo', { name: replyTo.root.authorName ?? t('someone') })}</Typography.Text>
          <Button size="small" type="link" onClick={onCancelReply}>
            {t('cancel')}
          </Button>
        </Flex>
      ) : null}
      <Input.TextArea value={body} onChange={(e) => setBody(e.target.value)} autoSize={{ minRows: 3 }} maxLength={4000} placeholder={t('placeholder')} aria-label={t('placeholder')} data-testid="comment-input" />
      <Select
        mode="multiple"
        allowClear
        value={mentions}
        onChange={setMentions}
        options={mentionOptions}
        optionFilterProp="label"
        placeholder={t('mention')}
        aria-label={t('mention')}
        data-testid="comment-mentions"
      />
      <Button type="primary" disabled={!body.trim()} loading={send.busy} onClick={() => void send.run()} data-testid="comment-send">
        {replyTo ? t('sendReply') : t('send')}
      </Button>
    </Flex>
  );
}
