'use client';

import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Input, Result, Skeleton, theme } from 'antd';
import { useTranslations } from 'next-intl';
import { LanguageSwitch } from '@opencx/console-shell/layout/language-switch';
// Plain markup for card, headings and texts: antd Card and Typography would add tabs, menus and text-editing code to the survey's first load.
import { Panel, SecondaryText } from '@opencx/console-shell/common/panel';

type Metric = 'nps' | 'csat' | 'ces';
interface Survey {
  touchpointName: string;
  metrics: Metric[];
}
type Load = { state: 'loading' } | { state: 'ready'; survey: Survey } | { state: 'gone' } | { state: 'failed' };
type Send = { state: 'idle' } | { state: 'sending' } | { state: 'done' } | { state: 'error'; reason: 'limited' | 'gone' | 'failed' };

const SCALES: Record<Metric, number[]> = {
  nps: Array.from({ length: 11 }, (_, i) => i),
  csat: [1, 2, 3, 4, 5],
  ces: [1, 2, 3, 4, 5, 6, 7],
};
const COMMENT_MAX = 2000;

function newIdempotencyId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** One row of score buttons; a radio group to assistive technology, big enough for a thumb. */
function ScaleQuestion({ metric, value, onChange }: { metric: Metric; value: number | null; onChange: (v: number) => void }) {
  const t = useTranslations('survey');
  const scale = SCALES[metric];
  const columns = metric === 'nps' ? 6 : scale.length;
  return (
    <Flex vertical gap={8}>
      <span style={{ fontWeight: 600 }} id={`q-${metric}`}>
        {t(`question.${metric}`)}
      </span>
      <div role="radiogroup" aria-labelledby={`q-${metric}`} data-testid={`scale-${metric}`} style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: 6 }}>
        {scale.map((n) => (
          <Button
            key={n}
            role="radio"
            aria-checked={value === n}
            type={value === n ? 'primary' : 'default'}
            onClick={() => onChange(n)}
            style={{ height: 44, paddingInline: 0 }}
          >
            {n}
          </Button>
        ))}
      </div>
      <Flex justify="space-between">
        <SecondaryText style={{ fontSize: 12 }}>{t(`low.${metric}`)}</SecondaryText>
        <SecondaryText style={{ fontSize: 12 }}>{t(`high.${metric}`)}</SecondaryText>
      </Flex>
    </Flex>
  );
}

/** The public survey of a collection link (/f/<token>): its questions, a comment, consent, thanks. */
export function PublicSurvey({ token }: { token: string }) {
  const t = useTranslations('survey');
  const { token: design } = theme.useToken();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [scores, setScores] = useState<Partial<Record<Metric, number>>>({});
  const [comment, setComment] = useState('');
  const [consent, setConsent] = useState(false);
  const [send, setSend] = useState<Send>({ state: 'idle' });
  // One id per answer: a double tap or a retry after a lost reply is stored once.
  const [idempotencyId] = useState(newIdempotencyId);
  const url = `/api/f/${encodeURIComponent(token)}`;

  useEffect(() => {
    let live = true;
    fetch(url, { cache: 'no-store' })
      .then(async (res) => {
        if (!live) return;
        if (res.status === 404) return setLoad({ state: 'gone' });
        if (!res.ok) return setLoad({ state: 'failed' });
        const body = (await res.json()) as Survey;
        setLoad({ state: 'ready', survey: { touchpointName: body.touchpointName, metrics: body.metrics } });
      })
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [url]);

  const submit = async () => {
    if (send.state === 'sending') return;
    setSend({ state: 'sending' });
    try {
      const locale = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ idempotencyId, ...scores, comment: comment.trim() || undefined, contactConsent: consent, locale }),
      });
      if (res.ok) return setSend({ state: 'done' });
      setSend({ state: 'error', reason: res.status === 429 ? 'limited' : res.status === 404 ? 'gone' : 'failed' });
    } catch {
      setSend({ state: 'error', reason: 'failed' });
    }
  };

  let body;
  if (load.state === 'loading') body = <Skeleton active />;
  else if (load.state === 'gone' || (send.state === 'error' && send.reason === 'gone'))
    body = <Result status="warning" title={t('goneTitle')} subTitle={t('gone')} data-testid="survey-gone" />;
  else if (load.state === 'failed') body = <Result status="error" title={t('failedTitle')} subTitle={t('failed')} />;
  else if (send.state === 'done') body = <Result status="success" title={t('thanksTitle')} subTitle={t('thanks')} data-testid="survey-thanks" />;
  else {
    const answered = Object.keys(scores).length > 0 || comment.trim().length > 0;
    body = (
      <Flex vertical gap={24}>
        <div>
          <h1 style={{ fontSize: 22, fontWeight: design.fontWeightStrong, lineHeight: design.lineHeightHeading1, color: design.colorTextHeading, margin: '0 0 4px' }}>{t('heading')}</h1>
          <SecondaryText data-testid="survey-touchpoint">{t('about', { touchpoint: load.survey.touchpointName })}</SecondaryText>
        </div>
        {load.survey.metrics.map((m) => (
          <ScaleQuestion key={m} metric={m} value={scores[m] ?? null} onChange={(v) => setScores((s) => ({ ...s, [m]: v }))} />
        ))}
        <Flex vertical gap={8}>
          <span style={{ fontWeight: 600 }}>
            <label htmlFor="survey-comment">{t('commentLabel')}</label>
          </span>
          <Input.TextArea id="survey-comment" rows={4} maxLength={COMMENT_MAX} showCount value={comment} onChange={(e) => setComment(e.target.value)} placeholder={t('commentPlaceholder')} data-testid="survey-comment" />
        </Flex>
        <Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="survey-consent">
          {t('consent')}
        </Checkbox>
        {send.state === 'error' && <Alert type="error" showIcon message={send.reason === 'limited' ? t('limited') : t('sendFailed')} />}
        <Button type="primary" size="large" block disabled={!answered} loading={send.state === 'sending'} onClick={() => void submit()} data-testid="survey-submit">
          {t('submit')}
        </Button>
      </Flex>
    );
  }

  return (
    <main style={{ minHeight: '100vh', background: design.colorBgLayout, padding: '16px 12px 32px' }}>
      <Flex vertical gap={12} style={{ maxWidth: 520, margin: '0 auto' }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Panel>{body}</Panel>
        <SecondaryText style={{ fontSize: 12, textAlign: 'center' }}>{t('privacy')}</SecondaryText>
      </Flex>
    </main>
  );
}
