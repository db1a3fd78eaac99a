import type { ViteUserConfig } from "vitest/config";

export function govshareVitestConfig(options?: { hasIntegration?: boolean }): Promise<ViteUserConfig>;
