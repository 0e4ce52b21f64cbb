'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, isGqlRequestError, useGqlAction } from '@opencx/console-graphql';
import { SignUpMutation } from '../documents/identity.documents';
import { resolveLocale } from '../console-cookies';

interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
}

export const MIN_PASSWORD_LENGTH = 10;

/** `next`: a console path to return to (already checked with safeNextPath), e.g. an invitation link. */
export function SignUpForm({ next = null }: { next?: string | null }) {
  const t = useTranslations('auth');
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const [form] = Form.useForm<SignUpValues>();
  const signUp = useGqlAction(
    (values: SignUpValues) => gqlRequest(SignUpMutation, { input: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password, locale } }),
    {
      form,
      keepBusyOnSuccess: true,
      onSuccess: () => {
        // Sign-up joins no workspace: `/` leads to "create workspace", `next` back to an invitation to accept.
        router.replace(next ?? '/');
        router.refresh();
      },
      onError: (error) => {
        if (!isGqlRequestError(error) || error.code !== 'CONFLICT') return false;
        form.setFields([{ name: 'email', errors: [t('signupConflict')] }]);
        return true;
      },
    },
  );

  return (
    <Card title={<h1 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{t('signupTitle')}</h1>} style={{ maxWidth: 420, margin: '48px auto' }}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={signUp.run} data-testid="signup-form">
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true, whitespace: true, message: t('displayNameRequired') }, { max: 100, message: t('tooLong', { max: 100 }) }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t('email')} rules={[{ required: true, message: t('emailRequired') }, { type: 'email', message: t('emailInvalid') }]}>
          <Input autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          extra={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
          rules={[{ required: true, message: t('passwordRequired') }, { min: MIN_PASSWORD_LENGTH, message: t('passwordTooShort', { min: MIN_PASSWORD_LENGTH }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signUp.busy}>
          {t('signupSubmit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('haveAccount')} <Link href={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>{t('loginLink')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
