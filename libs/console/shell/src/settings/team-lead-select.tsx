'use client';

import { Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction } from '@opencx/console-graphql';
import { SetTeamLeadMutation } from '../documents/settings.documents';

export interface TeamLeadSelectProps {
  team: { id: string; name: string; leadUserId?: string | null };
  /** Members of the workspace, any of whom may lead the team. */
  members: readonly { userId: string; displayName: string; email: string }[];
  canManage: boolean;
  onChanged: () => Promise<unknown>;
}

/** The team's lead (overdue cases of the team are escalated to them): admins pick or clear it in place. */
export function TeamLeadSelect({ team, members, canManage, onChanged }: TeamLeadSelectProps) {
  const t = useTranslations('settings.teams');
  const lead = team.leadUserId ?? null;
  const name = (userId: string | null) => members.find((m) => m.userId === userId)?.displayName ?? '';

  const setLead = useGqlAction((userId: string | null) => gqlRequest(SetTeamLeadMutation, { input: { teamId: team.id, userId } }), {
    success: (_, userId) => (userId ? t('leadSet', { name: name(userId), team: team.name }) : t('leadCleared', { team: team.name })),
    onSuccess: onChanged,
  });

  if (!canManage) {
    return lead ? <span>{name(lead) || t('unknownMember')}</span> : <Typography.Text type="secondary">{t('noLead')}</Typography.Text>;
  }
  return (
    <Select
      size="small"
      allowClear
      showSearch
      optionFilterProp="label"
      style={{ minWidth: 180 }}
      placeholder={t('chooseLead')}
      aria-label={t('lead')}
      data-testid={`team-lead-${team.id}`}
      loading={setLead.busy}
      disabled={setLead.busy}
      value={lead ?? undefined}
      onChange={(value?: string) => void setLead.run(value ?? null)}
      options={members.map((m) => ({ value: m.userId, label: `${m.displayName} <${m.email}>` }))}
    />
  );
}
