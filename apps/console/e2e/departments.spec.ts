import { buttonName, expect, expectToast, test } from "./fixtures.ts";
import { chooseByTyping } from "./support/select.ts";

test.describe("部门 Departments", () => {
  test("lists the seeded units", async ({ departmentsPage }) => {
    await departmentsPage.goto();
    const row = departmentsPage.bodyRows.filter({ hasText: "区工商质监局" });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(2)).toHaveText("局办");
    await expect(departmentsPage.page.getByText(/^共 \d+ 条$/)).toBeVisible();
  });

  test("sorting by name changes the order and the URL, and goes back to page 1", async ({
    departmentsPage,
    departmentsApi,
  }) => {
    const { page } = departmentsPage;
    const pageSize = 10;
    await departmentsPage.goto(`?page=2&pageSize=${pageSize}`);
    const namesBefore = await departmentsPage.column(1);

    await departmentsPage.columnHeader("名称").click();
    await expect(page).toHaveURL(/[?&]sort=name&direction=asc(&|$)/);
    expect(departmentsPage.searchParam("page")).toBeNull();
    await expect(departmentsPage.columnHeader("名称")).toHaveAttribute("aria-sort", "ascending");
    const ascending = await departmentsApi.list({ pageSize, sort: { field: "name", direction: "asc" } });
    const namesAscending = ascending.items.map((department) => department.name);
    await expect.poll(() => departmentsPage.column(1)).toEqual(namesAscending);
    expect(namesAscending).not.toEqual(namesBefore);

    await departmentsPage.columnHeader("名称").click();
    await expect(page).toHaveURL(/[?&]sort=name&direction=desc(&|$)/);
    await expect(departmentsPage.columnHeader("名称")).toHaveAttribute("aria-sort", "descending");
    const descending = await departmentsApi.list({ pageSize, sort: { field: "name", direction: "desc" } });
    await expect
      .poll(() => departmentsPage.column(1))
      .toEqual(descending.items.map((department) => department.name));
  });

  test("filtering by kind shows only streets and goes back to page 1", async ({
    departmentsPage,
    departmentsApi,
  }) => {
    await departmentsPage.goto("?page=2&pageSize=5");
    const secondPage = await departmentsApi.list({ page: 2, pageSize: 5 });
    await expect
      .poll(() => departmentsPage.column(0))
      .toEqual(secondPage.items.map((department) => department.code));

    await departmentsPage.chooseKind("街道");
    await expect(departmentsPage.page).toHaveURL(/[?&]kind=street(&|$)/);
    expect(departmentsPage.searchParam("page")).toBeNull();

    const streets = await departmentsApi.list({ page: 1, pageSize: 5, filters: { kind: "street" } });
    expect(streets.total).toBeGreaterThan(0);
    await expect
      .poll(() => departmentsPage.column(0))
      .toEqual(streets.items.map((department) => department.code));
    const kinds = await departmentsPage.column(2);
    expect(new Set(kinds)).toEqual(new Set(["街道"]));
    await expect(departmentsPage.page.getByText(`共 ${streets.total} 条`)).toBeVisible();
  });

  test("searching by name narrows the list and goes back to page 1", async ({ departmentsPage }) => {
    await departmentsPage.goto("?page=2&pageSize=5");
    await departmentsPage.search.fill("工商");
    await departmentsPage.search.press("Enter");
    await expect(departmentsPage.page).toHaveURL(/[?&]q=%E5%B7%A5%E5%95%86(&|$)/);
    expect(departmentsPage.searchParam("page")).toBeNull();
    await expect.poll(() => departmentsPage.column(1)).toEqual(["区工商质监局"]);
  });

  test("the English switch translates the menu and the table, and is remembered", async ({
    departmentsPage,
  }) => {
    const { page } = departmentsPage;
    await departmentsPage.goto();
    await expect(page.getByRole("menuitem", { name: "部门" })).toBeVisible();

    const languageSwitch = page.getByRole("radiogroup", { name: "界面语言" });
    // the radio inputs are visually hidden behind their labels, so click the visible label
    await languageSwitch.getByText("English").click();
    await expect(page.getByRole("menuitem", { name: "Home" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Departments" })).toBeVisible();
    await expect(departmentsPage.columnHeader("Name")).toBeVisible();
    await expect(
      departmentsPage.bodyRows.filter({ hasText: "区工商质监局" }).getByRole("cell").nth(2),
    ).toHaveText("Bureau");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");

    await page.reload();
    await expect(page.getByRole("menuitem", { name: "Departments" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
    await page.getByRole("radiogroup", { name: "Interface language" }).getByText("中文").click();
    await expect(page.getByRole("menuitem", { name: "部门" })).toBeVisible();
  });

  test("reloading a URL with page and sort restores the table", async ({
    departmentsPage,
    departmentsApi,
  }) => {
    const { page } = departmentsPage;
    const query = "?page=2&pageSize=5&sort=code&direction=desc";
    await departmentsPage.goto(query);
    await page.reload();

    const expected = await departmentsApi.list({
      page: 2,
      pageSize: 5,
      sort: { field: "code", direction: "desc" },
    });
    await expect
      .poll(() => departmentsPage.column(0))
      .toEqual(expected.items.map((department) => department.code));
    await expect(departmentsPage.columnHeader("代码")).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByText("5 条/页")).toBeVisible();
    expect(new URL(page.url()).search).toBe(query);
  });

  test("centre creates a department under the district and edits it", async ({ departmentsPage }) => {
    const { page } = departmentsPage;
    const code = `e2e-${Date.now().toString(36)}`;
    await departmentsPage.goto();
    await page.getByRole("button", { name: "新建部门" }).click();
    const createDialog = page.getByRole("dialog", { name: "新建部门" });
    await createDialog.getByLabel("部门代码").fill(code);
    await createDialog.getByLabel("部门名称").fill(`测试科室 ${code}`);
    await chooseByTyping(createDialog.getByLabel("类别"), "局办");
    // the parent is a searchable tree: once its data is in, type the name and take the match
    const parent = createDialog.getByRole("combobox", { name: /上级部门$/ });
    await parent.click();
    await expect(page.getByRole("treeitem", { name: "郑州市惠济区" })).toBeVisible();
    await parent.fill("郑州市惠济区");
    await parent.press("Enter");
    await expect(createDialog.getByTitle("郑州市惠济区")).toBeVisible();
    await createDialog.getByRole("button", { name: buttonName("创建") }).click();
    await expectToast(page, `已创建部门 测试科室 ${code}`);
    await expect(createDialog).toBeHidden();

    await departmentsPage.search.fill(code);
    await departmentsPage.search.press("Enter");
    // the search's answer, not the earlier list still shown for a moment: a row of that would move
    await expect(departmentsPage.bodyRows).toHaveCount(1);
    const row = departmentsPage.bodyRows.filter({ hasText: code });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(2)).toHaveText("局办");

    await row.getByRole("button", { name: buttonName("编辑") }).click();
    const editDialog = page.getByRole("dialog", { name: `编辑部门：测试科室 ${code}` });
    await expect(editDialog.getByLabel("部门代码")).toHaveValue(code);
    await editDialog.getByLabel("部门名称").fill(`改名科室 ${code}`);
    await editDialog.getByLabel("排序").fill("99");
    await editDialog.getByRole("button", { name: buttonName("保存") }).click();
    await expectToast(page, `已保存部门 改名科室 ${code}`);
    await expect(row.getByRole("cell").nth(1)).toHaveText(`改名科室 ${code}`);
    await expect(row.getByRole("cell").nth(3)).toHaveText("99");
  });

  test("takes a screenshot of the Chinese UI", async ({ departmentsPage }, testInfo) => {
    await departmentsPage.goto();
    await departmentsPage.page.screenshot({
      path: testInfo.outputPath("departments-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
  });
});
