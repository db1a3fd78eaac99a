import { ZAuditListInputSchema } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { parseListSearch } from "../../table/list-search-params.ts";
import { auditListSearch, toAuditListInput } from "./audit-list-search.ts";

const parse = (query: string) => parseListSearch(new URLSearchParams(query), auditListSearch);

describe("the audit list's URL", () => {
  it("keeps action, subject type and real calendar days", () => {
    expect(parse("action=auth.login&subjectType=session&from=2026-05-01&to=2026-05-31").filters).toEqual({
      action: "auth.login",
      subjectType: "session",
      from: "2026-05-01",
      to: "2026-05-31",
    });
  });

  it("offers information resources as a subject type", () => {
    expect(parse("subjectType=resource").filters).toEqual({ subjectType: "resource" });
  });

  it("drops days that do not exist and types it does not know", () => {
    expect(parse("from=2026-02-30&to=2026-5-1&subjectType=planet").filters).toEqual({});
  });
});

describe("toAuditListInput", () => {
  it("sends nothing for an empty URL", () => {
    expect(toAuditListInput(parse(""))).toEqual({ page: 1, pageSize: 20 });
  });

  it("turns the days into local midnights, the end day included", () => {
    const input = toAuditListInput(parse("from=2026-05-01&to=2026-05-31&action=auth.login"));
    expect(input.filters?.action).toBe("auth.login");
    expect(new Date(input.filters?.from ?? "").getTime()).toBe(new Date(2026, 4, 1).getTime());
    // the server's upper bound is exclusive: the whole of 31 May is in
    expect(new Date(input.filters?.to ?? "").getTime()).toBe(new Date(2026, 5, 1).getTime());
  });

  it("produces what the server's schema accepts (ISO datetimes with an offset)", () => {
    const input = toAuditListInput(parse("from=2026-01-01&to=2026-12-31&sort=seq&direction=asc"));
    expect(ZAuditListInputSchema.safeParse(input).success).toBe(true);
  });

  it("accepts a range open at one end", () => {
    const input = toAuditListInput(parse("from=2026-05-01"));
    expect(Object.keys(input.filters ?? {})).toEqual(["from"]);
  });
});
