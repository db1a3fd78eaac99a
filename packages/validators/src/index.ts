// Side effect first: zod's built-in messages become bilingual wherever validators are used.
import "./zod-messages.ts";

export * from "./zod-messages.ts";
export * from "./paging.ts";
export * from "./department.ts";
export * from "./identity.ts";
export * from "./catalogue.ts";
export * from "./sharing.ts";
export * from "./notifications.ts";
export * from "./rankings.ts";
export * from "./targets.ts";
export * from "./work-plan.ts";
export * from "./supervision.ts";
