import { expect, type Page } from "@playwright/test";

declare global {
  interface Window {
    /** every toast text this page showed, oldest first (see recordToasts) */
    govshareToasts?: string[];
  }
}

/**
 * antd's toasts (message.success and the like) go away after 3 s. On a busy 2-core CI machine a test's
 * polling has missed one that did appear (the change was made; the toast came and went between two
 * polls). So every page notes each toast it shows, and tests check that record, not the screen.
 */
export async function recordToasts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = new WeakSet<Element>();
    const shown: string[] = [];
    window.govshareToasts = shown;
    new MutationObserver(() => {
      for (const notice of document.querySelectorAll(".ant-message-notice")) {
        const text = notice.textContent?.trim();
        if (!text || seen.has(notice)) continue;
        seen.add(notice);
        shown.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * The page showed a toast with this text (the whole text, or a pattern it matches). When it did not,
 * the error also says where the page was and what it showed instead: an error alert or a field's
 * message usually says why the action did not succeed.
 */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  const expected = typeof text === "string" ? text : expect.stringMatching(text);
  try {
    await expect
      .poll(() => page.evaluate(() => window.govshareToasts ?? []), { message: "toasts shown" })
      .toEqual(expect.arrayContaining([expected]));
  } catch (error) {
    const shown = await page
      .locator(".ant-alert, .ant-form-item-explain-error, .ant-modal-title")
      .allInnerTexts()
      .catch(() => []);
    const where = `page ${page.url()}; alerts, field errors and dialogs: ${JSON.stringify(shown)}`;
    if (error instanceof Error) error.message = `${where}\n${error.message}`;
    throw error;
  }
}
