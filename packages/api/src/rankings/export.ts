import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { RANKING_DEFINITIONS, rankingPeriodLabel, rankingPeriodOf, shanghaiDay } from "@govshare/domain";
import { ZRankingListInputSchema, type TRankingItem } from "@govshare/validators";
import { requireSignedIn } from "../auth/guards.ts";
import type { Context } from "../context.ts";
import { listRankings, RANKINGS_ROLES } from "./service.ts";

export const RANKINGS_SHEET = "通报排名";

/** Column headers of the export, in order (the console shows the same figures). */
export const RANKING_EXPORT_COLUMNS: { key: keyof TRankingItem; header: string; width: number }[] = [
  { key: "rank", header: "排名", width: 8 },
  { key: "departmentName", header: "部门", width: 28 },
  { key: "sharingRate", header: "共享率（%）", width: 14 },
  { key: "onTimeReplyRate", header: "按时答复率（%）", width: 16 },
  { key: "averageReplyWorkingDays", header: "平均答复用时（工作日）", width: 22 },
  { key: "catalogueCompleteness", header: "目录完整率（%）", width: 16 },
  { key: "score", header: "综合得分", width: 12 },
];
/** what an empty figure shows: no data is not zero */
export const NO_DATA = "—";

export interface RankingsExport {
  filename: string;
  write(output: Writable): Promise<void>;
}

/**
 * The bulletin as a workbook: a title row naming the period, the ranking, then the definitions.
 * Checks the caller and the query first, so that the route can still answer with an error status;
 * `write` only streams what was computed.
 */
export async function prepareRankingsExport(
  context: Context,
  query: { period?: unknown; date?: unknown },
): Promise<RankingsExport> {
  const ctx = requireSignedIn(context, RANKINGS_ROLES);
  const input = ZRankingListInputSchema.parse(query);
  const ranking = await listRankings(ctx, input);
  const label = rankingPeriodLabel(rankingPeriodOf(input.period, input.date)).zh;
  const dates = input.period === "week" ? "" : `（${ranking.start} 至 ${ranking.end}）`;
  const title = `通报排名 ${label}${dates}`;

  const workbook = new ExcelJS.Workbook();
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet(RANKINGS_SHEET, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = RANKING_EXPORT_COLUMNS.map(({ key, width }) => ({ key, width }));
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, RANKING_EXPORT_COLUMNS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([`生成日期：${shanghaiDay(ctx.now())}`]);
  sheet.mergeCells(2, 1, 2, RANKING_EXPORT_COLUMNS.length);
  const headerRow = sheet.addRow(RANKING_EXPORT_COLUMNS.map((column) => column.header));
  headerRow.font = { bold: true };
  for (const item of ranking.items) {
    sheet.addRow(RANKING_EXPORT_COLUMNS.map(({ key }) => item[key] ?? NO_DATA));
  }
  sheet.addRow([]);
  sheet.addRow(["指标说明"]).font = { bold: true };
  for (const definition of Object.values(RANKING_DEFINITIONS)) {
    const row = sheet.addRow([definition.zh]);
    sheet.mergeCells(row.number, 1, row.number, RANKING_EXPORT_COLUMNS.length);
    row.alignment = { wrapText: true, vertical: "top" };
    row.height = 45;
  }
  return {
    filename: `通报排名-${label.replace(/（.*）/, "")}.xlsx`,
    async write(output) {
      await workbook.xlsx.write(output);
    },
  };
}
