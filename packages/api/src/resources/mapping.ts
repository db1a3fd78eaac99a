import type { ResourceContent, ResourceDetailRow, ResourceListRow } from "@govshare/db";
import type { TResource, TResourceContent, TResourceInput, TResourceListItem } from "@govshare/validators";

/** Dates of the Chinese calendar are stored as DATE and travel as YYYY-MM-DD. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const toDate = (text: string) => new Date(`${text}T00:00:00Z`);

export function pendingRevisionOf(row: Pick<ResourceListRow, "version" | "versions">) {
  return row.versions.find((version) => version.version > row.version) ?? null;
}

export function toListItem(row: ResourceListRow): TResourceListItem {
  return {
    id: row.id,
    code: row.code,
    classification: row.classification,
    name: row.name,
    providerDepartment: row.provider,
    format: row.format as TResource["format"],
    sharingType: row.sharingType as TResource["sharingType"],
    openAttribute: row.openAttribute as TResource["openAttribute"],
    updateCycle: row.updateCycle as TResource["updateCycle"],
    status: row.status as TResource["status"],
    version: row.version,
    publishDate: row.publishDate ? isoDate(row.publishDate) : null,
    formationDate: isoDate(row.formationDate),
    updatedAt: row.updatedAt.toISOString(),
    dataItemCount: row._count.dataItems,
    hasPendingRevision: pendingRevisionOf(row) !== null,
  };
}

/** The visible content of a stored resource, as a version snapshot holds it. */
export function contentOfRow(row: ResourceDetailRow): TResourceContent {
  return {
    classification: row.classification,
    code: row.code,
    name: row.name,
    providerDepartmentId: row.providerId,
    abstract: row.abstract,
    format: row.format as TResourceContent["format"],
    formatDetail: row.formatDetail,
    dataItems: row.dataItems.map(({ name, dataType, length, description }) => ({
      name,
      dataType: dataType as TResourceContent["dataItems"][number]["dataType"],
      length,
      description,
    })),
    sharingType: row.sharingType as TResourceContent["sharingType"],
    sharingCondition: row.sharingCondition,
    sharingBasis: row.sharingBasis,
    sharingMethods: row.sharingMethods as TResourceContent["sharingMethods"],
    openAttribute: row.openAttribute as TResourceContent["openAttribute"],
    openCondition: row.openCondition,
    updateCycle: row.updateCycle as TResourceContent["updateCycle"],
    publishDate: row.publishDate ? isoDate(row.publishDate) : null,
    formationDate: isoDate(row.formationDate),
    relatedCodes: row.relatedCodes,
  };
}

export function toResource(row: ResourceDetailRow): TResource {
  const content = contentOfRow(row);
  return {
    ...content,
    id: row.id,
    status: row.status as TResource["status"],
    version: row.version,
    providerDepartment: row.provider,
    dataItems: content.dataItems.map((item, index) => ({ ...item, position: index + 1 })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reviewComment: row.reviewComment,
    hasPendingRevision: pendingRevisionOf(row) !== null,
  };
}

/** Parsed input (or a snapshot) → what the repository stores. */
export function storedContent(
  content: Omit<TResourceContent, "code" | "providerDepartmentId"> | TResourceInput,
): ResourceContent {
  return {
    classification: content.classification,
    name: content.name,
    abstract: content.abstract,
    format: content.format,
    formatDetail: content.formatDetail,
    sharingType: content.sharingType,
    sharingCondition: content.sharingCondition,
    sharingBasis: content.sharingBasis,
    sharingMethods: content.sharingMethods,
    openAttribute: content.openAttribute,
    openCondition: content.openCondition,
    updateCycle: content.updateCycle,
    publishDate: content.publishDate ? toDate(content.publishDate) : null,
    formationDate: toDate(content.formationDate),
    relatedCodes: content.relatedCodes,
    dataItems: content.dataItems.map(({ name, dataType, length, description }) => ({
      name,
      dataType,
      length: length ?? null,
      description: description ?? "",
    })),
  };
}

/** The snapshot of parsed input, for a version that is not (yet) the visible one. */
export function snapshotOfInput(input: TResourceInput, code: string): TResourceContent {
  const { code: _code, providerDepartmentId, ...rest } = input;
  return {
    ...rest,
    code,
    providerDepartmentId,
    dataItems: input.dataItems.map(({ name, dataType, length, description }) => ({
      name,
      dataType,
      length: length ?? null,
      description: description ?? "",
    })),
  };
}

/** The texts search covers: name, abstract and data-item names. */
export function searchableTexts(content: {
  name: string;
  abstract: string;
  dataItems: { name: string }[];
}): string[] {
  return [content.name, content.abstract, ...content.dataItems.map((item) => item.name)];
}
