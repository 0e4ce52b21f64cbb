import { ApiTokensSettings } from '@opencx/console-shell/settings/settings-screens';

export default function ApiTokensPage() {
  return <ApiTokensSettings />;
}
