import { BusinessCalendarSettings } from '@opencx/console-cases';

export default function BusinessCalendarPage() {
  return <BusinessCalendarSettings />;
}
