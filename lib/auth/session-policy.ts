// How long a staff session lasts: at most SESSION_MAX_HOURS after sign-in (12 by default),
// whatever the activity, and no more than SESSION_IDLE_MINUTES (30) after its last request.
// Pure: lib/auth/actor.ts applies it to the session row of each request.

export type SessionLimits = { maxMs: number; idleMs: number };

/** Last activity is written at most this often, so a busy page does not write on every request. */
export const ACTIVITY_RESOLUTION_MS = 60_000;

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value == null || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}".`);
  return n;
}

/** Read at each use, so a test (or an operator's restart) sees the environment as it is. */
export function sessionLimits(env: Record<string, string | undefined> = process.env): SessionLimits {
  return {
    maxMs: positive(env.SESSION_MAX_HOURS, 12, "SESSION_MAX_HOURS") * 3_600_000,
    idleMs: positive(env.SESSION_IDLE_MINUTES, 30, "SESSION_IDLE_MINUTES") * 60_000,
  };
}

export type SessionTimes = { createdAt: Date; lastActiveAt: Date };

/** Why a session is over at `now`, or null while it is still good. */
export function sessionEnded(s: SessionTimes, now: Date, limits: SessionLimits): "absolute" | "idle" | null {
  if (now.getTime() - s.createdAt.getTime() >= limits.maxMs) return "absolute";
  if (now.getTime() - s.lastActiveAt.getTime() >= limits.idleMs) return "idle";
  return null;
}

/** Whether this request should move the session's last activity forward. */
export function activityDue(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastActiveAt.getTime() >= ACTIVITY_RESOLUTION_MS;
}
