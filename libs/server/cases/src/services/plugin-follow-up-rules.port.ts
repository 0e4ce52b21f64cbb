import type { FollowUpCondition } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';

/** A follow-up rule an enabled plugin contributes (`followUpRules` of its manifest). */
export interface PluginFollowUpRule {
  pluginId: string;
  key: string;
  name: string;
  when: FollowUpCondition;
  slaHours: number;
  /** The plugin's templates the rule is limited to; null = every journey. */
  templateKeys: readonly string[] | null;
}

/**
 * The follow-up rules of the plugins enabled in a workspace. The plugins context (above cases)
 * implements this port, so cases never imports plugins nor the plugin SDK.
 */
export interface PluginFollowUpRules {
  forWorkspace(tx: TenantTx): Promise<readonly PluginFollowUpRule[]>;
}

export const PLUGIN_FOLLOW_UP_RULES = Symbol('OPENCX_PLUGIN_FOLLOW_UP_RULES');
