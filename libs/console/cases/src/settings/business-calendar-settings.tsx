'use client';

import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Popconfirm, Select, Space, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { useRole } from '@opencx/console-shell';
import { BusinessCalendarQuery, UpdateBusinessCalendarMutation } from '../documents/follow-up-settings.documents';

const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC'];
const SLOTS = Array.from({ length: 49 }, (_, i) => i * 30);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface DayHours {
  working: boolean;
  start: number;
  end: number;
}
interface CalendarForm {
  timeZone: string;
  days: DayHours[];
  holidays: string[];
  workdays: string[];
}

/** Settings → business calendar: the time zone, working hours per weekday, and each year's holidays and make-up working days (调休). Admins edit. */
export function BusinessCalendarSettings() {
  const t = useTranslations('cases.calendar');
  const role = useRole();
  const isAdmin = role === 'admin' || role === 'owner';
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const calendar = useGqlQuery(BusinessCalendarQuery, { variables: { years: [year] } });
  const [form] = Form.useForm<CalendarForm>();
  const c = calendar.data?.businessCalendar;

  useEffect(() => {
    if (!c) return;
    const y = c.years.find((x) => x.year === year);
    form.setFieldsValue({
      timeZone: c.timeZone,
      // Weekdays 1 (Monday) … 7 (Sunday); one span per day in this editor.
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
        const span = c.workingHours.find((h) => h.weekday === weekday);
        return span ? { working: true, start: span.startMinute, end: span.endMinute } : { working: false, start: 540, end: 1080 };
      }),
      holidays: y?.holidays ?? [],
      workdays: y?.workdays ?? [],
    });
  }, [c, year, form]);

  const save = useGqlAction(
    (v: CalendarForm) =>
      gqlRequest(UpdateBusinessCalendarMutation, {
        input: {
          timeZone: v.timeZone,
          workingHours: v.days.flatMap((d, i) => (d.working ? [{ weekday: i + 1, startMinute: d.start, endMinute: d.end }] : [])),
          years: [{ year, holidays: [...v.holidays].sort(), workdays: [...v.workdays].sort() }],
        },
      }),
    { form, success: t('saved'), onSuccess: () => void calendar.refetch() },
  );
  const reset = useGqlAction(() => gqlRequest(UpdateBusinessCalendarMutation, { input: { resetYears: [year] } }), { success: t('resetDone', { year }), onSuccess: () => void calendar.refetch() });
  const dayRule = { validator: (_: unknown, v: string[] | undefined) => ((v ?? []).every((d) => DAY.test(d) && d.startsWith(`${year}-`)) ? Promise.resolve() : Promise.reject(new Error(t('dayFormat', { year })))) };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!isAdmin} onFinish={(v) => void save.run(v)} data-testid="business-calendar-form">
        <Form.Item name="timeZone" label={t('timeZone')} rules={[{ required: true }]}>
          <Select style={{ width: 240 }} showSearch options={ZONES.map((z) => ({ value: z, label: z }))} />
        </Form.Item>
        <Typography.Text strong>{t('workingHours')}</Typography.Text>
        <Form.List name="days">
          {(fields) => (
            <Flex vertical gap={4} style={{ margin: '8px 0 16px' }}>
              {fields.map((field, i) => (
                <Space key={field.key}>
                  <Form.Item name={[field.name, 'working']} valuePropName="checked" noStyle>
                    <Checkbox style={{ width: 90 }}>{t(`weekday.${(i + 1) as Weekday}`)}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[field.name, 'start']} noStyle>
                    <Select aria-label={t('start', { day: t(`weekday.${(i + 1) as Weekday}`) })} style={{ width: 100 }} options={SLOTS.slice(0, -1).map((m) => ({ value: m, label: hhmm(m) }))} />
                  </Form.Item>
                  –
                  <Form.Item name={[field.name, 'end']} noStyle>
                    <Select aria-label={t('end', { day: t(`weekday.${(i + 1) as Weekday}`) })} style={{ width: 100 }} options={SLOTS.slice(1).map((m) => ({ value: m, label: hhmm(m) }))} />
                  </Form.Item>
                </Space>
              ))}
            </Flex>
          )}
        </Form.List>
        <Space align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('year')}</Typography.Text>
          <Select aria-label={t('year')} value={year} onChange={setYear} disabled={false} style={{ width: 100 }} options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: y }))} />
        </Space>
        <Alert type="info" showIcon message={t('defaultsNote')} style={{ marginBottom: 12 }} />
        <Form.Item name="holidays" label={t('holidays')} tooltip={t('daysHint')} rules={[dayRule]}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="workdays" label={t('workdays')} tooltip={t('daysHint')} rules={[dayRule]}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} style={{ width: '100%' }} />
        </Form.Item>
        {isAdmin && (
          <Space>
            <Button type="primary" htmlType="submit" loading={save.busy}>
              {t('save')}
            </Button>
            <Popconfirm title={t('resetConfirm', { year })} onConfirm={() => void reset.run()}>
              <Button loading={reset.busy}>{t('reset', { year })}</Button>
            </Popconfirm>
          </Space>
        )}
      </Form>
    </Flex>
  );
}
