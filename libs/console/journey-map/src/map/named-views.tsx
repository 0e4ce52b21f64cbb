'use client';

import { useState } from 'react';
import { App, Button, Checkbox, Flex, Input, Modal, Select } from 'antd';
import { DeleteOutlined, EyeOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { useReadOnly } from '@opencx/console-shell';
import { DeleteJourneyViewMutation, JourneyViewsQuery, SaveJourneyViewMutation } from '../documents/journey-views.documents';
import type { MapView } from '../model/map-view';
import type { MapViewPrefs } from '../model/map-viewport';

interface SavedSettings {
  zoom: number;
  density: MapViewPrefs['density'];
  lanes: MapViewPrefs['lanes'];
  filter: MapView;
}

/**
 * Named views: open a saved view (yours, or one shared in the workspace) to set zoom, density,
 * lanes and filter at once; save the current ones under a name (editors), optionally shared.
 */
export function NamedViews({ journeyId, prefs, view, onApply }: { journeyId: string; prefs: MapViewPrefs; view: MapView; onApply: (prefs: MapViewPrefs, view: MapView) => void }) {
  const t = useTranslations('journeyMap.namedViews');
  const { message } = App.useApp();
  const readOnly = useReadOnly();
  const views = useGqlQuery(JourneyViewsQuery, { variables: { journeyId } });
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const list = views.data?.journeyViews ?? [];

  const apply = (id: string) => {
    const saved = list.find((v) => v.id === id);
    if (!saved) return;
    const s = saved.settings as SavedSettings;
    onApply({ zoom: s.zoom, density: s.density, lanes: s.lanes }, s.filter);
    void message.success(t('applied', { name: saved.name }));
  };
  const save = useGqlAction(
    (input: { journeyId: string; name: string; settings: SavedSettings; shared: boolean }) => gqlRequest(SaveJourneyViewMutation, { input }),
    {
      success: (_r, input) => t('saved', { name: input.name }),
      onSuccess: async () => {
        await views.refetch();
        setOpen(false);
      },
      onError: () => {
        void message.error(t('failed'));
        return true;
      },
    },
  );
  const remove = useGqlAction((id: string) => gqlRequest(DeleteJourneyViewMutation, { id }), { onSuccess: () => views.refetch() });
  const submit = () => save.run({ journeyId, name: name.trim(), settings: { zoom: prefs.zoom, density: prefs.density, lanes: prefs.lanes, filter: view }, shared });

  return (
    <Flex gap={8} align="center" wrap data-testid="named-views">
      <Select
        style={{ minWidth: 200 }}
        placeholder={t('open')}
        aria-label={t('open')}
        value={null}
        suffixIcon={<EyeOutlined />}
        onChange={(id: string) => apply(id)}
        options={list.map((v) => ({ value: v.id, label: v.mine ? v.name : `${v.name} · ${v.ownerName ?? ''}` }))}
        notFoundContent={t('none')}
        data-testid="named-view-select"
        optionRender={(o) => (
          <Flex justify="space-between" align="center" gap={8} data-testid="named-view-option">
            <span>{o.label}</span>
            {list.find((v) => v.id === o.value)?.mine && !readOnly ? (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('delete', { name: String(o.label) })}
                onClick={(e) => {
                  e.stopPropagation();
                  void remove.run(String(o.value));
                }}
              />
            ) : null}
          </Flex>
        )}
      />
      {readOnly ? null : (
        <Button
          icon={<SaveOutlined />}
          onClick={() => {
            setName('');
            setShared(false);
            setOpen(true);
          }}
          data-testid="save-view"
        >
          {t('save')}
        </Button>
      )}
      <Modal open={open} title={t('saveTitle')} onCancel={() => setOpen(false)} onOk={() => void submit()} okText={t('save')} cancelText={t('cancel')} okButtonProps={{ disabled: !name.trim(), loading: save.busy, 'data-testid': 'save-view-ok' } as never}>
        <Flex vertical gap={12}>
          <Input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} placeholder={t('namePlaceholder')} aria-label={t('name')} data-testid="view-name" />
          <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)} data-testid="view-shared">
            {t('shared')}
          </Checkbox>
        </Flex>
      </Modal>
    </Flex>
  );
}
