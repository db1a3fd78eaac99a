import type { TDepartmentTreeNode } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { flattenDepartmentTree, parentTreeOptions } from "./department-tree-options.ts";

const node = (id: string, name: string, children: TDepartmentTreeNode[] = []): TDepartmentTreeNode => ({
  id,
  code: `code-${id}`,
  name,
  kind: "bureau",
  children,
});

const tree = [
  node("district", "惠济区", [
    node("finance", "区财政局"),
    node("town", "古荥镇", [node("village", "黄河村")]),
  ]),
  node("orphan", "其他单位"),
];

describe("flattenDepartmentTree", () => {
  it("lists every unit right after its parent, with its depth", () => {
    expect(flattenDepartmentTree(tree).map(({ label, depth }) => [label, depth])).toEqual([
      ["惠济区", 0],
      ["区财政局", 1],
      ["古荥镇", 1],
      ["黄河村", 2],
      ["其他单位", 0],
    ]);
    expect(flattenDepartmentTree(tree)[1]).toEqual({
      value: "finance",
      label: "区财政局",
      code: "code-finance",
      depth: 1,
    });
  });
});

describe("parentTreeOptions", () => {
  const disabledIds = (options: ReturnType<typeof parentTreeOptions>): string[] =>
    options.flatMap((option) => [
      ...(option.disabled ? [option.value] : []),
      ...disabledIds(option.children),
    ]);

  it("offers every unit for a new department", () => {
    expect(disabledIds(parentTreeOptions(tree))).toEqual([]);
    expect(parentTreeOptions(tree)[0]?.title).toBe("惠济区");
  });

  it("disables the department being moved and everything below it", () => {
    expect(disabledIds(parentTreeOptions(tree, "town"))).toEqual(["town", "village"]);
    expect(disabledIds(parentTreeOptions(tree, "finance"))).toEqual(["finance"]);
  });
});
