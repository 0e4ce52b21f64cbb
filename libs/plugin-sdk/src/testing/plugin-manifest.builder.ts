import type { PluginManifest, TouchpointTemplate } from '../plugin-manifest.types';
import { localized } from '../localized-text';
import type { DeepMutable } from './deep-mutable';

type MutableManifest = DeepMutable<PluginManifest>;
type MutableTouchpoint = DeepMutable<TouchpointTemplate>;

/** A small valid touchpoint; override any field. */
export function aTouchpointTemplate(overrides: Partial<MutableTouchpoint> = {}): MutableTouchpoint {
  return {
    key: 'submit-request',
    name: localized('Submit request', '提交申请'),
    channel: 'wechat',
    customerAction: localized('Fills in the request form', '填写申请表单'),
    customerThought: localized('I hope someone picks this up soon', '希望尽快有人处理'),
    expectation: localized('Confirmation within minutes', '几分钟内收到受理确认'),
    emotion: 0,
    momentOfTruth: false,
    layer: 'front_stage',
    metricKeys: ['csat'],
    painPoints: [{ title: localized('Form asks too much', '表单填写项过多'), severity: 2 }],
    opportunities: [{ title: localized('Prefill from the account', '根据账户信息自动填充') }],
    ...overrides,
  };
}

/**
 * A fresh, valid, writable manifest: one persona, one duration metric, one template of three
 * stages (the last with two touchpoints) and one follow-up rule. Tests break one field at a time.
 */
export function aPluginManifest(overrides: Partial<MutableManifest> = {}): MutableManifest {
  return {
    id: 'sample-services',
    version: '1.0.0',
    compatibility: '^0.1.0',
    displayName: localized('Sample services', '示例服务'),
    description: localized('A plugin used in tests', '测试用插件'),
    industries: ['services'],
    personas: [
      {
        key: 'regular-customer',
        name: localized('Regular customer', '普通客户'),
        description: localized('Uses the service every month', '每月使用一次服务'),
        goals: [localized('Get help quickly', '尽快得到帮助')],
        needs: [localized('Clear status updates', '清楚的进度通知')],
        frustrations: [localized('Repeating the same story', '反复说明同一个问题')],
        segmentKey: 'regular',
      },
    ],
    metrics: [
      {
        key: 'response_time',
        kind: 'duration',
        name: localized('Response time', '响应时长'),
        unit: 'minutes',
        scale: { min: 0, max: 1440 },
        direction: 'lower_is_better',
        defaultTarget: 30,
        warningThreshold: 60,
      },
    ],
    journeyTemplates: [
      {
        key: 'service-request',
        version: '1.0.0',
        name: localized('Service request', '服务申请'),
        description: localized('From request to follow-up', '从申请到回访'),
        state: 'current',
        shape: 'linear',
        personaKey: 'regular-customer',
        stages: [
          { key: 'request', name: localized('Request', '申请'), touchpoints: [aTouchpointTemplate()] },
          {
            key: 'handle',
            name: localized('Handle', '处理'),
            touchpoints: [aTouchpointTemplate({ key: 'first-response', metricKeys: ['response_time'], slaMinutes: 30 })],
          },
          {
            key: 'follow-up',
            name: localized('Follow-up', '回访'),
            touchpoints: [
              aTouchpointTemplate({ key: 'call-back', channel: 'phone', metricKeys: ['nps'] }),
              aTouchpointTemplate({ key: 'survey', channel: 'sms', metricKeys: ['csat', 'ces'] }),
            ],
          },
        ],
      },
    ],
    followUpRules: [
      {
        key: 'detractor',
        name: localized('Detractor call-back', '贬损者回访'),
        when: { metric: 'nps', op: 'lte', value: 6 },
        slaHours: 24,
        templateKeys: ['service-request'],
      },
    ],
    topics: [
      { key: 'waiting-time', name: localized('Waiting time', '等待时间'), keywords: { zh: ['等待', '排队'], en: ['wait', 'queue'] } },
      { key: 'staff', name: localized('Staff', '工作人员'), keywords: { zh: ['工作人员', '师傅'], en: ['staff', 'technician'] } },
    ],
    ...overrides,
  };
}
