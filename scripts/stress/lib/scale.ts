/** `STRESS_SCALE=short` shortens every stress suite so CI runs each within a couple of minutes. */
export type StressScale = 'full' | 'short';

export function stressScale(): StressScale {
  const value = (process.env.STRESS_SCALE ?? 'full').trim().toLowerCase();
  if (value !== 'full' && value !== 'short') throw new Error(`STRESS_SCALE must be "full" or "short", not "${value}"`);
  return value;
}

/** The full figure, or the short one under STRESS_SCALE=short. */
export const byScale = <T>(full: T, short: T): T => (stressScale() === 'short' ? short : full);
