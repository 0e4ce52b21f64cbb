'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { gqlRequest, isGqlRequestError, useGqlAction } from '@opencx/console-graphql';
import { LoginMutation } from '../documents/identity.documents';

interface LoginValues {
  email: string;
  password: string;
}

/** `next`: a console path to return to (already checked with safeNextPath), e.g. an invitation link. */
export function LoginForm({ next = null }: { next?: string | null }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [form] = Form.useForm<LoginValues>();
  const login = useGqlAction((values: LoginValues) => gqlRequest(LoginMutation, { input: { email: values.email.trim(), password: values.password } }), {
    form,
    keepBusyOnSuccess: true,
    onSuccess: () => {
      router.replace(next ?? '/');
      router.refresh();
    },
    onError: (error) => {
      // Wrong email or password: say so on the form rather than as a generic "sign in required".
      if (!isGqlRequestError(error) || error.code !== 'UNAUTHENTICATED') return false;
      form.setFields([{ name: 'password', errors: [t('invalidCredentials')] }]);
      return true;
    },
  });

  return (
    <Card title={<h1 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{t('loginTitle')}</h1>} style={{ maxWidth: 420, margin: '48px auto' }}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={login.run} data-testid="login-form">
        <Form.Item name="email" label={t('email')} rules={[{ required: true, message: t('emailRequired') }, { type: 'email', message: t('emailInvalid') }]}>
          <Input prefix={<UserOutlined />} autoComplete="email" />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.busy}>
          {t('loginSubmit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('noAccount')} <Link href={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>{t('signupLink')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
