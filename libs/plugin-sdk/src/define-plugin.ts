import type { CoreMetricKey } from '@opencx/domain';
import { callerFrames, recordManifestOrigin } from './manifest-origin';
import type { JourneyTemplate, MetricPreset, PersonaTemplate, PluginManifest, StageTemplate, TouchpointTemplate } from './plugin-manifest.types';

type TypedTouchpoint<MK extends string> = Omit<TouchpointTemplate, 'metricKeys'> & {
  /** One of the plugin's `metrics` keys or a core metric (nps, csat, ces). */
  readonly metricKeys: readonly MK[];
};
type TypedStage<MK extends string> = Omit<StageTemplate, 'touchpoints'> & { readonly touchpoints: readonly TypedTouchpoint<MK>[] };
type TypedTemplate<MK extends string, PK extends string> = Omit<JourneyTemplate, 'personaKey' | 'stages'> & {
  /** One of the plugin's `personas` keys. */
  readonly personaKey?: PK;
  readonly stages: readonly TypedStage<MK>[];
};

/**
 * The manifest as `definePlugin` accepts it: the metric keys (MK) and persona keys (PK) are read
 * from the plugin's own `metrics` and `personas`, so a touchpoint listing `'wait_time'` when no such
 * metric exists, or a template naming a persona that does not, is a compile error in the partner's
 * file (emotions −3…+3 and severities 1…5 are literal types in the manifest types themselves).
 * Keys typed as plain `string` elsewhere are accepted here and checked at start-up instead.
 */
export interface TypedPluginManifest<MK extends string, PK extends string> extends Omit<PluginManifest, 'personas' | 'metrics' | 'journeyTemplates'> {
  readonly personas: readonly (PersonaTemplate & { readonly key: PK })[];
  readonly metrics: readonly (MetricPreset & { readonly key: MK })[];
  readonly journeyTemplates: readonly TypedTemplate<NoInfer<MK> | CoreMetricKey, NoInfer<PK>>[];
}

/**
 * Declares a plugin. Returns the manifest deep-frozen, so the host can share one copy between
 * requests without any caller mutating a template. Literal data is type-checked at compile time
 * (`TypedPluginManifest`); everything is validated again at start-up (`assertValidPlugin`, which
 * JavaScript plugins rely on) and in the plugin's own tests (`describePluginContract`).
 */
export function definePlugin<const MK extends string, const PK extends string>(manifest: TypedPluginManifest<MK, PK>): PluginManifest {
  const defined = deepFreeze(manifest as PluginManifest, new WeakSet());
  // Where the partner wrote it: the contract kit's failures point here.
  recordManifestOrigin(defined, callerFrames(definePlugin));
  return defined;
}

function deepFreeze<T>(value: T, seen: WeakSet<object>): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return value;
}
