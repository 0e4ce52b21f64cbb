'use client';

import { useState } from 'react';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { gqlRequest, useGqlAction } from '@opencx/console-graphql';
import { SendCaseResurveyMutation } from './documents/cases.documents';

interface ResurveyState {
  resurveySent: boolean;
  resurveyAnsweredAt?: string | null;
  resurveyNps?: number | null;
  resurveyCsat?: number | null;
  recovered?: boolean | null;
}

const origin = () => (typeof window === 'undefined' ? '' : window.location.origin);

/** A resolved case's re-survey: its link (one per case) to send the customer, and the answer once given. */
export function CaseResurvey({ caseId, state, canSend, onChanged }: { caseId: string; state: ResurveyState; canSend: boolean; onChanged: () => void }) {
  const t = useTranslations('cases.resurvey');
  const [url, setUrl] = useState<string | null>(null);
  const send = useGqlAction(() => gqlRequest(SendCaseResurveyMutation, { caseId }), {
    onSuccess: ({ sendCaseResurvey }) => {
      setUrl(`${origin()}/f/${sendCaseResurvey.token}`);
      onChanged();
    },
  });
  const score = state.resurveyNps !== null && state.resurveyNps !== undefined ? `NPS ${state.resurveyNps}` : state.resurveyCsat != null ? `CSAT ${state.resurveyCsat}` : '';
  return (
    <Flex vertical gap={8} data-testid="case-resurvey">
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {t('title')}
      </Typography.Title>
      {state.resurveyAnsweredAt ? (
        <Flex gap={8} align="center">
          <Typography.Text>{t('answered', { score })}</Typography.Text>
          {state.recovered === true && <Tag color="green">{t('recovered')}</Tag>}
          {state.recovered === false && <Tag color="red">{t('notRecovered')}</Tag>}
          {(state.recovered === null || state.recovered === undefined) && <Tag>{t('notCounted')}</Tag>}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{state.resurveySent ? t('waiting') : t('hint')}</Typography.Text>
      )}
      {canSend && !state.resurveyAnsweredAt && (
        <Button onClick={() => void send.run()} loading={send.busy}>
          {state.resurveySent ? t('showLink') : t('create')}
        </Button>
      )}
      {url && (
        <Typography.Text copyable={{ text: url }} data-testid="resurvey-link">
          {url}
        </Typography.Text>
      )}
    </Flex>
  );
}
