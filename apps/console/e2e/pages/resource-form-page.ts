import { expect, type Locator, type Page } from "@playwright/test";
import { buttonName } from "../support/accessible-names.ts";
import { chooseByTyping } from "../support/select.ts";

export interface DataItemEntry {
  name: string;
  /** the type's label, e.g. 字符型 */
  dataType: string;
  length?: number;
  description?: string;
}

/** What the officer types; choices are given by their labels, as the form shows them. */
export interface ResourceEntry {
  classification: string;
  name: string;
  abstract?: string;
  format: string;
  updateCycle: string;
  formationDate: string;
  sharingType: string;
  sharingCondition?: string;
  sharingBasis?: string;
  sharingMethods: string[];
  openAttribute: string;
  dataItems: DataItemEntry[];
}

/** A field's accessible name: antd puts the required mark (*) in front of the label's text. */
function fieldName(label: string): RegExp {
  return new RegExp(`^(\\* )?${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** 新建信息资源 / 编辑信息资源: the form, found by its labels. */
export class ResourceFormPage {
  readonly save: Locator;
  readonly addDataItem: Locator;

  constructor(readonly page: Page) {
    this.save = page.getByRole("button", { name: buttonName("保存") });
    this.addDataItem = page.getByRole("button", { name: "添加信息项" });
  }

  field(label: string): Locator {
    return this.page.getByLabel(fieldName(label));
  }

  /** A searchable select: type the label and take the match, as a keyboard user would. */
  async choose(label: string, option: string): Promise<void> {
    await chooseByTyping(this.page.getByRole("combobox", { name: fieldName(label) }), option);
  }

  /** A date picker accepts the day typed as YYYY-MM-DD. */
  async typeDate(label: string, day: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(day);
    await input.press("Enter");
    await expect(input).toHaveValue(day);
  }

  dataItemCell(position: number, column: "信息项名称" | "数据类型" | "数据长度" | "说明"): Locator {
    return this.page.getByLabel(`第 ${position} 项 ${column}`, { exact: true });
  }

  async fillDataItem(position: number, item: DataItemEntry): Promise<void> {
    await this.dataItemCell(position, "信息项名称").fill(item.name);
    await chooseByTyping(this.dataItemCell(position, "数据类型"), item.dataType);
    if (item.length !== undefined) await this.dataItemCell(position, "数据长度").fill(String(item.length));
    if (item.description !== undefined) await this.dataItemCell(position, "说明").fill(item.description);
  }

  async fill(resource: ResourceEntry): Promise<void> {
    await this.field("信息资源分类").fill(resource.classification);
    await this.field("信息资源名称").fill(resource.name);
    if (resource.abstract) await this.field("信息资源摘要").fill(resource.abstract);
    await this.choose("信息资源格式", resource.format);
    await this.choose("更新周期", resource.updateCycle);
    await this.typeDate("形成日期", resource.formationDate);
    for (const [index, item] of resource.dataItems.entries()) {
      await this.addDataItem.click();
      await this.fillDataItem(index + 1, item);
    }
    await this.page.getByRole("radio", { name: resource.sharingType, exact: true }).check();
    if (resource.sharingCondition) await this.field("共享条件").fill(resource.sharingCondition);
    if (resource.sharingBasis)
      await this.field("不予共享依据（法律法规或政策依据）").fill(resource.sharingBasis);
    for (const method of resource.sharingMethods) {
      await this.page.getByRole("checkbox", { name: method, exact: true }).check();
    }
    await this.page.getByRole("radio", { name: resource.openAttribute, exact: true }).check();
  }
}
