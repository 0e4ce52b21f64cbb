'use client';

import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Modal, Result, Table, Tag, Typography } from 'antd';
import { CopyOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type ApiTokensQuery as ApiTokensData } from '@opencx/console-graphql';
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../documents/settings.documents';
import { useCan } from '../context/console-session';

type ApiToken = ApiTokensData['apiTokens'][number];

/** Scopes the API accepts (libs/server/core API_TOKEN_SCOPES). */
export const API_TOKEN_SCOPES = ['feedback:write'] as const;

interface CreateTokenValues {
  name: string;
  scopes: string[];
}

/** Settings → API tokens (admins): create (secret shown once, with copy), list, revoke. */
export function ApiTokensSettings() {
  const canManage = useCan('manageApiTokens');
  const t = useTranslations('settings.tokens');
  if (!canManage) return <Result status="403" title={t('forbiddenTitle')} subTitle={t('forbidden')} data-testid="api-tokens-forbidden" />;
  return <ApiTokensManager />;
}

function ApiTokensManager() {
  const t = useTranslations('settings.tokens');
  const format = useFormatter();
  const { modal, message } = App.useApp();
  const tokens = useGqlQuery(ApiTokensQuery);
  const [createOpen, setCreateOpen] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [form] = Form.useForm<CreateTokenValues>();

  const create = useGqlAction((values: CreateTokenValues) => gqlRequest(CreateApiTokenMutation, { input: { name: values.name.trim(), scopes: values.scopes } }), {
    form,
    onSuccess: async ({ createApiToken }) => {
      form.resetFields();
      setCreateOpen(false);
      setSecret({ name: createApiToken.apiToken.name, value: createApiToken.secret });
      await tokens.refetch();
    },
  });

  const revokeToken = useGqlAction((token: ApiToken) => gqlRequest(RevokeApiTokenMutation, { id: token.id }), {
    success: (_, token) => t('revoked', { name: token.name }),
    onSuccess: () => tokens.refetch(),
  });

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.value);
      void message.success(t('copied'));
    } catch {
      void message.warning(t('copyFailed'));
    }
  };

  const revoke = (token: ApiToken) => {
    modal.confirm({
      title: t('revokeTitle'),
      content: t('revokeConfirm', { name: token.name }),
      okText: t('revokeOk'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () => revokeToken.run(token),
    });
  };

  const date = (value: string | null | undefined) => (value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' }) : '—');

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="create-api-token">
            {t('create')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Table<ApiToken>
          rowKey="id"
          loading={tokens.loading}
          dataSource={tokens.data?.apiTokens ?? []}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          data-testid="api-tokens-table"
          columns={[
            { key: 'name', title: t('name'), dataIndex: 'name' },
            { key: 'prefix', title: t('prefix'), render: (_, tok) => <Typography.Text code>{tok.prefix}…</Typography.Text> },
            { key: 'scopes', title: t('scopes'), render: (_, tok) => tok.scopes.map((s) => <Tag key={s}>{s}</Tag>) },
            { key: 'created', title: t('createdAt'), render: (_, tok) => date(tok.createdAt) },
            { key: 'used', title: t('lastUsedAt'), render: (_, tok) => (tok.lastUsedAt ? date(tok.lastUsedAt) : t('neverUsed')) },
            { key: 'status', title: t('status'), render: (_, tok) => (tok.revokedAt ? <Tag color="red">{t('revokedStatus')}</Tag> : <Tag color="green">{t('active')}</Tag>) },
            {
              key: 'actions',
              title: t('actions'),
              render: (_, tok) =>
                tok.revokedAt ? null : (
                  <Button size="small" danger onClick={() => revoke(tok)}>
                    {t('revoke')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={createOpen} title={t('createTitle')} okText={t('createOk')} cancelText={t('cancel')} confirmLoading={create.busy} onOk={() => form.submit()} onCancel={() => setCreateOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={create.run} initialValues={{ name: '', scopes: ['feedback:write'] }}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 100, message: t('tooLong', { max: 100 }) }]}>
            <Input placeholder={t('namePlaceholder')} />
          </Form.Item>
          <Form.Item name="scopes" label={t('scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('scopesRequired') }]}>
            <Checkbox.Group options={API_TOKEN_SCOPES.map((scope) => ({ value: scope, label: `${scope} — ${t(`scope.${scope}`)}` }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={secret !== null}
        title={
          <span>
            <KeyOutlined /> {t('secretTitle', { name: secret?.name ?? '' })}
          </span>
        }
        closable={false}
        keyboard={false}
        mask={{ closable: false }}
        // Once closed, the secret leaves the page for good.
        destroyOnHidden
        footer={[
          <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()} data-testid="api-token-copy">
            {t('copy')}
          </Button>,
          <Button key="done" type="primary" onClick={() => setSecret(null)} data-testid="api-token-secret-done">
            {t('secretDone')}
          </Button>,
        ]}
        data-testid="api-token-secret-modal"
      >
        {secret ? (
          <>
            <Alert type="warning" showIcon title={t('secretWarning')} style={{ marginBottom: 16 }} />
            <Typography.Paragraph copyable={{ text: secret.value, tooltips: [t('copy'), t('copied')] }} code data-testid="api-token-secret" style={{ wordBreak: 'break-all' }}>
              {secret.value}
            </Typography.Paragraph>
          </>
        ) : null}
      </Modal>
    </Flex>
  );
}
