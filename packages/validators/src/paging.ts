import { z } from "zod";
import { bilingual } from "./zod-messages.ts";

/** Limits shared by every list (CONVENTIONS.md rule 5). */
export const PAGE_SIZE_MAX = 200;
export const PAGE_SIZE_DEFAULT = 20;

export const ZSortDirectionSchema = z.enum(["asc", "desc"]);

/**
 * The one paging contract: `{ page (1-based), pageSize, sort, filters }` in, `{ items, total, page,
 * pageSize }` out. `sortFields` names the columns a list may be sorted by.
 */
export function zPageInput<const Fields extends readonly [string, ...string[]], Filters extends z.ZodType>(
  sortFields: Fields,
  filters: Filters,
) {
  return z.object({
    page: z
      .int(bilingual("页码必须是整数", "page must be an integer"))
      .min(1, bilingual("页码从 1 开始", "page starts at 1"))
      .default(1),
    pageSize: z
      .int(bilingual("每页条数必须是整数", "pageSize must be an integer"))
      .min(1, bilingual("每页至少 1 条", "pageSize must be at least 1"))
      .max(PAGE_SIZE_MAX, bilingual(`每页最多 ${PAGE_SIZE_MAX} 条`, `pageSize is at most ${PAGE_SIZE_MAX}`))
      .default(PAGE_SIZE_DEFAULT),
    sort: z.object({ field: z.enum(sortFields), direction: ZSortDirectionSchema.default("asc") }).optional(),
    filters: filters.optional(),
  });
}

export function zPage<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1),
  });
}

export type TPage<Item> = { items: Item[]; total: number; page: number; pageSize: number };
