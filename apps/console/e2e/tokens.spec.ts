import { buttonName, demoUser, expect, expectToast, test, TrpcHttp } from "./fixtures.ts";

test.describe("我的令牌 API tokens (signed in as an officer)", () => {
  test.use({ credentials: demoUser("gongshang") });

  test("a token's secret is shown once, works as a Bearer token, and stops working when revoked", async ({
    page,
    tokensPage,
    playwright,
    baseURL,
  }) => {
    const name = `e2e 同步脚本 ${Date.now()}`;
    // the default lifetime, 90 days, as the browser's clock and time zone date it (either day, should
    // the test run across midnight)
    const expiryDay = () =>
      page.evaluate(() => {
        const day = new Date(Date.now() + 90 * 86_400_000);
        return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
          .map((part) => String(part).padStart(2, "0"))
          .join("-");
      });
    const expiryDays = [await expiryDay()];
    await tokensPage.goto();
    await expect(page.getByLabel("有效期")).toBeVisible();
    await tokensPage.name.fill(name);
    await tokensPage.create.click();

    const dialog = tokensPage.secretDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("只显示这一次");
    const secret = await dialog.getByLabel("令牌密钥").inputValue();
    expect(secret).toMatch(/^gs_[A-Za-z0-9_-]{40,}$/);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await dialog.getByRole("button", { name: buttonName("复制") }).click();
    await expectToast(page, "已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    await dialog.getByRole("button", { name: "我已保存" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(secret)).toHaveCount(0);
    const row = tokensPage.row(name);
    await expect(row).toContainText(`${secret.slice(0, 9)}…`);
    await expect(row).toContainText("有效");
    await expect(row).toContainText("从未使用");
    expiryDays.push(await expiryDay());
    const shown = await row.innerText();
    expect(
      expiryDays.some((day) => shown.includes(`${day} `)),
      shown,
    ).toBe(true);

    // a program elsewhere: no cookies, only the token
    const program = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${secret}` },
    });
    const me = await new TrpcHttp(program).query<{ username: string; via: string } | null>("auth.me");
    expect(me).toMatchObject({ username: "gongshang", via: "token" });

    await page.reload();
    await expect(row).not.toContainText("从未使用");
    await row.getByRole("button", { name: buttonName("撤销") }).click();
    const confirmation = page.getByRole("tooltip");
    await expect(confirmation).toContainText(`撤销令牌「${name}」？`);
    await confirmation.getByRole("button", { name: buttonName("撤销") }).click();
    await expectToast(page, `已撤销令牌「${name}」`);
    await expect(row).toContainText("已撤销");
    await expect(row.getByRole("button")).toHaveCount(0);

    expect(await new TrpcHttp(program).query("auth.me")).toBeNull();
    await program.dispose();
  });

  test("shows how to use a token", async ({ page, tokensPage }) => {
    await tokensPage.goto();
    await expect(page.getByText("Authorization: Bearer <token>")).toBeVisible();
    await expect(page.getByText(/createGovshareClient\(\{ url: ".+", token:/)).toBeVisible();
  });
});
