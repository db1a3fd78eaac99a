import { ZResourceInputSchema, type TResource } from "@govshare/validators";
import { describe, expect, it } from "vitest";
import {
  formValuesOf,
  NEW_RESOURCE_VALUES,
  toResourceInput,
  type ResourceFormValues,
} from "./resource-form-values.ts";

const providerDepartmentId = "01a21307-e532-74d8-8b2a-524c7f634e19";
const newResource = { providerDepartmentId, code: null };

const filledIn: ResourceFormValues = {
  ...NEW_RESOURCE_VALUES,
  classification: " 1-02-001 ",
  name: "企业年报信息",
  format: "database",
  updateCycle: "yearly",
  openAttribute: "closed",
  sharingType: "conditional",
  sharingCondition: "用于监管",
  sharingMethods: ["api"],
  formationDate: "2016-03-01",
  dataItems: [
    { name: "统一社会信用代码", dataType: "string", length: 18, description: "18 位" },
    { name: "年报年度", dataType: "number" },
  ],
};

describe("toResourceInput", () => {
  it("gives what resources.create accepts, with empty parts spelled as the API spells them", () => {
    const input = toResourceInput(filledIn, newResource);
    expect(input).toMatchObject({
      classification: "1-02-001",
      code: null,
      providerDepartmentId,
      abstract: "",
      formatDetail: null,
      sharingBasis: null,
      openCondition: null,
      publishDate: null,
      relatedCodes: [],
      dataItems: [
        { name: "统一社会信用代码", dataType: "string", length: 18, description: "18 位" },
        { name: "年报年度", dataType: "number", length: null, description: "" },
      ],
    });
    expect(ZResourceInputSchema.safeParse(input).success).toBe(true);
  });

  it("uses a code typed for a new resource, and always the registered code of an edited one", () => {
    expect(toResourceInput({ ...filledIn, code: " 102001/000042 " }, newResource).code).toBe("102001/000042");
    expect(toResourceInput({ ...filledIn, code: "" }, newResource).code).toBeNull();
    expect(
      toResourceInput({ ...filledIn, code: "x" }, { providerDepartmentId, code: "102001/000007" }).code,
    ).toBe("102001/000007");
  });

  it("drops what the sharing type and open attribute hide", () => {
    const unconditional = toResourceInput(
      {
        ...filledIn,
        sharingType: "unconditional",
        sharingCondition: "typed before switching",
        sharingBasis: "x",
      },
      newResource,
    );
    expect(unconditional).toMatchObject({
      sharingCondition: null,
      sharingBasis: null,
      sharingMethods: ["api"],
    });

    const notShared = toResourceInput(
      { ...filledIn, sharingType: "none", sharingCondition: "涉密", sharingBasis: "《保守国家秘密法》" },
      newResource,
    );
    expect(notShared).toMatchObject({
      sharingCondition: "涉密",
      sharingBasis: "《保守国家秘密法》",
      sharingMethods: [],
    });
    expect(ZResourceInputSchema.safeParse(notShared).success).toBe(true);

    expect(toResourceInput({ ...filledIn, openCondition: "x" }, newResource).openCondition).toBeNull();
    expect(
      toResourceInput({ ...filledIn, openAttribute: "conditional", openCondition: "经申请" }, newResource)
        .openCondition,
    ).toBe("经申请");
  });

  it("leaves what is missing for the schema to report at its field", () => {
    const result = ZResourceInputSchema.safeParse(
      toResourceInput(
        { ...filledIn, sharingCondition: undefined, dataItems: [{ dataType: "string" }] },
        newResource,
      ),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ["dataItems", 0, "name"],
      ["sharingCondition"],
    ]);
  });
});

describe("formValuesOf", () => {
  it("fills the form from a resource and maps back to the same content", () => {
    const resource: TResource = {
      id: "01a21307-e9ff-77b6-b08e-2cb1905b90a5",
      classification: "102001",
      code: "102001/000001",
      name: "企业登记基本信息",
      providerDepartmentId,
      providerDepartment: { id: providerDepartmentId, code: "410108-011", name: "区工商质监局" },
      abstract: "区内企业登记信息",
      format: "file",
      formatDetail: "xlsx",
      dataItems: [{ position: 1, name: "企业名称", dataType: "string", length: 200, description: "" }],
      sharingType: "conditional",
      sharingCondition: "用于行政审批",
      sharingBasis: null,
      sharingMethods: ["api", "online_query"],
      openAttribute: "closed",
      openCondition: null,
      updateCycle: "daily",
      publishDate: "2026-05-01",
      formationDate: "2016-01-10",
      relatedCodes: ["101001/000002"],
      status: "published",
      version: 1,
      createdAt: "2026-05-01T00:00:00.000Z",
      updatedAt: "2026-05-01T00:00:00.000Z",
      publishedAt: "2026-05-01T00:00:00.000Z",
      reviewComment: null,
      hasPendingRevision: false,
    };
    const values = formValuesOf(resource);
    expect(values.dataItems).toEqual([
      { name: "企业名称", dataType: "string", length: 200, description: "" },
    ]);
    expect(values.sharingBasis).toBeUndefined();

    const input = toResourceInput(values, { providerDepartmentId, code: resource.code });
    const {
      id: _id,
      providerDepartment: _provider,
      status: _status,
      version: _version,
      ...content
    } = resource;
    expect(input).toEqual({
      ...Object.fromEntries(
        Object.entries(content).filter(
          ([field]) =>
            !["createdAt", "updatedAt", "publishedAt", "reviewComment", "hasPendingRevision"].includes(field),
        ),
      ),
      dataItems: [{ name: "企业名称", dataType: "string", length: 200, description: "" }],
    });
  });
});
