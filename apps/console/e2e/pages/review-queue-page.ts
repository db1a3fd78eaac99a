import type { Locator, Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";
import { ServerTable } from "./server-table.ts";

/** 目录审核: what officers submitted, new resources and revisions, each approved or returned here. */
export class ReviewQueuePage {
  readonly submitted: ServerTable;
  readonly revisions: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.submitted = new ServerTable(page, /^待审核的信息资源列表$|^Resources awaiting review$/);
    this.revisions = page.getByRole("table", { name: /待审核的修订列表|Revisions awaiting review/ });
    this.dialog = page.getByRole("dialog");
  }

  async goto(): Promise<void> {
    await this.page.goto("/resources/review");
    await this.submitted.settled();
  }

  /** Opens the decision dialog of the row showing `name`; the comment and the confirmation follow. */
  async decide(row: Locator, decision: "通过" | "退回修改", comment?: string): Promise<void> {
    await row.getByRole("button", { name: buttonName(decision) }).click();
    if (comment !== undefined) await this.dialog.getByLabel("审核意见").fill(comment);
    await this.dialog.getByRole("button", { name: buttonName(decision) }).click();
  }
}
