export { generatePlugin, pluginGenerator, normalizePluginOptions, toStringLiteral } from './generators/plugin/generator';
export type { PluginGeneratorSchema, NormalizedPluginOptions } from './generators/plugin/generator';
