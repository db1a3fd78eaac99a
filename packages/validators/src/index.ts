// Side effect first: zod's built-in messages become bilingual wherever validators are used.
import "./zod-messages.ts";

export * from "./zod-messages.ts";
export * from "./paging.ts";
export * from "./department.ts";
export * from "./identity.ts";
export * from "./catalogue.ts";
export * from "./sharing.ts";
