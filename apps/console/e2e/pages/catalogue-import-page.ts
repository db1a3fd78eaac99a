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

  constructor(readonly page: Page) {
    this.chooseFile = page.getByRole("button", { name: "选择文件" });
    this.preview = page.getByRole("region", { name: "检查结果" });
    this.counts = page.getByRole("group", { name: "导入统计" });
    this.commit = page.getByRole("button", { name: "确认导入" });
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
