import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext } from "react";
import { ApiProblem, api, type Schemas, unwrap } from "../api/client";
import { Problem } from "../components/problem";
import { Loading } from "../components/states";

type SignedInAccount = Schemas["SignedInAccount"];

const AccountContext = createContext<SignedInAccount | null>(null);

/** The signed-in account; only screens inside <RequireAccount> may call it. */
export function useAccount(): SignedInAccount {
  const account = useContext(AccountContext);
  if (!account) throw new Error("useAccount is used outside <RequireAccount>");
  return account;
}

/**
 * Today as YYYY-MM-DD by the server's clock, not the browser's: reviews, check-ins and the
 * running cycle agree with what the API computes, whatever the viewer's machine says.
 */
export function useToday(): string {
  return useAccount().today;
}

export const ME_KEY = ["auth", "me"] as const;

/** Loads the session's account; shows the sign-in screen when there is none. */
export function RequireAccount({ signIn, children }: { signIn: ReactNode; children: ReactNode }) {
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => unwrap(api.GET("/api/v1/auth/me")) });
  if (me.isPending) return <Loading what="Checking your session" />;
  if (me.isError) {
    if (me.error instanceof ApiProblem && me.error.status === 401) return <>{signIn}</>;
    return (
      <div className="page">
        <Problem error={me.error} />
      </div>
    );
  }
  return <AccountContext.Provider value={me.data}>{children}</AccountContext.Provider>;
}

/** Signs out and forgets every cached answer, so the next account sees nothing of this one. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.POST("/api/v1/auth/logout");
    client.clear();
    await client.invalidateQueries({ queryKey: ME_KEY });
  };
}
