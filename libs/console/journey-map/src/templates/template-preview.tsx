'use client';

import { Button, Drawer, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { useTranslations } from 'next-intl';
import { ChannelIcon } from '../common/channel';
import { curvePath, curvePoints, EMOTION_COLORS } from '../model/emotion-curve';
import type { JourneyTemplate } from '../model/types';
import { slaDuration } from '../model/map-edits';
import { signedEmotion } from '../model/diff-view';
import { templateCounts } from './template-helpers';

const STEP = 48;
const BOX = { height: 72, padding: 10 };

/** The template's emotion baseline as a small curve, one point per touchpoint. */
export function EmotionSparkline({ template }: { template: JourneyTemplate }) {
  const items = template.stages.flatMap((s) => s.touchpoints).map((tp, i) => ({ id: tp.key, emotion: tp.emotion, x: STEP / 2 + i * STEP }));
  const points = curvePoints(items, BOX);
  const width = Math.max(STEP, items.length * STEP);
  const zero = BOX.height / 2;
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg width={width} height={BOX.height} viewBox={`0 0 ${width} ${BOX.height}`} style={{ display: 'block' }} aria-hidden data-testid="template-emotion-sparkline">
        <line x1={0} x2={width} y1={zero} y2={zero} stroke="#d9d9d9" strokeDasharray="4 4" />
        <path d={curvePath(points)} fill="none" stroke="#8c8c8c" strokeWidth={2} />
        {points.map((p) => (
          <circle key={p.id} cx={p.x} cy={p.y} r={4} fill={EMOTION_COLORS[p.tone]} />
        ))}
      </svg>
    </div>
  );
}

/** Stages → touchpoints of a template, with channel icons, moments of truth and the emotion baseline. */
export function TemplatePreview({ template, onClose, onUse }: { template: JourneyTemplate | null; onClose: () => void; onUse?: (template: JourneyTemplate) => void }) {
  const t = useTranslations('templates');
  const counts = template ? templateCounts(template) : null;
  return (
    <Drawer
      open={template !== null}
      onClose={onClose}
      size="large"
      title={template ? t('previewTitle', { name: template.name }) : ''}
      extra={
        template && onUse ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onUse(template)} data-testid="use-template-from-preview">
            {t('use')}
          </Button>
        ) : null
      }
      data-testid="template-preview"
    >
      {template && counts ? (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary">{template.description}</Typography.Paragraph>
          <Space size={[4, 4]} wrap>
            <Tag color="blue">{t('stagesCount', { count: counts.stages })}</Tag>
            <Tag style={{ color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' }}>{t('touchpointsCount', { count: counts.touchpoints })}</Tag>
            {counts.moments > 0 ? (
              <Tag icon={<StarFilled />} style={{ color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' }}>
                {t('momentsCount', { count: counts.moments })}
              </Tag>
            ) : null}
            {template.personaName ? <Tag>{t('persona', { name: template.personaName })}</Tag> : null}
          </Space>
          <EmotionSparkline template={template} />
          <TemplateStageList template={template} />
        </Flex>
      ) : null}
    </Drawer>
  );
}

/** Stages → touchpoints of a template, with channel icons, moments of truth, emotion, SLA and pain points. */
export function TemplateStageList({ template }: { template: JourneyTemplate }) {
  const t = useTranslations('templates');
  return (
    <>
    {template.stages.map((stage, index) => (
      <div key={stage.key} data-testid="template-preview-stage">
        <Typography.Title level={5} style={{ marginBottom: 8 }}>
          {index + 1}. {stage.name}
        </Typography.Title>
        <Flex vertical gap={6} style={{ borderInlineStart: '3px solid #e6f0ff', paddingInlineStart: 12 }}>
          {stage.touchpoints.map((tp) => (
            <Flex key={tp.key} align="center" gap={8} wrap data-testid="template-preview-touchpoint">
              <ChannelIcon channel={tp.channel} />
              <Typography.Text>{tp.name}</Typography.Text>
              {tp.momentOfTruth ? (
                <Tooltip title={t('momentOfTruth')}>
                  <StarFilled style={{ color: '#faad14' }} aria-label={t('momentOfTruth')} data-testid="template-moment-of-truth" />
                </Tooltip>
              ) : null}
              <Tag bordered={false} color={tp.emotion < 0 ? 'red' : tp.emotion > 0 ? 'green' : 'gold'} style={{ marginInlineEnd: 0 }}>
                {signedEmotion(tp.emotion)}
              </Tag>
              {tp.slaMinutes ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`sla.${slaDuration(tp.slaMinutes).unit}`, { value: slaDuration(tp.slaMinutes).value })}
                </Typography.Text>
              ) : null}
              {tp.painPointCount > 0 ? (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('painPoints', { count: tp.painPointCount })}
                </Typography.Text>
              ) : null}
            </Flex>
          ))}
        </Flex>
      </div>
    ))}
    </>
  );
}
