import { ZDashboardSummarySchema } from "@govshare/validators";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { dashboardSummary } from "./service.ts";

/** 首页 of the centre and the supervisors. */
export const dashboardRouter = createTRPCRouter({
  summary: roleProcedure("centre", "supervisor")
    .output(ZDashboardSummarySchema)
    .query(({ ctx }) => dashboardSummary(ctx)),
});
