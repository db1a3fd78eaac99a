import {
  ZIdInputSchema,
  ZResourceCreateInputSchema,
  ZResourceHistoryOutputSchema,
  ZResourceListInputSchema,
  ZResourceListOutputSchema,
  ZResourceNextCodeInputSchema,
  ZResourceNextCodeOutputSchema,
  ZResourceSchema,
  ZResourceUpdateInputSchema,
  ZReviewInputSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import {
  createResource,
  getResource,
  listResources,
  nextCode,
  resourceHistory,
  retireResource,
  reviewResource,
  submitResource,
  updateResource,
} from "./service.ts";

/** 政务信息资源目录: reading is open to every signed-in user; officers write their own department's. */
export const resourcesRouter = createTRPCRouter({
  list: signedInProcedure
    .input(ZResourceListInputSchema.default({ page: 1, pageSize: 20, sort: undefined, filters: undefined }))
    .output(ZResourceListOutputSchema)
    .query(({ ctx, input }) => listResources(ctx, input)),
  get: signedInProcedure
    .input(ZIdInputSchema)
    .output(ZResourceSchema)
    .query(({ ctx, input }) => getResource(ctx, input.id)),
  history: signedInProcedure
    .input(ZIdInputSchema)
    .output(ZResourceHistoryOutputSchema)
    .query(({ ctx, input }) => resourceHistory(ctx, input.id)),
  nextCode: signedInProcedure
    .input(ZResourceNextCodeInputSchema)
    .output(ZResourceNextCodeOutputSchema)
    .query(({ ctx, input }) => nextCode(ctx, input.classification)),
  create: roleProcedure("officer")
    .input(ZResourceCreateInputSchema)
    .output(ZResourceSchema)
    .mutation(({ ctx, input }) => createResource(ctx, input)),
  update: roleProcedure("officer")
    .input(ZResourceUpdateInputSchema)
    .output(ZResourceSchema)
    .mutation(({ ctx, input }) => updateResource(ctx, input)),
  submit: roleProcedure("officer")
    .input(ZIdInputSchema)
    .output(ZResourceSchema)
    .mutation(({ ctx, input }) => submitResource(ctx, input.id)),
  review: roleProcedure("centre")
    .input(ZReviewInputSchema)
    .output(ZResourceSchema)
    .mutation(({ ctx, input }) => reviewResource(ctx, input)),
  retire: roleProcedure("officer", "centre")
    .input(ZIdInputSchema)
    .output(ZResourceSchema)
    .mutation(({ ctx, input }) => retireResource(ctx, input.id)),
});
