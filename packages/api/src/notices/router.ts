import {
  ZNoticeCreateInputSchema,
  ZNoticeIdInputSchema,
  ZNoticeListInputSchema,
  ZNoticeListOutputSchema,
  ZNoticeReplyInputSchema,
  ZNoticeSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { closeNotice, createNotice, getNotice, listNotices, replyToNotice } from "./service.ts";

/** 督办: supervisors send and close notices; the addressed department's officers reply. */
export const noticesRouter = createTRPCRouter({
  create: roleProcedure("supervisor")
    .input(ZNoticeCreateInputSchema)
    .output(ZNoticeSchema)
    .mutation(({ ctx, input }) => createNotice(ctx, input)),
  list: roleProcedure("supervisor", "centre", "officer")
    .input(ZNoticeListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZNoticeListOutputSchema)
    .query(({ ctx, input }) => listNotices(ctx, input)),
  get: roleProcedure("supervisor", "centre", "officer")
    .input(ZNoticeIdInputSchema)
    .output(ZNoticeSchema)
    .query(({ ctx, input }) => getNotice(ctx, input.id)),
  reply: roleProcedure("officer")
    .input(ZNoticeReplyInputSchema)
    .output(ZNoticeSchema)
    .mutation(({ ctx, input }) => replyToNotice(ctx, input)),
  close: roleProcedure("supervisor")
    .input(ZNoticeIdInputSchema)
    .output(ZNoticeSchema)
    .mutation(({ ctx, input }) => closeNotice(ctx, input.id)),
});
