import type { Locator, Page } from "@playwright/test";

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** 目录导入: choose a file, read the server's check, commit. */
export class CatalogueImportPage {
  readonly chooseFile: Locator;
  readonly preview: Locator;
  readonly counts: Locator;
  readonly commit: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.chooseFile = page.getByRole("button", { name: "选择文件" });
    this.preview = page.getByRole("region", { name: "检查结果" });
    this.counts = page.getByRole("group", { name: "导入统计" });
    this.commit = page.getByRole("button", { name: "确认导入" });
    this.progress = page.getByRole("group", { name: "导入进度" });
  }

  /**
   * Starts noting every text the progress bar shows, however briefly (a step may last a fraction of a
   * second); `progressTexts` returns them in order.
   */
  async recordProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { importProgressTexts: seen });
      new MutationObserver(() => {
        const text = document.querySelector('[role="group"][aria-label="导入进度"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  progressTexts(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { importProgressTexts: string[] }).importProgressTexts,
    );
  }

  async goto(): Promise<void> {
    await this.page.goto("/resources/import");
  }

  /** Picks the file through the browser's file chooser, as a person would; the check starts at once. */
  async choose(file: UploadFile): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.chooseFile.click();
    await (await chooser).setFiles(file);
  }
}
