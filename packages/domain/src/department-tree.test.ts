import { describe, expect, it } from "vitest";
import { buildTree } from "./department-tree.ts";

describe("buildTree", () => {
  it("nests children under their parent in list order", () => {
    const tree = buildTree([
      { id: "d", parentId: null },
      { id: "b2", parentId: "d" },
      { id: "b1", parentId: "d" },
      { id: "v", parentId: "b1" },
    ]);
    expect(tree.map((n) => n.node.id)).toEqual(["d"]);
    expect(tree[0]!.children.map((n) => n.node.id)).toEqual(["b2", "b1"]);
    expect(tree[0]!.children[1]!.children.map((n) => n.node.id)).toEqual(["v"]);
  });

  it("makes orphans roots instead of dropping them", () => {
    const tree = buildTree([{ id: "x", parentId: "missing" }]);
    expect(tree.map((n) => n.node.id)).toEqual(["x"]);
  });
});
