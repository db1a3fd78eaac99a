import {
  ZNotificationListInputSchema,
  ZNotificationListOutputSchema,
  ZNotificationMarkReadInputSchema,
} from "@govshare/validators";
import { z } from "zod";
import { createTRPCRouter, signedInProcedure } from "../trpc.ts";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "./service.ts";

/** 站内通知: every signed-in user reads and marks only their own. */
export const notificationsRouter = createTRPCRouter({
  list: signedInProcedure
    .input(ZNotificationListInputSchema.default({ page: 1, pageSize: 20 }))
    .output(ZNotificationListOutputSchema)
    .query(({ ctx, input }) => listNotifications(ctx, input)),
  unreadCount: signedInProcedure
    .output(z.object({ unread: z.int().min(0) }))
    .query(({ ctx }) => countUnreadNotifications(ctx)),
  markRead: signedInProcedure
    .input(ZNotificationMarkReadInputSchema)
    .output(z.object({ marked: z.int().min(0), unread: z.int().min(0) }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
});
