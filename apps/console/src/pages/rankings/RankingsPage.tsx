import { useMemo } from "react";
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Segmented,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from "antd";
import { DownloadOutlined, PrinterOutlined, QuestionCircleOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dayjs, { type Dayjs } from "dayjs";
import { useSearchParams } from "react-router";
import type { TRankingItem, TRankingPeriod } from "@govshare/validators";
import { EChart } from "../../charts/EChart.tsx";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import type { RankingsMessages } from "../../i18n/rankings-messages.ts";
import { trpc } from "../../trpc.ts";
import {
  formatFigure,
  parseRankingsSearch,
  periodTitle,
  RANKING_PERIOD_KEYS,
  rankingsExportUrl,
  rankingsSearchParams,
} from "./rankings-search.ts";
import { scoreBarOption } from "./score-chart.ts";
import "./rankings-print.css";

type FigureKey =
  "sharingRate" | "onTimeReplyRate" | "averageReplyWorkingDays" | "catalogueCompleteness" | "score";
const FIGURES: readonly FigureKey[] = [
  "sharingRate",
  "onTimeReplyRate",
  "averageReplyWorkingDays",
  "catalogueCompleteness",
  "score",
];

/** A column header with its definition one hover (or focus) away. */
function FigureTitle({ words, figure }: { words: RankingsMessages; figure: FigureKey }) {
  return (
    <Flex gap={4} align="center">
      {words.columns[figure]}
      <Tooltip title={words.definitions[figure]} trigger={["hover", "focus"]}>
        <QuestionCircleOutlined
          className="rankings-no-print"
          tabIndex={0}
          aria-label={words.definitionOf(words.columns[figure])}
        />
      </Tooltip>
    </Flex>
  );
}

function rankingColumns(words: RankingsMessages): TableColumnsType<TRankingItem> {
  return [
    { key: "rank", dataIndex: "rank", title: words.columns.rank, width: 72, align: "center" },
    { key: "department", dataIndex: "departmentName", title: words.columns.department },
    ...FIGURES.map((figure) => ({
      key: figure,
      title: <FigureTitle words={words} figure={figure} />,
      align: "right" as const,
      render: (_: unknown, item: TRankingItem) =>
        item[figure] === null ? (
          <Typography.Text type="secondary" title={words.noData}>
            {formatFigure(null)}
          </Typography.Text>
        ) : (
          formatFigure(item[figure])
        ),
    })),
  ];
}

const PICKERS: Record<TRankingPeriod, "week" | "month" | "quarter" | "year"> = {
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/**
 * 通报排名 (周清月结季通报年度考核): departments ranked from the platform's own data for a week, month,
 * quarter or year, with the figures' definitions, an Excel export of the same bulletin and a print view.
 */
export function RankingsPage() {
  const t = useT();
  const words = t.rankings;
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseRankingsSearch(searchParams, dayjs().format("YYYY-MM-DD"));
  const ranking = useQuery(trpc.rankings.list.queryOptions(search, { placeholderData: keepPreviousData }));
  const data = ranking.data;
  const title = data ? periodTitle(words, data.period, data.start) : "";
  const range = data ? words.range(data.start, data.end) : "";
  const columns = useMemo(() => rankingColumns(words), [words]);
  const scored = useMemo(
    () =>
      (data?.items ?? []).flatMap((item) =>
        item.score === null ? [] : [{ name: item.departmentName, score: item.score }],
      ),
    [data],
  );
  const chart = useMemo(() => scoreBarOption(scored, words.columns.score), [scored, words]);
  const update = (next: Partial<typeof search>) =>
    setSearchParams(rankingsSearchParams({ ...search, ...next }), { replace: true });

  return (
    <Card className="rankings-page" title={<span className="rankings-no-print">{words.title}</span>}>
      <Flex vertical gap="middle">
        <Flex className="rankings-no-print" wrap gap="middle" align="center" justify="space-between">
          <Flex wrap gap="middle" align="center">
            <Segmented<TRankingPeriod>
              aria-label={words.periodLabel}
              value={search.period}
              options={RANKING_PERIOD_KEYS.map((key) => ({ value: key, label: words.periods[key] }))}
              onChange={(period) => update({ period })}
            />
            <DatePicker
              aria-label={words.dateLabel}
              picker={PICKERS[search.period]}
              value={dayjs(search.date)}
              allowClear={false}
              onChange={(value: Dayjs | null) => value && update({ date: value.format("YYYY-MM-DD") })}
            />
            <Typography.Text type="secondary">{range}</Typography.Text>
          </Flex>
          <Flex gap="small">
            {/* a plain link: the browser downloads with the session cookie, no script in between */}
            <Button icon={<DownloadOutlined aria-hidden />} href={rankingsExportUrl(search)} download>
              {words.export}
            </Button>
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {words.print}
            </Button>
          </Flex>
        </Flex>
        <Typography.Text type="secondary" className="rankings-no-print">
          {words.subtitle}
        </Typography.Text>
        <Typography.Title level={3} style={{ margin: 0, textAlign: "center" }}>
          {data ? words.heading(title) : words.title}
        </Typography.Title>
        <Typography.Text className="rankings-print-only" style={{ textAlign: "center" }}>
          {range} {words.printedOn(dayjs().format("YYYY-MM-DD"))}
        </Typography.Text>
        <ServerErrorAlert error={ranking.error} />
        <Table<TRankingItem>
          aria-label={words.tableLabel}
          aria-busy={ranking.isFetching}
          columns={columns}
          dataSource={data?.items}
          rowKey="departmentId"
          loading={ranking.isPending}
          pagination={false}
          size="middle"
        />
        {scored.length > 0 && (
          <div className="rankings-no-print">
            <EChart
              option={chart}
              label={words.chartLabel(title)}
              height={Math.max(160, scored.length * 28 + 24)}
            />
          </div>
        )}
        <section aria-label={words.legend}>
          <Typography.Title level={5}>{words.legend}</Typography.Title>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {FIGURES.map((figure) => (
              <li key={figure}>
                <Typography.Text type="secondary">{words.definitions[figure]}</Typography.Text>
              </li>
            ))}
          </ul>
        </section>
      </Flex>
    </Card>
  );
}
