import { TeamsSettings } from '@opencx/console-shell/settings/settings-screens';

export default function TeamsPage() {
  return <TeamsSettings />;
}
