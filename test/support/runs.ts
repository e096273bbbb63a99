/**
 * The number of runs of a property: `count`, scaled by PROPERTY_RUNS_SCALE when set (the mutation
 * run sets 0.1, since every mutant reruns the properties that reach it). Never below 20.
 */
export function runs(count: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');
  return Math.max(20, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
