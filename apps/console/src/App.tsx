import { lazy } from "react";
import { App as AntdApp } from "antd";
import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { LocaleProvider } from "./i18n/LocaleProvider.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { consolePages } from "./navigation.tsx";
import { queryClient } from "./trpc.ts";

// lazy like every page: antd's Result illustrations should not weigh on the first screen
const NotFoundPage = lazy(() =>
  import("./pages/not-found/NotFoundPage.tsx").then((module) => ({ default: module.NotFoundPage })),
);

export function App() {
  return (
    <LocaleProvider>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route element={<AppLayout />}>
                {consolePages.map(({ path, component: Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>
  );
}
