import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { createResourceRepository } from "@govshare/db";
import {
  DATA_ITEM_TYPE_LABELS,
  OPEN_ATTRIBUTE_LABELS,
  resourceFormatLabel,
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  UPDATE_CYCLE_LABELS,
  type TResourceContent,
  type TResourceListInput,
} from "@govshare/validators";
import { requireSignedIn } from "../../auth/guards.ts";
import type { Context } from "../../context.ts";
import { createJsonLinesSpool } from "../../files/json-lines-spool.ts";
import type { SignedInContext } from "../../trpc.ts";
import { contentOfRow } from "../mapping.ts";
import { listResources } from "../service.ts";
import {
  ITEM_COLUMNS,
  ITEM_SHEET,
  RESOURCE_COLUMNS,
  RESOURCE_SHEET,
  type ResourceColumn,
} from "./template.ts";

type ExportedResource = TResourceContent & { providerName: string };

/** Resources read per query. */
const EXPORT_PAGE = 200;

function resourceRow(resource: ExportedResource): Record<ResourceColumn, string> {
  return {
    classification: resource.classification,
    name: resource.name,
    code: resource.code,
    provider: resource.providerName,
    abstract: resource.abstract,
    format: resourceFormatLabel(resource.format, resource.formatDetail),
    sharingType: SHARING_TYPE_LABELS[resource.sharingType].zh,
    sharingCondition: resource.sharingCondition ?? "",
    sharingMethods: resource.sharingMethods.map((method) => SHARING_METHOD_LABELS[method].zh).join("、"),
    openAttribute: OPEN_ATTRIBUTE_LABELS[resource.openAttribute].zh,
    openCondition: resource.openCondition ?? "",
    updateCycle: UPDATE_CYCLE_LABELS[resource.updateCycle].zh,
    publishDate: resource.publishDate ?? "",
    formationDate: resource.formationDate,
    relatedCodes: resource.relatedCodes.join("、"),
    sharingBasis: resource.sharingBasis ?? "",
  };
}

/** A 信息项 row of the template. */
function itemRow(resource: ExportedResource, item: ExportedResource["dataItems"][number]) {
  return [
    resource.code,
    resource.name,
    item.name,
    DATA_ITEM_TYPE_LABELS[item.dataType].zh,
    item.length,
    item.description,
  ];
}

/**
 * Writes the template's two sheets, streamed, so that a large catalogue does not sit in memory. The
 * stream writes one sheet after the other: the 信息项 rows wait in a temporary file (JSON lines) while
 * the 信息资源 sheet is written, so the resources are read once and both sheets show the same moment
 * (kept in memory instead, 500k resources' items took gigabytes).
 */
async function writeWorkbook(
  output: Writable,
  resources: AsyncIterable<ExportedResource[]>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
    useStyles: true,
  });
  const resourceSheet = workbook.addWorksheet(RESOURCE_SHEET);
  resourceSheet.columns = Object.entries(RESOURCE_COLUMNS).map(([key, header]) => ({
    key,
    header,
    width: key === "abstract" ? 40 : 18,
  }));
  resourceSheet.getRow(1).font = { bold: true };
  const items = createJsonLinesSpool<unknown[]>("export-items");
  try {
    let count = 0;
    for await (const batch of resources) {
      for (const resource of batch) {
        resourceSheet.addRow(resourceRow(resource)).commit();
        for (const item of resource.dataItems) items.write(itemRow(resource, item));
      }
      count += batch.length;
    }
    resourceSheet.commit();
    const itemSheet = workbook.addWorksheet(ITEM_SHEET);
    itemSheet.columns = Object.entries(ITEM_COLUMNS).map(([key, header]) => ({ key, header, width: 20 }));
    itemSheet.getRow(1).font = { bold: true };
    for await (const row of items.read()) itemSheet.addRow(row).commit();
    itemSheet.commit();
    await workbook.commit();
    return count;
  } finally {
    await items.remove();
  }
}

/** The resources the caller may see that match the list filters, in code order, as the template. */
export async function exportCatalogue(
  context: Context,
  filters: TResourceListInput["filters"],
  output: Writable,
): Promise<number> {
  const ctx: SignedInContext = requireSignedIn(context);
  const repository = createResourceRepository(ctx.database.prisma);
  async function* batches(): AsyncIterable<ExportedResource[]> {
    // in code order, each page after the last one's code
    let afterCode: string | undefined;
    for (;;) {
      const list = await listResources(
        ctx,
        { page: 1, pageSize: EXPORT_PAGE, filters, sort: { field: "code", direction: "asc" } },
        afterCode,
      );
      if (list.items.length === 0) return;
      const rows = await repository.findManyByIds(list.items.map((item) => item.id));
      yield rows.map((row) => ({ ...contentOfRow(row), providerName: row.provider.name }));
      if (list.items.length < EXPORT_PAGE) return;
      afterCode = list.items.at(-1)!.code;
    }
  }
  return writeWorkbook(output, batches());
}

/** An empty template with one example row, for departments to fill in. */
export async function writeTemplate(output: Writable): Promise<void> {
  const example: ExportedResource = {
    classification: "1-02-001",
    code: "",
    name: "企业登记基本信息",
    providerDepartmentId: "",
    providerName: "区工商质监局",
    abstract: "区内各类企业设立、变更登记的基本信息",
    format: "database",
    formatDetail: null,
    dataItems: [
      { name: "统一社会信用代码", dataType: "string", length: 18, description: "18 位" },
      { name: "企业名称", dataType: "string", length: 200, description: "" },
    ],
    sharingType: "conditional",
    sharingCondition: "用于行政审批，需说明用途",
    sharingBasis: null,
    sharingMethods: ["api", "online_query"],
    openAttribute: "closed",
    openCondition: null,
    updateCycle: "daily",
    publishDate: null,
    formationDate: "2016-03-01",
    relatedCodes: [],
  };
  // the example's items join it by name, since its code is left blank for the platform to assign
  async function* one(): AsyncIterable<ExportedResource[]> {
    yield [example];
  }
  await writeWorkbook(output, one());
}
