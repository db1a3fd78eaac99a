export * from "./app-error.ts";
export * from "./actor.ts";
export * from "./department-tree.ts";
export * from "./session-policy.ts";
export * from "./catalogue/resource-code.ts";
export * from "./catalogue/search-tokens.ts";
export * from "./catalogue/lifecycle.ts";
export * from "./catalogue/resource-diff.ts";
