import type { RouterOutputs } from "../../api-types.ts";

/** One event of audit.list (before and after are whatever the change recorded, or absent). */
export type AuditEvent = RouterOutputs["audit"]["list"]["items"][number];
