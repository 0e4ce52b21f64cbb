'use client';

import { useState } from 'react';
import { Button, Checkbox, Flex, Form, Input, List, Modal, Popconfirm, Radio, Select, Tag, Typography } from 'antd';
import { ShareAltOutlined } from '@ant-design/icons';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { CreateShareLinkMutation, RevokeShareLinkMutation, ShareLinksQuery } from './share-links.documents';

interface CreateValues {
  target: 'map' | 'dashboard';
  label?: string;
  expiresInDays: number | 0;
  membersOnly: boolean;
}

/** The journey's read-only share links (editors): create one (its address is shown once), list them, revoke. */
export function ShareLinksButton({ journeyId }: { journeyId: string }) {
  const t = useTranslations('share');
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [form] = Form.useForm<CreateValues>();
  const links = useGqlQuery(ShareLinksQuery, { variables: { journeyId }, skip: !open });
  const create = useGqlAction(
    (v: CreateValues) =>
      gqlRequest(CreateShareLinkMutation, { input: { journeyId, target: v.target, label: v.label?.trim() || undefined, expiresInDays: v.expiresInDays || undefined, membersOnly: v.membersOnly } }),
    {
      form,
      onSuccess: ({ createShareLink }) => {
        setCreated(`${window.location.origin}/share/${createShareLink.token}`);
        void links.refetch();
      },
    },
  );
  const revoke = useGqlAction((id: string) => gqlRequest(RevokeShareLinkMutation, { id }), { key: (id) => id, success: t('revoked'), onSuccess: () => void links.refetch() });

  return (
    <>
      <Button icon={<ShareAltOutlined />} onClick={() => setOpen(true)} data-testid="open-share-links">
        {t('button')}
      </Button>
      <Modal
        open={open}
        title={t('title')}
        onCancel={() => {
          setOpen(false);
          setCreated(null);
        }}
        footer={null}
        destroyOnHidden
        data-testid="share-links-dialog"
      >
        <Form<CreateValues> form={form} layout="vertical" initialValues={{ target: 'map', expiresInDays: 30, membersOnly: false }} onFinish={(v) => void create.run(v)}>
          <Form.Item name="target" label={t('target')}>
            <Radio.Group
              options={[
                { value: 'map', label: t('targetMap') },
                { value: 'dashboard', label: t('targetDashboard') },
              ]}
            />
          </Form.Item>
          <Form.Item name="label" label={t('label')}>
            <Input maxLength={200} placeholder={t('labelPlaceholder')} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="expiresInDays" label={t('expires')}>
              <Select
                style={{ minWidth: 140 }}
                options={[7, 30, 90, 365].map((d) => ({ value: d, label: t('days', { days: d }) })).concat({ value: 0, label: t('never') })}
                aria-label={t('expires')}
              />
            </Form.Item>
            <Form.Item name="membersOnly" valuePropName="checked" label=" ">
              <Checkbox data-testid="share-members-only">{t('membersOnly')}</Checkbox>
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={create.busy} data-testid="create-share-link">
            {t('create')}
          </Button>
        </Form>
        {created ? (
          <Flex vertical gap={4} style={{ marginTop: 16 }}>
            <Typography.Text type="secondary">{t('createdOnce')}</Typography.Text>
            <Typography.Paragraph copyable={{ text: created }} data-testid="share-url" style={{ wordBreak: 'break-all', marginBottom: 0 }}>
              {created}
            </Typography.Paragraph>
          </Flex>
        ) : null}
        <List
          style={{ marginTop: 16 }}
          loading={links.loading && !links.data}
          dataSource={links.data?.shareLinks ?? []}
          locale={{ emptyText: t('none') }}
          data-testid="share-link-list"
          renderItem={(link) => (
            <List.Item
              data-testid="share-link"
              data-active={link.active}
              actions={
                link.active
                  ? [
                      <Popconfirm key="revoke" title={t('revokeConfirm')} okText={t('revoke')} cancelText={t('cancel')} onConfirm={() => void revoke.run(link.id)}>
                        <Button size="small" danger loading={revoke.busyKey === link.id} data-testid="revoke-share-link">
                          {t('revoke')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} align="center" wrap>
                    <span>{link.label || (link.target === 'dashboard' ? t('targetDashboard') : t('targetMap'))}</span>
                    <Tag>{link.target === 'dashboard' ? t('targetDashboard') : t('targetMap')}</Tag>
                    {link.membersOnly ? <Tag color="blue">{t('membersOnly')}</Tag> : null}
                    <Tag color={link.active ? 'green' : 'default'}>{link.revokedAt ? t('statusRevoked') : link.active ? t('statusActive') : t('statusExpired')}</Tag>
                  </Flex>
                }
                description={link.expiresAt ? t('expiresAt', { at: format.dateTime(new Date(link.expiresAt), { dateStyle: 'medium' }) }) : t('never')}
              />
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}
