import type { APIRequestContext } from "@playwright/test";
import { TrpcHttp } from "./trpc-http.ts";

/** What the e2e tests read of resources.get and resources.list over HTTP. */
export interface ResourceSummary {
  id: string;
  code: string;
  name: string;
  status: string;
  version: number;
  hasPendingRevision: boolean;
}

/**
 * Catalogue set-up and checks over plain HTTP, for what a test is not about (a published resource to
 * revise, a count to compare). Each request context carries one user's session.
 */
export class CatalogueApi {
  private readonly http: TrpcHttp;

  constructor(request: APIRequestContext) {
    this.http = new TrpcHttp(request);
  }

  /** A draft of the signed-in officer's department, with two data items and rules satisfied. */
  async createDraft(name: string): Promise<ResourceSummary> {
    const me = await this.http.query<{ department: { id: string } }>("auth.me");
    return this.http.mutation<ResourceSummary>("resources.create", {
      classification: "1-02-003",
      name,
      providerDepartmentId: me.department.id,
      abstract: "端到端测试用的信息资源",
      format: "database",
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18, description: "" },
        { name: "核查日期", dataType: "date", length: null, description: "" },
      ],
      sharingType: "unconditional",
      sharingMethods: ["api"],
      openAttribute: "closed",
      updateCycle: "monthly",
      formationDate: "2016-05-01",
    });
  }

  submit(id: string): Promise<ResourceSummary> {
    return this.http.mutation<ResourceSummary>("resources.submit", { id });
  }

  review(
    id: string,
    decision: "approve" | "return",
    comment: string | null = null,
  ): Promise<ResourceSummary> {
    return this.http.mutation<ResourceSummary>("resources.review", { id, decision, comment });
  }

  get(id: string): Promise<ResourceSummary> {
    return this.http.query<ResourceSummary>("resources.get", { id });
  }

  /** How many resources the signed-in user sees with these list filters. */
  async count(filters: Record<string, string>): Promise<number> {
    const page = await this.http.query<{ total: number }>("resources.list", {
      page: 1,
      pageSize: 1,
      filters,
    });
    return page.total;
  }
}
