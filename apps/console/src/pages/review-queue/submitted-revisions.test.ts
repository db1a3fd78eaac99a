import type { TResourceHistoryEntry, TResourceListItem } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { revisionCandidates, submittedRevisions } from "./submitted-revisions.ts";

const item = (id: string, overrides: Partial<TResourceListItem> = {}): TResourceListItem => ({
  id,
  code: `102001/00000${id}`,
  classification: "102001",
  name: `资源 ${id}`,
  providerDepartment: { id: "d", code: "410108-011", name: "区工商质监局" },
  format: "database",
  sharingType: "conditional",
  openAttribute: "closed",
  updateCycle: "daily",
  status: "published",
  version: 1,
  publishDate: "2026-05-01",
  formationDate: "2016-01-10",
  updatedAt: "2026-05-02T08:00:00.000Z",
  dataItemCount: 3,
  hasPendingRevision: true,
  ...overrides,
});

const entry = (version: number, status: TResourceHistoryEntry["status"]): TResourceHistoryEntry => ({
  version,
  status,
  at: "2026-05-02T08:00:00.000Z",
  changes: [],
});

describe("the review queue's revisions", () => {
  it("fetches histories only for published resources with a revision", () => {
    const items = [item("1"), item("2", { hasPendingRevision: false }), item("3", { status: "draft" })];
    expect(revisionCandidates(items).map((resource) => resource.id)).toEqual(["1"]);
  });

  it("keeps the submitted revisions, with the version under review", () => {
    const histories: Record<string, TResourceHistoryEntry[]> = {
      "1": [entry(1, "published"), entry(2, "submitted")],
      "2": [entry(1, "published"), entry(2, "draft")],
    };
    const revisions = submittedRevisions([item("1"), item("2"), item("3")], (id) => histories[id]);
    expect(revisions.map(({ resource, version }) => [resource.id, version])).toEqual([["1", 2]]);
  });
});
