'use client';

import { useState } from 'react';
import { App, Button, Descriptions, Divider, Drawer, Empty, Flex, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { CreatePersonaMutation, PersonasQuery, UpdatePersonaMutation } from '../documents/journey-map.documents';
import type { MapPersona } from '../model/types';
import type { MapActions } from './use-journey-editor';

interface PersonaValues {
  name: string;
  description: string;
  goals: string;
  needs: string;
  frustrations: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function ListSection({ title, items, color }: { title: string; items: readonly string[]; color: string }) {
  const t = useTranslations('journeyMap.persona');
  return (
    <div data-testid={`persona-${title}`}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('emptyList')}</Typography.Text>
      ) : (
        <List size="small" dataSource={[...items]} renderItem={(item) => <List.Item style={{ borderInlineStart: `3px solid ${color}`, paddingInlineStart: 10 }}>{item}</List.Item>} />
      )}
    </div>
  );
}

/** The journey's persona: goals, needs and frustrations; editors edit it, pick another or create one. */
export function PersonaDrawer({ open, onClose, persona, readOnly, actions }: { open: boolean; onClose: () => void; persona: MapPersona | null | undefined; readOnly: boolean; actions: MapActions }) {
  const t = useTranslations('journeyMap.persona');
  const tm = useTranslations('journeyMap');
  const { message } = App.useApp();
  const personas = useGqlQuery(PersonasQuery, { skip: !open || readOnly });
  const [mode, setMode] = useState<'view' | 'edit' | 'create'>('view');
  const [form] = Form.useForm<PersonaValues>();

  const startEdit = (target: 'edit' | 'create') => {
    form.setFieldsValue(
      target === 'edit' && persona
        ? { name: persona.name, description: persona.description, goals: persona.goals.join('\n'), needs: persona.needs.join('\n'), frustrations: persona.frustrations.join('\n') }
        : { name: '', description: '', goals: '', needs: '', frustrations: '' },
    );
    setMode(target);
  };

  // Saves the persona being edited, or creates one (returned, to be assigned to the journey).
  const save = useGqlAction(
    async (values: PersonaValues) => {
      const payload = { name: values.name.trim(), description: values.description?.trim() ?? '', goals: lines(values.goals ?? ''), needs: lines(values.needs ?? ''), frustrations: lines(values.frustrations ?? '') };
      if (mode === 'edit' && persona) {
        await gqlRequest(UpdatePersonaMutation, { input: { id: persona.id, version: persona.version, ...payload } });
        return null;
      }
      return (await gqlRequest(CreatePersonaMutation, { input: payload })).createPersona;
    },
    {
      form,
      success: (created) => (created ? null : t('saved')),
      onSuccess: async (created) => {
        if (created) {
          if (await actions.updateJourney({ personaId: created.id })) void message.success(t('assigned', { name: created.name }));
          await personas.refetch();
        } else await actions.reload();
        setMode('view');
      },
    },
  );

  const assign = async (personaId: string) => {
    const chosen = personas.data?.personas.find((p) => p.id === personaId);
    if (await actions.updateJourney({ personaId })) void message.success(t('assigned', { name: chosen?.name ?? '' }));
  };

  return (
    <Drawer
      open={open}
      onClose={() => {
        setMode('view');
        onClose();
      }}
      title={
        <Space>
          <UserOutlined /> {t('title')}
        </Space>
      }
      size="default"
      data-testid="persona-drawer"
      extra={
        !readOnly && mode === 'view' && persona ? (
          <Button icon={<EditOutlined />} onClick={() => startEdit('edit')} data-testid="persona-edit">
            {t('edit')}
          </Button>
        ) : null
      }
    >
      {mode !== 'view' ? (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={save.run} data-testid="persona-form">
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 200 }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="description" label={t('description')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          {(['goals', 'needs', 'frustrations'] as const).map((field) => (
            <Form.Item key={field} name={field} label={t(field)} extra={t('listHint')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          ))}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setMode('view')}>{tm('cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.busy} data-testid="persona-save">
              {t('save')}
            </Button>
          </Flex>
        </Form>
      ) : (
        <Flex vertical gap={16}>
          {persona ? (
            <>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('name')}>
                  <Typography.Text strong data-testid="persona-name">
                    {persona.name}
                  </Typography.Text>
                  {persona.segmentKey ? <Tag style={{ marginInlineStart: 8 }}>{t('segment', { segment: persona.segmentKey })}</Tag> : null}
                </Descriptions.Item>
                {persona.description ? <Descriptions.Item label={t('description')}>{persona.description}</Descriptions.Item> : null}
              </Descriptions>
              <ListSection title={t('goals')} items={persona.goals} color="#52c41a" />
              <ListSection title={t('needs')} items={persona.needs} color="#1677ff" />
              <ListSection title={t('frustrations')} items={persona.frustrations} color="#f5222d" />
            </>
          ) : (
            <Empty description={t('none')} />
          )}
          {readOnly ? null : (
            <>
              <Divider style={{ margin: '8px 0' }} />
              <Typography.Text type="secondary">{t('change')}</Typography.Text>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder={t('choose')}
                loading={personas.loading}
                value={persona?.id}
                onChange={(id: string) => void assign(id)}
                options={(personas.data?.personas ?? []).map((p) => ({ value: p.id, label: p.name }))}
                data-testid="persona-select"
              />
              <Button icon={<PlusOutlined />} onClick={() => startEdit('create')} data-testid="persona-create">
                {t('createNew')}
              </Button>
            </>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
