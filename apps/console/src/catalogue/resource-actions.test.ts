import type { TResourceStatus, TRole } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { pendingRevisionStatus, resourceActions, type RevisionStatus } from "./resource-actions.ts";

const OWN = "dept-gongshang";
const OTHER = "dept-fagai";
const actor = (roles: TRole[], departmentId = OWN) => ({ roles, department: { id: departmentId } });
const resource = (status: TResourceStatus, hasPendingRevision = false) => ({
  status,
  version: 1,
  providerDepartment: { id: OWN },
  hasPendingRevision,
});

describe("resourceActions", () => {
  const officer = actor(["officer"]);
  const centre = actor(["centre"], "dept-centre");

  it("lets the provider's officer edit and submit a draft, nobody else", () => {
    expect(resourceActions(officer, resource("draft"), null)).toEqual(["edit", "submit"]);
    expect(resourceActions(actor(["officer"], OTHER), resource("draft"), null)).toEqual([]);
    expect(resourceActions(centre, resource("draft"), null)).toEqual([]);
  });

  it("freezes a submitted resource for its officer and offers the centre the review", () => {
    expect(resourceActions(officer, resource("submitted"), null)).toEqual([]);
    expect(resourceActions(centre, resource("submitted"), null)).toEqual(["review"]);
  });

  it("revises and retires a published resource; the centre may retire it too", () => {
    expect(resourceActions(officer, resource("published"), null)).toEqual(["edit", "retire"]);
    expect(resourceActions(centre, resource("published"), null)).toEqual(["retire"]);
    expect(resourceActions(actor(["officer"], OTHER), resource("published"), null)).toEqual([]);
    expect(resourceActions(actor(["supervisor", "admin"]), resource("published"), null)).toEqual([]);
  });

  it.each<[RevisionStatus, string[], string[]]>([
    ["draft", ["edit", "submit", "retire"], ["retire"]],
    ["submitted", ["retire"], ["review", "retire"]],
  ])("follows a %s revision", (revision, officerActions, centreActions) => {
    expect(resourceActions(officer, resource("published", true), revision)).toEqual(officerActions);
    expect(resourceActions(centre, resource("published", true), revision)).toEqual(centreActions);
  });

  it("holds back what depends on the revision until the history is in", () => {
    expect(resourceActions(officer, resource("published", true), undefined)).toEqual(["retire"]);
    expect(resourceActions(centre, resource("published", true), undefined)).toEqual(["retire"]);
  });

  it("offers nothing on a retired resource", () => {
    expect(resourceActions(actor(["officer", "centre"]), resource("retired"), null)).toEqual([]);
  });
});

describe("pendingRevisionStatus", () => {
  const published = { version: 2, hasPendingRevision: true };

  it("reads the versions above the published one", () => {
    const history = [
      { version: 1, status: "published" as const },
      { version: 2, status: "published" as const },
      { version: 3, status: "submitted" as const },
    ];
    expect(pendingRevisionStatus(published, history)).toBe("submitted");
    expect(pendingRevisionStatus(published, [...history.slice(0, 2), { version: 3, status: "draft" }])).toBe(
      "draft",
    );
  });

  it("is null without a revision and undefined while the history loads", () => {
    expect(pendingRevisionStatus({ version: 1, hasPendingRevision: false }, undefined)).toBeNull();
    expect(pendingRevisionStatus(published, undefined)).toBeUndefined();
    expect(pendingRevisionStatus(published, [{ version: 2, status: "published" }])).toBeNull();
  });
});
