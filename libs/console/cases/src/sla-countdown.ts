/** "3 h 05 min" style parts of an SLA countdown (minutes as the SLA counts them), and whether it is overdue. */
export function countdownParts(minutesLeft: number): { overdue: boolean; hours: number; minutes: number } {
  const overdue = minutesLeft < 0;
  const total = Math.abs(Math.round(minutesLeft));
  return { overdue, hours: Math.floor(total / 60), minutes: total % 60 };
}
