import { describe, expect, it } from "vitest";
import { parseListSearch } from "../../table/list-search-params.ts";
import { toUserListInput, userListSearch } from "./user-list-search.ts";

const inputFor = (query: string) =>
  toUserListInput(parseListSearch(new URLSearchParams(query), userListSearch));

describe("the user list's URL", () => {
  it("sends only what is set", () => {
    expect(inputFor("")).toEqual({ page: 1, pageSize: 20 });
  });

  it("turns status into the server's disabled flag", () => {
    expect(inputFor("status=disabled").filters).toEqual({ disabled: true });
    expect(inputFor("status=active&role=centre").filters).toEqual({ role: "centre", disabled: false });
  });

  it("passes department, role, text and sort through", () => {
    const departmentId = "7d0f3c1e-5b7a-4c1d-9f2e-3a4b5c6d7e8f";
    expect(
      inputFor(`departmentId=${departmentId}&role=officer&q=%20财政%20&sort=displayName&direction=desc`),
    ).toEqual({
      page: 1,
      pageSize: 20,
      sort: { field: "displayName", direction: "desc" },
      filters: { departmentId, role: "officer", q: "财政" },
    });
  });

  it("drops values the server would refuse", () => {
    expect(inputFor("departmentId=410108-003&role=root&status=maybe&sort=password")).toEqual({
      page: 1,
      pageSize: 20,
    });
  });
});
