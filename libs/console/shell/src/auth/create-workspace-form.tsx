'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction } from '@opencx/console-graphql';
import { DEFAULT_TIME_ZONE, LOCALES, type Locale } from '@opencx/domain';
import { CreateWorkspaceMutation } from '../documents/identity.documents';
import { resolveLocale, WORKSPACE_COOKIE, writeClientCookie } from '../console-cookies';

interface CreateWorkspaceValues {
  name: string;
  slug?: string;
  locale: Locale;
  timeZone: string;
}

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;
const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC'];

/** First workspace after sign-up, or another one later; the creator becomes its owner. */
export function CreateWorkspaceForm({ firstWorkspace }: { firstWorkspace: boolean }) {
  const t = useTranslations('workspace');
  const tl = useTranslations('language');
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const [form] = Form.useForm<CreateWorkspaceValues>();
  const create = useGqlAction(
    (values: CreateWorkspaceValues) =>
      gqlRequest(CreateWorkspaceMutation, { input: { name: values.name.trim(), slug: values.slug?.trim() || undefined, locale: values.locale, timeZone: values.timeZone } }),
    {
      form,
      keepBusyOnSuccess: true,
      onSuccess: ({ createWorkspace }) => {
        writeClientCookie(WORKSPACE_COOKIE, createWorkspace.id);
        router.replace('/');
        router.refresh();
      },
    },
  );

  return (
    <Card title={<h1 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{firstWorkspace ? t('createFirstTitle') : t('createTitle')}</h1>} style={{ maxWidth: 520, margin: '48px auto' }}>
      {firstWorkspace ? <Typography.Paragraph type="secondary">{t('createFirstIntro')}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={create.run} initialValues={{ locale, timeZone: DEFAULT_TIME_ZONE, slug: '' }} data-testid="create-workspace-form">
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 100, message: t('nameTooLong', { max: 100 }) }]}>
          <Input placeholder={t('namePlaceholder')} />
        </Form.Item>
        <Form.Item name="slug" label={t('slug')} extra={t('slugHint')} rules={[{ pattern: SLUG_PATTERN, message: t('slugInvalid') }]}>
          <Input placeholder="acme-cx" />
        </Form.Item>
        <Form.Item name="locale" label={t('locale')}>
          <Select options={LOCALES.map((value) => ({ value, label: tl(value) }))} />
        </Form.Item>
        <Form.Item name="timeZone" label={t('timeZone')}>
          <Select showSearch options={TIME_ZONES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={create.busy}>
          {t('createSubmit')}
        </Button>
      </Form>
      {firstWorkspace ? null : (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link href="/">{t('back')}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
