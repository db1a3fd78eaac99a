import { govshareVitestConfig } from "@govshare/vitest-config";

export default govshareVitestConfig({ hasIntegration: false });
