import {
  ZObjectionAnswerInputSchema,
  ZObjectionCreateInputSchema,
  ZObjectionListInputSchema,
  ZObjectionListOutputSchema,
  ZObjectionSchema,
} from "@govshare/validators";
import { createTRPCRouter, roleProcedure, signedInProcedure } from "../trpc.ts";
import { answerObjection, fileObjection, listObjections } from "./service.ts";

/** 疑义/纠错: anyone reports, the provider's officers answer on the working-day clock. */
export const objectionsRouter = createTRPCRouter({
  create: roleProcedure("officer", "centre")
    .input(ZObjectionCreateInputSchema)
    .output(ZObjectionSchema)
    .mutation(({ ctx, input }) => fileObjection(ctx, input)),
  answer: roleProcedure("officer")
    .input(ZObjectionAnswerInputSchema)
    .output(ZObjectionSchema)
    .mutation(({ ctx, input }) => answerObjection(ctx, input)),
  list: signedInProcedure
    .input(ZObjectionListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZObjectionListOutputSchema)
    .query(({ ctx, input }) => listObjections(ctx, input)),
});
