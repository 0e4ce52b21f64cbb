'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { Card, Flex, Result, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { signedEmotion } from '../model/diff-view';
import { EMOTION_TEXT_COLORS, emotionTone } from '../model/emotion-curve';

interface SharedTouchpoint {
  name: string;
  channel: string;
  customerAction: string;
  customerThought: string;
  emotion: number;
  momentOfTruth: boolean;
  painPoints: { title: string; severity: number }[];
  opportunities: { title: string }[];
}
interface SharedKpi {
  key: string;
  nameEn: string;
  nameZh: string;
  kind: string;
  value: number | null;
  n: number;
  target: number | null;
}
export interface SharedViewData {
  target: 'map' | 'dashboard';
  expiresAt: string | null;
  journey: { name: string; description: string; state: string; stages: { name: string; touchpoints: SharedTouchpoint[] }[] };
  kpis: SharedKpi[] | null;
  from: string | null;
  to: string | null;
}

type Load = { state: 'loading' } | { state: 'ready'; data: SharedViewData } | { state: 'members' } | { state: 'gone' } | { state: 'failed' };


/** /share/[token]: a journey map (or dashboard) shared read-only; nothing on it can be changed. */
export function SharedView({ token }: { token: string }) {
  const t = useTranslations('share');
  const locale = useLocale();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    fetch(`/api/share/${encodeURIComponent(token)}`, { cache: 'no-store' })
      .then(async (res) => {
        if (!live) return;
        if (res.status === 401) setLoad({ state: 'members' });
        else if (res.status === 404) setLoad({ state: 'gone' });
        else if (!res.ok) setLoad({ state: 'failed' });
        else setLoad({ state: 'ready', data: (await res.json()) as SharedViewData });
      })
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [token]);

  if (load.state === 'loading') return <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 24 }} />;
  if (load.state === 'members') {
    return (
      <Result
        status="403"
        title={t('membersOnlyTitle')}
        extra={
          <Link href="/login">{t('signIn')}</Link>
        }
        data-testid="shared-members-only"
      />
    );
  }
  if (load.state === 'gone') return <Result status="404" title={t('goneTitle')} subTitle={t('goneText')} data-testid="shared-gone" />;
  if (load.state === 'failed') return <Result status="error" title={t('failed')} />;

  const { data } = load;
  return (
    <main style={{ padding: 24 }} data-testid="shared-view" data-target={data.target}>
      <Flex vertical gap={16}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="shared-journey-name">
            {data.journey.name}
          </Typography.Title>
          <Tag color="gold" data-testid="shared-read-only">
            {t('readOnly')}
          </Tag>
          <Tag color={data.journey.state === 'future' ? 'purple' : 'blue'}>{data.journey.state === 'future' ? t('stateFuture') : t('stateCurrent')}</Tag>
        </Flex>
        {data.journey.description ? <Typography.Paragraph type="secondary">{data.journey.description}</Typography.Paragraph> : null}
        {data.kpis ? (
          <section aria-label={t('kpis')}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('kpisRange', { from: data.from ?? '', to: data.to ?? '' })}
            </Typography.Title>
            <Flex gap={12} wrap data-testid="shared-kpis">
              {data.kpis.length === 0 ? <Typography.Text type="secondary">{t('noKpis')}</Typography.Text> : null}
              {data.kpis.map((k) => (
                <Card key={k.key} size="small" style={{ minWidth: 180 }} data-testid="shared-kpi" data-key={k.key}>
                  <Statistic title={locale === 'en' ? k.nameEn : k.nameZh} value={k.value === null ? '—' : k.value} precision={k.value === null ? undefined : 1} />
                  <Typography.Text type="secondary">{t('answers', { n: k.n })}</Typography.Text>
                </Card>
              ))}
            </Flex>
          </section>
        ) : null}
        <section aria-label={t('map')}>
          {/* A scrolling region a keyboard can reach (tab stop, named after the journey). */}
          <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="shared-map" role="region" aria-label={data.journey.name} tabIndex={0}>
            {data.journey.stages.map((stage, i) => (
              <Flex key={i} vertical gap={8} style={{ minWidth: 240, maxWidth: 280 }} data-testid="shared-stage">
                <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                  {stage.name}
                </Typography.Title>
                {stage.touchpoints.map((tp, j) => (
                  <Card key={j} size="small" data-testid="shared-touchpoint">
                    <Flex vertical gap={4}>
                      <Flex justify="space-between" gap={8}>
                        <Typography.Text strong data-testid="shared-touchpoint-name">
                          {tp.name}
                        </Typography.Text>
                        <span style={{ color: EMOTION_TEXT_COLORS[emotionTone(tp.emotion)] }} aria-label={t('emotion', { value: tp.emotion })}>
                          {signedEmotion(tp.emotion)}
                        </span>
                      </Flex>
                      {tp.momentOfTruth ? <Tag color="gold">{t('momentOfTruth')}</Tag> : null}
                      {tp.customerAction ? <Typography.Text type="secondary">{tp.customerAction}</Typography.Text> : null}
                      {tp.painPoints.map((p, k) => (
                        <Tag key={`p${k}`} color="red" style={{ whiteSpace: 'normal' }}>
                          {p.title}
                        </Tag>
                      ))}
                      {tp.opportunities.map((o, k) => (
                        <Tag key={`o${k}`} color="green" style={{ whiteSpace: 'normal' }}>
                          {o.title}
                        </Tag>
                      ))}
                    </Flex>
                  </Card>
                ))}
              </Flex>
            ))}
          </Flex>
        </section>
      </Flex>
    </main>
  );
}
