import {
  createDepartmentRepository,
  createResourceRepository,
  createResourceVersionRepository,
  createUserRepository,
  type ResourceDetailRow,
  type Transaction,
} from "@govshare/db";
import {
  AppError,
  assertOwnDepartment,
  assertSubmittable,
  diffResources,
  editMode,
  hasAnyRole,
  nextResourceCode,
  parseClassification,
  parseResourceCode,
  parseSearchQuery,
  searchText,
  searchTokens,
  startRevision,
  transition,
  type Actor,
} from "@govshare/domain";
import {
  bilingual,
  ZResourceContentSchema,
  type TResource,
  type TResourceContent,
  type TResourceHistoryEntry,
  type TResourceInput,
  type TResourceListInput,
  type TResourceListOutput,
  type TResourceUpdateInput,
  type TReviewInput,
} from "@govshare/validators";
import { inAuditedTransaction, type RecordAudit } from "../audit/record.ts";
import type { SignedInContext } from "../trpc.ts";
import {
  contentOfRow,
  pendingRevisionOf,
  searchableTexts,
  snapshotOfInput,
  storedContent,
  toListItem,
  toResource,
} from "./mapping.ts";

/** The centre, supervisors and administrators see every draft; officers see their own department's. */
const seesAllDrafts = (actor: Actor) => hasAnyRole(actor, ["centre", "supervisor", "admin"]);

const notFound = () => new AppError("NOT_FOUND", bilingual("信息资源不存在", "Resource not found"));
const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    bilingual(
      "信息资源已被他人修改，请刷新后重试",
      "The resource was changed meanwhile: reload and try again",
    ),
  );

function visible(actor: Actor, row: { status: string; providerId: string }): boolean {
  return (
    row.status === "published" ||
    row.status === "retired" ||
    seesAllDrafts(actor) ||
    row.providerId === actor.departmentId
  );
}

/** `afterCode`: only codes after it (an export's keyset paging; see ResourceSearch). */
export async function listResources(
  ctx: SignedInContext,
  input: TResourceListInput,
  afterCode?: string,
): Promise<TResourceListOutput> {
  const filters: Partial<NonNullable<TResourceListInput["filters"]>> = input.filters ?? {};
  const query = filters.q ? parseSearchQuery(filters.q) : null;
  const { items, total, totalCapped } = await createResourceRepository(ctx.database.prisma).search({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    sort:
      input.sort ??
      (query ? { field: "relevance", direction: "asc" } : { field: "updatedAt", direction: "desc" }),
    tokens: query?.tokens,
    bigramRuns: query?.bigramRuns,
    terms: query?.terms,
    providerId: filters.providerDepartmentId,
    classificationPrefix: filters.classification,
    sharingType: filters.sharingType,
    openAttribute: filters.openAttribute,
    updateCycle: filters.updateCycle,
    status: filters.status,
    pendingRevision: filters.pendingRevision,
    visibleTo: { departmentId: ctx.actor.departmentId, seesAll: seesAllDrafts(ctx.actor) },
    afterCode,
  });
  return {
    items: items.map((row) => withoutOthersRevision(ctx.actor, toListItem(row), row.provider.id)),
    total,
    totalCapped,
    page: input.page,
    pageSize: input.pageSize,
  };
}

async function loadVisible(
  ctx: SignedInContext,
  tx: Transaction | undefined,
  id: string,
): Promise<ResourceDetailRow> {
  const row = await createResourceRepository(tx ?? ctx.database.prisma).findById(id);
  if (!row || !visible(ctx.actor, row)) throw notFound(); // another department's draft reads as absent
  return row;
}

/** A revision in the works is the provider's and the centre's business: others are not told of it. */
function withoutOthersRevision<Resource extends { hasPendingRevision: boolean }>(
  actor: Actor,
  resource: Resource,
  providerId: string,
): Resource {
  const insider = seesAllDrafts(actor) || providerId === actor.departmentId;
  return insider ? resource : { ...resource, hasPendingRevision: false };
}

export async function getResource(ctx: SignedInContext, id: string): Promise<TResource> {
  const row = await loadVisible(ctx, undefined, id);
  return withoutOthersRevision(ctx.actor, toResource(row), row.providerId);
}

export async function nextCode(ctx: SignedInContext, classification: string): Promise<{ code: string }> {
  const digits = parseClassification(classification).digits;
  const max = await createResourceRepository(ctx.database.prisma).maxSequence(digits);
  return { code: nextResourceCode(digits, max) };
}

/** The code a new resource gets: the one given (checked) or the next free one in its classification. */
async function codeFor(tx: Transaction, input: TResourceInput): Promise<{ code: string; sequence: number }> {
  const resources = createResourceRepository(tx);
  if (input.code) {
    const parts = parseResourceCode(input.code);
    if (await resources.findByCode(input.code)) {
      const message = bilingual(`信息资源代码 ${input.code} 已存在`, `resource code ${input.code} exists`);
      throw new AppError("CONFLICT", message, { code: [message] });
    }
    return { code: input.code, sequence: parts.sequence };
  }
  const code = nextResourceCode(input.classification, await resources.maxSequence(input.classification));
  return { code, sequence: parseResourceCode(code).sequence };
}

async function assertProvider(tx: Transaction, actor: Actor, departmentId: string) {
  assertOwnDepartment(actor, departmentId);
  if (!(await createDepartmentRepository(tx).findById(departmentId))) throw notFound();
}

/** Registers a resource as a draft of the officer's own department (version 1). */
export async function createResource(ctx: SignedInContext, input: TResourceInput): Promise<TResource> {
  return inAuditedTransaction(ctx, (tx, recordAudit) => createResourceIn(ctx, tx, recordAudit, input));
}

export async function createResourceIn(
  ctx: SignedInContext,
  tx: Transaction,
  recordAudit: RecordAudit,
  input: TResourceInput,
): Promise<TResource> {
  await assertProvider(tx, ctx.actor, input.providerDepartmentId);
  const { code, sequence } = await codeFor(tx, input);
  const texts = searchableTexts(input);
  const row = await createResourceRepository(tx).create({
    code,
    sequence,
    providerId: input.providerDepartmentId,
    status: "draft",
    content: storedContent(input),
    searchTokens: searchTokens(texts),
    searchText: searchText(texts),
  });
  await createResourceVersionRepository(tx).upsert({
    resourceId: row.id,
    version: 1,
    status: "draft",
    content: snapshotOfInput(input, code),
    createdById: ctx.actor.userId,
    at: ctx.now(),
  });
  const resource = toResource(row);
  await recordAudit({
    action: "resource.create",
    subjectType: "resource",
    subjectId: row.id,
    after: resource,
  });
  return resource;
}

/**
 * Edits a resource: a draft in place; a published one through a new draft version (the published
 * version stays visible until the revision is approved); a pending revision in place.
 */
export async function updateResource(ctx: SignedInContext, input: TResourceUpdateInput): Promise<TResource> {
  return inAuditedTransaction(ctx, (tx, recordAudit) => updateResourceIn(ctx, tx, recordAudit, input));
}

/** How an update applies to `row` now (domain's editMode; CONFLICT while under review or retired). */
export function editModeOf(row: ResourceDetailRow): ReturnType<typeof editMode> {
  const pending = pendingRevisionOf(row);
  return editMode({
    status: row.status as TResource["status"],
    hasPendingRevision: pending !== null,
    pendingRevisionSubmitted: pending !== null && pending.status !== "draft",
  });
}

export async function updateResourceIn(
  ctx: SignedInContext,
  tx: Transaction,
  recordAudit: RecordAudit,
  input: TResourceUpdateInput,
): Promise<TResource> {
  const row = await loadVisible(ctx, tx, input.id);
  assertOwnDepartment(ctx.actor, row.providerId);
  if (input.providerDepartmentId !== row.providerId) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual("不能更改信息资源的提供方", "The provider of a resource cannot change"),
    );
  }
  if ((input.code && input.code !== row.code) || input.classification !== row.classification) {
    throw new AppError(
      "BAD_REQUEST",
      bilingual(
        "信息资源代码和分类登记后不能更改",
        "A resource's code and classification cannot change once registered",
      ),
    );
  }
  const resources = createResourceRepository(tx);
  const versions = createResourceVersionRepository(tx);
  const before = contentOfRow(row);
  const snapshot = snapshotOfInput({ ...input }, row.code);
  const pending = pendingRevisionOf(row);
  const mode = editModeOf(row);

  if (mode === "in_place") {
    const texts = searchableTexts(input);
    const updated = await resources.replaceContent(row.id, row.rowVersion, {
      content: storedContent(input),
      searchTokens: searchTokens(texts),
      searchText: searchText(texts),
      extra: { reviewComment: null },
    });
    if (!updated) throw changedMeanwhile();
    await versions.upsert({
      resourceId: row.id,
      version: row.version,
      status: "draft",
      content: snapshot,
      createdById: ctx.actor.userId,
      at: ctx.now(),
    });
    await recordAudit({
      action: "resource.update",
      subjectType: "resource",
      subjectId: row.id,
      before,
      after: snapshot,
    });
    return toResource(updated);
  }
  const version = pending?.version ?? startRevision({ status: "published", version: row.version }).version;
  await versions.upsert({
    resourceId: row.id,
    version,
    status: "draft",
    content: snapshot,
    createdById: ctx.actor.userId,
    at: ctx.now(),
  });
  // bump the row so that concurrent editors of the same revision conflict instead of overwriting
  if (!(await resources.updateState(row.id, row.rowVersion, {}))) throw changedMeanwhile();
  await recordAudit({
    action: "resource.revise",
    subjectType: "resource",
    subjectId: row.id,
    before,
    after: { version, ...snapshot },
  });
  return toResource((await resources.findById(row.id))!);
}

/** Sends a draft (or a published resource's pending revision) to the information centre. */
export async function submitResource(ctx: SignedInContext, id: string): Promise<TResource> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const row = await loadVisible(ctx, tx, id);
    assertOwnDepartment(ctx.actor, row.providerId);
    const resources = createResourceRepository(tx);
    const versions = createResourceVersionRepository(tx);
    const pending = pendingRevisionOf(row);
    if (row.status === "published" && pending) {
      if (pending.status !== "draft")
        throw new AppError("CONFLICT", bilingual("新版本已提交", "The new version was already submitted"));
      const revision = await versions.find(row.id, pending.version);
      const content = ZResourceContentSchema.parse(revision!.content);
      assertSubmittable(content);
      await versions.setStatus(row.id, pending.version, "submitted", undefined, ctx.now());
      if (!(await resources.updateState(row.id, row.rowVersion, {}))) throw changedMeanwhile();
      await recordAudit({
        action: "resource.submit",
        subjectType: "resource",
        subjectId: row.id,
        after: { version: pending.version },
      });
      return toResource((await resources.findById(row.id))!);
    }
    const next = transition(row.status as TResource["status"], "submit");
    assertSubmittable(contentOfRow(row));
    const updated = await resources.updateState(row.id, row.rowVersion, { status: next });
    if (!updated) throw changedMeanwhile();
    await versions.setStatus(row.id, row.version, next, undefined, ctx.now());
    await recordAudit({
      action: "resource.submit",
      subjectType: "resource",
      subjectId: row.id,
      before: { status: row.status },
      after: { status: next },
    });
    return toResource(updated);
  });
}

/** The centre's decision on a submitted resource or revision: publish it, or return it with comments. */
export async function reviewResource(ctx: SignedInContext, input: TReviewInput): Promise<TResource> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const row = await loadVisible(ctx, tx, input.id);
    const resources = createResourceRepository(tx);
    const versions = createResourceVersionRepository(tx);
    const now = ctx.now();
    const review = { at: now, comment: input.comment };
    const pending = pendingRevisionOf(row);
    const audit = (after: unknown) =>
      recordAudit({
        action: `resource.review.${input.decision}`,
        subjectType: "resource",
        subjectId: row.id,
        before: { status: row.status, version: row.version },
        after,
      });

    if (row.status === "published" && pending?.status === "submitted") {
      const revision = ZResourceContentSchema.parse((await versions.find(row.id, pending.version))!.content);
      if (input.decision === "return") {
        await versions.setStatus(row.id, pending.version, "draft", review);
        if (!(await resources.updateState(row.id, row.rowVersion, {}))) throw changedMeanwhile();
        await audit({ version: pending.version, status: "draft", comment: input.comment });
        return toResource((await resources.findById(row.id))!);
      }
      assertSubmittable(revision);
      const texts = searchableTexts(revision);
      const updated = await resources.replaceContent(row.id, row.rowVersion, {
        content: storedContent({ ...revision, publishDate: revision.publishDate ?? isoDay(now) }),
        searchTokens: searchTokens(texts),
        searchText: searchText(texts),
        extra: { version: pending.version, publishedAt: now, reviewComment: input.comment },
      });
      if (!updated) throw changedMeanwhile();
      await versions.setStatus(row.id, row.version, "superseded");
      await versions.setStatus(row.id, pending.version, "published", review);
      await versions.setContent(row.id, pending.version, contentOfRow(updated)); // with its publish date
      await audit({ version: pending.version, status: "published" });
      return toResource(updated);
    }

    const next = transition(row.status as TResource["status"], input.decision);
    if (next === "published") assertSubmittable(contentOfRow(row));
    const updated = await resources.updateState(row.id, row.rowVersion, {
      status: next,
      reviewComment: input.comment,
      ...(next === "published"
        ? { publishedAt: now, publishDate: row.publishDate ?? new Date(`${isoDay(now)}T00:00:00Z`) }
        : {}),
    });
    if (!updated) throw changedMeanwhile();
    await versions.setStatus(row.id, row.version, next, review);
    // the snapshot keeps what was published, including a publish date set just now
    if (next === "published") await versions.setContent(row.id, row.version, contentOfRow(updated));
    await audit({ status: next, comment: input.comment });
    return toResource(updated);
  });
}

/** Publication dates are days of the Chinese calendar (Asia/Shanghai). */
function isoDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Takes a published resource out of the catalogue (its provider, or the centre). A revision still
 * being edited or reviewed ends with it: left pending, it would wait in the centre's queue (and count
 * as an overdue review on the supervision board) for a resource no longer there to publish it to.
 */
export async function retireResource(ctx: SignedInContext, id: string): Promise<TResource> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const row = await loadVisible(ctx, tx, id);
    if (!ctx.actor.roles.includes("centre")) assertOwnDepartment(ctx.actor, row.providerId);
    const next = transition(row.status as TResource["status"], "retire");
    const resources = createResourceRepository(tx);
    const updated = await resources.updateState(row.id, row.rowVersion, {
      status: next,
      retiredAt: ctx.now(),
    });
    if (!updated) throw changedMeanwhile();
    const versions = createResourceVersionRepository(tx);
    await versions.setStatus(row.id, row.version, next);
    const pending = pendingRevisionOf(row);
    if (pending) await versions.setStatus(row.id, pending.version, next);
    await recordAudit({
      action: "resource.retire",
      subjectType: "resource",
      subjectId: row.id,
      before: { status: row.status, ...(pending && { pendingRevision: pending.version }) },
      after: { status: next },
    });
    return toResource(pending ? (await resources.findById(row.id))! : updated);
  });
}

/** Every version, oldest first, each with what changed against the one before. */
export async function resourceHistory(ctx: SignedInContext, id: string): Promise<TResourceHistoryEntry[]> {
  const row = await loadVisible(ctx, undefined, id);
  const all = await createResourceVersionRepository(ctx.database.prisma).list(row.id);
  // a pending revision is the provider's (and the centre's) business until it is published
  const insider = seesAllDrafts(ctx.actor) || row.providerId === ctx.actor.departmentId;
  const versions = insider ? all : all.filter((version) => version.version <= row.version);
  const authors = await createUserRepository(ctx.database.prisma).displayNames(
    versions.flatMap((version) => (version.createdById ? [version.createdById] : [])),
  );
  let previous: TResourceContent | null = null;
  return versions.map((version) => {
    const content = ZResourceContentSchema.parse(version.content);
    const entry: TResourceHistoryEntry = {
      version: version.version,
      status: (version.status === "superseded"
        ? "published"
        : version.status) as TResourceHistoryEntry["status"],
      at: (version.reviewedAt ?? version.createdAt).toISOString(),
      actorLabel: (version.createdById && authors.get(version.createdById)) ?? null,
      reviewComment: version.reviewComment,
      changes: previous ? diffResources(previous, content) : [],
      content,
    };
    previous = content;
    return entry;
  });
}
