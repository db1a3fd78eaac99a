import { demoUser, expect, test, type Credentials } from "./fixtures.ts";
import type { DemoUsername } from "./support/demo-users.ts";
import { OFFICER_MENU } from "./support/menus.ts";

/** The menu each demo role must see, exactly and in order (navigation.tsx, by role). */
const menuByRole: [DemoUsername, string[]][] = [
  [
    "centre",
    [
      "首页",
      "信息资源目录",
      "目录审核",
      "不予共享登记",
      "待我处理",
      "共享授权",
      "数据疑义",
      "目标",
      "工作台账",
      "电子监察",
      "督办",
      "通报排名",
      "工作日历",
      "部门",
      "用户",
      "审计",
      "我的令牌",
    ],
  ],
  [
    "supervisor",
    [
      "首页",
      "信息资源目录",
      "不予共享登记",
      "共享授权",
      "数据疑义",
      "目标",
      "工作台账",
      "电子监察",
      "督办",
      "通报排名",
      "部门",
      "审计",
      "我的令牌",
    ],
  ],
  [
    "admin",
    [
      "首页",
      "信息资源目录",
      "不予共享登记",
      "共享授权",
      "数据疑义",
      "目标",
      "工作台账",
      "部门",
      "用户",
      "审计",
      "我的令牌",
    ],
  ],
  ["gongshang", OFFICER_MENU],
];

test.describe("登录 Sign-in through the form", () => {
  test.use({ credentials: null });

  for (const [username, menu] of menuByRole) {
    test(`${username} signs in, sees the menu of their role, and signs out`, async ({
      page,
      loginPage,
      appShell,
    }) => {
      await loginPage.goto();
      await loginPage.signIn(demoUser(username));
      await expect(page).toHaveURL("/");
      await expect(appShell.signOut).toBeVisible();
      await expect.poll(() => appShell.menuEntries()).toEqual(menu);
      await appShell.homeSettled();

      await appShell.signOut.click();
      await expect(page).toHaveURL("/login");
      await expect(loginPage.username).toBeVisible();
      // the session is over on the server too, not just forgotten by the page
      await page.goto("/");
      await expect(page).toHaveURL("/login");
    });
  }

  test("a wrong password shows the server's message and stays on /login", async ({
    page,
    loginPage,
    browserErrors,
  }) => {
    browserErrors.allow(/status of 401 .*\/trpc\/auth\.login/);
    await loginPage.goto();
    await loginPage.signIn({ username: "fagai", password: "not-the-password" });
    await expect(page.getByRole("alert")).toContainText("用户名或密码错误 / Invalid username or password");
    await expect(page).toHaveURL("/login");
    await expect(loginPage.password).toBeVisible();
  });

  test("an empty form is checked before anything is sent", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.submit.click();
    await expect(page.getByText("请输入用户名")).toBeVisible();
    await expect(page.getByText("请输入密码")).toBeVisible();
  });

  test("visiting /users while signed out leads to sign-in, and back to /users after it", async ({
    page,
    loginPage,
  }) => {
    await page.goto("/users?status=active");
    await expect(page).toHaveURL("/login?next=%2Fusers%3Fstatus%3Dactive");
    await loginPage.signIn(demoUser("centre"));
    await expect(page).toHaveURL("/users?status=active");
    await expect(page.getByRole("table", { name: "用户列表" })).toBeVisible();
  });

  test("next= cannot send the user to another site", async ({ page, loginPage }) => {
    await loginPage.goto("?next=//evil.example/phish");
    await loginPage.signIn(demoUser("centre"));
    await expect(page).toHaveURL("/");
  });

  test("takes a screenshot of the sign-in page", async ({ page, loginPage }, testInfo) => {
    await loginPage.goto();
    await expect(loginPage.username).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("login-zh.png"), animations: "disabled" });
  });
});

test.describe("没有权限 Forbidden", () => {
  const officer: Credentials = demoUser("gongshang");
  test.use({ credentials: officer });

  test("an officer opening /users or /audit sees the 403 page, not the data", async ({ page, appShell }) => {
    for (const path of ["/users", "/audit"]) {
      await page.goto(path);
      await expect(page.getByText("没有权限")).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await expect.poll(() => appShell.menuEntries()).toEqual(OFFICER_MENU);
  });

  test("an officer sees no department actions", async ({ departmentsPage }) => {
    await departmentsPage.goto();
    await expect(departmentsPage.page.getByRole("button", { name: "新建部门" })).toHaveCount(0);
    await expect(departmentsPage.columnHeader("操作")).toHaveCount(0);
  });
});

test.describe("会话结束 A session that ends mid-use", () => {
  test("the next request that is refused leads to sign-in, remembering the page", async ({
    page,
    departmentsPage,
    browserErrors,
  }) => {
    browserErrors.allow(/status of 401 .*\/trpc\/departments\.list/);
    await departmentsPage.goto("?pageSize=5");
    // as if the session expired: the browser no longer sends the cookie
    await page.context().clearCookies();
    await page.getByRole("listitem", { name: "2" }).click();
    await expect(page).toHaveURL("/login?next=%2Fdepartments%3Fpage%3D2%26pageSize%3D5");
  });
});
