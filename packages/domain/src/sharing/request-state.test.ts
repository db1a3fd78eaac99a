import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import {
  applyEvent,
  canApply,
  initialState,
  isOpen,
  REQUEST_EVENTS,
  REQUEST_STATES,
  type RequestEvent,
  type RequestState,
} from "./request-state.ts";

const legal: [RequestState, RequestEvent, RequestState][] = [
  ["awaiting_provider", "provider_approve", "awaiting_centre"],
  ["awaiting_provider", "provider_reject", "rejected"],
  ["awaiting_provider", "withdraw", "withdrawn"],
  ["awaiting_centre", "centre_approve", "granted"],
  ["awaiting_centre", "centre_reject", "rejected"],
  ["awaiting_centre", "withdraw", "withdrawn"],
  ["coordinating", "centre_approve", "granted"],
  ["coordinating", "centre_reject", "rejected"],
  ["coordinating", "withdraw", "withdrawn"],
];

describe("sharing request states", () => {
  it("starts by sharing type: unconditional granted, conditional with the provider, not shared with the centre", () => {
    expect(initialState("unconditional")).toBe("granted");
    expect(initialState("conditional")).toBe("awaiting_provider");
    expect(initialState("none")).toBe("coordinating");
  });

  it.each(legal)("%s --%s--> %s", (state, event, next) => {
    expect(applyEvent(state, event)).toBe(next);
  });

  const illegal = REQUEST_STATES.flatMap((state) =>
    REQUEST_EVENTS.filter((event) => !legal.some(([s, e]) => s === state && e === event)).map(
      (event) => [state, event] as const,
    ),
  );
  it.each(illegal)("refuses %s --%s-->", (state, event) => {
    expect(canApply(state, event)).toBe(false);
    expect(() => applyEvent(state, event)).toThrow(AppError);
  });

  it("has 9 legal and 21 illegal transitions, and final states stay final", () => {
    expect(legal).toHaveLength(9);
    expect(illegal).toHaveLength(21);
    for (const state of ["granted", "rejected", "withdrawn"] as const) expect(isOpen(state)).toBe(false);
  });
});
