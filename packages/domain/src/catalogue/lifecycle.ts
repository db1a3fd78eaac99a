import {
  bilingual,
  RESOURCE_STATUS_LABELS,
  resourceRuleIssues,
  type TLabel,
  type TResourceRuleSubject,
  type TResourceStatus,
} from "@govshare/validators";
import { AppError } from "../app-error.ts";

// The lifecycle of a catalogue entry (issue 4):
//   draft → submitted (officer submits) → published (centre approves)
//                     ↘ draft (centre returns it with comments)
//   published → retired
//   published → revise: a new draft version (version + 1) while the published one stays visible
// A published resource is never edited in place: `revise` starts the next version as a draft, which goes
// through review again; when it is approved it replaces the published version.

export const LIFECYCLE_EVENTS = ["submit", "approve", "return", "retire", "revise"] as const;
export type TLifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export const LIFECYCLE_EVENT_LABELS: Record<TLifecycleEvent, TLabel> = {
  submit: { zh: "提交审核", en: "submitted for review" },
  approve: { zh: "审核通过", en: "approved" },
  return: { zh: "退回修改", en: "returned" },
  retire: { zh: "停用", en: "retired" },
  revise: { zh: "修订", en: "revised" },
};

const TRANSITIONS: Record<TResourceStatus, Partial<Record<TLifecycleEvent, TResourceStatus>>> = {
  draft: { submit: "submitted" },
  submitted: { approve: "published", return: "draft" },
  published: { retire: "retired", revise: "draft" },
  retired: {},
};

/** The events a resource in `status` accepts, e.g. to show only the buttons that can work. */
export function allowedEvents(status: TResourceStatus): TLifecycleEvent[] {
  return LIFECYCLE_EVENTS.filter((event) => TRANSITIONS[status][event] !== undefined);
}

export function canTransition(status: TResourceStatus, event: TLifecycleEvent): boolean {
  return TRANSITIONS[status][event] !== undefined;
}

/**
 * The status after `event`; throws CONFLICT naming the current status when the event does not apply
 * (someone else may have moved the resource on since the page was loaded). For `revise` the result is the
 * status of the new version; the published one keeps its status (see `startRevision`).
 */
export function transition(status: TResourceStatus, event: TLifecycleEvent): TResourceStatus {
  const next = TRANSITIONS[status][event];
  if (next === undefined) {
    const statusLabel = RESOURCE_STATUS_LABELS[status];
    const eventLabel = LIFECYCLE_EVENT_LABELS[event];
    throw new AppError(
      "CONFLICT",
      bilingual(
        `状态为"${statusLabel.zh}"的信息资源不能${eventLabel.zh}`,
        `a resource in status "${statusLabel.en}" cannot be ${eventLabel.en}`,
      ),
    );
  }
  return next;
}

/** The version an edit of a published resource starts: a draft numbered one higher. */
export function startRevision(published: { status: TResourceStatus; version: number }): {
  status: TResourceStatus;
  version: number;
} {
  return { status: transition(published.status, "revise"), version: published.version + 1 };
}

/**
 * How an update request applies: a draft is changed in place; a published resource gets a new draft
 * version, or, when one is already pending, that draft is changed. Submitted resources and submitted
 * revisions are frozen while the centre reviews them, and retired resources for good (CONFLICT).
 */
export function editMode(resource: {
  status: TResourceStatus;
  hasPendingRevision: boolean;
  /** the pending revision was submitted and awaits the centre */
  pendingRevisionSubmitted?: boolean;
}): "in_place" | "new_revision" | "pending_revision" {
  switch (resource.status) {
    case "draft":
      return "in_place";
    case "published":
      if (!resource.hasPendingRevision) return "new_revision";
      if (resource.pendingRevisionSubmitted) {
        throw new AppError(
          "CONFLICT",
          bilingual(
            "新版本正在审核，审核完成前不能修改",
            "The new version is being reviewed and cannot change now",
          ),
        );
      }
      return "pending_revision";
    case "submitted":
      throw new AppError(
        "CONFLICT",
        bilingual(
          "信息资源正在审核，审核完成前不能修改",
          "the resource is being reviewed and cannot be changed until the review is done",
        ),
      );
    case "retired":
      throw new AppError(
        "CONFLICT",
        bilingual("已停用的信息资源不能修改", "a retired resource cannot be changed"),
      );
  }
}

/**
 * Checks what submitting needs beyond the status: at least one data item and the catalogue rules
 * (conditions and basis for restricted sharing, …). Throws PRECONDITION_FAILED with field errors, so the
 * form can mark the fields, and a message that lists every problem.
 */
export function assertSubmittable(resource: TResourceRuleSubject & { dataItems: readonly unknown[] }): void {
  const problems = resourceRuleIssues(resource);
  if (resource.dataItems.length === 0) {
    problems.unshift({
      path: ["dataItems"],
      message: bilingual("至少需要一个信息项才能提交", "add at least one data item before submitting"),
    });
  }
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems) (fieldErrors[problem.path.join(".")] ??= []).push(problem.message);
  const halves = problems.map((problem) => splitBilingual(problem.message));
  throw new AppError(
    "PRECONDITION_FAILED",
    bilingual(
      `信息资源尚不能提交：${halves.map(([chinese]) => chinese).join("；")}`,
      `the resource cannot be submitted yet: ${halves.map(([, english]) => english).join("; ")}`,
    ),
    fieldErrors,
  );
}

/** The two halves of a message made by `bilingual()`, which puts the first " / " between them. */
function splitBilingual(message: string): [string, string] {
  const at = message.indexOf(" / ");
  return at < 0 ? [message, message] : [message.slice(0, at), message.slice(at + 3)];
}
