import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import base from "./base.js";

export default [
  ...base,
  reactHooks.configs.flat["recommended-latest"] ?? reactHooks.configs.flat.recommended,
  { files: ["src/**/*.{ts,tsx}"], languageOptions: { globals: { ...globals.browser } } },
];
