import type { Locator, Page } from "@playwright/test";
import { ServerTable } from "./server-table.ts";

/** 审计 Audit: the event list, its filters and the chain verification. */
export class AuditPage {
  readonly list: ServerTable;
  readonly actionFilter: Locator;
  readonly verify: Locator;

  constructor(readonly page: Page) {
    this.list = new ServerTable(page, /审计事件列表|Audit events/);
    this.actionFilter = page.getByRole("searchbox", { name: /^(操作|Action)/ });
    this.verify = page.getByRole("button", { name: /校验审计链|Verify chain/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/audit${query}`);
    await this.list.settled();
  }
}
