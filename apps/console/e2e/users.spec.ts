import { buttonName, expect, expectToast, test, TrpcHttp, uniqueUsername } from "./fixtures.ts";
import { OFFICER_MENU } from "./support/menus.ts";

const INITIAL_PASSWORD = "e2e-initial-pass";

test.describe("用户 Users (signed in as centre)", () => {
  test("centre creates a user for 区财政局, who then signs in and sees their name and department", async ({
    page,
    usersPage,
    appShell,
    loginPage,
  }) => {
    const username = uniqueUsername("e2e");
    const displayName = `财政测试员 ${username}`;
    await usersPage.goto();
    await usersPage.fillNewUser({
      username,
      displayName,
      department: "区财政局",
      roles: ["部门数据管理员"],
      password: INITIAL_PASSWORD,
    });
    await usersPage.submitNewUser();
    await expectToast(page, `已创建用户 ${username}`);
    await expect(usersPage.createDrawer).toBeHidden();

    const row = await usersPage.findRow(username);
    await expect(row).toContainText(displayName);
    await expect(row).toContainText("区财政局");
    await expect(row).toContainText("部门数据管理员");
    await expect(row).toContainText("正常");

    await appShell.signOut.click();
    await expect(page).toHaveURL("/login");
    await loginPage.signIn({ username, password: INITIAL_PASSWORD });
    await expect(appShell.header).toContainText(displayName);
    await expect(appShell.header).toContainText("区财政局");
    await expect.poll(() => appShell.menuEntries()).toEqual(OFFICER_MENU);
  });

  test("the server's field errors appear at their fields", async ({ page, usersPage, browserErrors }) => {
    browserErrors.allow(/status of 409 .*\/trpc\/users\.create/);
    await usersPage.goto();
    await usersPage.fillNewUser({
      username: "gongshang",
      displayName: "重名测试",
      department: "区财政局",
      roles: ["部门数据管理员"],
      password: INITIAL_PASSWORD,
    });
    await usersPage.submitNewUser();
    const usernameField = usersPage.createDrawer.getByLabel("用户名");
    await expect(usernameField).toHaveAccessibleDescription(/用户名已被使用 \/ Username is taken/);
    await expect(usersPage.createDrawer.getByRole("alert")).toContainText("保存失败");
    // still open, nothing lost: the user corrects the name and goes on
    await expect(usersPage.createDrawer.getByLabel("姓名")).toHaveValue("重名测试");
    await expect(page).toHaveURL("/users");
  });

  test("disable, enable, reset the password and end the sessions of a user", async ({
    page,
    usersPage,
    api,
    playwright,
    baseURL,
  }) => {
    const username = uniqueUsername("e2e");
    const finance = await api.query<{ items: { id: string }[] }>("departments.list", {
      filters: { q: "区财政局" },
    });
    await api.mutation("users.create", {
      username,
      displayName: "停用测试员",
      departmentId: finance.items[0]?.id,
      roles: ["officer"],
      password: INITIAL_PASSWORD,
    });
    // the user signs in elsewhere: a browser of their own, with its own cookies
    const elsewhere = await playwright.request.newContext({ baseURL });
    const signInElsewhere = (password: string) =>
      elsewhere.post("/trpc/auth.login", { data: { username, password } });
    expect((await signInElsewhere(INITIAL_PASSWORD)).ok()).toBe(true);

    await usersPage.goto();
    let row = await usersPage.findRow(username);

    await row.getByRole("button", { name: buttonName("停用") }).click();
    await expect(usersPage.confirmation()).toContainText(`停用 ${username}？`);
    await usersPage
      .confirmation()
      .getByRole("button", { name: buttonName("停用") })
      .click();
    await expectToast(page, `已停用 ${username}`);
    await expect(row).toContainText("已停用");
    // disabling ended the session elsewhere, and no new one can start
    expect(await new TrpcHttp(elsewhere).query("auth.me")).toBeNull();
    expect((await signInElsewhere(INITIAL_PASSWORD)).status()).toBe(401);

    await row.getByRole("button", { name: buttonName("启用") }).click();
    await expectToast(page, `已启用 ${username}`);
    await expect(row).toContainText("正常");

    const newPassword = "e2e-reset-password";
    row = await usersPage.findRow(username);
    await row.getByRole("button", { name: "重置密码" }).click();
    const resetDialog = page.getByRole("dialog", { name: `重置密码：${username}` });
    await resetDialog.getByLabel("新密码").fill("short");
    await resetDialog.getByRole("button", { name: "重置密码" }).click();
    await expect(resetDialog.getByText("密码至少 10 位")).toBeVisible();
    await resetDialog.getByLabel("新密码").fill(newPassword);
    await resetDialog.getByRole("button", { name: "重置密码" }).click();
    await expectToast(page, `已为 ${username} 重置密码`);
    await expect(resetDialog).toBeHidden();
    expect((await signInElsewhere(INITIAL_PASSWORD)).status()).toBe(401);
    expect((await signInElsewhere(newPassword)).ok()).toBe(true);

    await row.getByRole("button", { name: "结束会话" }).click();
    await usersPage.confirmation().getByRole("button", { name: "结束会话" }).click();
    await expectToast(page, "已结束 1 个会话");
    expect(await new TrpcHttp(elsewhere).query("auth.me")).toBeNull();
    await elsewhere.dispose();
  });

  test("edits a user's display name and roles", async ({ page, usersPage, api }) => {
    const username = uniqueUsername("e2e");
    const finance = await api.query<{ items: { id: string }[] }>("departments.list", {
      filters: { q: "区财政局" },
    });
    await api.mutation("users.create", {
      username,
      displayName: "编辑前",
      departmentId: finance.items[0]?.id,
      roles: ["officer"],
      password: INITIAL_PASSWORD,
    });
    await usersPage.goto();
    const row = await usersPage.findRow(username);
    await row.getByRole("button", { name: buttonName("编辑") }).click();
    const dialog = page.getByRole("dialog", { name: `编辑用户：${username}` });
    await dialog.getByLabel("姓名").fill("编辑后");
    await dialog.getByRole("checkbox", { name: "监督人员" }).check();
    await dialog.getByRole("button", { name: buttonName("保存") }).click();
    await expectToast(page, `已保存用户 ${username}`);
    await expect(row).toContainText("编辑后");
    await expect(row).toContainText("监督人员");
  });

  test("filters by status through the URL", async ({ page, usersPage, api }) => {
    const username = uniqueUsername("e2e");
    const finance = await api.query<{ items: { id: string }[] }>("departments.list", {
      filters: { q: "区财政局" },
    });
    const user = await api.mutation<{ id: string }>("users.create", {
      username,
      displayName: "已停用的测试员",
      departmentId: finance.items[0]?.id,
      roles: ["officer"],
      password: INITIAL_PASSWORD,
    });
    await api.mutation("users.update", { id: user.id, disabled: true });

    await usersPage.goto("?status=disabled");
    await expect.poll(() => usersPage.list.column(0)).toContain(username);
    expect(new Set(await usersPage.list.column(4))).toEqual(new Set(["已停用"]));
    await expect(page.getByRole("combobox", { name: /^状态/ })).toBeVisible();

    await page.reload();
    await usersPage.list.settled();
    expect(new Set(await usersPage.list.column(4))).toEqual(new Set(["已停用"]));
  });

  test("filters by role through the URL", async ({ usersPage }) => {
    await usersPage.goto("?role=supervisor");
    await expect.poll(() => usersPage.list.column(0)).toContain("supervisor");
    const roles = await usersPage.list.column(3);
    expect(roles.every((cell) => cell.includes("监督人员"))).toBe(true);
  });

  test("takes a screenshot of the users page", async ({ page, usersPage }, testInfo) => {
    await usersPage.goto();
    await page.screenshot({
      path: testInfo.outputPath("users-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
  });
});
