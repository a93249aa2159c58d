import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { kpiHealthQuery, okrStatusQuery } from "./api/queries";
import { queryClient } from "./api/query-client";
import { RequireAccount } from "./lib/auth";
import { applyTheme, readTheme } from "./lib/theme";
import { SignIn } from "./screens/sign-in";
import { Shell } from "./shell";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/components.css";

applyTheme(readTheme());

// The home screen's code and data load while the session is checked, not after: on a
// signed-in visit the three requests overlap instead of queueing (first meaningful paint).
if (location.pathname === "/") {
  void import("./screens/home");
  void queryClient.prefetchQuery(okrStatusQuery());
  void queryClient.prefetchQuery(kpiHealthQuery());
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RequireAccount signIn={<SignIn />}>
        <Shell />
      </RequireAccount>
    </QueryClientProvider>
  </StrictMode>,
);
