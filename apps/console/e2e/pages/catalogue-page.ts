import { expect, type Locator, type Page } from "@playwright/test";
import { ServerTable } from "./server-table.ts";

/** With no expand column: 0 code, 1 name, 2 provider, 3 sharing type, 4 status, 5 update cycle, 6 publish date. */
export const CATALOGUE_COLUMNS = { code: 0, name: 1, provider: 2, sharingType: 3, status: 4 } as const;

/** 信息资源目录: the list, its one search box and filters, and the buttons above it. */
export class CataloguePage {
  readonly list: ServerTable;
  readonly search: Locator;
  readonly newResource: Locator;
  readonly exportLink: Locator;
  readonly templateLink: Locator;

  constructor(readonly page: Page) {
    this.list = new ServerTable(page, /信息资源列表|Resource list/);
    this.search = page.getByRole("searchbox", { name: /^(搜索|Search)/ });
    this.newResource = page.getByRole("link", { name: /新建信息资源|New resource/ });
    this.exportLink = page.getByRole("link", { name: /导出|Export/ });
    this.templateLink = page.getByRole("link", { name: /下载模板|Download template/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/resources${query}`);
    await this.list.settled();
  }

  /**
   * Types a word of resource names into the search box and waits for the server's answer: rows that all
   * show the word. The address changes before the table does, and until then the rows shown are the
   * earlier list's; a row taken from those would move when the answer came.
   */
  async searchForName(word: string): Promise<void> {
    await this.search.fill(word);
    await this.search.press("Enter");
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}(&|$)`));
    await expect(this.list.bodyRows.first()).toBeVisible();
    await expect(this.list.bodyRows.filter({ hasNotText: word })).toHaveCount(0);
    await this.list.settled();
  }

  row(name: string): Locator {
    return this.list.bodyRows.filter({ hasText: name });
  }
}
