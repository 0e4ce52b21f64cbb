import { SecurityLogSettings } from '@opencx/console-shell/settings/settings-screens';

export default function SecurityLogPage() {
  return <SecurityLogSettings />;
}
