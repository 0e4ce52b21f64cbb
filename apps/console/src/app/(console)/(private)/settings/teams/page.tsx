import { TeamsSettings } from '@opencx/console-shell';

export default function TeamsPage() {
  return <TeamsSettings />;
}
