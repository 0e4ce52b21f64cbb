'use client';

import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Modal, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { ApplyJourneyTemplateUpgradeMutation, JourneyTemplateUpgradeQuery } from '../documents/journeys.documents';

const KIND_COLOR: Record<string, string> = { added: 'green', removed: 'red', changed: 'gold' };

/**
 * "A newer template is available" on a journey made from an older template version: the diff of
 * the two versions, and an apply of only the changes the owner ticks (nothing changes otherwise;
 * the apply is one revision, restorable from History).
 */
export function TemplateUpgradeNotice({ journeyId, readOnly, onApplied }: { journeyId: string; readOnly: boolean; onApplied: () => void }) {
  const t = useTranslations('templateUpgrade');
  const locale = useLocale();
  const query = useGqlQuery(JourneyTemplateUpgradeQuery, { variables: { journeyId, locale }, reportErrors: false });
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const upgrade = query.data?.journeyTemplateUpgrade;
  const apply = useGqlAction(
    (changeIds: string[]) => gqlRequest(ApplyJourneyTemplateUpgradeMutation, { input: { journeyId, toVersion: upgrade?.toVersion ?? '', changeIds, locale } }),
    {
      success: (_, changeIds) => t('applied', { count: changeIds.length }),
      onSuccess: () => {
        setOpen(false);
        onApplied();
        void query.refetch();
      },
    },
  );
  if (!upgrade) return null;

  return (
    <>
      <Alert
        type="info"
        showIcon
        data-testid="template-upgrade-notice"
        title={t('notice', { name: upgrade.templateName, from: upgrade.fromVersion, to: upgrade.toVersion })}
        action={
          <Button
            size="small"
            onClick={() => {
              setChosen([]);
              setOpen(true);
            }}
            data-testid="template-upgrade-review"
          >
            {t('review')}
          </Button>
        }
      />
      <Modal
        open={open}
        title={t('title', { name: upgrade.templateName, from: upgrade.fromVersion, to: upgrade.toVersion })}
        onCancel={() => setOpen(false)}
        okText={t('apply', { count: chosen.length })}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: readOnly || chosen.length === 0, 'data-testid': 'template-upgrade-apply' }}
        confirmLoading={apply.busy}
        onOk={() => void apply.run(chosen)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{upgrade.baseRecorded ? t('explain') : t('explainUnrecorded')}</Typography.Text>
          {upgrade.changes.length === 0 ? <Typography.Text>{t('noChanges')}</Typography.Text> : null}
          <Checkbox.Group value={chosen} onChange={(v) => setChosen(v as string[])} disabled={readOnly}>
            <Flex vertical gap={6}>
              {upgrade.changes.map((c) => (
                <Checkbox key={c.id} value={c.id} data-testid="template-change">
                  <Tag color={KIND_COLOR[c.kind]}>{t(`kind.${c.kind as 'added' | 'removed' | 'changed'}`)}</Tag>
                  <Typography.Text type="secondary">{t(`target.${c.target as 'stage' | 'touchpoint'}`)}</Typography.Text> <Typography.Text strong>{c.name}</Typography.Text>
                  {c.fields.length > 0 ? <Typography.Text type="secondary"> — {c.fields.join(', ')}</Typography.Text> : null}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Flex>
      </Modal>
    </>
  );
}
