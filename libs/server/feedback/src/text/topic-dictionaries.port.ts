import type { TopicDefinition } from '@opencx/domain';
import type { TenantTx } from '@opencx/server-database';

/**
 * The topic dictionaries comments of a workspace are tagged with: the topics of the plugins
 * enabled there. The plugins context owns which plugins a workspace has on and implements this
 * port; feedback declares it, so feedback never imports plugins (which sits above it).
 */
export interface TopicDictionaries {
  /** The workspace's topics; the same array for the same set of plugins (so compiled matchers are reused). */
  forWorkspace(tx: TenantTx): Promise<readonly TopicDefinition[]>;
}

export const TOPIC_DICTIONARIES = Symbol('OPENCX_TOPIC_DICTIONARIES');
