import { fill, type Labels } from './labels.js';

/** A duration as templates see it: whole minutes and the same in words of the document's language. */
export interface DurationFigure {
  minutes: number;
  text: string;
}

/**
 * Writes a number of minutes the way the document's language does: English `45min`, `3h`,
 * `3h 30min` (which the blueprint format reads back); French `45 min`, `3 h`, `3 h 30`, with
 * non-breaking spaces. Longer durations stay in hours (`14 h`): days depend on the course's day.
 */
export function formatDocumentDuration(minutes: number, labels: Labels): string {
  const patterns = labels.duration;
  if (minutes === 0) return patterns.zero;
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const text =
    hours === 0
      ? fill(patterns.minutes, { m: rest })
      : rest === 0
        ? fill(patterns.hours, { h: hours })
        : fill(patterns.hours_minutes, { h: hours, m: rest, mm: String(rest).padStart(2, '0') });
  return sign + text;
}

/** A duration figure: minutes and text. */
export function durationFigure(minutes: number, labels: Labels): DurationFigure {
  return { minutes, text: formatDocumentDuration(minutes, labels) };
}

/** A number with the locale's decimal separator, at most `digits` decimals. */
export function formatNumber(value: number, labels: Labels, digits = 1): string {
  return new Intl.NumberFormat(labels.locale, { maximumFractionDigits: digits, useGrouping: true }).format(
    value,
  );
}

/** A percentage, rounded to a whole number, as the language writes it (`40%`, `40 %`). */
export function formatPercent(value: number, labels: Labels): string {
  return fill(labels.percent, { n: formatNumber(Math.round(value), labels, 0) });
}

/** A number of days, as the language writes it (`2 days`, `1,5 jour`). */
export function formatDays(days: number, labels: Labels): string {
  const pattern = days > 1 ? labels.duration.days : labels.duration.day;
  return fill(pattern, { n: formatNumber(days, labels, 2) });
}

/** A `YYYY-MM-DD` or `YYYY-MM` date in words (`12 March 2026`, `March 2026`); other text is returned as is. */
export function formatDate(date: string, labels: Labels): string {
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(date);
  const monthName = monthOnly ? labels.months[Number(monthOnly[2]) - 1] : undefined;
  if (monthOnly && monthName) return `${monthName} ${monthOnly[1]}`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? labels.months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  const day = Number(match[3]);
  return fill(labels.date, { d: day === 1 ? (labels.first_day ?? day) : day, month, y: match[1] as string });
}

/** An amount of money in the locale's way (`€1,200`, `1 200 €`), without cents when whole. */
export function formatMoney(amount: number, currency: string, labels: Labels): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(labels.locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}
