import base from "@govshare/eslint-config/base";

// The shim stands in for a CLI binary: it reads its settings (PGLITE_DIR) from the environment like one.
export default [...base, { rules: { "no-restricted-properties": "off" } }];
