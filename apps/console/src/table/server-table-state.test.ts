import { describe, expect, it } from "vitest";
import {
  fromPaginationState,
  fromSortingState,
  pagerRowCount,
  toPaginationState,
  toSortingState,
} from "./server-table-state.ts";

describe("server table state", () => {
  it("maps the 1-based page to TanStack's 0-based pageIndex and back", () => {
    expect(toPaginationState({ page: 3, pageSize: 20 })).toEqual({ pageIndex: 2, pageSize: 20 });
    expect(fromPaginationState({ page: 3, pageSize: 20 }, { pageIndex: 4, pageSize: 20 })).toEqual({
      page: 5,
      pageSize: 20,
    });
  });

  it("goes back to page 1 when the page size changes", () => {
    expect(fromPaginationState({ page: 3, pageSize: 20 }, { pageIndex: 2, pageSize: 50 })).toEqual({
      page: 1,
      pageSize: 50,
    });
  });

  it("maps one sort field to a sorting array and back, ignoring columns the server cannot sort", () => {
    expect(toSortingState({ field: "name", direction: "desc" })).toEqual([{ id: "name", desc: true }]);
    expect(toSortingState(undefined)).toEqual([]);
    expect(fromSortingState([{ id: "name", desc: false }], ["code", "name"])).toEqual({
      field: "name",
      direction: "asc",
    });
    expect(fromSortingState([{ id: "actions", desc: false }], ["code", "name"])).toBeUndefined();
    expect(fromSortingState([], ["code", "name"])).toBeUndefined();
  });

  it("offers one page past a capped count: 1000 counted of more at 20 a page gives page 51", () => {
    expect(Math.ceil(pagerRowCount(1000, true) / 20)).toBe(51);
    expect(Math.ceil(pagerRowCount(1000, false) / 20)).toBe(50);
  });
});
