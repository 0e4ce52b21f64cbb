import { documentDefaults, JOURNEY_DOCUMENT_FORMAT, JOURNEY_DOCUMENT_VERSION, TOUCHPOINT_FIELDS, type JourneyDocument, type Locale, type LocalizedText, type TouchpointDocument } from '@opencx/domain';
import type { JourneyTemplate, PersonaTemplate } from '@opencx/plugin-sdk';

export interface TemplateCopy {
  document: JourneyDocument;
  /** Per stage, per touchpoint: the template key (kept on the touchpoint as provenance). */
  touchpointKeys: string[][];
  /** Per stage, per touchpoint: the metric keys to bind, in order. */
  metricKeys: string[][][];
}

/** A plugin template rendered in one language as a journey document, ready to be created. */
export function templateToDocument(template: JourneyTemplate, persona: PersonaTemplate | null, locale: Locale): TemplateCopy {
  const t = (text: LocalizedText | undefined) => (text ? text[locale] : '');
  return {
    document: {
      format: JOURNEY_DOCUMENT_FORMAT,
      version: JOURNEY_DOCUMENT_VERSION,
      journey: {
        name: t(template.name),
        description: t(template.description),
        state: template.state,
        shape: template.shape,
        status: 'draft',
        persona: persona
          ? {
              name: t(persona.name),
              description: t(persona.description),
              goals: persona.goals.map(t),
              needs: persona.needs.map(t),
              frustrations: persona.frustrations.map(t),
              segmentKey: persona.segmentKey,
            }
          : null,
        stages: template.stages.map((stage) => ({
          name: t(stage.name),
          description: t(stage.description),
          touchpoints: stage.touchpoints.map((tp) => ({
            // Declared defaults first, so a field templates do not carry yet still has its value.
            ...(documentDefaults(TOUCHPOINT_FIELDS) as Omit<TouchpointDocument, 'painPoints' | 'opportunities'>),
            name: t(tp.name),
            channel: tp.channel,
            customerAction: t(tp.customerAction),
            customerThought: t(tp.customerThought),
            expectation: t(tp.expectation),
            emotion: tp.emotion,
            momentOfTruth: tp.momentOfTruth,
            layer: tp.layer,
            slaMinutes: tp.slaMinutes ?? null,
            painPoints: tp.painPoints.map((p) => ({ title: t(p.title), description: t(p.description), severity: p.severity, source: 'research' as const, evidenceCount: 0 })),
            opportunities: tp.opportunities.map((o) => ({ title: t(o.title), description: t(o.description), painPointIndex: null })),
          })),
        })),
      },
    },
    touchpointKeys: template.stages.map((s) => s.touchpoints.map((tp) => tp.key)),
    metricKeys: template.stages.map((s) => s.touchpoints.map((tp) => [...tp.metricKeys])),
  };
}
