export * from "./app-error.ts";
export * from "./department-tree.ts";
