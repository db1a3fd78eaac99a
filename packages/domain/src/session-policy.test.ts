import { describe, expect, it } from "vitest";
import {
  afterFailure,
  DEFAULT_LOCKOUT_SETTINGS as lockout,
  DEFAULT_SESSION_SETTINGS as settings,
  isLocked,
  sessionState,
  type ThrottleState,
} from "./session-policy.ts";

const t0 = new Date("2026-03-02T01:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const minutes = (n: number) => n * 60_000;

describe("sessionState", () => {
  const session = { lastSeenAt: t0, expiresAt: at(settings.absoluteTimeoutMs), endedAt: null };
  it("is active within the idle timeout", () => {
    expect(sessionState(session, at(minutes(29)), settings)).toBe("active");
  });
  it("is idle after 30 minutes without use", () => {
    expect(sessionState(session, at(minutes(30)), settings)).toBe("idle");
  });
  it("expires at the absolute timeout however recently used", () => {
    const busy = { ...session, lastSeenAt: at(settings.absoluteTimeoutMs - 1000) };
    expect(sessionState(busy, at(settings.absoluteTimeoutMs), settings)).toBe("expired");
  });
  it("is ended once ended", () => {
    expect(sessionState({ ...session, endedAt: t0 }, t0, settings)).toBe("ended");
  });
});

describe("login throttling", () => {
  it("locks on the 10th failure within 15 minutes, for 15 minutes", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 9; i++) state = afterFailure(state, at(minutes(i)), lockout);
    expect(state!.failures).toBe(9);
    expect(isLocked(state, at(minutes(9)))).toBe(false);
    state = afterFailure(state, at(minutes(10)), lockout);
    expect(isLocked(state, at(minutes(10)))).toBe(true);
    expect(isLocked(state, at(minutes(24)))).toBe(true);
    expect(isLocked(state, at(minutes(25)))).toBe(false);
  });

  it("starts counting again when the window has passed", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 9; i++) state = afterFailure(state, at(i * 1000), lockout);
    state = afterFailure(state, at(minutes(16)), lockout);
    expect(state).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("keeps the lock when more failures arrive while locked", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 10; i++) state = afterFailure(state, at(i), lockout);
    state = afterFailure(state, at(20), lockout);
    expect(isLocked(state, at(30))).toBe(true);
  });

  it("starts a new window after a lock has run out", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 10; i++) state = afterFailure(state, at(i), lockout);
    state = afterFailure(state, at(minutes(40)), lockout);
    expect(state).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
