import {
  buttonName,
  CatalogueApi,
  demoUser,
  expect,
  expectToast,
  signIn,
  switchUser,
  test,
  TrpcHttp,
  uniqueUsername,
} from "./fixtures.ts";
import { ServerTable } from "./pages/server-table.ts";

/** What the test reads of dashboard.summary over HTTP, to compare with what the page shows. */
interface Counts {
  numerator: number;
  denominator: number;
}
interface Summary {
  sharingRate: Counts & { currentValue: number | null; deadline: string; definition: string };
  ranking: (Counts & { value: number | null; departmentName: string })[];
}

/** below 100% in the demo catalogue, so that one more shared resource raises its rate */
const DEPARTMENT = "区发改统计局";
/** as the console formats a percentage (charts/chart-options.ts formatPercent) */
const percent = (value: number | null) =>
  value === null ? "暂无数据" : `${value.toFixed(value % 1 === 0 ? 0 : 2)}%`;
const rateOf = ({ numerator, denominator }: { numerator: number; denominator: number }) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;

test.describe("首页 dashboard and 目标 targets (signed in as centre)", () => {
  test("publishing a newly formed resource raises its department's and the district's sharing rate", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const centreApi = new TrpcHttp(page.context().request);
    const before = await centreApi.query<Summary>("dashboard.summary");
    const departmentBefore = before.ranking.find((row) => row.departmentName === DEPARTMENT) ?? {
      numerator: 0,
      denominator: 0,
      value: null,
    };

    await page.goto("/");
    const district = page.getByRole("region", { name: "全区共享率", exact: true });
    // the first visit loads the charts' library: give it time on a busy machine
    await expect(district).toContainText(
      `${before.sharingRate.numerator} / ${before.sharingRate.denominator}`,
      { timeout: 20_000 },
    );
    await expect(district).toContainText(percent(before.sharingRate.currentValue));
    await expect(district).toContainText("截止 2016-06-30");
    await expect(district).toContainText("分母：在目标期间");
    await expect(page.getByRole("img", { name: "各部门共享率排名图" })).toBeVisible();
    await expect(page.getByRole("img", { name: /全区共享率趋势图/ })).toBeVisible();
    // overdue and due-soon work, as supervision.counts tells them
    const counts = await centreApi.query<{ total: { warning: number; overdue: number } }>(
      "supervision.counts",
    );
    const supervision = page.getByRole("region", { name: "电子监察预警", exact: true });
    await expect(supervision).toContainText(`已逾期${counts.total.overdue}`);
    await expect(supervision).toContainText(`即将到期${counts.total.warning}`);
    await expect(page.getByRole("region", { name: "六项目标" }).getByRole("region")).toHaveCount(6);

    // the officer of 区发改统计局 registers a resource formed in 2016 (inside the target's period) and
    // submits it; the centre publishes it
    const officerRequest = await playwright.request.newContext({ baseURL });
    let draftId: string;
    try {
      await signIn(officerRequest, demoUser("fagai"));
      const officer = new CatalogueApi(officerRequest);
      const draft = await officer.createDraft(`共享率测试资源${Date.now()}`);
      await officer.submit(draft.id);
      draftId = draft.id;
    } finally {
      await officerRequest.dispose();
    }
    await new CatalogueApi(page.context().request).review(draftId, "approve");

    const district2 = {
      numerator: before.sharingRate.numerator + 1,
      denominator: before.sharingRate.denominator + 1,
    };
    const department2 = {
      numerator: departmentBefore.numerator + 1,
      denominator: departmentBefore.denominator + 1,
    };
    await page.reload();
    await expect(district).toContainText(`${district2.numerator} / ${district2.denominator}`, {
      timeout: 20_000,
    });
    await expect(district).toContainText(percent(rateOf(district2)));
    const departmentItem = page
      .getByRole("list", { name: "各部门共享率排名" })
      .getByRole("listitem")
      .filter({ hasText: DEPARTMENT });
    await expect(departmentItem).toContainText(`${department2.numerator} / ${department2.denominator}`);
    await expect(departmentItem).toContainText(percent(rateOf(department2)));
    expect(rateOf(department2)!).toBeGreaterThan(departmentBefore.value ?? -1);
    expect(rateOf(district2)!).toBeGreaterThan(before.sharingRate.currentValue ?? -1);

    // the API says the same as the page
    const after = await centreApi.query<Summary>("dashboard.summary");
    expect(after.sharingRate).toMatchObject({ ...district2, currentValue: rateOf(district2) });
  });

  test("the targets page lists the six targets; a target's page shows its definition and breakdown", async ({
    page,
  }) => {
    await page.goto("/targets");
    const list = page.getByRole("list", { name: "目标列表" });
    await expect(list.getByRole("listitem")).toHaveCount(6, { timeout: 20_000 });
    await list
      .getByRole("region", { name: "新形成的政府信息资源共享率" })
      .getByRole("link", { name: "查看详情" })
      .click();
    await expect(page).toHaveURL(/\/targets\/[0-9a-f-]+$/);
    await expect(page.getByText("分母：在目标期间").first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("list", { name: "各部门数值" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("img", { name: "目标数值趋势图" })).toBeVisible();
    await expect(page.getByRole("table", { name: "报送记录列表" })).toBeVisible();
  });

  test("an officer of the responsible unit reports a target's figures, the centre confirms them, the target shows them", async ({
    page,
    api,
  }) => {
    // 公共服务事项进驻大厅率 is reported by the lead unit of the plan's task 2, 区编办, which has no demo
    // user: the centre creates an officer there
    const targets = await api.query<{ id: string; name: string }[]>("targets.list");
    const target = targets.find((item) => item.name === "公共服务事项进驻大厅率")!;
    const office = await api.query<{ items: { id: string }[] }>("departments.list", {
      filters: { q: "区编办" },
    });
    const officer = { username: uniqueUsername("e2e-report"), password: "e2e-report-pass" };
    await api.mutation("users.create", {
      ...officer,
      displayName: "编办报送员",
      departmentId: office.items[0]?.id,
      roles: ["officer"],
    });
    const note = `进驻大厅事项统计 ${Date.now().toString(36)}`;
    const reports = new ServerTable(page, /报送记录列表/);
    const reported = reports.bodyRows.filter({ hasText: note });

    await switchUser(page, officer);
    await page.goto(`/targets/${target.id}`);
    await page.getByRole("button", { name: buttonName("报送数据") }).click({ timeout: 30_000 });
    const form = page.getByRole("dialog", { name: "报送目标数据" });
    await form.getByLabel("分母").fill("40");
    await form.getByLabel("分子").fill("50");
    await form.getByLabel("说明").fill(note);
    await form.getByRole("button", { name: buttonName("报送数据") }).click();
    // the form says what is wrong and sends nothing
    await expect(form).toContainText("分子不能大于分母");
    await form.getByLabel("分子").fill("30");
    await form.getByRole("button", { name: buttonName("报送数据") }).click();
    await expect(form).toBeHidden({ timeout: 15_000 });
    await expectToast(page, "已报送，待区信息中心确认");
    await expect(reported).toContainText("区编办");
    await expect(reported).toContainText("30 / 40");
    await expect(reported).toContainText("待确认");
    // an officer does not confirm
    await expect(reported.getByRole("button", { name: buttonName("确认") })).toHaveCount(0);

    await switchUser(page, demoUser("centre"));
    await page.goto(`/targets/${target.id}`);
    await reported.getByRole("button", { name: buttonName("确认") }).click({ timeout: 30_000 });
    await expect(reported).toContainText("已确认");
    // the confirmed report is the unit's figure, and 区编办 is the target's only responsible unit
    const figures = page
      .getByRole("list", { name: "各部门数值" })
      .getByRole("listitem")
      .filter({ hasText: "区编办" });
    await expect(figures).toContainText("75%");
    await expect(figures).toContainText("30 / 40");
    const after = await api.query<{ numerator: number; denominator: number; currentValue: number | null }>(
      "targets.get",
      { id: target.id },
    );
    expect(after).toMatchObject({ numerator: 30, denominator: 40, currentValue: 75 });
  });
});
