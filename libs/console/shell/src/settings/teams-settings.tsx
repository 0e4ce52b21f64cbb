'use client';

import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type TeamsQuery as TeamsData } from '@opencx/console-graphql';
import { AddTeamMemberMutation, CreateTeamMutation, MembersQuery, TeamsQuery } from '../documents/settings.documents';
import { useCan } from '../context/console-session';
import { TeamLeadSelect } from './team-lead-select';

type Team = TeamsData['teams'][number];

interface CreateTeamValues {
  name: string;
  description?: string;
}

interface AddMemberValues {
  userId: string;
}

/** Settings → Teams: list for everyone; admins create teams and add members to them. */
export function TeamsSettings() {
  const t = useTranslations('settings.teams');
  const canManage = useCan('manageTeams');
  const teams = useGqlQuery(TeamsQuery);
  const members = useGqlQuery(MembersQuery);
  const [createOpen, setCreateOpen] = useState(false);
  const [addTo, setAddTo] = useState<Team | null>(null);
  const [createForm] = Form.useForm<CreateTeamValues>();
  const [addForm] = Form.useForm<AddMemberValues>();

  const names = useMemo(() => new Map((members.data?.members ?? []).map((m) => [m.userId, m.displayName])), [members.data]);

  const create = useGqlAction((values: CreateTeamValues) => gqlRequest(CreateTeamMutation, { input: { name: values.name.trim(), description: values.description?.trim() || undefined } }), {
    form: createForm,
    success: (_, values) => t('created', { name: values.name.trim() }),
    onSuccess: async () => {
      createForm.resetFields();
      setCreateOpen(false);
      await teams.refetch();
    },
  });

  const addMember = useGqlAction((team: Team, values: AddMemberValues) => gqlRequest(AddTeamMemberMutation, { input: { teamId: team.id, userId: values.userId } }), {
    form: addForm,
    success: (_, team, values) => t('memberAdded', { name: names.get(values.userId) ?? '', team: team.name }),
    onSuccess: async () => {
      addForm.resetFields();
      setAddTo(null);
      await teams.refetch();
    },
  });

  return (
    <Flex vertical gap={16}>
      {canManage ? null : <Alert type="info" showIcon title={t('readOnlyNotice')} />}
      <Card
        title={t('title')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="create-team">
              {t('create')}
            </Button>
          ) : null
        }
      >
        <Table<Team>
          rowKey="id"
          loading={teams.loading}
          dataSource={teams.data?.teams ?? []}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          data-testid="teams-table"
          columns={[
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'description', title: t('description'), render: (_, team) => team.description ?? <Typography.Text type="secondary">—</Typography.Text> },
            {
              key: 'lead',
              title: <span title={t('leadHelp')}>{t('lead')}</span>,
              render: (_, team) => <TeamLeadSelect team={team} members={members.data?.members ?? []} canManage={canManage} onChanged={teams.refetch} />,
            },
            {
              key: 'members',
              title: t('members'),
              render: (_, team) =>
                team.memberIds.length === 0 ? (
                  <Typography.Text type="secondary">{t('noMembers')}</Typography.Text>
                ) : (
                  <Space size={[4, 4]} wrap>
                    {team.memberIds.map((id) => (
                      <Tag key={id}>{names.get(id) ?? t('unknownMember')}</Tag>
                    ))}
                  </Space>
                ),
            },
            ...(canManage
              ? [
                  {
                    key: 'actions',
                    title: t('actions'),
                    render: (_: unknown, team: Team) => (
                      <Button size="small" icon={<UserAddOutlined />} onClick={() => setAddTo(team)}>
                        {t('addMember')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal open={createOpen} title={t('createTitle')} okText={t('createOk')} cancelText={t('cancel')} confirmLoading={create.busy} onOk={() => createForm.submit()} onCancel={() => setCreateOpen(false)} destroyOnHidden>
        <Form form={createForm} layout="vertical" requiredMark={false} onFinish={create.run} initialValues={{ name: '', description: '' }}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 100, message: t('tooLong', { max: 100 }) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('description')} rules={[{ max: 1000, message: t('tooLong', { max: 1000 }) }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={addTo !== null}
        title={addTo ? t('addMemberTitle', { team: addTo.name }) : ''}
        okText={t('addMemberOk')}
        cancelText={t('cancel')}
        confirmLoading={addMember.busy}
        onOk={() => addForm.submit()}
        onCancel={() => setAddTo(null)}
        destroyOnHidden
      >
        <Form form={addForm} layout="vertical" requiredMark={false} onFinish={(values: AddMemberValues) => addTo && addMember.run(addTo, values)} initialValues={{ userId: undefined }}>
          <Form.Item name="userId" label={t('member')} rules={[{ required: true, message: t('memberRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={(members.data?.members ?? []).filter((m) => !addTo?.memberIds.includes(m.userId)).map((m) => ({ value: m.userId, label: `${m.displayName} <${m.email}>` }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
