import { expect, type Locator, type Page } from "@playwright/test";

/** The frame around every signed-in page: the main menu and the header with the signed-in user. */
export class AppShell {
  readonly menu: Locator;
  readonly header: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole("navigation", { name: /主导航|Main navigation/ });
    this.header = page.getByRole("banner");
    this.signOut = this.header.getByRole("button", { name: /退出登录|Sign out/ });
  }

  /**
   * The home page has loaded what it shows. Signing out while a page is still starting would let its
   * first request arrive after the session ended (a 401, which the tests count as a browser error).
   */
  async homeSettled(): Promise<void> {
    // the officers' overview or the dashboard (centre, supervisors): its regions say when they load
    await expect(this.page.locator('[role="region"][aria-busy="false"]').first()).toBeVisible();
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** The labels of the menu's entries, top to bottom. */
  menuEntries(): Promise<string[]> {
    return this.menu.getByRole("menuitem").allInnerTexts();
  }
}
