import { describe, expect, it } from "vitest";
import { activityDue, sessionEnded, sessionLimits } from "./session-policy";

const at = (iso: string) => new Date(`2026-12-04T${iso}:00Z`);
const limits = sessionLimits({});

describe("the session policy", () => {
  it("defaults to 12 hours in all and 30 minutes idle, and reads both from the environment", () => {
    expect(limits).toEqual({ maxMs: 12 * 3_600_000, idleMs: 30 * 60_000 });
    expect(sessionLimits({ SESSION_MAX_HOURS: "8", SESSION_IDLE_MINUTES: "15" })).toEqual({ maxMs: 8 * 3_600_000, idleMs: 15 * 60_000 });
    expect(() => sessionLimits({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => sessionLimits({ SESSION_MAX_HOURS: "dua belas" })).toThrow(/SESSION_MAX_HOURS/);
  });

  it("ends a session idle for 30 minutes", () => {
    const s = { createdAt: at("08:00"), lastActiveAt: at("09:00") };
    expect(sessionEnded(s, at("09:29"), limits)).toBeNull();
    expect(sessionEnded(s, at("09:30"), limits)).toBe("idle");
  });

  it("ends a session 12 hours after sign-in however active it is", () => {
    const s = { createdAt: at("08:00"), lastActiveAt: at("19:59") };
    expect(sessionEnded(s, at("19:59"), limits)).toBeNull();
    expect(sessionEnded({ ...s, lastActiveAt: new Date(at("20:00").getTime() - 1000) }, at("20:00"), limits)).toBe("absolute");
  });

  it("records activity at most once a minute", () => {
    const s = { createdAt: at("08:00"), lastActiveAt: at("09:00") };
    expect(activityDue(s, new Date(at("09:00").getTime() + 59_000))).toBe(false);
    expect(activityDue(s, at("09:01"))).toBe(true);
  });
});
