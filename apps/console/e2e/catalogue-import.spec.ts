import { demoUser, expect, test } from "./fixtures.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test.describe("目录导入 Import (officer of 区工商质监局)", () => {
  test.use({ credentials: demoUser("gongshang") });

  test("imports the server's template: the check finds 1 new resource, the commit adds it as a draft", async ({
    page,
    catalogueImport,
    cataloguePage,
    catalogueApi,
  }, testInfo) => {
    // the template's example row is a valid resource of 区工商质监局 (企业登记基本信息, code left blank)
    const template = await page.context().request.get("/api/catalogue/template.xlsx");
    expect(template.ok()).toBe(true);
    const drafts = { q: "企业登记基本信息", status: "draft" };
    const draftsBefore = await catalogueApi.count(drafts);

    await catalogueImport.goto();
    await catalogueImport.choose({
      name: "信息资源目录模板.xlsx",
      mimeType: XLSX_TYPE,
      buffer: await template.body(),
    });
    await expect(catalogueImport.preview).toBeVisible();
    await expect(catalogueImport.counts).toContainText(/总行数\s*1/);
    await expect(catalogueImport.counts).toContainText(/新增\s*1/);
    await expect(catalogueImport.counts).toContainText(/错误\s*0/);
    await page.screenshot({
      path: testInfo.outputPath("import-preview-zh.png"),
      fullPage: true,
      animations: "disabled",
    });
    // the check changed nothing
    expect(await catalogueApi.count(drafts)).toBe(draftsBefore);

    await catalogueImport.commit.click();
    await expect(page.getByText("导入完成：新增 1 条，更新 0 条")).toBeVisible();
    expect(await catalogueApi.count(drafts)).toBe(draftsBefore + 1);

    await page.getByRole("link", { name: "查看区工商质监局的信息资源" }).click();
    await expect(page).toHaveURL(/\/resources\?providerDepartmentId=[0-9a-f-]{36}$/);
    await cataloguePage.list.settled();
    // newest first: what was just imported leads the department's list
    const first = cataloguePage.list.bodyRows.first();
    await expect(first).toContainText("企业登记基本信息");
    await expect(first).toContainText("草稿");
  });

  test("a large file shows how far the server has checked it, row by row", async ({ catalogueImport }) => {
    const header =
      "信息资源分类,信息资源名称,提供方,信息资源格式,共享类型,共享方式,开放属性,更新周期,形成日期";
    const rows = Array.from(
      { length: 30_000 },
      (_, index) => `1-02-001,进度测试${index},区工商质监局,数据库,无条件共享,接口,不予开放,每日,2016-05-01`,
    );
    await catalogueImport.goto();
    await catalogueImport.recordProgress();
    await catalogueImport.choose({
      name: "进度测试.csv",
      mimeType: "text/csv",
      buffer: Buffer.from([header, ...rows].join("\n"), "utf8"),
    });
    await expect(catalogueImport.counts).toContainText(/总行数\s*30,000/);
    await expect(catalogueImport.progress).toHaveCount(0);
    // the server checks 30,000 rows for a second or more: the bar counted them meanwhile, after the upload
    const texts = await catalogueImport.progressTexts();
    expect(texts[0]).toMatch(/^上传文件：\d+%$/);
    expect(texts.some((text) => /^检查信息资源：[\d,]+ \/ 30,000 行$/.test(text))).toBe(true);
  });

  test("a file that is not a workbook shows the server's refusal and imports nothing", async ({
    page,
    catalogueImport,
    catalogueApi,
  }) => {
    const me = await page.context().request.get("/trpc/auth.me");
    const departmentId = ((await me.json()) as { result: { data: { department: { id: string } } } }).result
      .data.department.id;
    const before = await catalogueApi.count({ providerDepartmentId: departmentId });

    await catalogueImport.goto();
    await catalogueImport.choose({
      name: "目录.xlsx",
      mimeType: XLSX_TYPE,
      buffer: Buffer.from("这是一个改了扩展名的文本文件\n", "utf8"),
    });
    await expect(page.getByRole("alert")).toContainText(
      "检查失败: 文件不是 .xlsx 格式 / The file is not an .xlsx workbook",
    );
    await expect(catalogueImport.commit).toHaveCount(0);
    expect(await catalogueApi.count({ providerDepartmentId: departmentId })).toBe(before);
  });
});
