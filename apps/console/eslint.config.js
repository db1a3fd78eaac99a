import react from "@govshare/eslint-config/react";

export default [
  ...react,
  // Playwright fixtures receive a callback named `use`; it is not React's use() hook.
  { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
];
