/**
 * Splits `total` whole minutes in proportion to `weights`, so that the parts add up to exactly
 * `total` (largest remainder method, ties to the earlier part) and none is zero when
 * `total >= weights.length`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / weights.length));
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((share, index) => ({ index, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  for (let index = 0; index < parts.length; index++) {
    if (parts[index] !== 0) continue;
    const largest = parts.indexOf(Math.max(...parts));
    if ((parts[largest] ?? 0) <= 1) break;
    parts[largest] = (parts[largest] ?? 0) - 1;
    parts[index] = 1;
  }
  return parts;
}

/** Durations are rounded to this many minutes wherever the total allows it, as a designer would. */
export const STEP_MINUTES = 5;

/**
 * Like `apportion`, in multiples of STEP_MINUTES when `total` is one and there are enough steps
 * for every part (and every part stays within `limit`); in whole minutes otherwise.
 */
export function apportionRounded(
  total: number,
  weights: readonly number[],
  limit = Number.POSITIVE_INFINITY,
): number[] {
  if (total % STEP_MINUTES === 0 && total / STEP_MINUTES >= weights.length) {
    const parts = apportion(total / STEP_MINUTES, weights).map((part) => part * STEP_MINUTES);
    if (parts.every((part) => part <= limit)) return parts;
  }
  return apportion(total, weights);
}

/** Minutes as the format writes them, the way a designer would: '45min', '2h', '1h30', '1h05'. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes}min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}`;
}

/** The shortest time an activity keeps its own slot when a module is scaled down. */
export const MIN_ACTIVITY_MINUTES = 5;

/** How one module of a starter is laid out once scaled: its sessions and their activities. */
export interface ModulePlan {
  /** One entry per session the module is split into (one when it fits in `maxSession`). */
  parts: Array<{
    minutes: number;
    /** Indexes of the starter's activities kept in this part, with their minutes. */
    activities: Array<{ index: number; minutes: number }>;
  }>;
}

/**
 * Scales a starter's modules to a new total: module lengths in proportion to the starter's,
 * in whole minutes (multiples of 5 where the total allows) adding up to `total` exactly; a module longer than `maxSession` is split
 * into equal sessions that fit; each session keeps the starter's activities scaled to fill it
 * exactly, dropping the shortest ones when fewer than MIN_ACTIVITY_MINUTES would be left for each.
 */
export function planModules(
  total: number,
  modules: ReadonlyArray<{ minutes: number; activities: readonly number[] }>,
  maxSession = Number.POSITIVE_INFINITY,
): ModulePlan[] {
  const lengths = apportionRounded(
    total,
    modules.map((module) => module.minutes),
  );
  return modules.map((module, moduleIndex) => {
    const length = lengths[moduleIndex] ?? 0;
    const count = Math.max(1, Math.ceil(length / maxSession));
    const sessions = apportionRounded(length, new Array<number>(count).fill(1), maxSession);
    return {
      parts: sessions.map((minutes) => ({ minutes, activities: planActivities(minutes, module.activities) })),
    };
  });
}

function planActivities(
  minutes: number,
  weights: readonly number[],
): Array<{ index: number; minutes: number }> {
  if (weights.length === 0) return [];
  const keep = Math.min(weights.length, Math.max(1, Math.floor(minutes / MIN_ACTIVITY_MINUTES)));
  const kept = weights
    .map((weight, index) => ({ weight, index }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, keep)
    .sort((a, b) => a.index - b.index);
  const lengths = apportionRounded(
    minutes,
    kept.map((activity) => activity.weight),
  );
  return kept.map((activity, position) => ({ index: activity.index, minutes: lengths[position] ?? 0 }));
}
