import { type ComponentType, lazy } from "react";

export interface ScreenRoute {
  /** wouter pattern, e.g. "/kpis/:id". */
  path: string;
  /** Each screen is its own chunk: the first screen loads only the shell and itself. */
  screen: ComponentType;
  /** Label in the top navigation; routes without one are reached by links. */
  nav?: string;
}

/** Every screen of the dashboard. Add a screen: a file in screens/, one entry here. */
export const ROUTES: ScreenRoute[] = [
  { path: "/", nav: "Home", screen: lazy(() => import("./screens/home")) },
  { path: "/okrs", nav: "OKRs", screen: lazy(() => import("./screens/okr-tree")) },
  { path: "/checkin", nav: "Check-in", screen: lazy(() => import("./screens/checkin")) },
  { path: "/kpis/:id", screen: lazy(() => import("./screens/kpi-detail")) },
  { path: "/objectives/:id", screen: lazy(() => import("./screens/objective-detail")) },
  { path: "/write", nav: "Write", screen: lazy(() => import("./screens/write-okr")) },
  { path: "/decide", nav: "Decide", screen: lazy(() => import("./screens/decide")) },
  { path: "/review", nav: "Review", screen: lazy(() => import("./screens/review")) },
  { path: "/kpi-tree", nav: "KPI tree", screen: lazy(() => import("./screens/kpi-tree")) },
  { path: "/settings", nav: "Settings", screen: lazy(() => import("./screens/settings")) },
];
