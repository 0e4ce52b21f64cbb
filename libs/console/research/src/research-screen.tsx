'use client';

import Link from 'next/link';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { ResearchWorkspaceQuery } from './documents/research.documents';
import { EvidencePanel } from './evidence-panel';
import { PainPointEvidence } from './pain-point-evidence';
import { PersonaPanel } from './persona-panel';
import { ResearchPlan } from './research-plan';

/** /journeys/[id]/research: the journey's research plan, its evidence and what backs each pain point. */
export function ResearchScreen({ journeyId }: { journeyId: string }) {
  const t = useTranslations('research');
  const query = useGqlQuery(ResearchWorkspaceQuery, { variables: { journeyId } });
  const data = query.data;
  return (
    <Flex vertical gap={16}>
      <Link href={`/journeys/${journeyId}`}>{t('backToMap')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {data ? t('pageTitleOf', { journey: data.journey.name }) : t('pageTitle')}
      </Typography.Title>
      {!data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <>
          <ResearchPlan plan={data.researchPlan} members={data.members} onChanged={query.refetch} />
          <EvidencePanel data={data} onChanged={query.refetch} />
          <PainPointEvidence data={data} />
          <PersonaPanel data={data} />
        </>
      )}
    </Flex>
  );
}
