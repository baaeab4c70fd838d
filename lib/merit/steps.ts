// A scale's step grid, the one thing schemes (their bounds) and scores (their values) both
// check. Counted in integer units so 0.1 + 0.2 style errors cannot leak in.
export const EPSILON = 1e-9;

/** Number of whole steps from `min` to `value`, or null when `value` lies between steps. */
function stepsFrom(value: number, min: number, step: number): number | null {
  const units = (value - min) / step;
  const whole = Math.round(units);
  return Math.abs(units - whole) < EPSILON * Math.max(1, Math.abs(units)) ? whole : null;
}

export function onStep(value: number, min: number, step: number): boolean {
  return stepsFrom(value, min, step) !== null;
}
