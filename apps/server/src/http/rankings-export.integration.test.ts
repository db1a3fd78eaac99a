import ExcelJS from "exceljs";
import { TEST_PASSWORD, testPasswordHashOnce } from "@govshare/api/testing";
import { createDepartmentRepository } from "@govshare/db";
import { createTestDatabase, makeUser, type TestDatabase } from "@govshare/db/testing";
import type { TRankingListOutput } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { startServer, type RunningServer } from "../server.ts";

// The 通报排名 workbook over real HTTP, read back with exceljs and compared with rankings.list.
let database: TestDatabase;
let server: RunningServer;
const cookies = { officer: "", centre: "", supervisor: "" };

async function signIn(role: "officer" | "centre" | "supervisor"): Promise<string> {
  const department = await createDepartmentRepository(database.prisma).findByCode("410108-011"); // 区工商质监局
  const user = await makeUser(database, {
    passwordHash: await testPasswordHashOnce(),
    roles: [role],
    departmentId: department!.id,
  });
  const response = await fetch(`${server.url}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
  });
  return response.headers.getSetCookie()[0]!.split(";")[0]!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServer(readEnv({ PORT: "0", LOG_LEVEL: "silent" }), { database });
  for (const role of ["officer", "centre", "supervisor"] as const) cookies[role] = await signIn(role);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const exportUrl = (query: string) => `${server.url}/api/rankings/export.xlsx?${query}`;

async function rankingsList(period: string, date: string): Promise<TRankingListOutput> {
  const input = encodeURIComponent(JSON.stringify({ period, date }));
  const response = await fetch(`${server.url}/trpc/rankings.list?input=${input}`, {
    headers: { cookie: cookies.centre },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: TRankingListOutput } }).result.data;
}

describe("GET /api/rankings/export.xlsx", () => {
  it("gives the centre the ranking as a workbook: title with the period, Chinese headers, the same rows", async () => {
    const response = await fetch(exportUrl("period=month&date=2016-03-17"), {
      headers: { cookie: cookies.centre },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("通报排名-2016年3月.xlsx")}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("通报排名")!;
    expect(sheet.getCell("A1").value).toBe("通报排名 2016年3月（2016-03-01 至 2016-03-31）");
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      "排名",
      "部门",
      "共享率（%）",
      "按时答复率（%）",
      "平均答复用时（工作日）",
      "目录完整率（%）",
      "综合得分",
    ]);
    const ranking = await rankingsList("month", "2016-03-17");
    expect(ranking.items.length).toBeGreaterThan(10); // the seeded district units
    const rows = ranking.items.map((item, index) => (sheet.getRow(4 + index).values as unknown[]).slice(1));
    expect(rows).toEqual(
      ranking.items.map((item) => [
        item.rank,
        item.departmentName,
        item.sharingRate ?? "—",
        item.onTimeReplyRate ?? "—",
        item.averageReplyWorkingDays ?? "—",
        item.catalogueCompleteness ?? "—",
        item.score ?? "—",
      ]),
    );
    // the definitions follow the table
    expect(sheet.getCell(`A${4 + ranking.items.length + 1}`).value).toBe("指标说明");
    expect(String(sheet.getCell(`A${4 + ranking.items.length + 2}`).value)).toMatch(/^共享率：/);
  });

  it("names a week by its ISO number and dates; the supervisor may export too", async () => {
    const response = await fetch(exportUrl("period=week&date=2016-03-02"), {
      headers: { cookie: cookies.supervisor },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet("通报排名")!.getCell("A1").value).toBe(
      "通报排名 2016年第9周（2016-02-29 至 2016-03-06）",
    );
  });

  it("refuses strangers (401), officers (403) and bad parameters (400)", async () => {
    const anonymous = await fetch(exportUrl("period=month&date=2016-03-17"));
    expect(anonymous.status).toBe(401);
    const officer = await fetch(exportUrl("period=month&date=2016-03-17"), {
      headers: { cookie: cookies.officer },
    });
    expect(officer.status).toBe(403);
    expect(((await officer.json()) as { error: { message: string } }).error.message).toContain("没有权限");
    for (const query of ["period=decade&date=2016-03-17", "period=month&date=2016-02-30", "period=month"]) {
      const bad = await fetch(exportUrl(query), { headers: { cookie: cookies.centre } });
      expect(bad.status).toBe(400);
    }
    const elsewhere = await fetch(`${server.url}/api/rankings/other`, {
      headers: { cookie: cookies.centre },
    });
    expect(elsewhere.status).toBe(404);
  });
});
