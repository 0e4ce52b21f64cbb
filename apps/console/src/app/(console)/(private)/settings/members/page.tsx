import { MembersSettings } from '@opencx/console-shell';

export default function MembersPage() {
  return <MembersSettings />;
}
