import type { Locator, Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";
import type { Credentials } from "../support/demo-users.ts";

/** The sign-in form at /login, found by its labels as a person (or a screen reader) would. */
export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.username = page.getByLabel("用户名");
    this.password = page.getByLabel("密码", { exact: true });
    this.submit = page.getByRole("button", { name: buttonName("登录") });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/login${query}`);
  }

  async signIn(credentials: Credentials): Promise<void> {
    await this.username.fill(credentials.username);
    await this.password.fill(credentials.password);
    await this.submit.click();
  }
}
