import { readFile } from "node:fs/promises";
import { demoUser, expect, test, TrpcHttp } from "./fixtures.ts";

/** What the test reads of rankings.list over HTTP, to compare with what the page shows. */
interface Ranking {
  start: string;
  end: string;
  items: {
    rank: number;
    departmentName: string;
    sharingRate: number | null;
    catalogueCompleteness: number | null;
    score: number | null;
  }[];
}
/** as the page formats a figure (pages/rankings/rankings-search.ts formatFigure) */
const figure = (value: number | null) => (value === null ? "—" : value.toFixed(1));

test.describe("通报排名 rankings (signed in as centre)", () => {
  // several steps each wait for a query: on a loaded machine (other runs side by side) that adds up
  test.setTimeout(120_000);

  test("opens the year's bulletin, switches to a month, downloads the workbook and has a print view", async ({
    page,
    appShell,
  }) => {
    const api = new TrpcHttp(page.context().request);
    const year = await api.query<Ranking>("rankings.list", { period: "year", date: "2016-05-10" });

    await page.goto("/");
    await appShell.menu.getByRole("menuitem", { name: "通报排名" }).click();
    await expect(page).toHaveURL(/\/rankings$/);
    await expect(page.getByRole("table", { name: "部门排名" })).toHaveAttribute("aria-busy", "false", {
      timeout: 30_000,
    });
    await page.goto("/rankings?period=year&date=2016-05-10");
    // generous: on a loaded machine the page's chunks and the first query can take seconds
    await expect(page.getByRole("heading", { name: "通报排名 2016年度" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("2016-01-01 至 2016-12-31").first()).toBeVisible();
    const table = page.getByRole("table", { name: "部门排名" });
    await expect(table).toHaveAttribute("aria-busy", "false");
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(year.items.length);
    const first = year.items[0]!;
    await expect(rows.first()).toContainText(first.departmentName);
    await expect(rows.first().getByRole("cell").nth(6)).toHaveText(figure(first.score));
    // the definitions are on the page, and behind each column header
    await expect(page.getByRole("region", { name: "指标说明" })).toContainText("共享率：本期形成");
    await page.getByRole("img", { name: "共享率（%）的口径" }).hover();
    await expect(page.getByRole("tooltip")).toContainText("已发布且共享类型为无条件或有条件共享");

    await page.getByRole("radiogroup", { name: "统计周期" }).getByText("月", { exact: true }).click();
    await expect(page).toHaveURL(/period=month&date=2016-05-10/);
    await expect(page.getByRole("heading", { name: "通报排名 2016年5月" })).toBeVisible({ timeout: 30_000 });
    const month = await api.query<Ranking>("rankings.list", { period: "month", date: "2016-05-10" });
    await expect(table).toHaveAttribute("aria-busy", "false");
    await expect(rows.first()).toContainText(month.items[0]!.departmentName);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /导出 Excel/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("通报排名-2016年5月.xlsx");
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe("PK"); // an xlsx is a zip

    // print: the menu, header and controls are hidden, the title, table and definitions stay
    await page.emulateMedia({ media: "print" });
    await expect(appShell.menu).toBeHidden();
    await expect(page.getByRole("radiogroup", { name: "统计周期" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "通报排名 2016年5月" })).toBeVisible();
    await expect(table).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: /打印/ })).toBeVisible();
  });
});

test.describe("通报排名 is not for officers", () => {
  test.use({ credentials: demoUser("gongshang") });

  test("an officer has no menu entry and is refused the page and the export", async ({ page, appShell }) => {
    await page.goto("/");
    await expect(appShell.menu.getByRole("menuitem", { name: "信息资源目录" })).toBeVisible();
    await expect(appShell.menu.getByRole("menuitem", { name: "通报排名" })).toHaveCount(0);
    await page.goto("/rankings");
    await expect(page.getByText("没有权限").first()).toBeVisible({ timeout: 30_000 });
    const exported = await page
      .context()
      .request.get("/api/rankings/export.xlsx?period=month&date=2016-05-10");
    expect(exported.status()).toBe(403);
  });
});
