import { expect, type Locator, type Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";
import { ServerTable } from "./server-table.ts";

export interface NewUser {
  username: string;
  displayName: string;
  /** the department's name, typed into the searchable select */
  department: string;
  /** role labels as the form shows them, e.g. 部门数据管理员 */
  roles: string[];
  password: string;
}

/** 用户 Users: the list, its filters, the new-user drawer and each row's actions. */
export class UsersPage {
  readonly list: ServerTable;
  readonly search: Locator;
  readonly newUser: Locator;
  readonly createDrawer: Locator;

  constructor(readonly page: Page) {
    this.list = new ServerTable(page, /用户列表|User list/);
    this.search = page.getByRole("searchbox", { name: /^(搜索|Search)/ });
    this.newUser = page.getByRole("button", { name: /新建用户|New user/ });
    this.createDrawer = page.getByRole("dialog", { name: "新建用户" });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/users${query}`);
    await this.list.settled();
  }

  /**
   * The one row of `username`, after searching for it. The address changes before the table does: for a
   * moment the rows shown are still the earlier list's, which may hold this user too. A row taken then
   * moved when the search's answer came, and a click meant for it (or for its confirmation bubble)
   * missed. So wait for the search's answer: one row, this user's.
   */
  async findRow(username: string): Promise<Locator> {
    await this.search.fill(username);
    await this.search.press("Enter");
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(username)}(&|$)`));
    await expect(this.list.bodyRows).toHaveCount(1);
    await this.list.settled();
    const row = this.list.bodyRows.filter({ hasText: username });
    await expect(row).toHaveCount(1);
    return row;
  }

  /** Opens the drawer and fills the form; does not submit. */
  async fillNewUser(user: NewUser): Promise<void> {
    await this.newUser.click();
    const drawer = this.createDrawer;
    await drawer.getByLabel("用户名").fill(user.username);
    await drawer.getByLabel("姓名").fill(user.displayName);
    // the department select is searchable: type the name and take the match, as a keyboard user would
    // by role: "部门" alone would also match the checkbox 部门数据管理员
    const department = drawer.getByRole("combobox", { name: /部门$/ });
    await department.fill(user.department);
    // the options come from departments.tree: Enter before they arrive would choose nothing
    await expect(this.page.getByRole("option", { name: user.department }).first()).toBeAttached();
    await department.press("Enter");
    await expect(drawer.getByTitle(user.department)).toBeVisible();
    for (const checkbox of await drawer.getByRole("checkbox").all()) await checkbox.uncheck();
    for (const role of user.roles) await drawer.getByRole("checkbox", { name: role }).check();
    await drawer.getByLabel("初始密码").fill(user.password);
  }

  async submitNewUser(): Promise<void> {
    await this.createDrawer.getByRole("button", { name: buttonName("创建") }).click();
  }

  /** The confirmation bubble of a row action (停用, 结束会话). */
  confirmation(): Locator {
    return this.page.getByRole("tooltip");
  }
}
