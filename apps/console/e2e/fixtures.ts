import { test as base, expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/** The shape of departments.list's output, as the e2e tests read it over HTTP. */
interface DepartmentPage {
  items: { code: string; name: string; kind: string }[];
  total: number;
}

/** Who the tests sign in as. The default is a demo user, seeded on every new embedded database. */
export interface Credentials {
  username: string;
  password: string;
}
const demoCentreUser: Credentials = { username: "centre", password: "govshare-demo" };

/** Signs in over HTTP (no login form involved); the session cookie lands in the browser context. */
async function signIn(request: APIRequestContext, credentials: Credentials): Promise<void> {
  const response = await request.post("/trpc/auth.login", { data: credentials });
  expect(response.ok(), `sign-in as ${credentials.username}: ${await response.text()}`).toBe(true);
}

/** Reads departments.list over plain HTTP, the way the console's batch link sends a single query. */
export class DepartmentsApi {
  constructor(private readonly request: APIRequestContext) {}

  async list(input: Record<string, unknown>): Promise<DepartmentPage> {
    const response = await this.request.get("/trpc/departments.list", {
      params: { input: JSON.stringify(input) },
    });
    expect(response.ok(), await response.text()).toBe(true);
    return ((await response.json()) as { result: { data: DepartmentPage } }).result.data;
  }
}

/** The departments page as a user sees it: the table, its filters and its pagination. */
export class DepartmentsPage {
  readonly table: Locator;
  readonly kindFilter: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: /部门列表|Department list/ });
    // antd's form labels end in a colon ("类别 :"), hence the open-ended patterns
    this.kindFilter = page.getByRole("combobox", { name: /^(类别|Kind)/ });
    this.search = page.getByRole("searchbox", { name: /^(搜索|Search)/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/departments${query}`);
    await this.settled();
  }

  /** Rows shown and no request for other rows under way. */
  async settled(): Promise<void> {
    await expect(this.bodyRows.first()).toBeVisible();
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }

  /** Rows with data cells; the header row has column headers only. */
  get bodyRows(): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("cell") });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader", { name });
  }

  /** The texts of one column, top to bottom (0: code, 1: name, 2: kind, 3: sort order). */
  async column(index: number): Promise<string[]> {
    const columnCount = await this.table.getByRole("columnheader").count();
    // one snapshot of all cells: reading row by row could wait forever on a row a re-render removed
    const cells = await this.bodyRows.getByRole("cell").allInnerTexts();
    return cells.filter((_, cellIndex) => cellIndex % columnCount === index);
  }

  async chooseKind(label: string): Promise<void> {
    // the select is searchable: type the label and take the match, as a keyboard user would
    await this.kindFilter.fill(label);
    await this.kindFilter.press("Enter");
  }

  searchParam(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }
}

export const test = base.extend<{
  credentials: Credentials;
  departmentsPage: DepartmentsPage;
  departmentsApi: DepartmentsApi;
}>({
  // an option: a project or a file can sign in as someone else with test.use({ credentials })
  credentials: [demoCentreUser, { option: true }],
  // Signed in, and any script error or CSP violation in the browser fails the test that caused it.
  page: async ({ page, credentials }, use) => {
    await signIn(page.context().request, credentials);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    await use(page);
    expect(problems, "errors in the browser").toEqual([]);
  },
  departmentsPage: async ({ page }, use) => {
    await use(new DepartmentsPage(page));
  },
  // the page's own request context: it carries the page's session cookie
  departmentsApi: async ({ page }, use) => {
    await use(new DepartmentsApi(page.context().request));
  },
});

export { expect };
