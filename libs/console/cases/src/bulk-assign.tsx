'use client';

import { useState } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { AssignFollowUpCasesMutation, CaseAssigneesQuery } from './documents/cases.documents';

/** Assigns the selected cases to a member and/or a team in one go. */
export function BulkAssign({ caseIds, onDone }: { caseIds: string[]; onDone: () => void }) {
  const t = useTranslations('cases.bulk');
  const people = useGqlQuery(CaseAssigneesQuery);
  const [userId, setUserId] = useState<string | undefined>();
  const [teamId, setTeamId] = useState<string | undefined>();
  const assign = useGqlAction(
    () => gqlRequest(AssignFollowUpCasesMutation, { input: { caseIds, assigneeUserId: userId ?? null, assigneeTeamId: teamId ?? null } }),
    { success: t('assigned', { count: caseIds.length }), onSuccess: onDone },
  );
  return (
    <Space wrap data-testid="bulk-assign">
      <Typography.Text>{t('selected', { count: caseIds.length })}</Typography.Text>
      <Select
        aria-label={t('member')}
        placeholder={t('member')}
        allowClear
        style={{ minWidth: 200 }}
        value={userId}
        onChange={setUserId}
        options={(people.data?.members ?? []).map((m) => ({ value: m.userId, label: m.displayName || m.email }))}
      />
      <Select
        aria-label={t('team')}
        placeholder={t('team')}
        allowClear
        style={{ minWidth: 160 }}
        value={teamId}
        onChange={setTeamId}
        options={(people.data?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
      />
      <Button type="primary" disabled={!caseIds.length || (!userId && !teamId)} loading={assign.busy} onClick={() => void assign.run()}>
        {t('assign')}
      </Button>
    </Space>
  );
}
