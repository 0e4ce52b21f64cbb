export const JOURNEY_STATES = ['current', 'future'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

export const JOURNEY_SHAPES = ['linear', 'cyclical', 'non_linear'] as const;
export type JourneyShape = (typeof JOURNEY_SHAPES)[number];

export const JOURNEY_STATUSES = ['draft', 'published', 'archived'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

/** A journey's review cadence (days between reviews) when it sets none: monthly. */
export const DEFAULT_REVIEW_CADENCE_DAYS = 30;

export const CHANNELS = [
  'web',
  'app',
  'phone',
  'in_person',
  'social',
  'email',
  'wechat',
  'on_site',
  'sms',
  'chat',
  'mail',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Emotion at a touchpoint: −3 (very negative) … +3 (very positive). */
export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

export const PAIN_POINT_SOURCES = ['manual', 'feedback', 'research'] as const;
export type PainPointSource = (typeof PAIN_POINT_SOURCES)[number];

export const SEVERITY_MIN = 1;
export const SEVERITY_MAX = 5;

export const STAGE_LAYERS = ['front_stage', 'back_stage'] as const;
export type StageLayer = (typeof STAGE_LAYERS)[number];

/** A persona's goals, needs and frustrations: short lists of short texts (inputs, imports and templates alike). */
export const PERSONA_LIST_FIELDS = ['goals', 'needs', 'frustrations'] as const;
export const PERSONA_LIST_MAX_ITEMS = 20;
export const PERSONA_LIST_ITEM_MAX_LENGTH = 500;
