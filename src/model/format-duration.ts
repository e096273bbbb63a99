import type { Locale } from '../i18n/locale.js';

/**
 * Writes a number of minutes the way a designer reads it: 45 → "45min", 180 → "3h",
 * 150 → "2h30", 65 → "1h05"; in French, with no-break spaces: « 45 min », « 3 h », « 2 h 30 ».
 * Messages use it for every duration they show.
 */
export function formatDuration(minutes: number, locale: Locale = 'en'): string {
  const whole = Math.round(minutes);
  const sign = whole < 0 ? '-' : '';
  const absolute = Math.abs(whole);
  const hours = Math.floor(absolute / 60);
  const rest = absolute % 60;
  const space = locale === 'fr' ? '\u00a0' : '';
  if (hours === 0) return `${sign}${rest}${space}min`;
  if (rest === 0) return `${sign}${hours}${space}h`;
  return `${sign}${hours}${space}h${space}${String(rest).padStart(2, '0')}`;
}
