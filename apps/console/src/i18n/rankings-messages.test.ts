import { RANKING_DEFINITIONS } from "@govshare/domain";
import { describe, expect, it } from "vitest";
import { rankingsEnUS, rankingsZhCN } from "./rankings-messages.ts";

describe("the rankings page's definitions", () => {
  it("say what packages/domain computes, in both languages", () => {
    for (const [figure, definition] of Object.entries(RANKING_DEFINITIONS)) {
      const key = figure as keyof typeof rankingsZhCN.definitions;
      expect(rankingsZhCN.definitions[key]).toBe(definition.zh);
      expect(rankingsEnUS.definitions[key]).toBe(definition.en);
    }
  });
});
