import { ZResourceListInputSchema } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { parseListSearch, toListInput, writeListSearch } from "../table/list-search-params.ts";
import { catalogueListSearch, resourceSearchListSearch } from "./resource-list-search.ts";

const departmentId = "7d0f3c1e-5b7a-4c1d-9f2e-3a4b5c6d7e8f";
const inputFor = (query: string) =>
  toListInput(parseListSearch(new URLSearchParams(query), catalogueListSearch));

describe("the catalogue list's URL", () => {
  it("sends only what is set", () => {
    expect(inputFor("")).toEqual({ page: 1, pageSize: 20 });
  });

  it("passes every filter and the sort through, in what the server's schema accepts", () => {
    const input = inputFor(
      `q=%20企业%20&providerDepartmentId=${departmentId}&classification=1-02&sharingType=conditional` +
        "&openAttribute=closed&updateCycle=daily&status=published&pendingRevision=submitted" +
        "&sort=publishDate&direction=desc&page=3",
    );
    expect(input).toEqual({
      page: 3,
      pageSize: 20,
      sort: { field: "publishDate", direction: "desc" },
      filters: {
        q: "企业",
        providerDepartmentId: departmentId,
        classification: "1-02",
        sharingType: "conditional",
        openAttribute: "closed",
        updateCycle: "daily",
        status: "published",
        pendingRevision: "submitted",
      },
    });
    expect(ZResourceListInputSchema.safeParse(input).success).toBe(true);
  });

  it("drops values the server would refuse", () => {
    expect(
      inputFor(
        "providerDepartmentId=410108-011&classification=1-2&sharingType=some&status=gone" +
          "&pendingRevision=published&sort=secret",
      ),
    ).toEqual({ page: 1, pageSize: 20 });
  });

  it("reads a classification in either spelling, full-width digits too", () => {
    expect(inputFor("classification=102").filters).toEqual({ classification: "102" });
    expect(inputFor("classification=１-０２").filters).toEqual({ classification: "1-02" });
  });

  it("goes back to page 1 when a filter changes (writeListSearch keeps what it is given)", () => {
    const state = parseListSearch(new URLSearchParams("page=4&status=draft"), catalogueListSearch);
    const next = writeListSearch(
      { ...state, page: 1, filters: { ...state.filters, status: "published" } },
      catalogueListSearch,
    );
    expect(next.toString()).toBe("status=published");
  });
});

describe("the narrower lists' URL", () => {
  it("keeps only the search and the provider", () => {
    const state = parseListSearch(
      new URLSearchParams(`q=登记&providerDepartmentId=${departmentId}&status=draft`),
      resourceSearchListSearch,
    );
    expect(state.filters).toEqual({ q: "登记", providerDepartmentId: departmentId });
  });
});
