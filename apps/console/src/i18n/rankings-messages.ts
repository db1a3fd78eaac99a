/**
 * The strings of the 通报排名 page, in both languages. Part of the console's dictionary (messages.ts
 * `rankings`), in a file of its own so that the shared dictionary stays small to edit. The figures'
 * definitions repeat packages/domain rankings/figures.ts RANKING_DEFINITIONS (rankings-messages.test.ts
 * checks they match): importing the domain here would load it on the first screen.
 */
type PeriodKey = "week" | "month" | "quarter" | "year";
type FigureKey =
  "sharingRate" | "onTimeReplyRate" | "averageReplyWorkingDays" | "catalogueCompleteness" | "score";

export const rankingsZhCN = {
  title: "通报排名",
  subtitle: "周清月结季通报年度考核：按平台数据自动生成的部门排名",
  periods: { week: "周", month: "月", quarter: "季", year: "年" } satisfies Record<PeriodKey, string>,
  periodLabel: "统计周期",
  dateLabel: "统计日期",
  periodTitle: {
    week: (year: number, week: number) => `${year}年第${week}周`,
    month: (year: number, month: number) => `${year}年${month}月`,
    quarter: (year: number, quarter: number) => `${year}年第${quarter}季度`,
    year: (year: number) => `${year}年度`,
  },
  range: (start: string, end: string) => `${start} 至 ${end}`,
  heading: (period: string) => `通报排名 ${period}`,
  tableLabel: "部门排名",
  chartLabel: (period: string) => `${period}各部门综合得分`,
  columns: {
    rank: "排名",
    department: "部门",
    sharingRate: "共享率（%）",
    onTimeReplyRate: "按时答复率（%）",
    averageReplyWorkingDays: "平均答复用时（工作日）",
    catalogueCompleteness: "目录完整率（%）",
    score: "综合得分",
  },
  noData: "无数据",
  definitionOf: (figure: string) => `${figure}的口径`,
  legend: "指标说明",
  definitions: {
    sharingRate:
      "共享率：本期形成（形成日期在本期内）且已编目（草稿、已提交或已发布，不含已撤销）的信息资源中，已发布且共享类型为无条件或有条件共享的比例。",
    onTimeReplyRate:
      "按时答复率：答复期限在本期内的提供方答复（有条件共享申请的提供方审核、疑义核实），按期限（含当日）答复的比例；期限已过仍未答复的计为逾期，尚未到期且未答复的不计。",
    averageReplyWorkingDays:
      "平均答复用时：本期内作出的提供方答复，自申请（或疑义提出）之日至答复之日的工作日数的平均值（按法定节假日和调休计算）。",
    catalogueCompleteness:
      "目录完整率：已编目（草稿、已提交或已发布）且形成日期不晚于本期末的信息资源中，核心字段齐全（摘要、至少一个信息项、有条件或不予共享时的共享条件、更新周期、共享方式（不予共享的除外））的比例。",
    score:
      "综合得分：可计算的各项指标得分的平均值（0–100）；三项比率按百分数计，平均答复用时按 100 ×（1 − 工作日数 ÷ 10）计（不低于 0，用时越短得分越高）。无任何数据的部门排在最后。",
  } satisfies Record<FigureKey, string>,
  export: "导出 Excel",
  print: "打印",
  printedOn: (day: string) => `打印日期：${day}`,
};

export type RankingsMessages = typeof rankingsZhCN;

export const rankingsEnUS: RankingsMessages = {
  title: "Rankings",
  subtitle: "Weekly, monthly, quarterly and yearly bulletins: departments ranked from the platform's data",
  periods: { week: "Week", month: "Month", quarter: "Quarter", year: "Year" },
  periodLabel: "Period",
  dateLabel: "Date",
  periodTitle: {
    week: (year, week) => `Week ${week} of ${year}`,
    month: (year, month) =>
      `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" })} ${year}`,
    quarter: (year, quarter) => `Q${quarter} ${year}`,
    year: (year) => `Year ${year}`,
  },
  range: (start, end) => `${start} to ${end}`,
  heading: (period) => `Rankings — ${period}`,
  tableLabel: "Department ranking",
  chartLabel: (period) => `Departments' scores, ${period}`,
  columns: {
    rank: "Rank",
    department: "Department",
    sharingRate: "Sharing rate (%)",
    onTimeReplyRate: "On-time replies (%)",
    averageReplyWorkingDays: "Average reply (working days)",
    catalogueCompleteness: "Catalogue completeness (%)",
    score: "Score",
  },
  noData: "no data",
  definitionOf: (figure) => `How ${figure} is counted`,
  legend: "Definitions",
  definitions: {
    sharingRate:
      "Sharing rate: of the resources formed in the period (formation date) and registered in the catalogue (draft, submitted or published; retired ones excluded), the share published as unconditional or conditional.",
    onTimeReplyRate:
      "On-time reply rate: of the provider replies due in the period (provider step of conditional sharing requests, objections), the share answered by the due day; unanswered past the due day counts as late, not yet due and unanswered is not counted.",
    averageReplyWorkingDays:
      "Average reply time: for provider replies made in the period, the mean number of working days (official holidays and make-up days counted) from the request (or objection) to the reply.",
    catalogueCompleteness:
      "Catalogue completeness: of the department's registered resources (draft, submitted or published) formed by the end of the period, the share with every core field filled (abstract, at least one data item, sharing condition unless unconditional, update cycle, sharing method unless not shared).",
    score:
      "Score: the mean of the figures available (0–100); the three rates count as their percentage, the average reply time as 100 × (1 − working days ÷ 10) (at least 0: shorter is better). Departments with no data at all rank last.",
  },
  export: "Export to Excel",
  print: "Print",
  printedOn: (day) => `Printed on ${day}`,
};
