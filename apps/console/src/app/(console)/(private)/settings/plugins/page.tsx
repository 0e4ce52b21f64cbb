import { PluginsSettings } from '@opencx/console-shell/settings/settings-screens';

export default function PluginsPage() {
  return <PluginsSettings />;
}
