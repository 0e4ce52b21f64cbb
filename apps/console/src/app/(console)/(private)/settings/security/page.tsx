import { SecurityLogSettings } from '@opencx/console-shell';

export default function SecurityLogPage() {
  return <SecurityLogSettings />;
}
