import { expect, type Locator, type Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";

/** A resource's page: its actions, notices, metadata, data items and version history. */
export class ResourceDetailPage {
  readonly actions: Locator;
  readonly metadata: Locator;
  readonly dataItems: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.actions = page.getByRole("group", { name: "信息资源操作" });
    this.metadata = page.getByLabel("信息资源元数据");
    this.dataItems = page.getByRole("table", { name: "信息项列表" });
    this.history = page.getByRole("region", { name: "版本历史" });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/resources/${id}`);
    await this.settled();
  }

  /** The resource and its history are in. */
  async settled(): Promise<void> {
    await expect(this.metadata).toBeVisible();
    await expect(this.history).toHaveAttribute("aria-busy", "false");
  }

  action(name: string): Locator {
    return this.actions.getByRole("button", { name: buttonName(name) });
  }

  actionLink(name: string): Locator {
    return this.actions.getByRole("link", { name: buttonName(name) });
  }

  /** One version in the history, with its table of changes. */
  version(version: number): Locator {
    return this.history.getByRole("region", { name: `版本 ${version}` });
  }

  /** The row of one changed field in a version's table, e.g. 更新周期. */
  change(version: number, field: string): Locator {
    return this.version(version)
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: field, exact: true }) });
  }
}
