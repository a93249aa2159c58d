import { openStore, type Store, storeOptionsFromEnv } from "../store/open-store.js";
import { StoreError } from "../store/store-error.js";
import { UsageError } from "./exit-codes.js";

/** Opens the configured store for one command and always closes it (PGlite keeps Node alive otherwise). */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(storeOptionsFromEnv());
  } catch (error) {
    if (error instanceof StoreError) throw new UsageError(error.message);
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Who a CLI change is recorded as in the audit trail. */
export function cliActor(): string {
  return `cli:${process.env.OKAPI_ACTOR || process.env.USER || "unknown"}`;
}
