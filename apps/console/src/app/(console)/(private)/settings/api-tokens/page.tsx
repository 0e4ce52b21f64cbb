import { ApiTokensSettings } from '@opencx/console-shell';

export default function ApiTokensPage() {
  return <ApiTokensSettings />;
}
