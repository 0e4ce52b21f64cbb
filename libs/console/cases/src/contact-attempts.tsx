'use client';

import { Button, Flex, Form, Input, List, Radio, Tag, Typography } from 'antd';
import { useFormatter, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery, type FollowUpCaseQuery as CaseData } from '@opencx/console-graphql';
import { AddCaseNoteMutation, CaseAssigneesQuery } from './documents/cases.documents';

type Note = NonNullable<CaseData['followUpCase']>['notes'][number];
/** The channels a case worker reaches a customer by (the API takes any short text; these are the usual ones). */
export const CONTACT_CHANNELS = ['phone', 'wechat', 'sms', 'email', 'visit'] as const;
type Channel = (typeof CONTACT_CHANNELS)[number];
interface AttemptForm {
  channel: Channel;
  reached: boolean;
  body: string;
}

/** A case's contact attempts (when, who, by which channel, whether the customer was reached) and the form to record one. */
export function ContactAttempts({ caseId, notes, canRecord, onRecorded }: { caseId: string; notes: Note[]; canRecord: boolean; onRecorded: () => void }) {
  const t = useTranslations('cases.attempts');
  const format = useFormatter();
  const people = useGqlQuery(CaseAssigneesQuery);
  const [form] = Form.useForm<AttemptForm>();
  const record = useGqlAction(
    (v: AttemptForm) => gqlRequest(AddCaseNoteMutation, { input: { caseId, kind: 'CONTACT_ATTEMPT', channel: v.channel, reached: v.reached, body: v.body.trim() } }),
    {
      form,
      success: t('recorded'),
      onSuccess: () => {
        form.resetFields();
        onRecorded();
      },
    },
  );
  const attempts = notes.filter((n) => n.kind === 'CONTACT_ATTEMPT');
  const who = (userId: string | null | undefined) => {
    const m = (people.data?.members ?? []).find((x) => x.userId === userId);
    return m ? m.displayName || m.email : '—';
  };
  const channelLabel = (c: string | null | undefined) => (c && (CONTACT_CHANNELS as readonly string[]).includes(c) ? t(`channel.${c as Channel}`) : (c ?? '—'));
  return (
    <section aria-labelledby="contact-attempts-heading" data-testid="contact-attempts">
      <Typography.Title level={2} id="contact-attempts-heading" style={{ fontSize: 16 }}>
        {t('title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={attempts}
        locale={{ emptyText: t('empty') }}
        renderItem={(a) => (
          <List.Item data-testid="contact-attempt">
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">{format.dateTime(new Date(a.createdAt), { dateStyle: 'short', timeStyle: 'short' })}</Typography.Text>
                <Typography.Text data-testid="attempt-user">{who(a.authorUserId)}</Typography.Text>
                <Tag data-testid="attempt-channel">{channelLabel(a.channel)}</Tag>
                <Tag color={a.reached ? 'green' : 'orange'} data-testid="attempt-outcome">
                  {a.reached ? t('reached') : t('notReached')}
                </Tag>
              </Flex>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {canRecord && (
        <Form<AttemptForm> form={form} layout="vertical" initialValues={{ channel: 'phone', reached: true }} onFinish={(v) => void record.run(v)} data-testid="contact-attempt-form">
          <Form.Item name="channel" label={t('channelLabel')}>
            <Radio.Group optionType="button" options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          </Form.Item>
          <Form.Item name="reached" label={t('outcome')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t('reached') },
                { value: false, label: t('notReached') },
              ]}
            />
          </Form.Item>
          <Form.Item name="body" label={t('summary')} rules={[{ required: true, whitespace: true, message: t('summaryRequired') }]}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Button htmlType="submit" loading={record.busy}>
            {t('record')}
          </Button>
        </Form>
      )}
    </section>
  );
}
