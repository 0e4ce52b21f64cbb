'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { Button, Card, Col, Empty, Flex, List, Row, Skeleton, Tag, Typography } from 'antd';
import { AppstoreAddOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { gqlRevalidatedRequest, useGqlQuery } from '@opencx/console-graphql';
import { JourneyMapQuery } from '../documents/journey-map.documents';
import { JourneysQuery } from '../documents/journeys.documents';
import { signedEmotion } from '../model/diff-view';
import { EMOTION_TEXT_COLORS, emotionTone } from '../model/emotion-curve';
import { homeHighlights } from '../model/home-highlights';
import type { JourneyMap } from '../model/types';
import { SEVERITY_COLORS } from '../map/insight-cells';

/** How many of the most recently changed journeys the highlights read. */
const HIGHLIGHT_JOURNEYS = 5;
const SEEN_KEY = (userId: string) => `opencx.home.seen.${userId}`;

type StatusKey = 'draft' | 'published' | 'archived';

/** "Welcome" the first time a person opens the console in this browser, "Welcome back" afterwards. */
function useFirstVisit(userId: string): boolean | null {
  const [first, setFirst] = useState<boolean | null>(null);
  useEffect(() => {
    try {
      const seen = window.localStorage.getItem(SEEN_KEY(userId));
      setFirst(!seen);
      if (!seen) window.localStorage.setItem(SEEN_KEY(userId), new Date().toISOString());
    } catch {
      setFirst(false);
    }
  }, [userId]);
  return first;
}

/**
 * The signed-in home page for CX people: recent journeys, moments of truth and the most severe
 * pain points across them, and a way to start from a template.
 */
export function CxHome({ userId, displayName, workspaceName }: { userId: string; displayName: string; workspaceName: string }) {
  const t = useTranslations('home');
  const tj = useTranslations('journeys');
  const first = useFirstVisit(userId);
  const journeys = useGqlQuery(JourneysQuery, { variables: { first: 6 } });
  const recent = useMemo(() => journeys.data?.journeys.nodes ?? [], [journeys.data]);
  const [maps, setMaps] = useState<JourneyMap[] | null>(null);

  useEffect(() => {
    if (!journeys.data) return;
    let live = true;
    const ids = recent.filter((j) => j.status !== 'archived').slice(0, HIGHLIGHT_JOURNEYS).map((j) => j.id);
    void Promise.all(ids.map((id) => gqlRevalidatedRequest(JourneyMapQuery, { id, touchpointFilter: null }).then((r) => r.journey).catch(() => null))).then((loaded) => {
      if (live) setMaps(loaded.filter((m): m is JourneyMap => m !== null));
    });
    return () => {
      live = false;
    };
  }, [journeys.data, recent]);

  const highlights = useMemo(() => homeHighlights(maps ?? []), [maps]);

  return (
    <Flex vertical gap={24} data-testid="cx-home">
      <div>
        <Typography.Title level={1} style={{ marginBottom: 4, fontSize: 28 }} data-testid="home-greeting">
          {first === null ? '\u00a0' : first ? t('welcome', { name: displayName }) : t('welcomeBack', { name: displayName })}
        </Typography.Title>
        <Typography.Text className="cx-secondary">{t('inWorkspace', { workspace: workspaceName })}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('recent.title')}</Typography.Title>} extra={<Link href="/journeys">{t('recent.all')}</Link>} data-testid="home-recent">
            {journeys.loading && !journeys.data ? (
              <Skeleton active />
            ) : recent.length === 0 ? (
              <Empty description={t('recent.empty')}>
                <Link href="/journeys/templates">
                  <Button type="primary" icon={<AppstoreAddOutlined />}>
                    {t('templates.start')}
                  </Button>
                </Link>
              </Empty>
            ) : (
              <List
                size="small"
                dataSource={recent}
                renderItem={(j) => (
                  <List.Item key={j.id} data-testid="home-recent-journey">
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Link href={`/journeys/${j.id}`}>{j.name}</Link>
                      <Typography.Text className="cx-secondary" style={{ fontSize: 12 }}>
                        {t('recent.counts', { stages: j.stageCount, touchpoints: j.touchpointCount, painPoints: j.painPointCount })}
                      </Typography.Text>
                    </Flex>
                    <Tag>{tj(`status.${j.status as StatusKey}`)}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('templates.title')}</Typography.Title>} data-testid="home-templates">
            <Flex vertical gap={12} align="flex-start">
              <Typography.Text>{t('templates.intro')}</Typography.Text>
              <Flex gap={8} wrap>
                <Link href="/journeys/templates">
                  <Button type="primary" icon={<AppstoreAddOutlined />} data-testid="home-start-template">
                    {t('templates.start')}
                  </Button>
                </Link>
                <Link href="/journeys">
                  <Button icon={<PlusOutlined />}>{t('templates.blank')}</Button>
                </Link>
              </Flex>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('moments.title')}</Typography.Title>} data-testid="home-moments">
            {maps === null && recent.length > 0 ? (
              <Skeleton active />
            ) : highlights.moments.length === 0 ? (
              <Typography.Text className="cx-secondary">{t('moments.empty')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={highlights.moments}
                renderItem={(m) => (
                  <List.Item key={m.touchpointId} data-testid="home-moment">
                    <Flex gap={8} align="center" style={{ minWidth: 0 }}>
                      <StarFilled style={{ color: '#ad6800' }} aria-hidden />
                      <Flex vertical style={{ minWidth: 0 }}>
                        <Link href={`/journeys/${m.journeyId}`}>{m.name}</Link>
                        <Typography.Text className="cx-secondary" style={{ fontSize: 12 }}>
                          {m.journeyName} · {m.stageName}
                        </Typography.Text>
                      </Flex>
                    </Flex>
                    <span className="cx-emotion" style={{ color: EMOTION_TEXT_COLORS[emotionTone(m.emotion)] }}>
                      {t('moments.emotion', { value: signedEmotion(m.emotion) })}
                    </span>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('pains.title')}</Typography.Title>} data-testid="home-pains">
            {maps === null && recent.length > 0 ? (
              <Skeleton active />
            ) : highlights.pains.length === 0 ? (
              <Typography.Text className="cx-secondary">{t('pains.empty')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={highlights.pains}
                renderItem={(p) => (
                  <List.Item key={p.id} data-testid="home-pain" data-severity={p.severity}>
                    <Flex gap={8} align="flex-start" style={{ minWidth: 0 }}>
                      <span className="cx-severity" style={{ background: SEVERITY_COLORS[p.severity] ?? SEVERITY_COLORS[3] }} aria-label={t('pains.severity', { severity: p.severity })}>
                        {p.severity}
                      </span>
                      <Flex vertical style={{ minWidth: 0 }}>
                        <Link href={`/journeys/${p.journeyId}`}>{p.title}</Link>
                        <Typography.Text className="cx-secondary" style={{ fontSize: 12 }}>
                          {p.journeyName} · {p.touchpointName}
                        </Typography.Text>
                      </Flex>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <style>{`.cx-secondary{color:#595959}.cx-severity{flex:none;display:inline-flex;width:20px;height:20px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;align-items:center;justify-content:center}.cx-emotion{font-variant-numeric:tabular-nums;font-weight:600;white-space:nowrap}`}</style>
    </Flex>
  );
}
