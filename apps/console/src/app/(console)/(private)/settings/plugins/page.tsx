import { PluginsSettings } from '@opencx/console-shell';

export default function PluginsPage() {
  return <PluginsSettings />;
}
