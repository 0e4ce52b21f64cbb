'use client';

import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type InvitationsQuery as InvitationsData, type MembersQuery as MembersData } from '@opencx/console-graphql';
import type { Role } from '@opencx/domain';
import { InvitationsQuery, InviteMemberMutation, MembersQuery, RemoveMemberMutation, RevokeInvitationMutation, UpdateMemberRoleMutation } from '../documents/settings.documents';
import { useConsoleSession, useCan, useRole } from '../context/console-session';
import { assignableRoles } from '../roles';

type Member = MembersData['members'][number];
type Invitation = InvitationsData['invitations'][number];

interface InviteValues {
  email: string;
  role: Role;
}

/**
 * Settings → Members: everyone sees the list; admins invite (a one-time link, shown once to copy),
 * withdraw pending invitations, change roles and remove (after confirming).
 */
export function MembersSettings() {
  const t = useTranslations('settings.members');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const { modal, message } = App.useApp();
  const { user } = useConsoleSession();
  const actorRole = useRole();
  const canManage = useCan('manageMembers');
  const members = useGqlQuery(MembersQuery);
  const invitations = useGqlQuery(InvitationsQuery, { skip: !canManage });
  const [inviteOpen, setInviteOpen] = useState(false);
  const [inviteForm] = Form.useForm<InviteValues>();
  const [issued, setIssued] = useState<{ email: string; link: string; emailed: boolean } | null>(null);
  const roleOptions = assignableRoles(actorRole).map((value) => ({ value, label: tr(value) }));

  const refreshAll = async () => {
    await Promise.all([members.refetch(), canManage ? invitations.refetch() : Promise.resolve()]);
  };

  const invite = useGqlAction((values: InviteValues) => gqlRequest(InviteMemberMutation, { input: { email: values.email.trim(), role: values.role } }), {
    form: inviteForm,
    success: ({ inviteMember }) => t('invited', { email: inviteMember.invitation.email }),
    onSuccess: async ({ inviteMember }) => {
      inviteForm.resetFields();
      setInviteOpen(false);
      // The console's own origin: the link opens this console's accept page.
      setIssued({ email: inviteMember.invitation.email, link: `${window.location.origin}/invite/${inviteMember.token}`, emailed: inviteMember.emailed });
      await refreshAll();
    },
  });
  const updateRole = useGqlAction((member: Member, role: Role) => gqlRequest(UpdateMemberRoleMutation, { input: { userId: member.userId, role } }), {
    success: (_, member) => t('roleChanged', { name: member.displayName }),
    onSuccess: () => members.refetch(),
  });
  const removeMember = useGqlAction((member: Member) => gqlRequest(RemoveMemberMutation, { userId: member.userId }), {
    success: (_, member) => t('removed', { name: member.displayName }),
    onSuccess: () => members.refetch(),
  });

  const copyLink = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.link);
      void message.success(t('linkCopied'));
    } catch {
      void message.warning(t('linkCopyFailed'));
    }
  };

  const withdrawInvitation = useGqlAction((invitation: Invitation) => gqlRequest(RevokeInvitationMutation, { id: invitation.id }), {
    success: (_, invitation) => t('revoked', { email: invitation.email }),
    onSuccess: () => invitations.refetch(),
  });

  const revokeInvitation = (invitation: Invitation) => {
    modal.confirm({
      title: t('revokeTitle'),
      content: t('revokeConfirm', { email: invitation.email }),
      okText: t('revokeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () => withdrawInvitation.run(invitation),
    });
  };

  const changeRole = (member: Member, role: Role) => {
    modal.confirm({
      title: t('changeRoleTitle'),
      content: t('changeRoleConfirm', { name: member.displayName, from: tr(member.role), to: tr(role) }),
      okText: t('changeRoleOk'),
      cancelText: t('cancel'),
      onOk: () => updateRole.run(member, role),
    });
  };

  const remove = (member: Member) => {
    modal.confirm({
      title: t('removeTitle'),
      content: t('removeConfirm', { name: member.displayName, email: member.email }),
      okText: t('removeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () => removeMember.run(member),
    });
  };

  // Admins cannot touch owners (only an owner can), and nobody edits their own membership here.
  const editable = (member: Member) => canManage && member.userId !== user.id && (actorRole === 'owner' || member.role !== 'owner');

  return (
    <Flex vertical gap={16}>
      {canManage ? null : <Alert type="info" showIcon title={t('readOnlyNotice')} data-testid="members-read-only" />}
      <Card
        title={t('title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setInviteOpen(true)} data-testid="invite-member">
              {t('invite')}
            </Button>
          ) : null
        }
      >
        <Table<Member>
          rowKey="userId"
          loading={members.loading}
          dataSource={members.data?.members ?? []}
          pagination={false}
          data-testid="members-table"
          columns={[
            { key: 'name', title: t('name'), render: (_, m) => (m.userId === user.id ? <Space>{m.displayName}<Tag>{t('you')}</Tag></Space> : m.displayName) },
            { key: 'email', title: t('email'), dataIndex: 'email' },
            {
              key: 'role',
              title: t('role'),
              render: (_, m) =>
                editable(m) ? (
                  <Select<Role> size="small" style={{ minWidth: 120 }} value={m.role} aria-label={t('role')} options={roleOptions} onChange={(role) => changeRole(m, role)} />
                ) : (
                  <Tag>{tr(m.role)}</Tag>
                ),
            },
            { key: 'joined', title: t('joinedAt'), render: (_, m) => format.dateTime(new Date(m.joinedAt), { dateStyle: 'medium' }) },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('actions'),
                    render: (_: unknown, m: Member) =>
                      editable(m) ? (
                        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(m)}>
                          {t('remove')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {canManage ? (
        <Card title={t('pendingTitle')}>
          <Table<Invitation>
            rowKey="id"
            loading={invitations.loading}
            dataSource={invitations.data?.invitations ?? []}
            pagination={false}
            locale={{ emptyText: t('noPending') }}
            data-testid="invitations-table"
            columns={[
              { key: 'email', title: t('email'), dataIndex: 'email' },
              { key: 'role', title: t('role'), render: (_, i) => <Tag>{tr(i.role)}</Tag> },
              { key: 'created', title: t('invitedAt'), render: (_, i) => format.dateTime(new Date(i.createdAt), { dateStyle: 'medium' }) },
              {
                key: 'expires',
                title: t('expiresAt'),
                render: (_, i) =>
                  i.status === 'expired' ? <Tag color="orange">{t('expired')}</Tag> : format.dateTime(new Date(i.expiresAt), { dateStyle: 'medium', timeStyle: 'short' }),
              },
              {
                key: 'actions',
                title: t('actions'),
                render: (_, i) => (
                  <Button size="small" danger onClick={() => revokeInvitation(i)} data-testid="invitation-revoke">
                    {t('revokeInvitation')}
                  </Button>
                ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('pendingHint')}
          </Typography.Paragraph>
        </Card>
      ) : null}
      <Modal
        open={inviteOpen}
        title={t('inviteTitle')}
        okText={t('inviteOk')}
        cancelText={t('cancel')}
        confirmLoading={invite.busy}
        onOk={() => inviteForm.submit()}
        onCancel={() => setInviteOpen(false)}
        destroyOnHidden
      >
        <Form form={inviteForm} layout="vertical" requiredMark={false} onFinish={invite.run} initialValues={{ email: '', role: 'viewer' }} data-testid="invite-form">
          <Form.Item name="email" label={t('email')} rules={[{ required: true, message: t('emailRequired') }, { type: 'email', message: t('emailInvalid') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('role')} extra={t('roleHint')}>
            <Select<Role> options={roleOptions} data-testid="invite-role" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={issued !== null}
        title={
          <span>
            <LinkOutlined /> {t('linkTitle', { email: issued?.email ?? '' })}
          </span>
        }
        closable={false}
        keyboard={false}
        mask={{ closable: false }}
        // Once closed, the link leaves the page for good (only its hash is stored).
        destroyOnHidden
        footer={[
          <Button key="copy" icon={<CopyOutlined />} onClick={() => void copyLink()} data-testid="invitation-link-copy">
            {t('copyLink')}
          </Button>,
          <Button key="done" type="primary" onClick={() => setIssued(null)} data-testid="invitation-link-done">
            {t('linkDone')}
          </Button>,
        ]}
        data-testid="invitation-link-modal"
      >
        {issued ? (
          <>
            <Alert type="warning" showIcon title={t('linkWarning')} style={{ marginBottom: 12 }} />
            <Typography.Paragraph type="secondary">{issued.emailed ? t('linkEmailed', { email: issued.email }) : t('linkNotEmailed')}</Typography.Paragraph>
            <Typography.Paragraph code data-testid="invitation-link" style={{ wordBreak: 'break-all' }}>
              {issued.link}
            </Typography.Paragraph>
          </>
        ) : null}
      </Modal>
    </Flex>
  );
}
