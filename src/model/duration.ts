/** Default length of a day for durations in days, when `constraints.hours_per_day` is absent. */
export const DEFAULT_HOURS_PER_DAY = 7;

const human = /^(?:(\d+(?:\.\d+)?) *d)? *(?:(\d+(?:\.\d+)?) *h(?: *(\d+)(?: *min)?)?)? *(?:(\d+) *min)?$/i;
const iso = /^p(?:(\d+(?:\.\d+)?)d)?(?:t(?=\d)(?:(\d+(?:\.\d+)?)h)?(?:(\d+)m)?)?$/i;

const amount = (part: string | undefined): number => (part === undefined ? 0 : Number(part));

/**
 * Converts a duration as the format writes it ('90min', '1h30', '2h 15min', '1.5h', '2d',
 * 'PT1H30M') into whole minutes, rounding to the nearest minute; days count `hoursPerDay` hours.
 * Returns undefined for text that is not a duration: exactly what the schema's `duration` pattern
 * refuses (leading and trailing spaces aside), including zero lengths such as `0h`. A length
 * under half a minute (`0.001h`) rounds to 0, which the model reports.
 */
export function parseDuration(text: string, hoursPerDay = DEFAULT_HOURS_PER_DAY): number | undefined {
  const trimmed = text.trim();
  const match = human.exec(trimmed) ?? iso.exec(trimmed);
  // Minutes come either right after the hours (`1h30`, `1h30min`) or alone (`90min`), never both.
  if (!match || !/[1-9]/.test(trimmed) || (match[3] !== undefined && match[4] !== undefined))
    return undefined;
  const [, days, hours, minutesAfterHours, minutes] = match;
  return Math.round(
    amount(days) * hoursPerDay * 60 + amount(hours) * 60 + amount(minutesAfterHours) + amount(minutes),
  );
}
