import { buttonName, type Credentials, demoUser, expectToast, test, TrpcHttp } from "./fixtures.ts";
import {
  CalendarPage,
  expect,
  GrantsPage,
  NotificationsUi,
  SharingInboxPage,
  SharingRequestDialog,
  SharingRequestPage,
} from "./pages/sharing-pages.ts";

/** A conditional resource of 区工商质监局 in the demo catalogue, and the two items asked for. */
const RESOURCE = "企业登记基本信息";
const ASKED = ["统一社会信用代码", "企业名称"];
const APPROVED = "企业名称";

test.describe("共享申请 Sharing requests", () => {
  test.use({ credentials: demoUser("fagai") });

  test("发改 requests a conditional 工商 resource with two items; 工商 approves one; the centre approves; 发改 holds a grant of that one item, and each step notified the next party", async ({
    page,
    appShell,
    loginPage,
    resourceDetail,
  }, testInfo) => {
    // four sign-ins and a dozen pages on a shared 2-core machine: more than the default 30 s
    test.setTimeout(180_000);
    const bell = new NotificationsUi(page);
    const requestPage = new SharingRequestPage(page);

    /** Signs out with the header's button and back in with the sign-in form, as a person would. */
    async function switchTo(credentials: Credentials): Promise<void> {
      await appShell.signOut.click();
      await expect(page).toHaveURL(/\/login/);
      await loginPage.signIn(credentials);
      await expect(appShell.signOut).toBeVisible();
    }

    // set-up over HTTP (what the test is not about): which resource, and 工商's unread count before
    const found = await new TrpcHttp(page.context().request).query<{ items: { id: string; name: string }[] }>(
      "resources.list",
      { page: 1, pageSize: 20, filters: { q: RESOURCE, sharingType: "conditional" } },
    );
    const resource = found.items.find((item) => item.name === RESOURCE);
    expect(resource, `${RESOURCE} in the demo catalogue`).toBeDefined();

    // 发改 asks for two items
    await page.goto(`/resources/${resource!.id}`);
    await expect(resourceDetail.metadata).toBeVisible();
    await resourceDetail.settled();
    const fagaiUnreadBefore = await bell.unreadCount();
    const form = new SharingRequestDialog(page);
    await form.open();
    await form.submit();
    // the shared schema refuses an empty form, each message under its field
    await expect(form.dialog.getByText("至少选择一个信息项 / choose at least one data item")).toBeVisible();
    await form.field("用途").fill("企业投资项目联审，核验企业主体信息");
    await form.field("依据").fill("《企业投资项目核准和备案管理条例》第十条");
    for (const item of ASKED) await form.item(item).check();
    await form.submit();
    await expect(page).toHaveURL(/\/sharing\/[0-9a-f-]{36}$/);
    const requestUrl = new URL(page.url()).pathname;
    await expect(page.getByText("待提供方答复").first()).toBeVisible();
    await expect(page.getByText("剩 10 个工作日")).toBeVisible();
    await expect(requestPage.timeline).toContainText("提交申请");

    // 工商's officer finds it in the inbox, with a notification, and approves one item of the two
    await switchTo(demoUser("gongshang"));
    await expect.poll(() => bell.unreadCount()).toBeGreaterThanOrEqual(1);
    await bell.goto();
    await expect(
      bell.list.bodyRows.filter({ hasText: `区发改统计局申请共享「${RESOURCE}」，请在 10 个工作日内答复` }),
    ).toHaveCount(1);
    const inbox = new SharingInboxPage(page, "awaiting");
    await inbox.goto();
    await expect(inbox.row(RESOURCE)).toHaveCount(1);
    await expect(inbox.row(RESOURCE)).toContainText("剩 10 个工作日");
    await page.screenshot({ path: testInfo.outputPath("awaiting-zh.png"), animations: "disabled" });
    await inbox.row(RESOURCE).getByRole("link", { name: RESOURCE }).click();
    await expect(page).toHaveURL(requestUrl);
    await requestPage.approve({ uncheck: ["统一社会信用代码"] });
    await expect(page.getByText("待信息中心审批").first()).toBeVisible();
    await expect(requestPage.timeline).toContainText("提供方同意");

    // the centre approves its step
    await switchTo(demoUser("centre"));
    await expect.poll(() => bell.unreadCount()).toBeGreaterThanOrEqual(1);
    const centreInbox = new SharingInboxPage(page, "awaiting");
    await centreInbox.goto();
    await centreInbox.row(RESOURCE).getByRole("link", { name: RESOURCE }).click();
    await expect(page).toHaveURL(requestUrl);
    await requestPage.approve();
    await expect(page.getByText("已授权").first()).toBeVisible();

    // 发改 has two new notifications (the provider's and the centre's decision) and the grant of one item
    await switchTo(demoUser("fagai"));
    await expect.poll(() => bell.unreadCount()).toBe(fagaiUnreadBefore + 2);
    const grants = new GrantsPage(page);
    await grants.goto("using");
    const grantRow = grants.table("我方使用").getByRole("row").filter({ hasText: RESOURCE });
    await expect(grantRow).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath("grants-zh.png"), animations: "disabled" });
    await expect(grantRow.getByRole("cell").nth(1)).toHaveText(APPROVED);

    // the centre's notification opens the request and is read from then on
    await bell.goto();
    const decided = bell.list.bodyRows.filter({ hasText: `信息中心已批准共享「${RESOURCE}」` });
    await expect(decided).toHaveCount(1);
    await decided.getByText(`信息中心已批准共享「${RESOURCE}」`).click();
    await expect(page).toHaveURL(requestUrl);
    await expect(requestPage.metadata).toContainText(APPROVED);
    await expect(requestPage.timeline).toContainText("信息中心批准");
    await page.screenshot({
      path: testInfo.outputPath("sharing-request-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
    await expect.poll(() => bell.unreadCount()).toBe(fagaiUnreadBefore + 1);
  });
});

test.describe("工作日历 Working-day calendar", () => {
  test.use({ credentials: demoUser("centre") });

  test("the centre adds a holiday", async ({ page }) => {
    const calendar = new CalendarPage(page);
    await calendar.goto(2027);
    await calendar.add("2027-01-04", "端到端测试假日");
    await expectToast(page, "已保存 2027-01-04");
    const row = calendar.table.getByRole("row").filter({ hasText: "2027-01-04" });
    await expect(row).toContainText("端到端测试假日");
    await expect(row).toContainText("节假日");
    await expect(page.getByRole("button", { name: buttonName("添加") })).toBeVisible();
  });
});
