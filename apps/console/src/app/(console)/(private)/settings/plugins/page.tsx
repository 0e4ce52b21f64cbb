import { PluginSettingsScreen } from '@opencx/console-journey-map';

export default function PluginsPage() {
  return <PluginSettingsScreen />;
}
