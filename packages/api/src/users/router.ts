import { IDENTITY_MANAGERS } from "@govshare/domain";
import {
  ZIdInputSchema,
  ZUserCreateInputSchema,
  ZUserListInputSchema,
  ZUserListOutputSchema,
  ZUserSchema,
  ZUserUpdateInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc.ts";
import { createUser, endUserSessions, getUser, listUsers, updateUser } from "./service.ts";

const managers = roleProcedure(...IDENTITY_MANAGERS);

export const usersRouter = createTRPCRouter({
  list: managers
    .input(ZUserListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZUserListOutputSchema)
    .query(({ ctx, input }) => listUsers(ctx, input)),
  get: managers
    .input(ZIdInputSchema)
    .output(ZUserSchema)
    .query(({ ctx, input }) => getUser(ctx, input.id)),
  create: managers
    .input(ZUserCreateInputSchema)
    .output(ZUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx, input)),
  update: managers
    .input(ZUserUpdateInputSchema)
    .output(ZUserSchema)
    .mutation(({ ctx, input }) => updateUser(ctx, input)),
  endSessions: managers
    .input(ZIdInputSchema)
    .output(z.object({ ended: z.int() }))
    .mutation(({ ctx, input }) => endUserSessions(ctx, input.id)),
});
