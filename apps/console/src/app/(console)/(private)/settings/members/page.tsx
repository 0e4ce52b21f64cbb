import { MembersSettings } from '@opencx/console-shell/settings/settings-screens';

export default function MembersPage() {
  return <MembersSettings />;
}
