import {
  ZIdInputSchema,
  ZSharingCommentInputSchema,
  ZSharingCreateInputSchema,
  ZSharingDecideInputSchema,
  ZSharingDetailSchema,
  ZSharingListInputSchema,
  ZSharingListOutputSchema,
  ZSharingReasonInputSchema,
  ZSharingRequestSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import {
  commentOnSharingRequest,
  createSharingRequest,
  decideSharingRequest,
  getSharingRequest,
  listGrants,
  listSharingRequests,
  revokeSharingGrant,
  withdrawSharingRequest,
} from "./service.ts";

/** 共享申请. Who decides which step is checked in the service (provider's officers, then the centre). */
export const sharingRouter = createTRPCRouter({
  create: roleProcedure("officer")
    .input(ZSharingCreateInputSchema)
    .output(ZSharingRequestSchema)
    .mutation(({ ctx, input }) => createSharingRequest(ctx, input)),
  list: signedInProcedure
    .input(ZSharingListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZSharingListOutputSchema)
    .query(({ ctx, input }) => listSharingRequests(ctx, input)),
  get: signedInProcedure
    .input(ZIdInputSchema)
    .output(ZSharingDetailSchema)
    .query(({ ctx, input }) => getSharingRequest(ctx, input.id)),
  decide: roleProcedure("officer", "centre")
    .input(ZSharingDecideInputSchema)
    .output(ZSharingRequestSchema)
    .mutation(({ ctx, input }) => decideSharingRequest(ctx, input)),
  withdraw: roleProcedure("officer")
    .input(ZIdInputSchema)
    .output(ZSharingRequestSchema)
    .mutation(({ ctx, input }) => withdrawSharingRequest(ctx, input.id)),
  revoke: roleProcedure("officer", "centre")
    .input(ZSharingReasonInputSchema)
    .output(ZSharingRequestSchema)
    .mutation(({ ctx, input }) => revokeSharingGrant(ctx, input.id, input.reason)),
  comment: roleProcedure("officer", "centre")
    .input(ZSharingCommentInputSchema)
    .output(ZSharingRequestSchema)
    .mutation(({ ctx, input }) => commentOnSharingRequest(ctx, input.id, input.text)),
});

export const grantsRouter = createTRPCRouter({
  list: signedInProcedure
    .input(z.object({ side: z.enum(["using", "providing"]).default("using") }).default({ side: "using" }))
    .output(z.array(ZSharingRequestSchema))
    .query(({ ctx, input }) => listGrants(ctx, input.side)),
});
