'use client';

import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { JOURNEY_SHAPES, JOURNEY_STATES, type JourneyShape, type JourneyState } from '@opencx/domain';
import { CreateJourneyMutation } from '../documents/journeys.documents';
import { PersonasQuery } from '../documents/journey-map.documents';

interface NewJourneyValues {
  name: string;
  description?: string;
  state: JourneyState;
  shape: JourneyShape;
  personaId?: string;
}

/** A blank journey: name, state, shape and optionally a persona; the map opens right after. */
export function NewJourneyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const t = useTranslations('journeys');
  const [form] = Form.useForm<NewJourneyValues>();
  const personas = useGqlQuery(PersonasQuery, { skip: !open });
  const create = useGqlAction(
    (values: NewJourneyValues) =>
      gqlRequest(CreateJourneyMutation, {
        input: { name: values.name.trim(), description: values.description?.trim() || undefined, state: values.state, shape: values.shape, personaId: values.personaId || undefined },
      }),
    {
      form,
      success: ({ createJourney }) => t('create.created', { name: createJourney.name }),
      onSuccess: ({ createJourney }) => {
        form.resetFields();
        onClose();
        onCreated(createJourney.id);
      },
    },
  );

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.ok')}
      cancelText={t('cancel')}
      confirmLoading={create.busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'new-journey-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={create.run} initialValues={{ name: '', description: '', state: 'current', shape: 'linear', personaId: undefined }} data-testid="new-journey-form">
        <Form.Item name="name" label={t('create.name')} rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }, { max: 200, message: t('create.tooLong', { max: 200 }) }]}>
          <Input placeholder={t('create.namePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('create.description')} rules={[{ max: 5000, message: t('create.tooLong', { max: 5000 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="state" label={t('create.state')}>
          <Radio.Group optionType="button" options={JOURNEY_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))} />
        </Form.Item>
        <Form.Item name="shape" label={t('create.shape')}>
          <Radio.Group optionType="button" options={JOURNEY_SHAPES.map((s) => ({ value: s, label: t(`shape.${s}`) }))} />
        </Form.Item>
        <Form.Item name="personaId" label={t('create.persona')}>
          <Select allowClear loading={personas.loading} placeholder={t('create.personaPlaceholder')} options={(personas.data?.personas ?? []).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
