import * as domain from "@govshare/domain";
import { describe, expect, it } from "vitest";
import { AUDIT_READERS, IDENTITY_MANAGERS } from "./role-groups.ts";

describe("the console's copies of the API's role groups", () => {
  it("match @govshare/domain", () => {
    expect([...IDENTITY_MANAGERS].sort()).toEqual([...domain.IDENTITY_MANAGERS].sort());
    expect([...AUDIT_READERS].sort()).toEqual([...domain.AUDIT_READERS].sort());
  });
});
