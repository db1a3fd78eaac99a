import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/** A row of the catalogue list: no data items, no long texts beyond the abstract. */
export const resourceListSelect = {
  id: true,
  code: true,
  classification: true,
  name: true,
  abstract: true,
  status: true,
  version: true,
  format: true,
  formatDetail: true,
  sharingType: true,
  openAttribute: true,
  updateCycle: true,
  publishDate: true,
  formationDate: true,
  updatedAt: true,
  provider: { select: { id: true, code: true, name: true } },
  _count: { select: { dataItems: true } },
  // unfinished versions: one numbered above `version` is a pending revision of a published resource
  versions: { where: { status: { in: ["draft", "submitted"] } }, select: { version: true, status: true } },
} satisfies Prisma.InformationResourceSelect;
export type ResourceListRow = Prisma.InformationResourceGetPayload<{ select: typeof resourceListSelect }>;

export const dataItemSelect = {
  position: true,
  name: true,
  dataType: true,
  length: true,
  description: true,
} satisfies Prisma.ResourceDataItemSelect;

export const resourceDetailSelect = {
  ...resourceListSelect,
  sequence: true,
  providerId: true,
  sharingCondition: true,
  sharingBasis: true,
  sharingMethods: true,
  openCondition: true,
  relatedCodes: true,
  reviewComment: true,
  publishedAt: true,
  retiredAt: true,
  rowVersion: true,
  createdAt: true,
  dataItems: { select: dataItemSelect, orderBy: { position: "asc" } },
} satisfies Prisma.InformationResourceSelect;
export type ResourceDetailRow = Prisma.InformationResourceGetPayload<{ select: typeof resourceDetailSelect }>;

/** The content of a resource: what an officer edits and a version snapshots. */
export interface ResourceContent {
  classification: string;
  name: string;
  abstract: string;
  format: string;
  formatDetail: string | null;
  sharingType: string;
  sharingCondition: string | null;
  sharingBasis: string | null;
  sharingMethods: string[];
  openAttribute: string;
  openCondition: string | null;
  updateCycle: string;
  publishDate: Date | null;
  formationDate: Date;
  relatedCodes: string[];
  dataItems: { name: string; dataType: string; length: number | null; description: string }[];
}

/** A resource about to be registered: its code, content and the search index's view of it. */
export interface NewResource {
  code: string;
  sequence: number;
  providerId: string;
  status: string;
  content: ResourceContent;
  searchTokens: string[];
  searchText: string;
}

export interface ResourceSearch {
  skip: number;
  take: number;
  sort: { field: "name" | "code" | "publishDate" | "updatedAt" | "relevance"; direction: "asc" | "desc" };
  /** every token must be present (GIN: search_tokens @> tokens), except as `bigramRuns` allows */
  tokens?: string[];
  /** groups of `tokens` of which one each suffices, the terms being re-checked (TSearchQuery.bigramRuns) */
  bigramRuns?: string[][];
  /**
   * the query's terms: each must occur in search_text. The tokens imply that for most terms; the check
   * makes the others exact (企业信息's bigrams may sit apart), and it is cheaper than the token check when
   * the table is read in order (see chooseSearchPlan), so there it comes first. The first term ranks
   * name hits first when sorting by relevance
   */
  terms?: string[];
  providerId?: string;
  classificationPrefix?: string;
  sharingType?: string;
  openAttribute?: string;
  updateCycle?: string;
  status?: string;
  /** only resources whose next version (a revision of the published one) has this status */
  pendingRevision?: string;
  /** when set, only these statuses are visible (e.g. others' drafts are hidden) unless own department */
  visibleTo?: { departmentId: string | null; seesAll: boolean };
  /** only codes after this one: an export reads the catalogue in code order a page at a time, without
   * an OFFSET that would read every page before */
  afterCode?: string;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(search: ResourceSearch, plan: SearchPlan = "index"): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const tokens = search.tokens?.length ? [Prisma.sql`r.search_tokens @> ${search.tokens}::text[]`] : [];
  const terms = (search.terms ?? []).map((term) => Prisma.sql`r.search_text LIKE ${likePattern(term)}`);
  // PostgreSQL evaluates conditions of equal cost in the order written: reading the table, the cheap
  // substring checks reject most rows before their token arrays are read
  conditions.push(...(plan === "table" ? [...terms, ...tokens] : [...tokens, ...terms]));
  if (search.providerId) conditions.push(Prisma.sql`r.provider_id = ${search.providerId}::uuid`);
  if (search.classificationPrefix)
    conditions.push(Prisma.sql`r.classification LIKE ${search.classificationPrefix + "%"}`);
  if (search.sharingType) conditions.push(Prisma.sql`r.sharing_type = ${search.sharingType}`);
  if (search.openAttribute) conditions.push(Prisma.sql`r.open_attribute = ${search.openAttribute}`);
  if (search.updateCycle) conditions.push(Prisma.sql`r.update_cycle = ${search.updateCycle}`);
  if (search.status) conditions.push(Prisma.sql`r.status = ${search.status}`);
  if (search.afterCode) conditions.push(Prisma.sql`r.code > ${search.afterCode}`);
  if (search.pendingRevision) {
    // uncorrelated, so that the planner starts from the few waiting versions (index on status) and
    // looks their resources up: a correlated EXISTS read every published resource (96 ms at 500k rows
    // against 0.3 ms, measured on PostgreSQL)
    conditions.push(Prisma.sql`r.id IN (SELECT v.resource_id FROM resource_version v
      JOIN information_resource shown ON shown.id = v.resource_id
      WHERE v.status = ${search.pendingRevision} AND v.version > shown.version)`);
  }
  if (search.visibleTo && !search.visibleTo.seesAll) {
    // drafts, submissions and revisions are the provider's business (and the centre's); published and
    // retired resources are everyone's
    conditions.push(
      search.pendingRevision
        ? Prisma.sql`r.provider_id = ${search.visibleTo.departmentId}::uuid`
        : Prisma.sql`(r.status IN ('published', 'retired') OR r.provider_id = ${search.visibleTo.departmentId}::uuid)`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

function orderOf(search: ResourceSearch): Prisma.Sql {
  const direction = search.sort.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  switch (search.sort.field) {
    case "name":
      return Prisma.sql`r.name ${direction}, r.code`;
    case "code":
      return Prisma.sql`r.code ${direction}`;
    case "publishDate":
      return Prisma.sql`r.publish_date ${direction} NULLS LAST, r.code`;
    case "updatedAt":
      return Prisma.sql`r.updated_at ${direction}, r.code`;
    case "relevance": {
      // a hit in the name ranks first, an earlier hit higher; then the newest publications
      const term = search.terms?.[0] ?? "";
      return Prisma.sql`(strpos(lower(r.name), ${term}) = 0), strpos(lower(r.name), ${term}),
        r.publish_date DESC NULLS LAST, r.code`;
    }
  }
}

/** A list's total is counted exactly up to this many matches (or the page's end, if further). */
export const TOTAL_CAP = 1000;

export interface ResourceSearchResult {
  items: ResourceListRow[];
  /** exact when `totalCapped` is false; when it is true, max(TOTAL_CAP, page end), and more match */
  total: number;
  /** more than `total` resources match */
  totalCapped: boolean;
}

/** A search whose tokens occur together in this share of the catalogue reads the table first. */
export const COMMON_SHARE = 0.15;
/**
 * How many rows a relevance search reads from the table's start before it turns to the index: enough to
 * hold TOTAL_CAP + 1 matches of a token in COMMON_SHARE of the catalogue.
 */
const TABLE_HEAD_ROWS = Math.ceil((TOTAL_CAP + 1) / COMMON_SHARE);

/**
 * The catalogue's common tokens and the share of resources holding each, from the statistics ANALYZE
 * keeps of the token column (its most common elements): empty before the first ANALYZE.
 */
async function readCommonTokens(client: Client): Promise<Map<string, number>> {
  const rows = await client.$queryRaw<{ token: string; share: number }[]>`
    SELECT common.token, common.share
    FROM pg_stats s,
      unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS common(token, share)
    WHERE s.schemaname = current_schema() AND s.tablename = 'information_resource'
      AND s.attname = 'search_tokens' AND common.token IS NOT NULL`;
  return new Map(rows.map((row) => [row.token, Number(row.share)]));
}

/** Reading the statistics takes a few milliseconds (a search takes 10–40): they are kept this long. */
const COMMON_TOKENS_TTL_MS = 60_000;
const commonTokensByClient = new WeakMap<object, { expires: number; tokens: Promise<Map<string, number>> }>();

function commonTokens(client: Client): Promise<Map<string, number>> {
  const cached = commonTokensByClient.get(client);
  if (cached && cached.expires > Date.now()) return cached.tokens;
  const tokens = readCommonTokens(client);
  commonTokensByClient.set(client, { expires: Date.now() + COMMON_TOKENS_TTL_MS, tokens });
  tokens.catch(() => commonTokensByClient.delete(client));
  return tokens;
}

/** After ANALYZE: the next search reads the statistics again instead of waiting for them to expire. */
export function forgetTokenStatistics(client: Client): void {
  commonTokensByClient.delete(client);
}

/**
 * The share of the catalogue that holds every one of `tokens`, as if they were independent; 0 when a
 * token is not among the common ones (it is rarer than all of them) or there are no statistics yet.
 * Tokens that seldom meet make it too high: a relevance search then reads only the table's head before
 * it turns to the index (see `search`).
 */
export async function tokenShare(client: Client, tokens: string[]): Promise<number> {
  const common = await commonTokens(client);
  let share = tokens.length ? 1 : 0;
  for (const token of new Set(tokens)) share *= common.get(token) ?? 0;
  return share;
}

/**
 * The tokens a search's index condition asks for: of each bigram run only the rarest (the term's re-check
 * implies the others), because GIN reads the whole list of every token asked for. A token the statistics
 * do not list is rarer than any they do; a run whose rarest are unlisted keeps them all (their lists are
 * short, and together they narrow most). Without statistics, that is every token.
 */
export async function indexTokens(client: Client, tokens: string[], bigramRuns: string[][] = []) {
  if (bigramRuns.length === 0) return tokens;
  const common = await commonTokens(client);
  const share = (token: string) => common.get(token) ?? 0;
  const kept = new Set<string>();
  const dropped = new Set<string>();
  for (const run of bigramRuns) {
    const rarest = Math.min(...run.map(share));
    const keep =
      rarest === 0 ? run.filter((token) => share(token) === 0) : [run.find((t) => share(t) === rarest)!];
    for (const token of run) (keep.includes(token) ? kept : dropped).add(token);
  }
  return tokens.filter((token) => kept.has(token) || !dropped.has(token));
}

export type SearchPlan = "index" | "table";

/**
 * How a token search reads its matches.
 * - Most tokens are rare: through the GIN index only. With a LIMIT the planner often guesses that a
 *   sequential scan is cheaper, and then checks row after row until enough match (41–46 ms for 许可 at
 *   500k, against 20–29 ms through the index).
 * - The most common tokens are the opposite (企业 is in a fifth of the catalogue): the index's bitmap
 *   holds every match (93k at 500k) before the first row is read, while the table's first few thousand
 *   rows hold the first TOTAL_CAP + 1 matches (企业 at 500k: 72–97 ms through the index, 18–22 ms from
 *   the table). Such a search ranks by relevance from the table's head (see `search`) and leaves the
 *   other orders to the planner, unless a filter might make its matches rare. COMMON_SHARE is where the
 *   two meet: 许可, in a tenth of the catalogue, took 25 ms through the index and 48 ms from the table.
 */
export async function chooseSearchPlan(client: Client, search: ResourceSearch): Promise<SearchPlan> {
  const filtered =
    search.providerId ||
    search.classificationPrefix ||
    search.sharingType ||
    search.openAttribute ||
    search.updateCycle ||
    search.status ||
    search.pendingRevision;
  if (filtered) return "index";
  return (await tokenShare(client, search.tokens ?? [])) >= COMMON_SHARE ? "table" : "index";
}

/**
 * The settings of a token search's statements, until the end of its transaction. Either plan reads the
 * matches in storage order from the table's start, so that both give the same relevance window:
 * synchronized scans (which start where another scan of the table is) and parallel scans (whose workers
 * return rows in no set order) are off. A bitmap of a fifth of 500k rows outgrows the default 4 MB
 * work_mem and turns lossy, re-checking whole pages: 32 MB keeps it exact. JIT compilation costs more
 * than such a query saves.
 */
const planSettings = (client: Client, plan: SearchPlan) =>
  client.$queryRaw`SELECT set_config('enable_seqscan', ${plan === "table" ? "on" : "off"}, true),
    set_config('synchronize_seqscans', 'off', true),
    set_config('max_parallel_workers_per_gather', '0', true),
    set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;

/** Runs a token search's statements in one transaction, on `plan`. */
async function withSearchPlan<T>(
  prisma: Client,
  plan: SearchPlan,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  if (!("$transaction" in prisma)) {
    // already in the caller's transaction: the settings last until its end
    await planSettings(prisma, plan);
    return work(prisma);
  }
  return prisma.$transaction(async (tx) => {
    await planSettings(tx, plan);
    return work(tx);
  });
}

export function createResourceRepository(prisma: Client) {
  return {
    /**
     * One page of the catalogue and its total. Raw SQL because the search condition (GIN containment
     * plus a substring re-check) and the relevance order are not expressible in Prisma's query API.
     *
     * Work is bounded by the page's end, not by the number of matches (a common word such as 企业
     * matches a fifth of the catalogue, and reading every match took most of a search's time):
     * - the total is exact up to the window's size, max(TOTAL_CAP, page end); beyond, it is the
     *   window's size and `totalCapped` says more match (so a page at the cap's end offers the next);
     * - relevance ranks the first TOTAL_CAP matches in storage order, read through the GIN index or from
     *   the table (see chooseSearchPlan); the matches after them follow in storage order, unranked. Every
     *   page therefore orders the same matches the same way, and paging never repeats or skips a
     *   resource (ranking a page past the cap among more matches did both). Name, code, date and update
     *   orders are exact over all matches: the planner reads them in index order or sorts.
     */
    async search(asked: ResourceSearch): Promise<ResourceSearchResult> {
      const search = asked.tokens?.length
        ? { ...asked, tokens: await indexTokens(prisma, asked.tokens, asked.bigramRuns) }
        : asked;
      const plan = search.tokens?.length ? await chooseSearchPlan(prisma, search) : "index";
      const where = whereOf(search, plan);
      const window = Math.max(TOTAL_CAP, search.skip + search.take);
      const countCapped = (client: Client) =>
        client.$queryRaw<{ total: bigint }[]>`
          SELECT count(*) AS total FROM (
            SELECT 1 FROM information_resource r WHERE ${where} LIMIT ${window + 1}) AS matches`;
      const pageOf = (client: Client) =>
        client.$queryRaw<{ id: string }[]>`
          SELECT r.id::text AS id FROM information_resource r WHERE ${where}
          ORDER BY ${orderOf(search)} LIMIT ${search.take} OFFSET ${search.skip}`;
      let ids: { id: string }[];
      let total: number;
      if (search.tokens?.length) {
        const [page, counted] = await withSearchPlan(prisma, plan, async (client) => {
          if (search.sort.field !== "relevance") return [await pageOf(client), await countCapped(client)];
          // the window gives the page and the total in one read
          const windowOf = (rows: Prisma.Sql) =>
            client.$queryRaw<{ id: string; total: bigint }[]>`
              WITH matches AS MATERIALIZED (
                SELECT r.id, r.name, r.publish_date, r.code FROM ${rows} r WHERE ${where}
                LIMIT ${window + 1}),
              numbered AS (SELECT m.*, row_number() OVER () AS place FROM matches m)
              SELECT r.id::text AS id, (SELECT count(*) FROM matches) AS total FROM numbered r
              ORDER BY r.place > ${TOTAL_CAP}, CASE WHEN r.place > ${TOTAL_CAP} THEN r.place END,
                ${orderOf(search)}
              LIMIT ${search.take} OFFSET ${search.skip}`;
          let rows: { id: string; total: bigint }[] | undefined;
          if (plan === "table") {
            // the table's head holds the window unless the tokens are rarer together than their shares
            // say (common tokens that seldom meet): then the index answers
            const head = await windowOf(
              Prisma.sql`(SELECT * FROM information_resource LIMIT ${TABLE_HEAD_ROWS})`,
            );
            if (Number(head[0]?.total ?? 0) > window) rows = head;
            else await planSettings(client, "index");
          }
          rows ??= await windowOf(Prisma.sql`information_resource`);
          // a page past the end has no row to carry the total: count
          const counted = rows.length || search.skip === 0 ? rows : await countCapped(client);
          return [rows, counted];
        });
        ids = page;
        total = Number(counted[0]?.total ?? 0);
      } else {
        const [page, counted] = await Promise.all([pageOf(prisma), countCapped(prisma)]);
        ids = page;
        total = Number(counted[0]?.total ?? 0);
      }
      const rows = ids.length
        ? await prisma.informationResource.findMany({
            where: { id: { in: ids.map((row) => row.id) } },
            select: resourceListSelect,
            relationLoadStrategy: "join",
          })
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        items: ids.map((row) => byId.get(row.id)!),
        total: Math.min(total, window),
        totalCapped: total > window,
      };
    },

    findById(id: string): Promise<ResourceDetailRow | null> {
      return prisma.informationResource.findUnique({ where: { id }, select: resourceDetailSelect });
    },

    findManyByIds(ids: string[]): Promise<ResourceDetailRow[]> {
      return prisma.informationResource.findMany({
        where: { id: { in: ids } },
        select: resourceDetailSelect,
        orderBy: { code: "asc" },
        relationLoadStrategy: "join",
      });
    },

    findByCode(code: string): Promise<ResourceDetailRow | null> {
      return prisma.informationResource.findUnique({ where: { code }, select: resourceDetailSelect });
    },

    /** The highest sequence used in a classification (null when none): the next code is one more. */
    async maxSequence(classification: string): Promise<number | null> {
      const result = await prisma.informationResource.aggregate({
        where: { classification },
        _max: { sequence: true },
      });
      return result._max.sequence;
    },

    async create(data: NewResource): Promise<ResourceDetailRow> {
      const { dataItems, ...content } = data.content;
      const created = await prisma.informationResource.create({
        data: {
          code: data.code,
          sequence: data.sequence,
          providerId: data.providerId,
          status: data.status,
          searchTokens: data.searchTokens,
          searchText: data.searchText,
          ...content,
          dataItems: { create: dataItems.map((item, position) => ({ ...item, position })) },
        },
        select: { id: true },
      });
      return (await this.findById(created.id))!;
    },

    /**
     * Replaces the visible content (and data items) when `rowVersion` still matches; returns null when
     * someone else changed the resource meanwhile (the caller answers CONFLICT).
     */
    async replaceContent(
      id: string,
      rowVersion: number,
      data: {
        content: ResourceContent;
        searchTokens: string[];
        searchText: string;
        extra?: Prisma.InformationResourceUpdateManyMutationInput;
      },
    ): Promise<ResourceDetailRow | null> {
      const { dataItems, ...content } = data.content;
      const { count } = await prisma.informationResource.updateMany({
        where: { id, rowVersion },
        data: {
          ...content,
          ...data.extra,
          searchTokens: data.searchTokens,
          searchText: data.searchText,
          rowVersion: { increment: 1 },
        },
      });
      if (count === 0) return null;
      await prisma.resourceDataItem.deleteMany({ where: { resourceId: id } });
      await prisma.resourceDataItem.createMany({
        data: dataItems.map((item, position) => ({ ...item, position, resourceId: id })),
      });
      return this.findById(id);
    },

    /** Changes status fields only, with the same optimistic check. */
    async updateState(
      id: string,
      rowVersion: number,
      data: Prisma.InformationResourceUpdateManyMutationInput,
    ): Promise<ResourceDetailRow | null> {
      const { count } = await prisma.informationResource.updateMany({
        where: { id, rowVersion },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 0 ? null : this.findById(id);
    },

    /** The highest sequence per classification, for many classifications in one query. */
    async maxSequences(classifications: string[]): Promise<Map<string, number>> {
      const rows = await prisma.informationResource.groupBy({
        by: ["classification"],
        where: { classification: { in: classifications } },
        _max: { sequence: true },
      });
      return new Map(rows.map((row) => [row.classification, row._max.sequence ?? 0]));
    },

    /** The resources among `codes` (with their items), in one query: an import checks thousands. */
    findByCodes(codes: string[]): Promise<ResourceDetailRow[]> {
      return prisma.informationResource.findMany({
        where: { code: { in: codes } },
        select: resourceDetailSelect,
      });
    },
  };
}
export type ResourceRepository = ReturnType<typeof createResourceRepository>;

export const resourceVersionSelect = {
  version: true,
  status: true,
  content: true,
  createdById: true,
  createdAt: true,
  reviewedAt: true,
  reviewComment: true,
} satisfies Prisma.ResourceVersionSelect;
export type ResourceVersionRow = Prisma.ResourceVersionGetPayload<{ select: typeof resourceVersionSelect }>;

/** Version snapshots: the history, and the pending revision of a published resource. */
export function createResourceVersionRepository(prisma: Client) {
  return {
    list(resourceId: string): Promise<ResourceVersionRow[]> {
      return prisma.resourceVersion.findMany({
        where: { resourceId },
        orderBy: { version: "asc" },
        select: resourceVersionSelect,
      });
    },

    find(resourceId: string, version: number): Promise<ResourceVersionRow | null> {
      return prisma.resourceVersion.findUnique({
        where: { resourceId_version: { resourceId, version } },
        select: resourceVersionSelect,
      });
    },

    /** Writes (or rewrites) the snapshot of one version. */
    upsert(data: {
      resourceId: string;
      version: number;
      status: string;
      content: Prisma.InputJsonValue;
      createdById: string | null;
      at: Date;
    }): Promise<unknown> {
      return prisma.resourceVersion.upsert({
        where: { resourceId_version: { resourceId: data.resourceId, version: data.version } },
        create: {
          resourceId: data.resourceId,
          version: data.version,
          status: data.status,
          content: data.content,
          createdById: data.createdById,
          createdAt: data.at,
        },
        update: { status: data.status, content: data.content },
        select: { id: true },
      });
    },

    setContent(resourceId: string, version: number, content: Prisma.InputJsonValue) {
      return prisma.resourceVersion.update({
        where: { resourceId_version: { resourceId, version } },
        data: { content },
        select: { version: true },
      });
    },

    setStatus(
      resourceId: string,
      version: number,
      status: string,
      review?: { at: Date; comment: string | null },
      /** set when the version is sent for review (status "submitted") */
      submittedAt?: Date,
    ) {
      return prisma.resourceVersion.update({
        where: { resourceId_version: { resourceId, version } },
        data: { status, submittedAt, reviewedAt: review?.at, reviewComment: review?.comment },
        select: { version: true },
      });
    },
  };
}
