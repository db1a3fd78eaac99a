import react from "@govshare/eslint-config/react";

export default [
  ...react,
  // Playwright fixtures receive a callback named `use`; it is not React's use() hook. A fixture that
  // needs no other fixture still destructures an empty object: Playwright reads the parameter list.
  {
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
];
