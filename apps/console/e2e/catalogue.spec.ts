import { CATALOGUE_COLUMNS } from "./pages/catalogue-page.ts";
import type { ResourceEntry } from "./pages/resource-form-page.ts";
import {
  buttonName,
  CatalogueApi,
  demoUser,
  expect,
  expectToast,
  signIn,
  switchUser,
  test,
} from "./fixtures.ts";
import { chooseByTyping } from "./support/select.ts";

/** A resource of 区工商质监局 as the officer types it, named `name`. */
function enterpriseResource(name: string): ResourceEntry {
  return {
    classification: "1-02-002",
    name,
    abstract: "区内企业年度报告公示信息",
    format: "数据库",
    updateCycle: "每年",
    formationDate: "2016-03-01",
    sharingType: "有条件共享",
    sharingCondition: "用于市场监管和信用评价，需说明用途",
    sharingMethods: ["接口", "在线查询"],
    openAttribute: "不予开放",
    dataItems: [
      { name: "统一社会信用代码", dataType: "字符型", length: 18, description: "18 位" },
      { name: "年报年度", dataType: "数值型", length: 4 },
    ],
  };
}

/** A word rare enough that only this run's resource has it, and a name no earlier run used. */
const RARE_WORD = "蓝鲸";
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}`;

test.describe("信息资源目录 Catalogue: register, review, find", () => {
  test.use({ credentials: demoUser("gongshang") });

  test("an officer registers a resource with two data items and submits it; the centre publishes it from the review queue; another officer finds it by a two-character word", async ({
    page,
    cataloguePage,
    resourceForm,
    resourceDetail,
    reviewQueue,
  }, testInfo) => {
    // three sign-ins and six pages: 25–32 s on a 2-core machine, too close to the default 30 s
    test.setTimeout(90_000);
    const name = uniqueName(`${RARE_WORD}航运企业年报信息`);

    await cataloguePage.goto();
    await cataloguePage.newResource.click();
    await expect(page).toHaveURL("/resources/new");
    await expect(resourceForm.field("提供方")).toHaveValue(/区工商质监局/);
    await resourceForm.fill(enterpriseResource(name));
    // the classification's meaning and the code the platform would give it now
    await expect(page.getByText("基础信息资源 · 法人")).toBeVisible();
    await expect(page.getByText(/^将分配的代码：102002\/\d{6}/)).toBeVisible();
    await page.screenshot({
      path: testInfo.outputPath("resource-form-zh.png"),
      fullPage: true,
      animations: "disabled",
    });

    await resourceForm.save.click();
    await expectToast(page, new RegExp(`已登记信息资源 ${name}（102002/\\d{6}）`));
    await expect(page).toHaveURL(/\/resources\/[0-9a-f-]{36}$/);
    await resourceDetail.settled();
    await expect(resourceDetail.dataItems.getByRole("row")).toHaveCount(3);
    await expect(resourceDetail.dataItems).toContainText("统一社会信用代码");
    await expect(resourceDetail.dataItems).toContainText("数值型");
    await expect(page.getByText("草稿", { exact: true }).first()).toBeVisible();

    await resourceDetail.action("提交审核").click();
    await expectToast(page, `已提交审核：${name}`);
    await expect(page.getByText("已提交，等待区信息中心审核。")).toBeVisible();
    await expect(resourceDetail.actions).toHaveCount(0);

    // the centre takes over in the same browser
    await switchUser(page, demoUser("centre"));
    await reviewQueue.goto();
    const row = reviewQueue.submitted.bodyRows.filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await reviewQueue.decide(row, "通过");
    await expectToast(page, `已审核通过：${name}`);
    await expect(row).toHaveCount(0);

    // any other department's officer finds it by a word of its name
    await switchUser(page, demoUser("fagai"));
    await cataloguePage.goto();
    await cataloguePage.searchForName(RARE_WORD);
    const found = cataloguePage.row(name);
    await expect(found).toHaveCount(1);
    await expect(found.getByRole("cell").nth(CATALOGUE_COLUMNS.provider)).toHaveText("区工商质监局");
    await expect(found.getByRole("cell").nth(CATALOGUE_COLUMNS.status)).toHaveText("已发布");
    await expect(found.getByRole("cell").nth(CATALOGUE_COLUMNS.sharingType)).toHaveText("有条件共享");
    await found.getByRole("link", { name }).click();
    await resourceDetail.settled();
    // published and not theirs: nothing for this officer to do
    await expect(resourceDetail.actions).toHaveCount(0);
  });

  test("the shared schema's rules are shown at their fields before anything is sent", async ({
    page,
    resourceForm,
  }) => {
    let sent = false;
    page.on("request", (request) => {
      if (request.url().includes("/trpc/resources.create")) sent = true;
    });
    await page.goto("/resources/new");
    const entry = enterpriseResource(uniqueName("规则检查"));
    await resourceForm.fill({
      ...entry,
      sharingCondition: undefined,
      dataItems: [
        { name: "企业名称", dataType: "字符型" },
        { name: "企业名称", dataType: "字符型" },
      ],
    });
    await resourceForm.save.click();
    await expect(resourceForm.field("共享条件")).toHaveAccessibleDescription(
      /有条件共享和不予共享的信息资源须填写共享条件/,
    );
    await expect(resourceForm.dataItemCell(2, "信息项名称")).toHaveAccessibleDescription(
      /信息项名称重复：企业名称/,
    );
    await expect(page).toHaveURL("/resources/new");

    // the sharing type decides what is asked: not shared needs a basis, and no sharing method
    await page.getByRole("radio", { name: "不予共享", exact: true }).check();
    await expect(page.getByRole("checkbox", { name: "接口", exact: true })).toHaveCount(0);
    await resourceForm.field("共享条件").fill("涉及商业秘密");
    await resourceForm.dataItemCell(2, "信息项名称").fill("法定代表人");
    await resourceForm.save.click();
    await expect(resourceForm.field("不予共享依据（法律法规或政策依据）")).toHaveAccessibleDescription(
      /不予共享的信息资源须注明法律法规或政策依据/,
    );
    expect(sent).toBe(false);
  });

  test("the data item list keeps its order through moves and removals", async ({ page, resourceForm }) => {
    await page.goto("/resources/new");
    for (const [index, name] of ["甲项", "乙项", "丙项"].entries()) {
      await resourceForm.addDataItem.click();
      await resourceForm.dataItemCell(index + 1, "信息项名称").fill(name);
    }
    await page.getByRole("button", { name: "第 3 项上移" }).click();
    await page.getByRole("button", { name: "删除第 1 项" }).click();
    await expect(resourceForm.dataItemCell(1, "信息项名称")).toHaveValue("丙项");
    await expect(resourceForm.dataItemCell(2, "信息项名称")).toHaveValue("乙项");
    await expect(resourceForm.dataItemCell(3, "信息项名称")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "第 1 项上移" })).toBeDisabled();
  });
});

test.describe("版本历史 Version history (officer of 区工商质监局)", () => {
  test.use({ credentials: demoUser("gongshang") });

  test("revising a published resource: the revision is submitted, the centre approves it, and version 2 lists the changed fields", async ({
    page,
    catalogueApi,
    cataloguePage,
    resourceDetail,
    resourceForm,
    playwright,
    baseURL,
  }, testInfo) => {
    // set-up over HTTP: a published resource of the officer's department
    const centre = await playwright.request.newContext({ baseURL });
    await signIn(centre, demoUser("centre"));
    const centreApi = new CatalogueApi(centre);
    const name = uniqueName("企业信用核查信息");
    const draft = await catalogueApi.createDraft(name);
    await catalogueApi.submit(draft.id);
    await centreApi.review(draft.id, "approve");

    await resourceDetail.goto(draft.id);
    await resourceDetail.actionLink("修订").click();
    await expect(page).toHaveURL(`/resources/${draft.id}/edit`);
    await expect(page.getByText(/这是已发布的信息资源：保存后生成新版本/)).toBeVisible();
    await expect(resourceForm.field("信息资源代码")).toHaveValue(draft.code);
    await resourceForm.choose("更新周期", "每周");
    await resourceForm.dataItemCell(1, "数据长度").fill("20");
    await resourceForm.save.click();

    await expectToast(page, `已保存信息资源 ${name}`);
    await expect(page).toHaveURL(`/resources/${draft.id}`);
    await resourceDetail.settled();
    await expect(page.getByText(/新版本（版本 2）正在编辑/)).toBeVisible();
    // the catalogue still shows the published version meanwhile
    await expect(resourceDetail.metadata).toContainText("每月");
    await expect(resourceDetail.change(2, "更新周期")).toContainText("每月 → 每周");

    // editing again goes on with the saved revision, not the published version
    await page.goto(`/resources/${draft.id}/edit`);
    await expect(page.getByText(/表单显示的是尚未提交的新版本（版本 2）/)).toBeVisible();
    await expect(resourceForm.dataItemCell(1, "数据长度")).toHaveValue("20");

    // the catalogue finds it among the resources whose revision is being edited
    await cataloguePage.goto();
    await chooseByTyping(page.getByRole("combobox", { name: /^修订/ }), "修订编辑中");
    await expect(page).toHaveURL(/[?&]pendingRevision=draft(&|$)/);
    // the filter's answer first: until it comes, the rows shown are the unfiltered list's
    await expect(cataloguePage.list.bodyRows.filter({ hasNotText: "修订中" })).toHaveCount(0);
    await cataloguePage.list.settled();
    await expect(cataloguePage.row(name)).toHaveCount(1);

    await resourceDetail.goto(draft.id);
    await resourceDetail.action("提交审核").click();
    await expect(page.getByText(/新版本（版本 2）已提交/)).toBeVisible();

    await switchUser(page, demoUser("centre"));
    await page.goto("/resources/review");
    const revision = page
      .getByRole("table", { name: "待审核的修订列表" })
      .getByRole("row")
      .filter({ hasText: name });
    await expect(revision).toContainText("1 → 2");
    await revision.getByRole("button", { name: buttonName("通过") }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: buttonName("通过") })
      .click();
    await expectToast(page, `已审核通过：${name}`);
    await expect(revision).toHaveCount(0);

    await resourceDetail.goto(draft.id);
    await expect(resourceDetail.metadata).toContainText("每周");
    await expect(resourceDetail.version(2)).toContainText("已发布");
    await expect(resourceDetail.change(2, "更新周期")).toContainText("每月 → 每周");
    await expect(resourceDetail.change(2, "信息项「统一社会信用代码」 · 数据长度")).toContainText("18 → 20");
    await expect(resourceDetail.version(1)).toContainText("首次登记");
    await page.screenshot({
      path: testInfo.outputPath("resource-detail-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
    expect((await catalogueApi.get(draft.id)).version).toBe(2);
    await centre.dispose();
  });

  test("a returned resource shows the centre's comment to its officer", async ({
    page,
    catalogueApi,
    resourceDetail,
    playwright,
    baseURL,
  }) => {
    const centre = await playwright.request.newContext({ baseURL });
    await signIn(centre, demoUser("centre"));
    const draft = await catalogueApi.createDraft(uniqueName("退回测试信息"));
    await catalogueApi.submit(draft.id);
    await new CatalogueApi(centre).review(draft.id, "return", "请补充信息资源摘要中的数据来源");
    await centre.dispose();

    await resourceDetail.goto(draft.id);
    await expect(page.getByText("区信息中心退回了此信息资源，请按意见修改后重新提交。")).toBeVisible();
    await expect(page.getByText("请补充信息资源摘要中的数据来源").first()).toBeVisible();
    await expect(resourceDetail.action("提交审核")).toBeVisible();
  });
});

test.describe("信息资源目录 Catalogue: the list", () => {
  test("filters by sharing type through the URL and exports what it shows", async ({
    page,
    cataloguePage,
  }) => {
    await cataloguePage.goto("?page=2&pageSize=10");
    await chooseByTyping(page.getByRole("combobox", { name: /^共享类型/ }), "不予共享");
    await expect(page).toHaveURL(/[?&]sharingType=none(&|$)/);
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();
    await expect
      .poll(async () => new Set(await cataloguePage.list.column(CATALOGUE_COLUMNS.sharingType)))
      .toEqual(new Set(["不予共享"]));

    const href = await cataloguePage.exportLink.getAttribute("href");
    expect(JSON.parse(new URL(href ?? "", page.url()).searchParams.get("filters") ?? "")).toEqual({
      sharingType: "none",
    });
    const download = page.waitForEvent("download");
    await cataloguePage.exportLink.click();
    expect((await download).suggestedFilename()).toBe("信息资源目录.xlsx");
  });

  test("the not-shared register shows each resource's basis", async ({ page }) => {
    await page.goto("/resources/not-shared");
    const table = page.getByRole("table", { name: "不予共享的信息资源列表" });
    await expect(table).toHaveAttribute("aria-busy", "false");
    const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows.first()).toBeVisible();
    // the details of the rows on screen come in one request after the list: wait for them
    await expect(table.getByLabel("正在加载")).toHaveCount(0);
    await expect(rows.filter({ hasText: "未填写" })).toHaveCount(0);
    await expect(rows.filter({ hasText: "效能投诉信息" })).toHaveCount(1);
  });

  test("takes a screenshot of the catalogue", async ({ page, cataloguePage }, testInfo) => {
    await cataloguePage.goto();
    await page.screenshot({
      path: testInfo.outputPath("catalogue-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
  });
});
