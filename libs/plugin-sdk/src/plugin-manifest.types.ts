import type { FollowUpCondition } from '@opencx/domain';
import type {
  Channel,
  JourneyShape,
  JourneyState,
  LocalizedText,
  MetricDirection,
  MetricKind,
  MetricScale,
  StageLayer,
  TopicDefinition,
} from '@opencx/domain';

/** Baseline emotion of a touchpoint, EMOTION_MIN … EMOTION_MAX: `emotion: 5` is a compile error. */
export type Emotion = -3 | -2 | -1 | 0 | 1 | 2 | 3;
/** Severity of a pain point, SEVERITY_MIN … SEVERITY_MAX. */
export type Severity = 1 | 2 | 3 | 4 | 5;

/**
 * The data a plugin contributes. Everything here is plain JSON so the host can validate it at
 * start-up, store it, and copy templates into journeys without running plugin code.
 */
export interface PluginManifest {
  /** kebab-case, unique among installed plugins, e.g. `property-services`. */
  readonly id: string;
  /** semver of the plugin itself. */
  readonly version: string;
  /** semver range the core version must satisfy, e.g. `^0.1.0`. */
  readonly compatibility: string;
  readonly displayName: LocalizedText;
  readonly description: LocalizedText;
  /** kebab-case industry keys, e.g. `property-management`. */
  readonly industries: readonly string[];
  /**
   * The zh-CN and English name of each industry key, shown in the console's template gallery and
   * plugin settings (the host keeps no list of its own: a key nobody names is shown as it is).
   * Keys must be listed in `industries`.
   */
  readonly industryNames?: Readonly<Record<string, LocalizedText>>;
  readonly personas: readonly PersonaTemplate[];
  readonly metrics: readonly MetricPreset[];
  readonly journeyTemplates: readonly JourneyTemplate[];
  readonly followUpRules?: readonly FollowUpRule[];
  /**
   * Topic dictionaries for comment tagging (DESIGN.md §3b): a comment that mentions any keyword of
   * a topic is tagged with the topic's key, in every workspace where the plugin is enabled.
   */
  readonly topics?: readonly TopicDefinition[];
}

export interface PersonaTemplate {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly goals: readonly LocalizedText[];
  readonly needs: readonly LocalizedText[];
  readonly frustrations: readonly LocalizedText[];
  /** kebab-case segment that feedback rows can carry, so results can be sliced by persona. */
  readonly segmentKey: string;
}

/**
 * A metric definition preset. `scale` bounds one observation or answer; `defaultTarget` and
 * `warningThreshold` are in the reported figure (see `metricTargetRange`).
 */
export interface MetricPreset {
  /** snake_case; also the custom-score column name in feedback imports. */
  readonly key: string;
  readonly kind: MetricKind;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /** Required for `duration` metrics (one of DURATION_UNITS); a free short code otherwise. */
  readonly unit?: string;
  readonly scale: MetricScale;
  readonly direction: MetricDirection;
  readonly defaultTarget: number;
  /** Must lie on the worse side of `defaultTarget`. */
  readonly warningThreshold?: number;
}

export interface JourneyTemplate {
  readonly key: string;
  /** semver; recorded on journeys created from the template. */
  readonly version: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly state: JourneyState;
  readonly shape: JourneyShape;
  readonly personaKey?: string;
  /** In journey order. */
  readonly stages: readonly StageTemplate[];
}

export interface StageTemplate {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /** In order within the stage. */
  readonly touchpoints: readonly TouchpointTemplate[];
}

export interface TouchpointTemplate {
  /** Unique within its journey template (not only its stage), so touchpoints can move between stages. */
  readonly key: string;
  readonly name: LocalizedText;
  readonly channel: Channel;
  readonly customerAction: LocalizedText;
  readonly customerThought: LocalizedText;
  readonly expectation: LocalizedText;
  /** Baseline emotion, an integer from EMOTION_MIN (−3) to EMOTION_MAX (+3). */
  readonly emotion: Emotion;
  readonly momentOfTruth: boolean;
  /** Positive whole minutes. */
  readonly slaMinutes?: number;
  readonly layer: StageLayer;
  /** Plugin metric keys or CORE_METRIC_KEYS. */
  readonly metricKeys: readonly string[];
  readonly painPoints: readonly PainPointTemplate[];
  readonly opportunities: readonly OpportunityTemplate[];
}

export interface PainPointTemplate {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Integer from SEVERITY_MIN (1) to SEVERITY_MAX (5). */
  readonly severity: Severity;
}

export interface OpportunityTemplate {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
}

// The condition language is shared with the follow-up cases context, so it lives in the domain.
export { FOLLOW_UP_OPERATORS } from '@opencx/domain';
export type { FollowUpOperator, FollowUpComparison, FollowUpAnyCondition, FollowUpAllCondition, FollowUpCondition } from '@opencx/domain';

/** When a response opens a follow-up case (回访), and how long the team has to act on it. */
export interface FollowUpRule {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly when: FollowUpCondition;
  readonly slaHours: number;
  /** Limit the rule to journeys created from these templates; all journeys when absent. */
  readonly templateKeys?: readonly string[];
}
