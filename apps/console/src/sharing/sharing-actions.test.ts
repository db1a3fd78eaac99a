import { describe, expect, it } from "vitest";
import type { TRole } from "@govshare/validators";
import { sharingActions } from "./sharing-actions.ts";

const PROVIDER = "01900000-0000-7000-8000-00000000000a";
const REQUESTER = "01900000-0000-7000-8000-00000000000b";
const CENTRE = "01900000-0000-7000-8000-00000000000c";

const viewer = (roles: TRole[], departmentId: string) => ({ roles, department: { id: departmentId } });
const request = (state: string, extra: { escalated?: boolean; revokedAt?: string | null } = {}) => ({
  state: state as "awaiting_provider",
  escalated: extra.escalated ?? false,
  revokedAt: extra.revokedAt ?? null,
  providerDepartmentId: PROVIDER,
  requesterDepartment: { id: REQUESTER, code: "R", name: "申请方" },
});

describe("what a user may do with a sharing request", () => {
  it("the provider's officer decides the provider step and may narrow the items", () => {
    expect(sharingActions(viewer(["officer"], PROVIDER), request("awaiting_provider"))).toEqual([
      "decide",
      "narrowItems",
      "comment",
    ]);
  });

  it("the requester withdraws and comments, never decides", () => {
    expect(sharingActions(viewer(["officer"], REQUESTER), request("awaiting_provider"))).toEqual([
      "withdraw",
      "comment",
    ]);
    expect(sharingActions(viewer(["officer"], REQUESTER), request("awaiting_centre"))).toEqual([
      "withdraw",
      "comment",
    ]);
  });

  it("the centre decides its step without narrowing, takes over an escalated one and coordinates", () => {
    const centre = viewer(["centre"], CENTRE);
    expect(sharingActions(centre, request("awaiting_provider"))).toEqual(["comment"]);
    expect(sharingActions(centre, request("awaiting_centre"))).toEqual(["decide", "comment"]);
    expect(sharingActions(centre, request("awaiting_provider", { escalated: true }))).toEqual([
      "decide",
      "narrowItems",
      "comment",
    ]);
    expect(sharingActions(centre, request("coordinating"))).toEqual(["decide", "narrowItems", "comment"]);
  });

  it("a grant is revoked by the provider or the centre, once", () => {
    expect(sharingActions(viewer(["officer"], PROVIDER), request("granted"))).toEqual(["revoke", "comment"]);
    expect(sharingActions(viewer(["officer"], REQUESTER), request("granted"))).toEqual(["comment"]);
    expect(
      sharingActions(viewer(["centre"], CENTRE), request("granted", { revokedAt: "2016-03-01T00:00:00Z" })),
    ).toEqual(["comment"]);
  });

  it("an officer of a third department and a supervisor only read", () => {
    expect(sharingActions(viewer(["officer"], CENTRE), request("awaiting_provider"))).toEqual([]);
    expect(sharingActions(viewer(["supervisor"], PROVIDER), request("awaiting_provider"))).toEqual([]);
  });
});
