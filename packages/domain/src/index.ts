export * from "./app-error.ts";
export * from "./actor.ts";
export * from "./department-tree.ts";
export * from "./session-policy.ts";
