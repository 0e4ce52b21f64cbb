import { WorkspacePluginEntity } from './workspace-plugin.entity';

export * from './plugins.module';
export * from './plugin-loader';
export * from './plugin-catalog';
export * from './template-document';
export { WorkspacePluginEntity };

export const PLUGIN_ENTITIES = [WorkspacePluginEntity];
export * from './plugin-dev-reloader';
