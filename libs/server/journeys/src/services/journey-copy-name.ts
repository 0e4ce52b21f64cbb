import type { JourneyState } from '@opencx/domain';

/** A journey name's limit (CreateJourneyInput, importJourney, duplicateJourney). */
export const JOURNEY_NAME_MAX = 200;

const SUFFIX = {
  'zh-CN': { future: '（未来旅程）', copy: '（副本）' },
  en: { future: ' (future state)', copy: ' (copy)' },
} as const;

/**
 * The name of a copy whose maker gave none, in the workspace's language (Chinese unless it is
 * English, as for plugin content); the source name is shortened so the whole stays a valid name.
 */
export function defaultCopyName(sourceName: string, state: JourneyState, workspaceLocale: string | null): string {
  const suffix = SUFFIX[workspaceLocale === 'en' ? 'en' : 'zh-CN'][state === 'future' ? 'future' : 'copy'];
  const room = JOURNEY_NAME_MAX - [...suffix].length;
  const chars = [...sourceName];
  return (chars.length > room ? chars.slice(0, room).join('').trimEnd() : sourceName) + suffix;
}
