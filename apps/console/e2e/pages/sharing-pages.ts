import { expect as baseExpect, type Locator, type Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";
import { ServerTable } from "./server-table.ts";

/**
 * These flows sign in four times and open a dozen pages; on a busy 2-core machine a page's first
 * answer can take longer than the default 5 s, so the sharing pages wait longer.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** ServerTable.settled with the longer wait: rows shown and no request under way. */
async function settled(list: ServerTable): Promise<void> {
  await expect(list.bodyRows.first()).toBeVisible();
  await expect(list.table).toHaveAttribute("aria-busy", "false");
}

/** antd puts the required mark (*) in front of a label's text. */
function fieldName(label: string): RegExp {
  return new RegExp(`^(\\* )?${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** The 申请共享 dialog on a resource's page. */
export class SharingRequestDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: /^申请共享：/ });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole("group", { name: "共享申请操作" })
      .getByRole("button", { name: buttonName("申请共享") })
      .click();
    await expect(this.dialog).toBeVisible();
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(fieldName(label));
  }

  item(name: string): Locator {
    return this.dialog.getByRole("checkbox", { name, exact: true });
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole("button", { name: buttonName("提交申请") }).click();
  }
}

/** /sharing/:id: metadata, actions, timeline and the decision dialog. */
export class SharingRequestPage {
  readonly actions: Locator;
  readonly metadata: Locator;
  readonly timeline: Locator;
  readonly decisionDialog: Locator;

  constructor(readonly page: Page) {
    this.actions = page.getByRole("group", { name: "共享申请操作" });
    this.metadata = page.getByLabel("申请信息");
    this.timeline = page.getByRole("region", { name: "办理过程" });
    this.decisionDialog = page.getByRole("dialog", { name: /^(同意共享|拒绝共享)$/ });
  }

  /** The row of the metadata table for `label` (申请的信息项, 授权的信息项…). */
  metadataValue(label: string): Locator {
    return this.metadata
      .getByRole("cell")
      .filter({ hasText: label })
      .locator("xpath=following-sibling::td[1]");
  }

  /** Approves, keeping only `items` checked when given (the provider's narrowing). */
  async approve(items?: { uncheck: string[] }): Promise<void> {
    await this.actions.getByRole("button", { name: buttonName("同意") }).click();
    await expect(this.decisionDialog).toBeVisible();
    for (const item of items?.uncheck ?? []) {
      await this.decisionDialog.getByRole("checkbox", { name: item, exact: true }).uncheck();
    }
    await this.decisionDialog.getByRole("button", { name: buttonName("确定") }).click();
    await expect(this.decisionDialog).toBeHidden();
  }
}

/** 我的申请 / 待我处理: a ServerDataTable of requests. */
export class SharingInboxPage {
  readonly list: ServerTable;

  constructor(
    readonly page: Page,
    readonly box: "mine" | "awaiting",
  ) {
    this.list = new ServerTable(page, box === "mine" ? /^我的共享申请列表$/ : /^待处理共享申请列表$/);
  }

  async goto(): Promise<void> {
    await this.page.goto(`/sharing/${this.box}`);
    await settled(this.list);
  }

  row(resourceName: string): Locator {
    return this.list.bodyRows.filter({ hasText: resourceName });
  }
}

/** 共享授权, with its two tabs. */
export class GrantsPage {
  constructor(readonly page: Page) {}

  async goto(side: "using" | "providing" = "using"): Promise<void> {
    await this.page.goto(side === "using" ? "/grants" : "/grants?side=providing");
  }

  table(side: "我方使用" | "他方使用我方"): Locator {
    return this.page.getByRole("table", { name: `${side}授权列表` });
  }
}

/** The bell in the header and the notifications page. */
export class NotificationsUi {
  readonly bell: Locator;
  readonly list: ServerTable;

  constructor(readonly page: Page) {
    this.bell = page.getByRole("banner").getByRole("link", { name: /^通知/ });
    this.list = new ServerTable(page, /^通知列表$/);
  }

  /** The unread count the bell shows (0 when it says just 通知). */
  async unreadCount(): Promise<number> {
    await expect(this.bell).toBeVisible();
    const name = (await this.bell.getAttribute("aria-label")) ?? "";
    return Number(/(\d+) 条未读/.exec(name)?.[1] ?? 0);
  }

  async goto(): Promise<void> {
    await this.page.goto("/notifications");
    await settled(this.list);
  }
}

/** 工作日历, the centre's editor. */
export class CalendarPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: "节假日与调休列表" });
    this.dialog = page.getByRole("dialog", { name: "节假日或调休" });
  }

  async goto(year: number): Promise<void> {
    await this.page.goto(`/calendar?year=${year}`);
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }

  async add(day: string, name: string): Promise<void> {
    await this.page.getByRole("button", { name: buttonName("添加") }).click();
    await expect(this.dialog).toBeVisible();
    const date = this.dialog.getByLabel(fieldName("日期"));
    await date.click();
    await date.fill(day);
    await date.press("Enter");
    await expect(date).toHaveValue(day);
    await this.dialog.getByLabel(fieldName("名称")).fill(name);
    await this.dialog.getByRole("button", { name: buttonName("保存") }).click();
    await expect(this.dialog).toBeHidden();
  }
}
