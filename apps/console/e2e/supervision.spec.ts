import { buttonName, demoUser, expect, expectToast, switchUser, test } from "./fixtures.ts";
import { chooseByTyping } from "./support/select.ts";
import { ServerTable } from "./pages/server-table.ts";

// Supervisors follow the work plan and everything due (电子监察), and send notices (督办) that the
// addressed department's officers answer.
test.use({ credentials: demoUser("supervisor") });
// several servers and builds share this machine: a page's first load may take a while
test.describe.configure({ timeout: 120_000 });

/** Waits for a lazily loaded page's table, then for its rows. */
async function shown(list: ServerTable): Promise<void> {
  await expect(list.table).toBeVisible({ timeout: 30_000 });
  await expect(list.bodyRows.first()).toBeVisible({ timeout: 30_000 });
  await list.settled();
}

test("the work plan lists the plan's 13 tasks with their units and deadlines", async ({ page }) => {
  await page.goto("/work-plan");
  const plan = new ServerTable(page, /工作任务列表/);
  await shown(plan);
  await expect(plan.bodyRows).toHaveCount(13);
  await expect(plan.bodyRows.first()).toContainText("统一政务服务管理构架");
  await expect(plan.bodyRows.first()).toContainText("区政务服务中心");
  await expect(plan.bodyRows.nth(11)).toContainText("区发改统计局");
  await expect(plan.bodyRows.nth(6)).toContainText("全年");
  await page.getByRole("link", { name: "完善并联审批机制" }).click();
  await expect(page.getByText("区工商质监局、区政务服务中心、各相关行政审批职能部门")).toBeVisible();
});

test("a responsible unit reports progress on a task, the centre marks it done, the supervisor sees both", async ({
  page,
}) => {
  const progress = `审批中介事项清单已梳理 ${Date.now().toString(36)}`;
  await page.goto("/work-plan");
  await shown(new ServerTable(page, /工作任务列表/));
  // task 11: 区发改统计局 is among its responsible units (task 12, which it leads, is the board test's)
  await page.getByRole("link", { name: "清理规范审批中介事项" }).click();
  await expect(page).toHaveURL(/\/work-plan\/[0-9a-f-]+$/);
  const taskPage = page.url();
  const statusSelect = page.getByRole("combobox", { name: "变更状态" });
  const updates = page.getByRole("listitem").filter({ hasText: progress });

  await switchUser(page, demoUser("fagai"));
  await page.goto(taskPage);
  const form = page.locator("form[id=work-task-update]");
  await form.getByLabel("完成进度（%）").fill("30", { timeout: 30_000 });
  await form.getByRole("button", { name: "提交进展" }).click();
  // the form says what is missing and sends nothing
  await expect(form).toContainText("请填写进展情况");
  await form.getByLabel("进展情况").fill(progress);
  await form.getByRole("button", { name: "提交进展" }).click();
  await expectToast(page, "进展已提交");
  await expect(updates).toContainText("区发改统计局");
  await expect(updates).toContainText("30%");
  // a responsible unit reports; only the lead units and the centre change the status
  await expect(statusSelect).toHaveCount(0);

  await switchUser(page, demoUser("centre"));
  await page.goto(taskPage);
  await statusSelect.click({ timeout: 30_000 });
  // antd's options carry their label as a title; the accessible listbox holds only the active one
  await page.getByTitle("已完成", { exact: true }).click();
  await expectToast(page, "状态已变更");
  await expect(page.locator("form[id=work-task-update]")).toHaveCount(0);

  await switchUser(page, demoUser("supervisor"));
  await page.goto(taskPage);
  await expect(updates).toContainText("30%", { timeout: 30_000 });
  await expect(page.getByText("已完成", { exact: true })).toBeVisible();
  await expect(statusSelect).toHaveCount(0);
  await expect(page.locator("form[id=work-task-update]")).toHaveCount(0);
});

test("the board's 督办 action opens the notice form with the item filled in", async ({ page }) => {
  await page.goto("/supervision?kind=work_task");
  const board = new ServerTable(page, /监察事项列表/);
  await shown(board);
  const row = board.bodyRows.filter({ hasText: "12. 完善并联审批机制" });
  await row.getByRole("button", { name: buttonName("督办") }).click();
  const dialog = page.getByRole("dialog", { name: "发送督办通知" });
  await expect(dialog.getByLabel("督办事项")).toHaveValue("12. 完善并联审批机制");
  await expect(dialog.getByText("区发改统计局")).toBeVisible(); // the task's lead unit
  await dialog.getByRole("button", { name: buttonName("取消") }).click();
  await expect(dialog).toBeHidden();
});

test("a notice goes to 区工商质监局, its officer replies, the supervisor reads the reply", async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const subject = `企业登记并联审批进展 ${run}`;
  // this run's own words: a retry or an earlier run on the same database has replied too
  const reply = `已完成企业登记流程梳理，本周内报送方案（${run}）`;

  await page.goto("/notices");
  await page.getByRole("button", { name: "发送督办" }).click({ timeout: 30_000 });
  const form = page.getByRole("dialog", { name: "发送督办通知" });
  await chooseByTyping(form.getByRole("combobox", { name: /督办部门/ }), "区工商质监局");
  await form.getByLabel("督办事项").fill(subject);
  await form.getByLabel("督办内容").fill("请说明企业登记并联审批机制的进展");
  await form.getByRole("button", { name: "发送督办" }).click();
  await expect(form).toBeHidden({ timeout: 15_000 });
  const notices = new ServerTable(page, /督办通知列表/);
  await shown(notices);
  await expect(notices.bodyRows.filter({ hasText: subject })).toContainText("待答复");

  // the department's officer, in the same browser
  await switchUser(page, demoUser("gongshang"));
  await page.goto("/notices");
  await shown(notices);
  const received = notices.bodyRows.filter({ hasText: subject });
  await received.getByRole("button", { name: buttonName("答复") }).click();
  const replyForm = page.getByRole("dialog");
  await replyForm.getByLabel("答复内容").fill(reply);
  await replyForm.getByRole("button", { name: buttonName("答复") }).click();
  await expect(replyForm).toBeHidden({ timeout: 15_000 });
  await expect(received).toContainText("已答复");

  await switchUser(page, demoUser("supervisor"));
  await page.goto("/notices");
  await shown(notices);
  const answered = notices.bodyRows.filter({ hasText: subject });
  await expect(answered).toContainText(reply);
  await expect(answered).toContainText("已答复");
  await answered.getByRole("link", { name: subject }).click();
  await expect(page.getByText(reply)).toBeVisible();
});

test("a detail link with something else than an id shows not found without asking the server", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (/(targets|notices|workPlan)\.get/.test(request.url())) asked.push(request.url());
  });
  for (const [path, title] of [
    ["/targets/not-an-id", "工作目标不存在"],
    ["/notices/not-an-id", "督办事项不存在"],
    ["/work-plan/not-an-id", "工作任务不存在"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(title)).toBeVisible({ timeout: 30_000 });
  }
  expect(asked).toEqual([]);
});
