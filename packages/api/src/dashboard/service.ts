import { createTargetRepository } from "@govshare/db";
import { shanghaiDay } from "@govshare/domain";
import type { TDashboardSummary } from "@govshare/validators";
import type { SignedInContext } from "../trpc.ts";
import { evaluateTargets } from "../targets/evaluate.ts";

/**
 * 首页: the district's sharing rate against its target, the departments ranked on it, its trend (daily
 * snapshots, ending with today's live figure) and the six targets' current values.
 */
export async function dashboardSummary(ctx: SignedInContext): Promise<TDashboardSummary> {
  const today = shanghaiDay(ctx.now());
  const rows = await createTargetRepository(ctx.database.prisma).list();
  const evaluated = await evaluateTargets(ctx.database.prisma, rows, today);
  const sharing = evaluated.find((item) => item.target.metric === "sharing_rate") ?? null;
  const ranking = sharing
    ? [...sharing.byDepartment].sort(
        (a, b) =>
          (b.value ?? -1) - (a.value ?? -1) ||
          b.denominator - a.denominator ||
          a.departmentName.localeCompare(b.departmentName, "zh-CN"),
      )
    : [];
  const trend = sharing
    ? [
        ...sharing.history.filter((point) => point.day < today),
        {
          day: today,
          value: sharing.target.currentValue,
          numerator: sharing.target.numerator,
          denominator: sharing.target.denominator,
        },
      ]
    : [];
  return {
    today,
    sharingRate: sharing?.target ?? null,
    ranking,
    trend,
    targets: evaluated.map((item) => item.target),
  };
}
