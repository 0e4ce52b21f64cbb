export { generatePlugin, pluginGenerator, normalizePluginOptions, toStringLiteral } from './generators/plugin/generator';
export type { PluginGeneratorSchema, NormalizedPluginOptions } from './generators/plugin/generator';
export { generateContext, contextGenerator, normalizeContextOptions, CONTEXT_PATHS } from './generators/context/generator';
export type { ContextGeneratorSchema, NormalizedContextOptions } from './generators/context/generator';
