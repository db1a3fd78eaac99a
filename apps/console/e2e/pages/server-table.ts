import { expect, type Locator, type Page } from "@playwright/test";

/** A ServerDataTable as the user sees it: rows, column headers and the "busy" state. */
export class ServerTable {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    name: RegExp,
  ) {
    this.table = page.getByRole("table", { name });
  }

  /**
   * Rows shown and no request for other rows under way. The first rows may wait for the page's own
   * code and its first query: on a busy two-core CI machine that once took longer than the 5 s default.
   * After a change of the address (a search, a filter), this can pass before the table has taken the
   * change: for a moment the earlier rows are shown and not busy. Wait for something of the answer first.
   */
  async settled(): Promise<void> {
    await expect(this.bodyRows.first()).toBeVisible({ timeout: 15_000 });
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }

  /** Rows with data cells; the header row has column headers only. */
  get bodyRows(): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader", { name });
  }

  /** The texts of one column, top to bottom. */
  async column(index: number): Promise<string[]> {
    const columnCount = await this.table.getByRole("columnheader").count();
    // one snapshot of all cells: reading row by row could wait forever on a row a re-render removed
    const cells = await this.bodyRows.getByRole("cell").allInnerTexts();
    return cells.filter((_, cellIndex) => cellIndex % columnCount === index);
  }
}
