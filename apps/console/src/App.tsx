import { lazy, Suspense } from "react";
import { App as AntdApp, Spin } from "antd";
import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { LOGIN_PATH } from "./auth/next-path.ts";
import { RequireSignIn } from "./auth/RequireSignIn.tsx";
import { LocaleProvider } from "./i18n/LocaleProvider.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { RoleGate } from "./layout/RoleGate.tsx";
import { consolePages, innerRoutes } from "./navigation.tsx";
import { queryClient } from "./trpc.ts";

// lazy like every page: antd's Result illustrations should not weigh on the first screen
const NotFoundPage = lazy(() =>
  import("./pages/not-found/NotFoundPage.tsx").then((module) => ({ default: module.NotFoundPage })),
);
const LoginPage = lazy(() =>
  import("./pages/login/LoginPage.tsx").then((module) => ({ default: module.LoginPage })),
);

export function App() {
  return (
    <LocaleProvider>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "160px auto" }} />}>
              <Routes>
                <Route path={LOGIN_PATH} element={<LoginPage />} />
                <Route
                  element={
                    <RequireSignIn>
                      <AppLayout />
                    </RequireSignIn>
                  }
                >
                  {[...consolePages, ...innerRoutes].map((page) => (
                    <Route key={page.path} path={page.path} element={<RoleGate page={page} />} />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>
  );
}
