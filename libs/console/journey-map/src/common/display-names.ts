'use client';

import { useMemo } from 'react';
import { useLocale } from 'next-intl';
import { useGqlQuery } from '@opencx/console-graphql';
import { PluginsQuery } from '@opencx/console-shell';
import { JourneyTemplatesQuery } from '../documents/journeys.documents';

/** Plugins' names in the UI language, by id (people never see `property-services`). */
export function usePluginNames(skip = false): ReadonlyMap<string, string> {
  const locale = useLocale();
  const plugins = useGqlQuery(PluginsQuery, { variables: { locale }, skip, reportErrors: false });
  return useMemo(() => new Map((plugins.data?.plugins ?? []).map((p) => [p.id, p.displayName])), [plugins.data]);
}

/** A journey's template by name ("报修服务旅程 · 物业服务"), not `plugin/key@version`; null until known. */
export function useTemplateName(pluginId: string | null | undefined, templateKey: string | null | undefined): string | null {
  const locale = useLocale();
  const skip = !pluginId || !templateKey;
  const templates = useGqlQuery(JourneyTemplatesQuery, { variables: { locale }, skip, reportErrors: false });
  const plugins = usePluginNames(skip);
  return useMemo(() => {
    if (skip) return null;
    const template = (templates.data?.journeyTemplates ?? []).find((t) => t.pluginId === pluginId && (t.key === templateKey || t.id === `${pluginId}/${templateKey}`));
    const plugin = plugins.get(pluginId);
    if (template) return plugin ? `${template.name} · ${plugin}` : template.name;
    return plugin ?? null;
  }, [skip, templates.data, plugins, pluginId, templateKey]);
}
