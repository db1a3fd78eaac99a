import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, ZIdInputSchema } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import {
  oneOf,
  parseListSearch,
  searchText,
  toListInput,
  validatedBy,
  writeListSearch,
  type ListSearchSpec,
} from "./list-search-params.ts";

type Filters = { kind?: "town" | "street"; q?: string };
const spec: ListSearchSpec<"code" | "name", Filters> = {
  sortFields: ["code", "name"],
  filters: { kind: oneOf(["town", "street"]), q: searchText(10) },
};

const parse = (query: string) => parseListSearch(new URLSearchParams(query), spec);

describe("parseListSearch", () => {
  it("reads a complete URL", () => {
    expect(parse("page=3&pageSize=50&sort=name&direction=desc&kind=street&q=新城")).toEqual({
      page: 3,
      pageSize: 50,
      sort: { field: "name", direction: "desc" },
      filters: { kind: "street", q: "新城" },
    });
  });

  it("gives the defaults for an empty URL", () => {
    expect(parse("")).toEqual({ page: 1, pageSize: PAGE_SIZE_DEFAULT, sort: undefined, filters: {} });
  });

  it.each(["0", "-2", "abc", "2.5", "", "1e3", "99999999999"])("falls back to page 1 for page=%s", (page) => {
    expect(parse(`page=${page}`).page).toBe(1);
  });

  it.each(["0", String(PAGE_SIZE_MAX + 1), "x"])("falls back to the default page size for %s", (pageSize) => {
    expect(parse(`pageSize=${pageSize}`).pageSize).toBe(PAGE_SIZE_DEFAULT);
  });

  it("ignores a sort field the server does not know", () => {
    expect(parse("sort=password&direction=desc").sort).toBeUndefined();
  });

  it("sorts ascending unless the direction is exactly desc", () => {
    expect(parse("sort=code&direction=sideways").sort).toEqual({ field: "code", direction: "asc" });
    expect(parse("sort=code").sort).toEqual({ field: "code", direction: "asc" });
  });

  it("drops filter values that are not valid and trims search text to its limit", () => {
    expect(parse("kind=planet&q=%20%20").filters).toEqual({});
    expect(parse("q=%20abcdefghijklmnop%20").filters).toEqual({ q: "abcdefghij" });
  });
});

describe("writeListSearch", () => {
  it("leaves defaults out and keeps parameters it does not own", () => {
    const search = writeListSearch(
      { page: 1, pageSize: PAGE_SIZE_DEFAULT, sort: undefined, filters: { kind: undefined, q: "" } },
      spec,
      new URLSearchParams("page=4&kind=town&drawer=open"),
    );
    expect(search.toString()).toBe("drawer=open");
  });

  it("round-trips through parseListSearch", () => {
    const state = {
      page: 2,
      pageSize: 10,
      sort: { field: "code" as const, direction: "desc" as const },
      filters: { kind: "town" as const, q: "古荥" },
    };
    expect(parseListSearch(writeListSearch(state, spec), spec)).toEqual(state);
  });
});

describe("toListInput", () => {
  it("leaves out an absent sort and empty filters, so equal states give equal query keys", () => {
    expect(toListInput(parse("page=2"))).toEqual({ page: 2, pageSize: PAGE_SIZE_DEFAULT });
    expect(toListInput(parse("sort=name&kind=town"))).toEqual({
      page: 1,
      pageSize: PAGE_SIZE_DEFAULT,
      sort: { field: "name", direction: "asc" },
      filters: { kind: "town" },
    });
  });
});

describe("validatedBy", () => {
  const departmentId = validatedBy(ZIdInputSchema.shape.id);

  it("keeps a value the server's schema accepts and drops one it would refuse", () => {
    expect(departmentId("7d0f3c1e-5b7a-4c1d-9f2e-3a4b5c6d7e8f")).toBe("7d0f3c1e-5b7a-4c1d-9f2e-3a4b5c6d7e8f");
    expect(departmentId("410108-003")).toBeUndefined();
    expect(departmentId("")).toBeUndefined();
  });
});
