import {
  ZIdInputSchema,
  ZTargetDetailSchema,
  ZTargetReportInputSchema,
  ZTargetReportListInputSchema,
  ZTargetReportListOutputSchema,
  ZTargetReportSchema,
  ZTargetReviewReportInputSchema,
  ZTargetSchema,
  ZTargetSnapshotOutputSchema,
  ZTargetUpdateInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import {
  getTarget,
  listTargets,
  listTargetReports,
  reportTarget,
  reviewTargetReport,
  snapshotTargets,
  updateTarget,
} from "./service.ts";

/** 工作目标: everyone signed in reads them; the centre runs them; responsible units report theirs. */
export const targetsRouter = createTRPCRouter({
  list: signedInProcedure.output(z.array(ZTargetSchema)).query(({ ctx }) => listTargets(ctx)),
  get: signedInProcedure
    .input(ZIdInputSchema)
    .output(ZTargetDetailSchema)
    .query(({ ctx, input }) => getTarget(ctx, input.id)),
  update: roleProcedure("centre")
    .input(ZTargetUpdateInputSchema)
    .output(ZTargetSchema)
    .mutation(({ ctx, input }) => updateTarget(ctx, input)),
  /** which departments may report a target is checked in the service (its responsible units) */
  report: roleProcedure("officer")
    .input(ZTargetReportInputSchema)
    .output(ZTargetReportSchema)
    .mutation(({ ctx, input }) => reportTarget(ctx, input)),
  reviewReport: roleProcedure("centre")
    .input(ZTargetReviewReportInputSchema)
    .output(ZTargetReportSchema)
    .mutation(({ ctx, input }) => reviewTargetReport(ctx, input)),
  reports: roleProcedure("officer", "centre", "supervisor")
    .input(ZTargetReportListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZTargetReportListOutputSchema)
    .query(({ ctx, input }) => listTargetReports(ctx, input)),
  snapshot: roleProcedure("centre")
    .output(ZTargetSnapshotOutputSchema)
    .mutation(({ ctx }) => snapshotTargets(ctx)),
});
