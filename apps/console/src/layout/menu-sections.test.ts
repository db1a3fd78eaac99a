import { describe, expect, it } from "vitest";
import type { MenuSection } from "../navigation.tsx";
import { menuSectionsOf } from "./menu-sections.ts";

const page = (label: string, section: MenuSection) => ({ label, section });

describe("menuSectionsOf", () => {
  it("groups pages by section in first-appearance order, keeping the pages' order", () => {
    const grouped = menuSectionsOf([
      page("home", "overview"),
      page("catalogue", "catalogue"),
      page("grants", "sharing"),
      page("review", "catalogue"),
      page("tokens", "system"),
    ]);
    expect(grouped.map(({ section, pages }) => [section, pages.map((p) => p.label)])).toEqual([
      ["overview", ["home"]],
      ["catalogue", ["catalogue", "review"]],
      ["sharing", ["grants"]],
      ["system", ["tokens"]],
    ]);
  });

  it("leaves out sections with no page the user may open", () => {
    expect(menuSectionsOf([page("tokens", "system")]).map((group) => group.section)).toEqual(["system"]);
  });
});
