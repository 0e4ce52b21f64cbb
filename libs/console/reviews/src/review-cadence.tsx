'use client';

import { useState } from 'react';
import { Button, Flex, InputNumber, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { DEFAULT_REVIEW_CADENCE_DAYS } from '@opencx/domain';
import { gqlRequest, useGqlAction, useGqlQuery } from '@opencx/console-graphql';
import { ReviewJourneyQuery, SetJourneyReviewCadenceMutation } from './documents/reviews.documents';


/** A journey's review cadence: how many days between reviews (the scheduled job marks a review due after it). */
export function ReviewCadence({ journeys, readOnly }: { journeys: { id: string; name: string }[]; readOnly: boolean }) {
  const t = useTranslations('reviews.cadence');
  const [picked, setPicked] = useState<string | undefined>();
  const journeyId = picked ?? journeys[0]?.id;
  const journey = useGqlQuery(ReviewJourneyQuery, { variables: { id: journeyId ?? '' }, skip: !journeyId });
  const j = journey.data?.journey;
  const [edited, setEdited] = useState<{ journeyId: string; days: number | null } | null>(null);
  const days = edited && edited.journeyId === journeyId ? edited.days : (j?.reviewCadenceDays ?? null);
  const save = useGqlAction(
    () => gqlRequest(SetJourneyReviewCadenceMutation, { input: { id: j?.id ?? '', version: j?.version ?? 0, reviewCadenceDays: days ?? DEFAULT_REVIEW_CADENCE_DAYS } }),
    {
      success: t('saved'),
      onSuccess: () => {
        setEdited(null);
        void journey.refetch();
      },
    },
  );
  if (!journeys.length) return null;
  return (
    <Flex gap={8} align="center" wrap data-testid="review-cadence">
      <Typography.Text strong>{t('label')}</Typography.Text>
      <Select
        aria-label={t('journey')}
        style={{ minWidth: 200 }}
        value={journeyId}
        onChange={(v: string) => setPicked(v)}
        options={journeys.map((x) => ({ value: x.id, label: x.name }))}
        data-testid="review-cadence-journey"
      />
      <InputNumber
        aria-label={t('days')}
        min={1}
        max={366}
        precision={0}
        value={days}
        placeholder={String(DEFAULT_REVIEW_CADENCE_DAYS)}
        disabled={readOnly || !j}
        onChange={(v) => journeyId && setEdited({ journeyId, days: typeof v === 'number' ? v : null })}
        suffix={t('unit')}
        data-testid="review-cadence-days"
      />
      {!readOnly && (
        <Button onClick={() => void save.run()} loading={save.busy} disabled={!j || days === null || days === (j.reviewCadenceDays ?? null)} data-testid="review-cadence-save">
          {t('save')}
        </Button>
      )}
      {j?.nextReviewAt ? <Typography.Text type="secondary">{t('next', { date: j.nextReviewAt.slice(0, 10) })}</Typography.Text> : null}
      {j && j.reviewCadenceDays === null ? <Typography.Text type="secondary">{t('default', { days: DEFAULT_REVIEW_CADENCE_DAYS })}</Typography.Text> : null}
    </Flex>
  );
}
