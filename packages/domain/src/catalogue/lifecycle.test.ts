import { RESOURCE_STATUSES, type TResourceStatus } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import {
  allowedEvents,
  assertSubmittable,
  canTransition,
  editMode,
  LIFECYCLE_EVENTS,
  startRevision,
  transition,
  type TLifecycleEvent,
} from "./lifecycle.ts";

/** The lifecycle of issue 4, written out: every pair not listed here must be refused. */
const LEGAL: [TResourceStatus, TLifecycleEvent, TResourceStatus][] = [
  ["draft", "submit", "submitted"],
  ["submitted", "approve", "published"],
  ["submitted", "return", "draft"],
  ["published", "retire", "retired"],
  ["published", "revise", "draft"],
];

const ILLEGAL = RESOURCE_STATUSES.flatMap((status) =>
  LIFECYCLE_EVENTS.filter((event) => !LEGAL.some(([from, on]) => from === status && on === event)).map(
    (event) => [status, event] as const,
  ),
);

describe("transition", () => {
  it.each(LEGAL)("%s --%s--> %s", (status, event, next) => {
    expect(transition(status, event)).toBe(next);
    expect(canTransition(status, event)).toBe(true);
  });

  it("has 15 refused pairs", () => {
    expect(ILLEGAL).toHaveLength(RESOURCE_STATUSES.length * LIFECYCLE_EVENTS.length - LEGAL.length);
    expect(ILLEGAL).toHaveLength(15);
  });

  it.each(ILLEGAL)("refuses %s --%s--> with CONFLICT", (status, event) => {
    expect(canTransition(status, event)).toBe(false);
    let error: unknown;
    try {
      transition(status, event);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
  });

  it("names the status in both languages", () => {
    expect(() => transition("draft", "approve")).toThrow(
      '状态为"草稿"的信息资源不能审核通过 / a resource in status "draft" cannot be approved',
    );
    expect(() => transition("retired", "revise")).toThrow(/已停用.* \/ .*"retired"/);
  });

  it("lists the events a status accepts", () => {
    expect(allowedEvents("draft")).toEqual(["submit"]);
    expect(allowedEvents("submitted")).toEqual(["approve", "return"]);
    expect(allowedEvents("published")).toEqual(["retire", "revise"]);
    expect(allowedEvents("retired")).toEqual([]);
  });
});

describe("revisions", () => {
  it("starts a draft of the next version from a published resource", () => {
    expect(startRevision({ status: "published", version: 3 })).toEqual({ status: "draft", version: 4 });
  });

  it("revises only published resources", () => {
    for (const status of ["draft", "submitted", "retired"] as const) {
      expect(() => startRevision({ status, version: 1 })).toThrow(AppError);
    }
  });

  it("edits drafts in place, published resources through a revision, and nothing else", () => {
    expect(editMode({ status: "draft", hasPendingRevision: false })).toBe("in_place");
    expect(editMode({ status: "published", hasPendingRevision: false })).toBe("new_revision");
    expect(editMode({ status: "published", hasPendingRevision: true })).toBe("pending_revision");
    expect(() =>
      editMode({ status: "published", hasPendingRevision: true, pendingRevisionSubmitted: true }),
    ).toThrow(/新版本正在审核/);
    expect(() => editMode({ status: "submitted", hasPendingRevision: false })).toThrow(/审核/);
    expect(() => editMode({ status: "retired", hasPendingRevision: false })).toThrow(/已停用/);
  });
});

describe("assertSubmittable", () => {
  const ready = {
    classification: "102001",
    code: "102001/000001",
    sharingType: "unconditional" as const,
    sharingCondition: null,
    sharingBasis: null,
    sharingMethods: ["api" as const],
    openAttribute: "closed" as const,
    openCondition: null,
    relatedCodes: [],
    dataItems: [{ name: "企业名称" }],
  };

  function failure(resource: Parameters<typeof assertSubmittable>[0]): AppError {
    try {
      assertSubmittable(resource);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error("expected the resource to be refused");
  }

  it("lets a complete resource through", () => {
    expect(() => assertSubmittable(ready)).not.toThrow();
    expect(() =>
      assertSubmittable({
        ...ready,
        sharingType: "none",
        sharingMethods: [],
        sharingCondition: "涉及国家秘密",
        sharingBasis: "《中华人民共和国保守国家秘密法》",
      }),
    ).not.toThrow();
  });

  it("refuses a resource without data items", () => {
    const error = failure({ ...ready, dataItems: [] });
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.fieldErrors).toEqual({ dataItems: [expect.stringContaining("至少需要一个信息项")] });
    expect(error.message).toBe(
      "信息资源尚不能提交：至少需要一个信息项才能提交 / the resource cannot be submitted yet: add at least one data item before submitting",
    );
  });

  it("refuses a conditional resource without a sharing condition", () => {
    const error = failure({ ...ready, sharingType: "conditional", sharingCondition: "  " });
    expect(Object.keys(error.fieldErrors!)).toEqual(["sharingCondition"]);
  });

  it("refuses a not-shared resource without a legal or policy basis", () => {
    const error = failure({ ...ready, sharingType: "none", sharingCondition: "涉及个人隐私" });
    expect(Object.keys(error.fieldErrors!)).toEqual(["sharingBasis"]);
    expect(error.message).toContain("法律法规或政策依据");
  });

  it("lists every problem at once", () => {
    const error = failure({
      ...ready,
      sharingType: "none",
      sharingCondition: null,
      dataItems: [],
      openAttribute: "conditional",
    });
    expect(Object.keys(error.fieldErrors!).sort()).toEqual(
      ["dataItems", "openCondition", "sharingBasis", "sharingCondition"].sort(),
    );
    expect(error.message.split(" / ")[0]!.split("；")).toHaveLength(4);
  });
});
