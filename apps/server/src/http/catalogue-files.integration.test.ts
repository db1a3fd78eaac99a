import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { createAuditRepository, createDepartmentRepository } from "@govshare/db";
import { TEST_PASSWORD, testPasswordHashOnce } from "@govshare/api/testing";
import { createTestDatabase, makeUser, type TestDatabase } from "@govshare/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { startServer, type RunningServer } from "../server.ts";

// Spreadsheet import and export over real HTTP, as the console and a department's scripts use them.
let database: TestDatabase;
let server: RunningServer;
let officerCookie: string;
let supervisorCookie: string;

async function signIn(
  roles: ("officer" | "supervisor" | "centre")[],
  departmentCode: string,
): Promise<string> {
  const department = await createDepartmentRepository(database.prisma).findByCode(departmentCode);
  const user = await makeUser(database, {
    passwordHash: await testPasswordHashOnce(),
    roles,
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
  server = await startServer(readEnv({ PORT: "0", LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" }), {
    database,
  });
  officerCookie = await signIn(["officer"], "410108-011"); // 区工商质监局, the template example's provider
  supervisorCookie = await signIn(["supervisor"], "410108-009");
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

async function download(path: string, cookie = officerCookie): Promise<Buffer> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Runs `work` with the server's temporary files (os.tmpdir() reads TMPDIR on each call) in a folder of
 * its own, and says what was left in it: an import or export must remove its temporary files. TMPDIR
 * is the test process's: the server runs in it.
 */
async function withOwnTmpdir<T>(work: () => Promise<T>): Promise<{ value: T; leftInTmp: string[] }> {
  const folder = await mkdtemp(path.join(tmpdir(), "govshare-test-tmp-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    const value = await work();
    // an export's response ends before the server's clean-up after it: give that a moment
    for (let waited = 0; waited < 2_000 && (await readdir(folder)).length > 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { value, leftInTmp: await readdir(folder) };
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(folder, { recursive: true, force: true });
  }
}

async function upload(
  file: Buffer,
  mode: "preview" | "commit",
  options: { kind?: string; cookie?: string; header?: boolean } = {},
) {
  const response = await fetch(
    `${server.url}/api/catalogue/import?mode=${mode}&kind=${options.kind ?? "xlsx"}`,
    {
      method: "POST",
      headers: {
        cookie: options.cookie ?? officerCookie,
        "content-type": "application/octet-stream",
        ...(options.header === false ? {} : { "x-govshare-upload": "1" }),
      },
      body: file,
    },
  );
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { error?: { message: string } },
  };
}

type ImportLine =
  | { progress: { phase: "read" | "check" | "write"; done: number; total: number | null } }
  | { result: Record<string, unknown> }
  | { error: { message: string }; status: number };

/** An upload that asks to follow the import (as the console does): its answer's lines, in order. */
async function uploadFollowingProgress(file: Buffer, mode: "preview" | "commit"): Promise<ImportLine[]> {
  const response = await fetch(`${server.url}/api/catalogue/import?mode=${mode}&kind=xlsx`, {
    method: "POST",
    headers: {
      cookie: officerCookie,
      "content-type": "application/octet-stream",
      "x-govshare-upload": "1",
      accept: "application/x-ndjson",
    },
    body: file,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const text = await response.text();
  expect(text.endsWith("\n")).toBe(true);
  return text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as ImportLine);
}

/** The progress lines' phases in order, each once, and each phase's figures never going back. */
function progressOf(lines: ImportLine[]) {
  const phases: string[] = [];
  const last = new Map<string, { done: number; total: number | null }>();
  for (const line of lines) {
    if (!("progress" in line)) continue;
    const { phase, done, total } = line.progress;
    if (phases.at(-1) !== phase) phases.push(phase);
    const previous = last.get(phase);
    if (total !== null) expect(done).toBeLessThanOrEqual(total);
    if (previous) expect(done).toBeGreaterThanOrEqual(previous.done);
    last.set(phase, { done, total });
  }
  return { phases, last };
}

const resourceCount = () => database.prisma.informationResource.count();

/** A tRPC mutation over HTTP, as the console sends it; its result's data. */
async function mutate(path: string, input: unknown, cookie: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/trpc/${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: Record<string, unknown> } };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.result!.data;
}

/** Every resource's row version: what changes when anything about a resource does. */
const rowVersions = () =>
  database.prisma.informationResource.findMany({
    select: { id: true, rowVersion: true },
    orderBy: { id: "asc" },
  });

/** A workbook in the template's shape, with the rows a test wants. */
async function workbook(
  resources: Record<string, unknown>[],
  items: Record<string, unknown>[] = [],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("信息资源");
  const headers = [
    "信息资源分类",
    "信息资源名称",
    "信息资源代码",
    "提供方",
    "信息资源摘要",
    "信息资源格式",
    "共享类型",
    "共享条件",
    "共享方式",
    "开放属性",
    "开放条件",
    "更新周期",
    "发布日期",
    "形成日期",
    "关联资源代码",
  ];
  sheet.addRow(headers);
  for (const row of resources) sheet.addRow(headers.map((header) => row[header] ?? null));
  const itemSheet = book.addWorksheet("信息项");
  const itemHeaders = ["信息资源代码", "信息资源名称", "信息项名称", "数据类型", "数据长度", "说明"];
  itemSheet.addRow(itemHeaders);
  for (const row of items) itemSheet.addRow(itemHeaders.map((header) => row[header] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A one-entry zip (deflated), enough to look like an .xlsx from the outside. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const goodRow = (name: string) => ({
  信息资源分类: "1-02-001",
  信息资源名称: name,
  提供方: "区工商质监局",
  信息资源摘要: "导入测试",
  信息资源格式: "数据库",
  共享类型: "无条件共享",
  共享方式: "接口、在线查询",
  开放属性: "不予开放",
  更新周期: "每日",
  形成日期: "2016-05-01",
});

describe("catalogue spreadsheets", () => {
  it("imports the downloaded template: preview first, then one draft with its items", async () => {
    const template = await download("/api/catalogue/template.xlsx");
    const before = await resourceCount();
    const preview = await upload(template, "preview");
    expect(preview.body).toMatchObject({ ok: true, totalRows: 1, creates: 1, updates: 0, errorCount: 0 });
    expect(await resourceCount()).toBe(before);
    const committed = await upload(template, "commit");
    expect(committed.status).toBe(200);
    const created = await database.prisma.informationResource.findFirstOrThrow({
      where: { name: "企业登记基本信息", status: "draft" },
      include: { dataItems: { orderBy: { position: "asc" } } },
    });
    expect(created.code).toMatch(/^102001\/\d{6}$/);
    expect(created.dataItems.map((item) => item.name)).toEqual(["统一社会信用代码", "企业名称"]);
  });

  it("round-trips: export, then import of the same file changes nothing", async () => {
    const filters = encodeURIComponent(
      JSON.stringify({
        providerDepartmentId: (await createDepartmentRepository(database.prisma).findByCode("410108-011"))!
          .id,
      }),
    );
    const { value: exported, leftInTmp } = await withOwnTmpdir(() =>
      download(`/api/catalogue/export.xlsx?filters=${filters}`),
    );
    expect(leftInTmp).toEqual([]); // the 信息项 rows' temporary file is gone
    const rows = await database.prisma.informationResource.findMany({
      select: { rowVersion: true },
      orderBy: { id: "asc" },
    });
    const preview = await upload(exported, "preview");
    expect(preview.body).toMatchObject({ ok: true, creates: 0, updates: 0 });
    expect(preview.body.unchanged).toBeGreaterThanOrEqual(1);
    await upload(exported, "commit");
    expect(
      await database.prisma.informationResource.findMany({
        select: { rowVersion: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual(rows);
  });

  it("round-trips an export of the whole catalogue, other departments' resources included", async () => {
    // a published resource of another department, registered and reviewed as in the console
    const others = (await createDepartmentRepository(database.prisma).findAll()).find(
      (department) => !["410108-011", "410108-009"].includes(department.code),
    )!;
    const otherOfficer = await signIn(["officer"], others.code);
    const centre = await signIn(["centre"], "410108-009");
    const file = await workbook(
      [{ ...goodRow("他部门已发布资源"), 提供方: others.name, 信息资源代码: "102001/000901" }],
      [{ 信息资源代码: "102001/000901", 信息项名称: "字段一", 数据类型: "字符型" }],
    );
    expect((await upload(file, "commit", { cookie: otherOfficer })).body).toMatchObject({ creates: 1 });
    const { id } = await database.prisma.informationResource.findUniqueOrThrow({
      where: { code: "102001/000901" },
    });
    await mutate("resources.submit", { id }, otherOfficer);
    await mutate("resources.review", { id, decision: "approve", comment: "" }, centre);

    const exported = await download("/api/catalogue/export.xlsx");
    const before = await rowVersions();
    const preview = await upload(exported, "preview");
    expect(preview.body).toMatchObject({ ok: true, creates: 0, updates: 0, errorCount: 0 });
    expect(preview.body.unchanged).toBeGreaterThanOrEqual(2);
    expect((await upload(exported, "commit")).status).toBe(200);
    expect(await rowVersions()).toEqual(before);

    // changed, another department's row is still refused
    const changed = await workbook(
      [{ ...goodRow("他部门已发布资源（改）"), 提供方: others.name, 信息资源代码: "102001/000901" }],
      [{ 信息资源代码: "102001/000901", 信息项名称: "字段一", 数据类型: "字符型" }],
    );
    const refused = await upload(changed, "preview");
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ sheet: "信息资源", row: 2, column: "提供方" }),
    ]);
  });

  it("updates only what the file gives: left-out columns and a missing 信息项 sheet keep the catalogue's values", async () => {
    const code = "102001/000911";
    const first = await workbook(
      [{ ...goodRow("部分更新"), 信息资源代码: code, 共享类型: "有条件共享", 共享条件: "仅限监管使用" }],
      [
        { 信息资源代码: code, 信息项名称: "字段一", 数据类型: "字符型" },
        { 信息资源代码: code, 信息项名称: "字段二", 数据类型: "日期型" },
      ],
    );
    expect((await upload(first, "commit")).body).toMatchObject({ ok: true, creates: 1 });
    // a CSV (no 信息项, no 摘要, 共享条件 or 共享方式 column) renaming the resource
    const header =
      "信息资源分类,信息资源名称,信息资源代码,提供方,信息资源格式,共享类型,开放属性,更新周期,形成日期";
    const csv = `${header}
1-02-001,部分更新（改名）,${code},区工商质监局,数据库,有条件共享,不予开放,每日,2016-05-01
`;
    const preview = await upload(Buffer.from(csv, "utf8"), "preview", { kind: "csv" });
    expect(preview.body).toMatchObject({ ok: true, creates: 0, updates: 1 });
    expect((await upload(Buffer.from(csv, "utf8"), "commit", { kind: "csv" })).status).toBe(200);
    const updated = await database.prisma.informationResource.findUniqueOrThrow({
      where: { code },
      include: { dataItems: { orderBy: { position: "asc" } } },
    });
    expect(updated).toMatchObject({
      name: "部分更新（改名）",
      abstract: "导入测试",
      sharingCondition: "仅限监管使用",
      sharingMethods: ["api", "online_query"],
    });
    expect(updated.dataItems.map((item) => item.name)).toEqual(["字段一", "字段二"]);
    // a column the file has, left empty, does clear its field
    const cleared = `信息资源分类,信息资源名称,信息资源代码,提供方,信息资源摘要,信息资源格式,共享类型,共享条件,开放属性,更新周期,形成日期
1-02-001,部分更新（改名）,${code},区工商质监局,,数据库,有条件共享,仅限监管使用,不予开放,每日,2016-05-01
`;
    expect((await upload(Buffer.from(cleared, "utf8"), "commit", { kind: "csv" })).body).toMatchObject({
      updates: 1,
    });
    expect(await database.prisma.informationResource.findUniqueOrThrow({ where: { code } })).toMatchObject({
      abstract: "",
    });
  });

  it("says in the preview which rows name a resource under review, and imports none of the file", async () => {
    const code = "102001/000921";
    const row = { ...goodRow("审核中资源"), 信息资源代码: code };
    const item = { 信息资源代码: code, 信息项名称: "字段一", 数据类型: "字符型" };
    expect((await upload(await workbook([row], [item]), "commit")).body).toMatchObject({ creates: 1 });
    const { id } = await database.prisma.informationResource.findUniqueOrThrow({ where: { code } });
    await mutate("resources.submit", { id }, officerCookie);
    const file = await workbook(
      [goodRow("同批新资源"), { ...row, 信息资源名称: "审核中资源（改）" }],
      [item],
    );
    const preview = await upload(file, "preview");
    expect(preview.body).toMatchObject({ ok: false, errorCount: 1 });
    expect(preview.body.errors).toEqual([
      {
        sheet: "信息资源",
        row: 3,
        column: "信息资源代码",
        message: "信息资源正在审核，审核完成前不能修改",
      },
    ]);
    const before = await resourceCount();
    expect((await upload(file, "commit")).status).toBe(400);
    expect(await resourceCount()).toBe(before);
  });

  it("reports 信息项 rows whose resource is not in the file, by code or by name", async () => {
    const file = await workbook(
      [{ ...goodRow("有信息项的资源"), 信息资源代码: "102001/000931" }],
      [
        { 信息资源代码: "102001/000931", 信息项名称: "字段一", 数据类型: "字符型" },
        { 信息资源代码: "102001/000939", 信息项名称: "代码写错", 数据类型: "字符型" },
        { 信息资源名称: "有信息项的资源", 信息项名称: "按名称也可", 数据类型: "字符型" },
        { 信息资源名称: "名称写错的资源", 信息项名称: "名称写错", 数据类型: "字符型" },
      ],
    );
    const preview = await upload(file, "preview");
    expect(preview.body).toMatchObject({ ok: false, errorCount: 2 });
    expect(preview.body.errors).toEqual([
      {
        sheet: "信息项",
        row: 3,
        column: "信息资源代码",
        message: "「信息资源」工作表中没有代码为 102001/000939 的信息资源",
      },
      {
        sheet: "信息项",
        row: 5,
        column: "信息资源名称",
        message: "「信息资源」工作表中没有名称为「名称写错的资源」的信息资源",
      },
    ]);
  });

  it("joins a coded resource's items filed by code and by name, in sheet order", async () => {
    const code = "102001/000941";
    const file = await workbook(
      [{ ...goodRow("两种方式填写信息项"), 信息资源代码: code }],
      [
        { 信息资源名称: "两种方式填写信息项", 信息项名称: "按名称一", 数据类型: "字符型" },
        { 信息资源代码: code, 信息项名称: "按代码二", 数据类型: "字符型" },
        { 信息资源名称: "两种方式填写信息项", 信息项名称: "按名称三", 数据类型: "字符型" },
      ],
    );
    expect((await upload(file, "commit")).body).toMatchObject({ ok: true, creates: 1 });
    const created = await database.prisma.informationResource.findUniqueOrThrow({
      where: { code },
      include: { dataItems: { orderBy: { position: "asc" } } },
    });
    expect(created.dataItems.map((item) => item.name)).toEqual(["按名称一", "按代码二", "按名称三"]);
  });

  it("goes on with a revision being edited: an import completes and compares it, not the published version", async () => {
    const code = "102001/000951";
    const centre = await signIn(["centre"], "410108-009");
    const item = { 信息资源代码: code, 信息项名称: "字段一", 数据类型: "字符型" };
    await upload(await workbook([{ ...goodRow("修订中导入"), 信息资源代码: code }], [item]), "commit");
    const { id } = await database.prisma.informationResource.findUniqueOrThrow({ where: { code } });
    await mutate("resources.submit", { id }, officerCookie);
    await mutate("resources.review", { id, decision: "approve", comment: "" }, centre);
    // the officer's revision changes the abstract; then a file without a 摘要 column renames it
    const published = await database.prisma.informationResource.findUniqueOrThrow({ where: { id } });
    await mutate(
      "resources.update",
      {
        id,
        code,
        classification: published.classification,
        name: "修订中导入",
        providerDepartmentId: published.providerId,
        abstract: "修订后的摘要",
        format: "database",
        sharingType: "unconditional",
        sharingMethods: ["api", "online_query"],
        openAttribute: "closed",
        updateCycle: "daily",
        formationDate: "2016-05-01",
        dataItems: [{ name: "字段一", dataType: "string" }],
      },
      officerCookie,
    );
    const header =
      "信息资源分类,信息资源名称,信息资源代码,提供方,信息资源格式,共享类型,共享方式,开放属性,更新周期,形成日期";
    const csv = `${header}\n1-02-001,修订中导入（改名）,${code},区工商质监局,数据库,无条件共享,接口、在线查询,不予开放,每日,2016-05-01\n`;
    expect((await upload(Buffer.from(csv, "utf8"), "commit", { kind: "csv" })).body).toMatchObject({
      ok: true,
      updates: 1,
    });
    const revision = await database.prisma.resourceVersion.findFirstOrThrow({
      where: { resourceId: id, version: 2 },
    });
    expect(revision.content).toMatchObject({ name: "修订中导入（改名）", abstract: "修订后的摘要" });
  });

  it("refuses two rows of one name when 信息项 rows name it: whose items they are is unknown", async () => {
    const coded = [
      { ...goodRow("同名有代码"), 信息资源代码: "102001/000961" },
      { ...goodRow("同名有代码"), 信息资源代码: "102001/000962" },
    ];
    const named = [{ 信息资源名称: "同名有代码", 信息项名称: "字段一", 数据类型: "字符型" }];
    expect((await upload(await workbook(coded, named), "preview")).body.errors).toEqual([
      expect.objectContaining({ sheet: "信息资源", row: 3, column: "信息资源名称" }),
    ]);
    const twice = [goodRow("同名资源"), goodRow("同名资源")];
    const byName = [{ 信息资源名称: "同名资源", 信息项名称: "字段一", 数据类型: "字符型" }];
    const preview = await upload(await workbook(twice, byName), "preview");
    expect(preview.body.errors).toEqual([
      expect.objectContaining({ sheet: "信息资源", row: 3, column: "信息资源名称" }),
    ]);
    // without items by name, two resources of one name are two resources
    expect((await upload(await workbook(twice), "preview")).body).toMatchObject({ ok: true, creates: 2 });
  });

  it("refuses a code given on two rows, however far apart, naming each later row", async () => {
    // rows far apart lie in different batches: the repeat is found in the whole file, not per batch
    const repeatedCodes: Record<number, string> = {
      0: "102001/000971",
      1_050: "102001/000971",
      5: "102001/000972",
      6: "102001/000972",
      7: "102001/000972",
    };
    const rows = Array.from({ length: 1_100 }, (_, index) => ({
      ...goodRow(`重复代码${index}`),
      信息资源代码: repeatedCodes[index] ?? null,
    }));
    const preview = await upload(await workbook(rows), "preview");
    expect(preview.body).toMatchObject({ ok: false, errorCount: 3 });
    expect(preview.body.errors).toEqual(
      [8, 9, 1_052].map((row) =>
        expect.objectContaining({
          sheet: "信息资源",
          row,
          column: "信息资源代码",
          message: expect.stringMatching(/^信息资源代码在文件中重复：102001\/00097[12]$/),
        }),
      ),
    );
  }, 60_000);

  it("lists every bad row with sheet, row, column and a Chinese message, and imports none", async () => {
    const file = await workbook(
      [
        goodRow("正确的一行"),
        { ...goodRow("共享类型错误"), 共享类型: "随便共享" },
        { ...goodRow("提供方错误"), 提供方: "不存在的局" },
        { ...goodRow("缺少共享条件"), 共享类型: "有条件共享" },
      ],
      [
        { 信息资源名称: "正确的一行", 信息项名称: "字段一", 数据类型: "字符型", 数据长度: "abc" },
        {}, // a blank row: the next item's problem must still name its own row, 4
        { 信息资源名称: "正确的一行", 信息项名称: "", 数据类型: "字符型" },
      ],
    );
    const before = await resourceCount();
    const preview = await upload(file, "preview");
    expect(preview.body.ok).toBe(false);
    const errors = preview.body.errors as { sheet: string; row: number; column: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "信息资源",
          row: 3,
          column: "共享类型",
          message: expect.stringContaining("随便共享"),
        }),
        expect.objectContaining({ sheet: "信息资源", row: 4, column: "提供方" }),
        expect.objectContaining({ sheet: "信息资源", row: 5, column: "共享条件" }),
        expect.objectContaining({ sheet: "信息项", row: 2, column: "数据长度" }),
        expect.objectContaining({ sheet: "信息项", row: 4, column: "信息项名称" }),
      ]),
    );
    const commit = await upload(file, "commit");
    expect(commit.status).toBe(400);
    expect(await resourceCount()).toBe(before);
  });

  it("imports the first sheet from CSV, keeping dates and codes as written", async () => {
    const header =
      "信息资源分类,信息资源名称,信息资源代码,提供方,信息资源格式,共享类型,共享方式,开放属性,更新周期,形成日期";
    const csv = `\uFEFF${header}\n102001,CSV导入资源,102001/000777,区工商质监局,数据库,无条件共享,接口,不予开放,每月,2016-06-01\n`;
    const result = await upload(Buffer.from(csv, "utf8"), "commit", { kind: "csv" });
    expect(result.body).toMatchObject({ ok: true, creates: 1 });
    const created = await database.prisma.informationResource.findUniqueOrThrow({
      where: { code: "102001/000777" },
    });
    expect(created.formationDate.toISOString().slice(0, 10)).toBe("2016-06-01");
  });

  it("numbers blank codes after every code the file gives, and audits each draft on a valid chain", async () => {
    // a code given on a later row is not handed out to an earlier blank one
    const file = await workbook(
      [
        { ...goodRow("编号测试甲"), 信息资源分类: "3-41-901" },
        { ...goodRow("编号测试乙"), 信息资源分类: "3-41-901", 信息资源代码: "341901/000500" },
      ],
      [{ 信息资源名称: "编号测试甲", 信息项名称: "字段一", 数据类型: "字符型" }],
    );
    const { value: result, leftInTmp } = await withOwnTmpdir(() => upload(file, "commit"));
    expect(result.body).toMatchObject({ ok: true, creates: 2 });
    expect(leftInTmp).toEqual([]);
    const created = await database.prisma.informationResource.findMany({
      where: { classification: "341901" },
      select: { id: true, code: true, name: true },
      orderBy: { code: "asc" },
    });
    expect(created.map((row) => [row.code, row.name])).toEqual([
      ["341901/000500", "编号测试乙"],
      ["341901/000501", "编号测试甲"],
    ]);
    const event = await database.prisma.auditEvent.findFirst({
      where: { action: "resource.create", subjectId: created[1]!.id },
    });
    expect(event?.after).toEqual({ code: "341901/000501", name: "编号测试甲", status: "draft", version: 1 });
    const version = await database.prisma.resourceVersion.findFirst({
      where: { resourceId: created[1]!.id },
    });
    expect(version).toMatchObject({ version: 1, status: "draft" });
    expect(version?.content).toMatchObject({
      code: "341901/000501",
      dataItems: [{ name: "字段一", dataType: "string", length: null, description: "" }],
    });
    expect(await createAuditRepository(database.prisma).verifyChain()).toMatchObject({ ok: true });
  });

  it("imports nothing when a problem lies in a batch after rows were already written", async () => {
    const rows = Array.from({ length: 1_200 }, (_, index) => goodRow(`分批回滚${index}`));
    rows[1_150] = { ...rows[1_150]!, 更新周期: "偶尔" };
    const before = await resourceCount();
    const { value: result, leftInTmp } = await withOwnTmpdir(async () =>
      upload(await workbook(rows), "commit"),
    );
    expect(result.status).toBe(400);
    expect(result.body.error?.message).toMatch(/1 处错误/);
    expect(await resourceCount()).toBe(before);
    expect(leftInTmp).toEqual([]); // the audit events' temporary file is gone
  }, 60_000);

  it("joins every resource to its items across chunks of the file, and keeps none of the file afterwards", async () => {
    // 1,234 resources: more than two chunks, the last page partial. Resource i has i % 4 items (none
    // for some), filed by code for every tenth and by name otherwise, the 信息项 sheet in reverse
    // order so that a resource's items lie far from its row and other resources' between them.
    const code = (index: number) => `341905/${String(index + 1).padStart(6, "0")}`;
    const rows = Array.from({ length: 1_234 }, (_, index) => ({
      ...goodRow(`分块${index}`),
      信息资源分类: "3-41-905",
      信息资源代码: index % 10 === 0 ? code(index) : null,
    }));
    const items = rows.flatMap((_, index) =>
      Array.from({ length: index % 4 }, (_, item) => ({
        信息资源代码: index % 10 === 0 ? code(index) : null,
        信息资源名称: index % 10 === 0 ? null : `分块${index}`,
        信息项名称: `项${index}-${item}`,
        数据类型: "字符型",
        数据长度: item + 1,
      })),
    );
    const file = await workbook(rows, items.reverse());
    const staged = () => database.prisma.importStagingRow.count();

    const preview = await upload(file, "preview");
    expect(preview.body).toMatchObject({ ok: true, totalRows: 1_234, creates: 1_234 });
    expect(await staged()).toBe(0);
    const result = await upload(file, "commit");
    expect(result.body).toMatchObject({ ok: true, totalRows: 1_234, creates: 1_234 });
    expect(await staged()).toBe(0);

    const created = await database.prisma.informationResource.findMany({
      where: { classification: "341905" },
      select: {
        name: true,
        dataItems: { select: { name: true, length: true }, orderBy: { position: "asc" } },
      },
    });
    // every name as written: Chinese text survives the reader's chunk boundaries (an exceljs bug,
    // patched in patches/exceljs@4.4.0.patch, turned a character split between chunks into two U+FFFD)
    expect(created.map((resource) => resource.name).sort()).toEqual(
      rows.map((row) => row.信息资源名称).sort(),
    );
    for (const resource of created) {
      const index = Number(resource.name.slice("分块".length));
      // reversed in the sheet, so each resource's items come last to first
      const expected = Array.from({ length: index % 4 }, (_, item) => ({
        name: `项${index}-${item}`,
        length: item + 1,
      })).reverse();
      expect(resource.dataItems, resource.name).toEqual(expected);
    }

    // exported again, page after page: every resource once, in code order, and every item of each
    const exported = new ExcelJS.Workbook();
    const filters = encodeURIComponent('{"classification":"341905"}');
    await exported.xlsx.load(
      // exceljs declares an older Buffer type than Node's
      (await download(`/api/catalogue/export.xlsx?filters=${filters}`)) as unknown as ExcelJS.Buffer,
    );
    const column = (sheet: string, index: number) =>
      exported
        .getWorksheet(sheet)!
        .getColumn(index)
        .values.slice(2)
        .map((value) => String(value));
    const stored = await database.prisma.informationResource.findMany({
      where: { classification: "341905" },
      select: { code: true },
      orderBy: { code: "asc" },
    });
    expect(stored).toHaveLength(1_234);
    expect(column("信息资源", 3)).toEqual(stored.map((resource) => resource.code));
    expect(column("信息项", 3).sort()).toEqual(items.map((item) => item.信息项名称).sort());

    // a refused file leaves nothing behind either
    const refused = await upload(await workbook([{ ...goodRow("分块坏行"), 更新周期: "偶尔" }]), "commit");
    expect(refused.status).toBe(400);
    expect(await staged()).toBe(0);
  }, 120_000);

  it("lets the console follow an import: reading the file, then its rows, then the result", async () => {
    const rows = Array.from({ length: 1_200 }, (_, index) => goodRow(`进度${index}`));
    const items = rows.map((row) => ({
      信息资源名称: row.信息资源名称,
      信息项名称: "字段",
      数据类型: "字符型",
    }));
    const file = await workbook(rows, items);
    const before = await resourceCount();

    const preview = await uploadFollowingProgress(file, "preview");
    expect(preview.at(-1)).toEqual({
      result: expect.objectContaining({ ok: true, totalRows: 1_200, creates: 1_200 }),
    });
    const checked = progressOf(preview);
    expect(checked.phases).toEqual(["read", "check"]);
    // both sheets' rows, counted as read; how many there are is not known before the end
    expect(checked.last.get("read")).toEqual({ done: 2_400, total: null });
    expect(checked.last.get("check")).toEqual({ done: 1_200, total: 1_200 });
    expect(await resourceCount()).toBe(before);

    const commit = await uploadFollowingProgress(file, "commit");
    expect(commit.at(-1)).toEqual({ result: expect.objectContaining({ ok: true, creates: 1_200 }) });
    const written = progressOf(commit);
    expect(written.phases).toEqual(["read", "write"]);
    expect(written.last.get("write")).toEqual({ done: 1_200, total: 1_200 });
    expect(await resourceCount()).toBe(before + 1_200);
  }, 60_000);

  it("ends a followed import that fails with the refusal and its status, and imports nothing", async () => {
    const rows = Array.from({ length: 300 }, (_, index) => goodRow(`进度失败${index}`));
    rows[250] = { ...rows[250]!, 更新周期: "偶尔" };
    const before = await resourceCount();
    const failed = await uploadFollowingProgress(await workbook(rows), "commit");
    expect(failed.at(-1)).toEqual({
      error: { message: expect.stringMatching(/1 处错误/), code: "BAD_REQUEST" },
      status: 400,
    });
    expect(progressOf(failed).phases).toEqual(["read", "write"]);
    const notXlsx = await uploadFollowingProgress(Buffer.from("hello, this is text"), "preview");
    expect(notXlsx).toEqual([
      { error: { message: expect.stringMatching(/不是 \.xlsx/), code: "BAD_REQUEST" }, status: 400 },
    ]);
    expect(await resourceCount()).toBe(before);
  }, 60_000);

  it("refuses a file whose blank codes find no free sequence, and imports none of its rows", async () => {
    const file = await workbook([
      { ...goodRow("顺序码用尽甲"), 信息资源分类: "3-41-902", 信息资源代码: "341902/999999" },
      { ...goodRow("顺序码用尽乙"), 信息资源分类: "3-41-902" },
    ]);
    const before = await resourceCount();
    const result = await upload(file, "commit");
    expect(result.status).toBe(409);
    expect(result.body.error?.message).toMatch(/顺序码已用完/);
    expect(await resourceCount()).toBe(before);
  });

  it("lets two imports into one classification at once both land, or refuses one with 409 and keeps none of it", async () => {
    // both may number their blank codes from the same highest sequence; the unique code decides
    const file = (name: string) =>
      workbook(
        Array.from({ length: 600 }, (_, index) => ({
          ...goodRow(`${name}${index}`),
          信息资源分类: "3-41-903",
        })),
      );
    const results = await Promise.all([
      upload(await file("同时导入甲"), "commit"),
      upload(await file("同时导入乙"), "commit"),
    ]);
    const landed = results.filter((result) => result.status === 200);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    for (const result of results.filter((result) => result.status !== 200)) {
      expect(result.status).toBe(409);
      expect(result.body.error?.message).toMatch(/未导入任何数据/);
    }
    expect(await database.prisma.informationResource.count({ where: { classification: "341903" } })).toBe(
      600 * landed.length,
    );
  }, 60_000);

  it("refuses a file of more than 100,000 rows before checking them", async () => {
    const header = "信息资源分类,信息资源名称,提供方,信息资源格式,共享类型,开放属性,更新周期,形成日期";
    const row = "102001,超限,区工商质监局,数据库,无条件共享,不予开放,每日,2016-01-01\n";
    const csv = `${header}\n${row.repeat(100_001)}`;
    const result = await upload(Buffer.from(csv, "utf8"), "preview", { kind: "csv" });
    expect(result.status).toBe(400);
    expect(result.body.error?.message).toMatch(/超过 100000 行/);
    // the rows read before the limit was found are gone with the import
    expect(await database.prisma.importStagingRow.count()).toBe(0);
  }, 60_000);

  it("refuses a zip bomb by its declared sizes, before unpacking it", async () => {
    const bomb = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(200 * 1024 * 1024, 0x30)); // 200 MB of "0"
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const result = await upload(bomb, "preview");
    expect(result.status).toBe(400);
    expect(result.body.error?.message).toMatch(/压缩比/);
  }, 60_000);

  it("refuses bad files with a clear error and changes nothing", async () => {
    const before = await resourceCount();
    const good = await workbook([goodRow("坏文件测试")]);
    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet("别的表").addRow(["a"]);
    const missingColumns = new ExcelJS.Workbook();
    missingColumns.addWorksheet("信息资源").addRow(["信息资源名称"]);
    const formula = new ExcelJS.Workbook();
    const formulaSheet = formula.addWorksheet("信息资源");
    formulaSheet.addRow([
      "信息资源分类",
      "信息资源名称",
      "提供方",
      "信息资源格式",
      "共享类型",
      "开放属性",
      "更新周期",
      "形成日期",
    ]);
    formulaSheet.addRow([
      "102001",
      { formula: 'CONCAT("a","b")', result: "ab" },
      "区工商质监局",
      "数据库",
      "无条件共享",
      "不予开放",
      "每日",
      "2016-01-01",
    ]);
    const cases: [string, Buffer, RegExp][] = [
      ["not a spreadsheet", Buffer.from("hello, this is text"), /不是 \.xlsx/],
      ["truncated", good.subarray(0, Math.floor(good.length / 2)), /损坏|不完整/],
      ["no 信息资源 sheet", Buffer.from(await noSheet.xlsx.writeBuffer()), /没有「信息资源」工作表/],
      ["missing columns", Buffer.from(await missingColumns.xlsx.writeBuffer()), /缺少列/],
      ["a formula", Buffer.from(await formula.xlsx.writeBuffer()), /公式/],
    ];
    for (const [name, file, message] of cases) {
      const result = await upload(file, "commit");
      expect(result.status, name).toBe(400);
      expect(result.body.error?.message, name).toMatch(message);
    }
    const huge = await upload(Buffer.alloc(51 * 1024 * 1024), "preview");
    expect(huge.status).toBe(413);
    expect(await resourceCount()).toBe(before);
    expect(await database.prisma.importStagingRow.count()).toBe(0);
  }, 60_000);

  it("guards the routes: sign-in, the officer role and the upload header", async () => {
    const template = await download("/api/catalogue/template.xlsx");
    expect((await upload(template, "preview", { cookie: "" })).status).toBe(401);
    expect((await upload(template, "preview", { cookie: supervisorCookie })).status).toBe(403);
    expect((await upload(template, "preview", { header: false })).status).toBe(403);
    expect((await fetch(`${server.url}/api/catalogue/export.xlsx`)).status).toBe(401);
  });
});
