import { test as base, expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./pages/app-shell.ts";
import { AuditPage } from "./pages/audit-page.ts";
import { CatalogueImportPage } from "./pages/catalogue-import-page.ts";
import { CataloguePage } from "./pages/catalogue-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { ResourceDetailPage } from "./pages/resource-detail-page.ts";
import { ResourceFormPage } from "./pages/resource-form-page.ts";
import { ReviewQueuePage } from "./pages/review-queue-page.ts";
import { ServerTable } from "./pages/server-table.ts";
import { TokensPage } from "./pages/tokens-page.ts";
import { UsersPage } from "./pages/users-page.ts";
import { CatalogueApi } from "./support/catalogue-api.ts";
import { demoUser, type Credentials } from "./support/demo-users.ts";
import { chooseByTyping } from "./support/select.ts";
import { recordToasts } from "./support/toasts.ts";
import { TrpcHttp } from "./support/trpc-http.ts";

export { buttonName } from "./support/accessible-names.ts";
export { demoUser, uniqueUsername, type Credentials } from "./support/demo-users.ts";
export { TrpcHttp } from "./support/trpc-http.ts";
export { expectToast } from "./support/toasts.ts";
export { CatalogueApi } from "./support/catalogue-api.ts";

/** The shape of departments.list's output, as the e2e tests read it over HTTP. */
interface DepartmentPage {
  items: { id: string; code: string; name: string; kind: string }[];
  total: number;
}

/**
 * Signs in over HTTP (no login form involved); the session cookie lands in the browser context. A test
 * that hands over to another user once a page is open uses switchUser.
 */
export async function signIn(request: APIRequestContext, credentials: Credentials): Promise<void> {
  const response = await request.post("/trpc/auth.login", { data: credentials });
  expect(response.ok(), `sign-in as ${credentials.username}: ${await response.text()}`).toBe(true);
}

/**
 * Hands the browser over to another user in the middle of a test (an officer submits, the centre
 * reviews). Signing in ends the session the page was using, so the page is left for about:blank first:
 * a query of the old page still on its way, or one it starts a moment later (a refetch after a change),
 * would reach the server with the ended session and get 401, which the browser reports as an error. On
 * a fast CI machine that happened between a submission's refetches and the next sign-in.
 */
export async function switchUser(page: Page, credentials: Credentials): Promise<void> {
  await page.goto("about:blank");
  await signIn(page.context().request, credentials);
}

/** Reads departments.list over plain HTTP, the way the console's batch link sends a single query. */
export class DepartmentsApi {
  private readonly http: TrpcHttp;

  constructor(request: APIRequestContext) {
    this.http = new TrpcHttp(request);
  }

  list(input: Record<string, unknown>): Promise<DepartmentPage> {
    return this.http.query<DepartmentPage>("departments.list", input);
  }
}

/** The departments page as a user sees it: the table, its filters and its pagination. */
export class DepartmentsPage {
  readonly list: ServerTable;
  readonly table: Locator;
  readonly kindFilter: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.list = new ServerTable(page, /部门列表|Department list/);
    this.table = this.list.table;
    // antd's form labels end in a colon ("类别 :"), hence the open-ended patterns
    this.kindFilter = page.getByRole("combobox", { name: /^(类别|Kind)/ });
    this.search = page.getByRole("searchbox", { name: /^(搜索|Search)/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/departments${query}`);
    await this.settled();
  }

  /** Rows shown and no request for other rows under way. */
  settled(): Promise<void> {
    return this.list.settled();
  }

  get bodyRows(): Locator {
    return this.list.bodyRows;
  }

  columnHeader(name: string): Locator {
    return this.list.columnHeader(name);
  }

  /** The texts of one column, top to bottom (0: code, 1: name, 2: kind, 3: sort order). */
  column(index: number): Promise<string[]> {
    return this.list.column(index);
  }

  async chooseKind(label: string): Promise<void> {
    await chooseByTyping(this.kindFilter, label);
  }

  searchParam(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }
}

/**
 * Errors the browser reports (script errors, CSP violations, failed requests), collected per test.
 * A test that provokes a refusal on purpose (a wrong password is a 401) allows exactly that one.
 */
export class BrowserErrors {
  readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.seen.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }
}

export const test = base.extend<{
  credentials: Credentials | null;
  browserErrors: BrowserErrors;
  departmentsPage: DepartmentsPage;
  departmentsApi: DepartmentsApi;
  api: TrpcHttp;
  loginPage: LoginPage;
  appShell: AppShell;
  usersPage: UsersPage;
  tokensPage: TokensPage;
  auditPage: AuditPage;
  cataloguePage: CataloguePage;
  resourceForm: ResourceFormPage;
  resourceDetail: ResourceDetailPage;
  reviewQueue: ReviewQueuePage;
  catalogueImport: CatalogueImportPage;
  /** the catalogue over HTTP, as the page's user (set-up and checks) */
  catalogueApi: CatalogueApi;
}>({
  // an option: a file or a describe block signs in as someone else with test.use({ credentials }),
  // or starts signed out with test.use({ credentials: null })
  credentials: [demoUser("centre"), { option: true }],
  browserErrors: async ({}, use) => {
    await use(new BrowserErrors());
  },
  // Signed in, noting its toasts (support/toasts.ts), and any script error, CSP violation or failed request in the browser fails the test
  // that caused it, unless the test allowed it.
  page: async ({ page, credentials, browserErrors }, use) => {
    if (credentials) await signIn(page.context().request, credentials);
    await recordToasts(page);
    page.on("pageerror", (error) => browserErrors.seen.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") {
        browserErrors.seen.push(`console error: ${message.text()} @ ${message.location().url}`);
      }
    });
    await use(page);
    expect(browserErrors.unexpected(), "errors in the browser").toEqual([]);
  },
  departmentsPage: async ({ page }, use) => {
    await use(new DepartmentsPage(page));
  },
  // the page's own request context: it carries the page's session cookie
  departmentsApi: async ({ page }, use) => {
    await use(new DepartmentsApi(page.context().request));
  },
  api: async ({ page }, use) => {
    await use(new TrpcHttp(page.context().request));
  },
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  appShell: async ({ page }, use) => {
    await use(new AppShell(page));
  },
  usersPage: async ({ page }, use) => {
    await use(new UsersPage(page));
  },
  tokensPage: async ({ page }, use) => {
    await use(new TokensPage(page));
  },
  auditPage: async ({ page }, use) => {
    await use(new AuditPage(page));
  },
  cataloguePage: async ({ page }, use) => {
    await use(new CataloguePage(page));
  },
  resourceForm: async ({ page }, use) => {
    await use(new ResourceFormPage(page));
  },
  resourceDetail: async ({ page }, use) => {
    await use(new ResourceDetailPage(page));
  },
  reviewQueue: async ({ page }, use) => {
    await use(new ReviewQueuePage(page));
  },
  catalogueImport: async ({ page }, use) => {
    await use(new CatalogueImportPage(page));
  },
  catalogueApi: async ({ page }, use) => {
    await use(new CatalogueApi(page.context().request));
  },
});

export { expect };
