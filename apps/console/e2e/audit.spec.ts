import { demoUser, expect, test } from "./fixtures.ts";

/** With the expand column first: 1 seq, 2 time, 3 actor, 4 action, 5 subject type. */
const ACTION_COLUMN = 4;
const ACTOR_COLUMN = 3;

test.describe("审计 Audit (signed in as supervisor)", () => {
  test.use({ credentials: demoUser("supervisor") });

  test("shows the sign-in events, filters by action, and verifies the chain", async ({ page, auditPage }) => {
    await auditPage.goto();
    // newest first: this test's own sign-in is on the first page
    const signIn = auditPage.list.bodyRows
      .filter({ hasText: "auth.login" })
      .filter({ hasText: "supervisor" });
    await expect(signIn.first()).toBeVisible();

    await auditPage.actionFilter.fill("auth.login");
    await auditPage.actionFilter.press("Enter");
    await expect(page).toHaveURL(/[?&]action=auth\.login(&|$)/);
    await expect
      .poll(async () => new Set(await auditPage.list.column(ACTION_COLUMN)))
      .toEqual(new Set(["auth.login"]));
    expect(await auditPage.list.column(ACTOR_COLUMN)).toContain("supervisor");

    await auditPage.list.bodyRows.first().getByRole("button", { name: "展开行" }).click();
    await expect(page.getByRole("region", { name: "变更前" })).toBeVisible();
    await expect(page.getByRole("region", { name: "变更后" })).toBeVisible();

    await auditPage.verify.click();
    await expect(page.getByRole("status")).toContainText(/审计链完整：已校验 \d+ 条事件/);
  });

  test("filters by subject type and keeps the filter in the URL", async ({ page, auditPage }) => {
    await auditPage.goto("?subjectType=session");
    await expect.poll(async () => new Set(await auditPage.list.column(5))).toEqual(new Set(["会话"]));
    await page.reload();
    await expect(page.getByRole("combobox", { name: /^对象类型/ })).toBeVisible();
    await expect(page.getByText("会话", { exact: true }).first()).toBeVisible();
  });
});

test.describe("审计 Audit (signed in as centre)", () => {
  test("the centre reads the trail but is not offered the chain verification", async ({ auditPage }) => {
    await auditPage.goto();
    await expect(auditPage.list.bodyRows.first()).toBeVisible();
    await expect(auditPage.verify).toHaveCount(0);
  });
});
