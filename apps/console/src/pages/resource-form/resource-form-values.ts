import type {
  TDataItemInput,
  TDataItemType,
  TOpenAttribute,
  TResource,
  TResourceContent,
  TResourceFormat,
  TResourceFormValues,
  TSharingMethod,
  TSharingType,
  TUpdateCycle,
} from "@govshare/validators";

/** One 信息项 row of the form; a new row starts with nothing but its type. */
export interface DataItemFormValues {
  name?: string;
  dataType?: TDataItemType;
  length?: number | null;
  description?: string;
}

/**
 * What the antd form holds. Dates are YYYY-MM-DD strings (the date pickers convert at their field), so
 * that the values map to the API without a date library. Fields the user has not touched are undefined.
 */
export interface ResourceFormValues {
  classification?: string;
  /** creating only: blank means the platform generates the next code */
  code?: string;
  name?: string;
  abstract?: string;
  format?: TResourceFormat;
  formatDetail?: string;
  dataItems?: DataItemFormValues[];
  sharingType?: TSharingType;
  sharingCondition?: string;
  sharingBasis?: string;
  sharingMethods?: TSharingMethod[];
  openAttribute?: TOpenAttribute;
  openCondition?: string;
  updateCycle?: TUpdateCycle;
  publishDate?: string | null;
  formationDate?: string | null;
  relatedCodes?: string[];
}

/** A new data item row: a string is what most items are. */
export const NEW_DATA_ITEM: DataItemFormValues = { dataType: "string" };

/** A new resource: sharing is the rule, not sharing the exception (国发〔2016〕51号). */
export const NEW_RESOURCE_VALUES: ResourceFormValues = {
  sharingType: "unconditional",
  sharingMethods: [],
  dataItems: [],
  relatedCodes: [],
};

/**
 * The form filled with a resource as resources.get returns it, or with a version's content (a revision
 * being edited, from resources.history), to edit it.
 */
export function formValuesOf(resource: TResource | TResourceContent): ResourceFormValues {
  return {
    classification: resource.classification,
    code: resource.code,
    name: resource.name,
    abstract: resource.abstract,
    format: resource.format,
    formatDetail: resource.formatDetail ?? undefined,
    dataItems: resource.dataItems.map(({ name, dataType, length, description }) => ({
      name,
      dataType,
      length,
      description,
    })),
    sharingType: resource.sharingType,
    sharingCondition: resource.sharingCondition ?? undefined,
    sharingBasis: resource.sharingBasis ?? undefined,
    sharingMethods: resource.sharingMethods,
    openAttribute: resource.openAttribute,
    openCondition: resource.openCondition ?? undefined,
    updateCycle: resource.updateCycle,
    publishDate: resource.publishDate,
    formationDate: resource.formationDate,
    relatedCodes: resource.relatedCodes,
  };
}

/** Fields the user left empty stay empty (undefined): ZResourceInputSchema reports what is missing. */
type Unchecked<Input> = { [Field in keyof Input]: Input[Field] | undefined };
export type ResourceInputCandidate = Unchecked<Omit<TResourceFormValues, "dataItems">> & {
  dataItems: Unchecked<TDataItemInput>[];
};

/**
 * The API's input (resources.create, and resources.update with the id) from the form, to be checked
 * with ZResourceInputSchema. Fields that the chosen sharing type or open attribute hides do not apply
 * and are sent empty, so that a condition typed before switching to 无条件共享 is not kept unseen.
 */
export function toResourceInput(
  values: ResourceFormValues,
  provider: { providerDepartmentId: string; code: string | null },
): ResourceInputCandidate {
  const sharingType = values.sharingType;
  return {
    classification: values.classification?.trim(),
    code: provider.code ?? (values.code?.trim() || null),
    name: values.name,
    providerDepartmentId: provider.providerDepartmentId,
    abstract: values.abstract ?? "",
    format: values.format,
    formatDetail: values.formatDetail?.trim() || null,
    dataItems: (values.dataItems ?? []).map((item) => ({
      name: item.name ?? "",
      dataType: item.dataType,
      length: item.length ?? null,
      description: item.description ?? "",
    })),
    sharingType,
    sharingCondition: sharingType === "unconditional" ? null : values.sharingCondition || null,
    sharingBasis: sharingType === "none" ? values.sharingBasis || null : null,
    sharingMethods: sharingType === "none" ? [] : (values.sharingMethods ?? []),
    openAttribute: values.openAttribute,
    openCondition: values.openAttribute === "conditional" ? values.openCondition || null : null,
    updateCycle: values.updateCycle,
    publishDate: values.publishDate ?? null,
    formationDate: values.formationDate ?? undefined,
    relatedCodes: values.relatedCodes ?? [],
  };
}
