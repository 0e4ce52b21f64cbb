import { FollowUpRulesSettings } from '@opencx/console-cases';

export default function FollowUpRulesPage() {
  return <FollowUpRulesSettings />;
}
