import { expect, type Locator, type Page } from "@playwright/test";

/** 我的令牌 My API tokens: create, see the secret once, revoke. */
export class TokensPage {
  readonly table: Locator;
  readonly name: Locator;
  readonly create: Locator;
  readonly secretDialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: /令牌列表|Token list/ });
    this.name = page.getByLabel("令牌名称");
    this.create = page.getByRole("button", { name: "创建令牌" });
    this.secretDialog = page.getByRole("dialog", { name: /^令牌已创建/ });
  }

  async goto(): Promise<void> {
    await this.page.goto("/tokens");
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }

  row(name: string): Locator {
    return this.table.getByRole("row").filter({ hasText: name });
  }
}
