import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Shared rules for every package. Type-aware rules are left out on purpose: they need a TS program
 * per file and would make `npm test` minutes slower; `tsc --noEmit` already checks types. */
export default tseslint.config(
  { ignores: ["dist/**", "src/generated/**", "test-results/**", "playwright-report/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // configuration is read once, in each app's env.ts (CONVENTIONS.md rule 12)
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from env.ts only." },
      ],
    },
  },
  {
    files: [
      "**/*.test.ts",
      "**/*.spec.ts",
      "**/testing/**",
      "**/*.config.ts",
      "**/scripts/**",
      "**/env.ts",
      "**/bench/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
