import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on its own port (`npm run dev` starts it); in production the server
// serves this build and /trpc on one origin, so the console always calls relative URLs.
const apiServer = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: { "/trpc": apiServer, "/api": apiServer, "/healthz": apiServer },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: in their own chunks they stay cached across
        // releases. "$initial" keeps a group to what the first screen needs; the rest (antd's Table,
        // TanStack Table…) goes with the lazy pages that use it (navigation.tsx), or a chunk they share.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/]\.pnpm[\\/](react|react-dom|scheduler|react-router)@/,
              priority: 3,
            },
            {
              name: "data",
              test: /node_modules[\\/]\.pnpm[\\/](@tanstack|@trpc)\+/,
              tags: ["$initial"],
              priority: 2,
            },
            { name: "zod", test: /node_modules[\\/]\.pnpm[\\/]zod@/, priority: 2 },
            // charts (dashboard, targets, rankings): loaded only by the pages that draw one
            { name: "echarts", test: /node_modules[\\/]\.pnpm[\\/](echarts|zrender)@/, priority: 2 },
            {
              name: "antd",
              test: /node_modules[\\/]\.pnpm[\\/](antd|@ant-design|@rc-component|dayjs|@babel\+runtime|clsx|classnames)[@+]/,
              tags: ["$initial"],
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
