export { default } from "@govshare/eslint-config/react";
