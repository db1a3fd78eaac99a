import { createTestDatabase, makeDepartment, type TestDatabase } from "@govshare/db/testing";
import type { TResourceFormValues } from "@govshare/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInUser } from "../testing.ts";

let database: TestDatabase;
let departmentId: string;
let officer: Awaited<ReturnType<typeof signedInUser>>;
let centre: Awaited<ReturnType<typeof signedInUser>>;
beforeAll(async () => {
  database = await createTestDatabase();
  departmentId = (await makeDepartment(database, { name: "目录测试局" })).id;
  officer = await signedInUser(database, ["officer"], { departmentId });
  centre = await signedInUser(database, ["centre"]);
});
afterAll(() => database?.destroy());

/** A complete, valid resource of the officer's department; tests change what they test. */
function resourceInput(overrides: Partial<TResourceFormValues> = {}): TResourceFormValues {
  return {
    classification: "1-02-001",
    name: "企业登记基本信息",
    providerDepartmentId: departmentId,
    abstract: "区内企业设立、变更登记的基本信息",
    format: "database",
    dataItems: [
      { name: "统一社会信用代码", dataType: "string", length: 18 },
      { name: "企业名称", dataType: "string", length: 200 },
    ],
    sharingType: "conditional",
    sharingCondition: "用于行政审批，需说明用途",
    sharingMethods: ["api"],
    openAttribute: "closed",
    updateCycle: "daily",
    formationDate: "2016-03-01",
    ...overrides,
  };
}

describe("catalogue lifecycle", () => {
  it("registers a draft with the next code, submits, and publishes on the centre's approval", async () => {
    const api = await officer.caller();
    const first = await api.resources.create(resourceInput());
    const second = await api.resources.create(resourceInput({ name: "个体工商户登记信息" }));
    expect(first).toMatchObject({ status: "draft", version: 1, classification: "102001" });
    expect(first.code).toMatch(/^102001\/\d{6}$/);
    expect(Number(second.code.slice(7))).toBe(Number(first.code.slice(7)) + 1);
    expect((await api.resources.nextCode({ classification: "102001" })).code).toBe(
      `102001/${String(Number(second.code.slice(7)) + 1).padStart(6, "0")}`,
    );

    const submitted = await api.resources.submit({ id: first.id });
    expect(submitted.status).toBe("submitted");
    await expect(
      api.resources.update({ ...resourceInput(), id: first.id, code: first.code }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const published = await (
      await centre.caller()
    ).resources.review({ id: first.id, decision: "approve", comment: null });
    expect(published).toMatchObject({ status: "published", version: 1 });
    expect(published.publishedAt).not.toBeNull();
    expect(published.publishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("returns a submission to draft with the centre's comment", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "退回测试资源" }));
    await api.resources.submit({ id: resource.id });
    const reviewer = await centre.caller();
    await expect(reviewer.resources.review({ id: resource.id, decision: "return" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const returned = await reviewer.resources.review({
      id: resource.id,
      decision: "return",
      comment: "请补充摘要",
    });
    expect(returned).toMatchObject({ status: "draft", reviewComment: "请补充摘要" });
  });

  it("refuses to submit a resource without data items, or conditional without a condition", async () => {
    const api = await officer.caller();
    const empty = await api.resources.create(resourceInput({ name: "无信息项资源", dataItems: [] }));
    await expect(api.resources.submit({ id: empty.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(api.resources.create(resourceInput({ sharingCondition: null }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      api.resources.create(
        resourceInput({ sharingType: "none", sharingCondition: "不共享", sharingBasis: null }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a duplicate or malformed code with a clear message", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "代码测试" }));
    await expect(
      api.resources.create(resourceInput({ name: "重复代码", code: resource.code })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(resource.code),
    });
    await expect(api.resources.create(resourceInput({ code: "12/3" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("revises a published resource as a new version while the published one stays visible", async () => {
    const api = await officer.caller();
    const reviewer = await centre.caller();
    const resource = await api.resources.create(resourceInput({ name: "版本测试资源" }));
    await api.resources.submit({ id: resource.id });
    await reviewer.resources.review({ id: resource.id, decision: "approve" });

    const revised = await api.resources.update({
      ...resourceInput({ name: "版本测试资源（修订）" }),
      id: resource.id,
      code: resource.code,
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18 },
        { name: "企业名称", dataType: "string", length: 300 },
        { name: "成立日期", dataType: "date" },
      ],
    });
    expect(revised).toMatchObject({
      status: "published",
      version: 1,
      name: "版本测试资源",
      hasPendingRevision: true,
    });
    // the revision's whole content, for the form that goes on editing it
    const pending = (await api.resources.history({ id: resource.id })).at(-1)!;
    expect(pending).toMatchObject({ version: 2, status: "draft", content: { name: "版本测试资源（修订）" } });
    expect(pending.content.dataItems.map((item) => item.length)).toEqual([18, 300, null]);
    await api.resources.submit({ id: resource.id });
    const published = await reviewer.resources.review({ id: resource.id, decision: "approve" });
    expect(published).toMatchObject({
      status: "published",
      version: 2,
      name: "版本测试资源（修订）",
      hasPendingRevision: false,
    });
    expect(published.dataItems.map((item) => item.name)).toEqual([
      "统一社会信用代码",
      "企业名称",
      "成立日期",
    ]);

    const history = await api.resources.history({ id: resource.id });
    expect(history.map((entry) => [entry.version, entry.status, entry.actorLabel])).toEqual([
      [1, "published", officer.user.displayName],
      [2, "published", officer.user.displayName],
    ]);
    const fields = history[1]!.changes.map((change) => change.field);
    expect(fields).toEqual(
      expect.arrayContaining(["name", "dataItems[企业名称].length", "dataItems[成立日期]"]),
    );
  });

  it("retires a published resource; retired resources cannot change", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "停用测试资源" }));
    await api.resources.submit({ id: resource.id });
    await (await centre.caller()).resources.review({ id: resource.id, decision: "approve" });
    expect((await api.resources.retire({ id: resource.id })).status).toBe("retired");
    await expect(
      api.resources.update({ ...resourceInput(), id: resource.id, code: resource.code }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
  it("ends a pending revision with the retired resource: nothing is left to review", async () => {
    const api = await officer.caller();
    const reviewer = await centre.caller();
    const resource = await api.resources.create(resourceInput({ name: "停用带修订" }));
    await api.resources.submit({ id: resource.id });
    await reviewer.resources.review({ id: resource.id, decision: "approve" });
    await api.resources.update({
      ...resourceInput({ name: "停用带修订（新版）" }),
      id: resource.id,
      code: resource.code,
    });
    await api.resources.submit({ id: resource.id });
    expect((await api.resources.get({ id: resource.id })).hasPendingRevision).toBe(true);

    const retired = await api.resources.retire({ id: resource.id });
    expect(retired).toMatchObject({ status: "retired", hasPendingRevision: false, name: "停用带修订" });
    expect(
      (await api.resources.history({ id: resource.id })).map((entry) => [entry.version, entry.status]),
    ).toEqual([
      [1, "retired"],
      [2, "retired"],
    ]);
    const stillSubmitted = await database.prisma.resourceVersion.count({
      where: { resourceId: resource.id, status: "submitted" },
    });
    expect(stillSubmitted).toBe(0);
    await expect(reviewer.resources.review({ id: resource.id, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("catalogue permissions", () => {
  it("keeps a pending revision to the provider and the centre: others see the published version only", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "修订保密测试" }));
    await api.resources.submit({ id: resource.id });
    await (await centre.caller()).resources.review({ id: resource.id, decision: "approve" });
    await api.resources.update({
      ...resourceInput({ name: "修订保密测试（草稿）" }),
      id: resource.id,
      code: resource.code,
    });
    const other = await (await signedInUser(database, ["officer"])).caller();
    const history = await other.resources.history({ id: resource.id });
    expect(history.map((entry) => entry.version)).toEqual([1]);
    expect(JSON.stringify(history)).not.toContain("草稿");
    expect((await other.resources.get({ id: resource.id })).hasPendingRevision).toBe(false);
    expect((await api.resources.history({ id: resource.id })).map((entry) => entry.version)).toEqual([1, 2]);
  });

  it("finds revisions by their state: the centre all of them, the provider its own, others none", async () => {
    const api = await officer.caller();
    const reviewer = await centre.caller();
    const classification = "3-09-001"; // this test's own: others leave revisions elsewhere
    const publish = async (name: string) => {
      const created = await api.resources.create(resourceInput({ classification, name }));
      await api.resources.submit({ id: created.id });
      return reviewer.resources.review({ id: created.id, decision: "approve" });
    };
    const revise = (resource: { id: string; code: string; name: string }) =>
      api.resources.update({
        ...resourceInput({ classification, name: `${resource.name}（修订）` }),
        id: resource.id,
        code: resource.code,
      });
    const submittedRevision = await publish("修订队列甲");
    await revise(submittedRevision);
    await api.resources.submit({ id: submittedRevision.id });
    const draftRevision = await publish("修订队列乙");
    await revise(draftRevision);
    await publish("修订队列丙"); // no revision
    const newResource = await api.resources.create(resourceInput({ classification, name: "修订队列丁" }));
    await api.resources.submit({ id: newResource.id }); // submitted, but not a revision

    const names = async (caller: typeof api, pendingRevision: "draft" | "submitted"): Promise<string[]> => {
      const page = await caller.resources.list({ filters: { classification: "3-09", pendingRevision } });
      return page.items.map((item) => item.name);
    };
    expect(await names(reviewer, "submitted")).toEqual(["修订队列甲"]);
    expect(await names(reviewer, "draft")).toEqual(["修订队列乙"]);
    expect(await names(api, "submitted")).toEqual(["修订队列甲"]);
    const other = await (await signedInUser(database, ["officer"])).caller();
    expect(await names(other, "submitted")).toEqual([]);
    expect(await names(other, "draft")).toEqual([]);
    // nor does the plain list tell others that a revision is under way
    const seenByOther = await other.resources.list({ filters: { classification: "3-09", q: "修订队列甲" } });
    expect(seenByOther.items.map((item) => [item.name, item.hasPendingRevision])).toEqual([
      ["修订队列甲", false],
    ]);
    const seenByProvider = await api.resources.list({ filters: { classification: "3-09", q: "修订队列甲" } });
    expect(seenByProvider.items.map((item) => item.hasPendingRevision)).toEqual([true]);

    await reviewer.resources.review({ id: submittedRevision.id, decision: "approve" });
    expect(await names(reviewer, "submitted")).toEqual([]);
  });

  it("keeps another department's drafts invisible and its resources read-only", async () => {
    const api = await officer.caller();
    const draft = await api.resources.create(resourceInput({ name: "他部门草稿" }));
    const other = await (await signedInUser(database, ["officer"])).caller();
    await expect(other.resources.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const page = await other.resources.list({ filters: { q: "他部门草稿" } });
    expect(page.total).toBe(0);
    await expect(
      other.resources.update({ ...resourceInput({ name: "改掉" }), id: draft.id, code: draft.code }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // a published resource of another department is visible, but not theirs to change or retire
    await api.resources.submit({ id: draft.id });
    await (await centre.caller()).resources.review({ id: draft.id, decision: "approve" });
    expect((await other.resources.get({ id: draft.id })).status).toBe("published");
    await expect(
      other.resources.update({ ...resourceInput({ name: "改掉" }), id: draft.id, code: draft.code }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(other.resources.retire({ id: draft.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft2 = await api.resources.create(resourceInput({ name: "他部门草稿二" }));
    await expect(other.resources.submit({ id: draft2.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.resources.create(resourceInput({ name: "冒名登记" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // the centre sees drafts of every department
    expect((await (await centre.caller()).resources.get({ id: draft2.id })).name).toBe("他部门草稿二");
  });

  it("lets only the centre review", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "自审测试" }));
    await api.resources.submit({ id: resource.id });
    await expect(api.resources.review({ id: resource.id, decision: "approve" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("audits every step", async () => {
    const api = await officer.caller();
    const resource = await api.resources.create(resourceInput({ name: "审计测试资源" }));
    await api.resources.submit({ id: resource.id });
    const events = await database.prisma.auditEvent.findMany({
      where: { subjectId: resource.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["resource.create", "resource.submit"]);
  });
});

describe("catalogue search", () => {
  it("finds a 2-character keyword in names, abstracts and data-item names, and nothing else", async () => {
    const api = await officer.caller();
    const byName = await api.resources.create(resourceInput({ name: "排污许可证信息", abstract: "环保" }));
    const byAbstract = await api.resources.create(
      resourceInput({ name: "建设项目信息", abstract: "施工许可办理情况" }),
    );
    const byItem = await api.resources.create(
      resourceInput({
        name: "道路运输信息",
        abstract: "运输",
        dataItems: [{ name: "许可证号", dataType: "string" }],
      }),
    );
    const unrelated = await api.resources.create(
      resourceInput({ name: "人口基本信息", abstract: "户籍许多" }),
    );
    const page = await api.resources.list({ filters: { q: "许可" }, pageSize: 50 });
    const ids = page.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([byName.id, byAbstract.id, byItem.id]));
    expect(ids).not.toContain(unrelated.id);
    // relevance: a hit in the name ranks first
    expect(ids[0]).toBe(byName.id);
    const multi = await api.resources.list({ filters: { q: "许可证号" } });
    expect(multi.items.map((item) => item.id)).toEqual([byItem.id]);
  });

  it("filters by sharing type, status and classification, and pages with a total", async () => {
    const api = await officer.caller();
    await api.resources.create(
      resourceInput({
        classification: "2-06-001",
        name: "价格监测A",
        sharingType: "unconditional",
        sharingCondition: null,
      }),
    );
    await api.resources.create(
      resourceInput({
        classification: "2-06-001",
        name: "价格监测B",
        sharingType: "unconditional",
        sharingCondition: null,
      }),
    );
    const page = await api.resources.list({
      page: 1,
      pageSize: 1,
      filters: { classification: "2-06", sharingType: "unconditional", status: "draft" },
      sort: { field: "name", direction: "desc" },
    });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.name)).toEqual(["价格监测B"]);
  });
});
