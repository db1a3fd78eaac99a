export { default } from "@govshare/eslint-config/base";
