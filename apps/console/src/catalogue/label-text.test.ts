import { SHARING_TYPE_LABELS } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import { labelText } from "./label-text.ts";
import { resourceFieldLabel } from "./resource-field-label.ts";

describe("labelText", () => {
  it("shows Chinese as it is and English with a capital", () => {
    expect(labelText(SHARING_TYPE_LABELS.none, "zh-CN")).toBe("不予共享");
    expect(labelText(SHARING_TYPE_LABELS.none, "en-US")).toBe("Not shared");
  });
});

describe("resourceFieldLabel", () => {
  const zh = (field: string) => resourceFieldLabel(field, (label) => label.zh);

  it("names the fields of a submit refusal as the form does", () => {
    expect(zh("sharingCondition")).toBe("共享条件");
    expect(zh("dataItems")).toBe("信息项");
    expect(zh("dataItems.0.name")).toBe("信息项 1 · 信息项名称");
    expect(zh("relatedCodes.2")).toBe("关联资源代码 3");
  });

  it("leaves keys it does not know alone", () => {
    expect(zh("somethingNew")).toBe("somethingNew");
    expect(zh("dataItems.0.colour")).toBe("信息项 1");
  });
});
