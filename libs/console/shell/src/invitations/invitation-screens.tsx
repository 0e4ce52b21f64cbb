'use client';

import { useCallback, useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, Button, Descriptions, Flex, Result, Skeleton, Tag } from 'antd';
import { Panel } from '../common/panel';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, type InvitationPreviewQuery as PreviewData } from '@opencx/console-graphql';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../documents/identity.documents';
import { useErrorFeedback } from '../errors/use-error-feedback';
import { WORKSPACE_COOKIE, writeClientCookie } from '../console-cookies';

type Preview = PreviewData['invitationPreview'];

/** A visitor holding an invitation link: sign in or sign up first, then come back here. */
export function InvitationSignIn({ token }: { token: string }) {
  const t = useTranslations('invitation');
  const back = encodeURIComponent(`/invite/${token}`);
  return (
    <Panel title={<h1 style={{ fontSize: 20, margin: 0 }}>{t('title')}</h1>} style={{ maxWidth: 480, margin: '48px auto' }} data-testid="invitation-sign-in">
      <p style={{ margin: '0 0 1em' }}>{t('signInToAccept')}</p>
      <Flex gap={12}>
        <Link href={`/login?next=${back}`}>
          <Button type="primary">{t('logIn')}</Button>
        </Link>
        <Link href={`/signup?next=${back}`}>
          <Button>{t('signUp')}</Button>
        </Link>
      </Flex>
    </Panel>
  );
}

/** A signed-in account holding an invitation link: what it offers, and Accept. */
export function InvitationAccept({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invitation');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const router = useRouter();
  const { report } = useErrorFeedback();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      setPreview((await gqlRequest(InvitationPreviewQuery, { token })).invitationPreview);
    } catch (error) {
      setFailed(true);
      report(error);
    }
  }, [token, report]);

  useEffect(() => {
    void load();
  }, [load]);

  const openWorkspace = (workspaceId: string) => {
    writeClientCookie(WORKSPACE_COOKIE, workspaceId);
    router.replace('/');
    router.refresh();
  };

  // Success leaves the page (stay busy meanwhile); a failure is reported and the preview reloaded (the invitation may have gone).
  const accept = useGqlAction(() => gqlRequest(AcceptInvitationMutation, { token }), {
    keepBusyOnSuccess: true,
    onSuccess: ({ acceptInvitation }) => openWorkspace(acceptInvitation.id),
    onError: () => {
      void load();
      return false;
    },
  });

  const heading = <h1 style={{ fontSize: 20, margin: 0 }}>{t('title')}</h1>;
  if (failed) return <Result status="warning" title={t('notFoundTitle')} subTitle={t('notFound')} data-testid="invitation-not-found" />;
  if (!preview) {
    return (
      <Panel title={heading} style={{ maxWidth: 560, margin: '48px auto' }}>
        <Skeleton active />
      </Panel>
    );
  }
  const usable = preview.status === 'pending' && !preview.alreadyMember;
  return (
    <Panel title={heading} style={{ maxWidth: 560, margin: '48px auto' }} data-testid="invitation-accept">
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('workspace')}>
          <span data-testid="invitation-workspace">{preview.workspaceName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('role')}>
          <Tag data-testid="invitation-role">{tr(preview.role)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('sentTo')}>{preview.invitedEmail}</Descriptions.Item>
        <Descriptions.Item label={t('expires')}>{format.dateTime(new Date(preview.expiresAt), { dateStyle: 'medium', timeStyle: 'short' })}</Descriptions.Item>
      </Descriptions>
      {preview.status !== 'pending' ? (
        <Alert type="warning" showIcon title={t(`status.${preview.status}`)} data-testid="invitation-unusable" />
      ) : preview.alreadyMember ? (
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={t('alreadyMember')} />
          <Button onClick={() => openWorkspace(preview.workspaceId)}>{t('open')}</Button>
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          {preview.invitedEmail.toLowerCase() !== email.toLowerCase() ? (
            <Alert type="info" showIcon title={t('otherAddress', { invited: preview.invitedEmail, current: email })} data-testid="invitation-other-address" />
          ) : null}
          <p style={{ margin: 0 }}>{t('acceptAs', { email })}</p>
          <Button type="primary" loading={accept.busy} disabled={!usable} onClick={() => void accept.run()} data-testid="accept-invitation">
            {t('accept')}
          </Button>
        </Flex>
      )}
    </Panel>
  );
}
