import { bilingual } from "@govshare/validators";
import { AppError } from "../app-error.ts";

/**
 * 共享申请 states (国发〔2016〕51号):
 * - an unconditional resource is granted at once;
 * - a conditional one waits for the provider (10 working days), then for the information centre;
 * - a not-shared one goes to the centre to coordinate, which records the outcome.
 * The requester may withdraw while a decision is pending; decisions are final.
 */
export const REQUEST_STATES = [
  "awaiting_provider",
  "awaiting_centre",
  "coordinating",
  "granted",
  "rejected",
  "withdrawn",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_EVENTS = [
  "provider_approve",
  "provider_reject",
  "centre_approve",
  "centre_reject",
  "withdraw",
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

export type SharingType = "unconditional" | "conditional" | "none";

const STATE_LABELS: Record<RequestState, [string, string]> = {
  awaiting_provider: ["待提供方答复", "awaiting the provider"],
  awaiting_centre: ["待信息中心审批", "awaiting the information centre"],
  coordinating: ["信息中心协调中", "being coordinated by the information centre"],
  granted: ["已授权", "granted"],
  rejected: ["已拒绝", "rejected"],
  withdrawn: ["已撤回", "withdrawn"],
};

const TRANSITIONS: Record<RequestState, Partial<Record<RequestEvent, RequestState>>> = {
  awaiting_provider: {
    provider_approve: "awaiting_centre",
    provider_reject: "rejected",
    withdraw: "withdrawn",
  },
  awaiting_centre: { centre_approve: "granted", centre_reject: "rejected", withdraw: "withdrawn" },
  coordinating: { centre_approve: "granted", centre_reject: "rejected", withdraw: "withdrawn" },
  granted: {},
  rejected: {},
  withdrawn: {},
};

/** Where a new request starts, by the resource's sharing type. */
export function initialState(sharingType: SharingType): RequestState {
  if (sharingType === "unconditional") return "granted";
  return sharingType === "conditional" ? "awaiting_provider" : "coordinating";
}

export function canApply(state: RequestState, event: RequestEvent): boolean {
  return TRANSITIONS[state][event] !== undefined;
}

/** The next state, or CONFLICT naming the state the request is in. */
export function applyEvent(state: RequestState, event: RequestEvent): RequestState {
  const next = TRANSITIONS[state][event];
  if (!next) {
    const [zh, en] = STATE_LABELS[state];
    throw new AppError(
      "CONFLICT",
      bilingual(
        `申请当前状态为「${zh}」，不能执行此操作`,
        `The request is ${en}: this step is not possible now`,
      ),
    );
  }
  return next;
}

/** States in which someone still has to act, and so a deadline runs. */
export function isOpen(state: RequestState): boolean {
  return state === "awaiting_provider" || state === "awaiting_centre" || state === "coordinating";
}

export function stateLabel(state: RequestState): { zh: string; en: string } {
  const [zh, en] = STATE_LABELS[state];
  return { zh, en };
}
