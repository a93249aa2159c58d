import { QueryClient } from "@tanstack/react-query";
import { ApiProblem } from "./client";

/** One cache for the whole app; client errors (4xx) are never retried, they will not heal. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
