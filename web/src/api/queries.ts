import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "./client";

// Shared queries: screens that read the same resource share one cache entry and one request.
// After a write, invalidate by the first key element (e.g. ["okr-status"]).

export const okrStatusQuery = (filter: { cycle?: string | undefined } = {}) =>
  queryOptions({
    queryKey: ["okr-status", filter.cycle ?? "all"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/okr-status", {
          params: { query: filter.cycle ? { cycle: filter.cycle } : {} },
        }),
      ),
  });

export const kpiHealthQuery = () =>
  queryOptions({
    queryKey: ["kpi-health"],
    queryFn: () => unwrap(api.GET("/api/v1/kpi-health", { params: { query: { points: 26 } } })),
  });

export const kpiHealthOneQuery = (id: string) =>
  queryOptions({
    queryKey: ["kpi-health", id],
    queryFn: () => unwrap(api.GET("/api/v1/kpis/{id}/health", { params: { path: { id } } })),
  });

export const kpiQuery = (id: string) =>
  queryOptions({
    queryKey: ["kpi", id],
    queryFn: () => unwrap(api.GET("/api/v1/kpis/{id}", { params: { path: { id } } })),
  });

/** Every visible objective with its key results and check-ins (one page of up to 500). */
export const objectivesQuery = () =>
  queryOptions({
    queryKey: ["objectives"],
    queryFn: () => unwrap(api.GET("/api/v1/objectives", { params: { query: { limit: 500 } } })),
  });

export const objectiveQuery = (id: string) =>
  queryOptions({
    queryKey: ["objectives", id],
    queryFn: () => unwrap(api.GET("/api/v1/objectives/{id}", { params: { path: { id } } })),
  });

export const peopleQuery = () =>
  queryOptions({
    queryKey: ["people"],
    queryFn: () => unwrap(api.GET("/api/v1/people", { params: { query: { limit: 500 } } })),
  });

export const teamsQuery = () =>
  queryOptions({
    queryKey: ["teams"],
    queryFn: () => unwrap(api.GET("/api/v1/teams", { params: { query: { limit: 500 } } })),
  });

export const cyclesQuery = () =>
  queryOptions({
    queryKey: ["cycles"],
    queryFn: () => unwrap(api.GET("/api/v1/cycles")),
  });
