/** Session and sign-in limits; defaults follow the identity issue (OWASP session guidance). */
export interface SessionSettings {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

export interface LockoutSettings {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 60 * 60_000,
};

export const DEFAULT_LOCKOUT_SETTINGS: LockoutSettings = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export type SessionState = "active" | "ended" | "expired" | "idle";

export function sessionState(
  session: { lastSeenAt: Date; expiresAt: Date; endedAt: Date | null },
  now: Date,
  settings: SessionSettings,
): SessionState {
  if (session.endedAt) return "ended";
  if (now.getTime() >= session.expiresAt.getTime()) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= settings.idleTimeoutMs) return "idle";
  return "active";
}

/** A session's last-seen time is written at most this often, not on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface ThrottleState {
  windowStart: Date;
  failures: number;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The throttle after one more failed sign-in: failures count within a window that starts at the first
 * failure; the failure that reaches the limit locks the name for `lockMs`.
 */
export function afterFailure(
  state: ThrottleState | null,
  now: Date,
  settings: LockoutSettings,
): ThrottleState {
  // attempts that were already under way when the lock fell keep it: they must not restart the count
  if (state && isLocked(state, now)) return { ...state, failures: state.failures + 1 };
  const windowOpen =
    state && now.getTime() - state.windowStart.getTime() < settings.windowMs && !state.lockedUntil;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const lockedUntil = failures >= settings.maxFailures ? new Date(now.getTime() + settings.lockMs) : null;
  return { windowStart, failures, lockedUntil };
}
