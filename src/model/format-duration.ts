/**
 * Writes a number of minutes the way a designer reads it: 45 → "45min", 180 → "3h",
 * 150 → "2h30", 65 → "1h05". Messages use it for every duration they show.
 */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const sign = whole < 0 ? '-' : '';
  const absolute = Math.abs(whole);
  const hours = Math.floor(absolute / 60);
  const rest = absolute % 60;
  if (hours === 0) return `${sign}${rest}min`;
  if (rest === 0) return `${sign}${hours}h`;
  return `${sign}${hours}h${String(rest).padStart(2, '0')}`;
}
