import { CORE_METRIC_KEYS } from '@opencx/domain';
import { isCompatible } from '../compatibility';
import { CORE_VERSION } from '../core-version';
import { manifestOrigin, pointErrorAt } from '../manifest-origin';
import type { PluginManifest } from '../plugin-manifest.types';
import type { PluginManifestError, PluginManifestErrorCode } from '../validation/plugin-manifest-error';
import { validatePluginManifest } from '../validation/validate-plugin-manifest';
import {
  findDuplicateKeys,
  findMissingLocales,
  findStructureProblems,
  findTopicProblems,
  findUnknownMetricReferences,
  findUnresolvedReferences,
} from './plugin-contract-inspections';

export interface PluginContractOptions {
  /** The core version the plugin must accept; defaults to CORE_VERSION. */
  readonly coreVersion?: string;
}

/** One contract assertion; `run` throws (a Jest expectation error) when the plugin breaks it. */
export interface PluginContractCheck {
  readonly name: string;
  readonly run: () => void;
}

/** Problems one of the dedicated checks below reports: each problem fails one test, not two. */
const REPORTED_ELSEWHERE = new Set<PluginManifestErrorCode>(['duplicate_key', 'unknown_metric', 'unknown_persona', 'unknown_template', 'missing_text']);

function reportedElsewhere(error: PluginManifestError): boolean {
  if (REPORTED_ELSEWHERE.has(error.code)) return true;
  // An empty stage or touchpoint list is the structure check's, a topic's missing language the topic check's.
  return error.code === 'empty_list' && /\.(stages|touchpoints|keywords\.zh|keywords\.en)$/.test(error.path);
}

function validationMessages(plugin: PluginManifest): readonly string[] {
  const result = validatePluginManifest(plugin);
  return result.ok ? [] : result.errors.filter((e) => !reportedElsewhere(e)).map((e) => e.message);
}

/**
 * The checks `describePluginContract` registers, exposed so the kit itself can be tested. A failure
 * carries the frames of `origin` (by default where `definePlugin` was called for this manifest), so
 * the runner's code frame is the plugin's manifest, not the SDK.
 */
export function pluginContractChecks(plugin: PluginManifest, options: PluginContractOptions = {}, origin = manifestOrigin(plugin)): PluginContractCheck[] {
  return checksOf(plugin, options).map((check) => ({
    name: check.name,
    run: () => {
      try {
        check.run();
      } catch (error) {
        throw pointErrorAt(error, origin);
      }
    },
  }));
}

function checksOf(plugin: PluginManifest, options: PluginContractOptions): PluginContractCheck[] {
  const coreVersion = options.coreVersion ?? CORE_VERSION;
  return [
    { name: 'the manifest passes validatePluginManifest (problems of the checks below are reported there)', run: () => expect(validationMessages(plugin)).toEqual([]) },
    { name: 'ids and keys are unique in their scope', run: () => expect(findDuplicateKeys(plugin)).toEqual([]) },
    {
      name: 'every journey template has ordered stages, each with touchpoints',
      run: () => expect(findStructureProblems(plugin)).toEqual([]),
    },
    {
      name: 'every referenced metric is a plugin or core metric',
      run: () => expect(findUnknownMetricReferences(plugin, CORE_METRIC_KEYS)).toEqual([]),
    },
    {
      name: 'every persona and template reference resolves',
      run: () => expect(findUnresolvedReferences(plugin)).toEqual([]),
    },
    {
      name: 'every topic has zh and en keywords, each tagging its own topic only',
      run: () => expect(findTopicProblems(plugin)).toEqual([]),
    },
    { name: 'every text is given in en and zh-CN', run: () => expect(findMissingLocales(plugin)).toEqual([]) },
    {
      name: `compatibility accepts core ${coreVersion}`,
      run: () =>
        expect({ compatibility: plugin.compatibility, accepts: isCompatible(plugin, coreVersion) }).toEqual({
          compatibility: plugin.compatibility,
          accepts: true,
        }),
    },
    {
      name: 'the manifest survives a JSON round trip unchanged',
      run: () => expect(JSON.parse(JSON.stringify(plugin))).toStrictEqual(plugin),
    },
  ];
}
