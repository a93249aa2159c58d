import { generateDemoWorkspace } from "../../demo/index.js";
import type { ApplyReport } from "../../store/documents/apply-document.js";
import type { Store } from "../../store/open-store.js";

/** Loads the demo company into the store, dated so its quarter is live on `asOf`. */
export function loadDemo(store: Store, asOf: string, actor: string): Promise<ApplyReport> {
  return store.applyDocument(generateDemoWorkspace({ asOf }), { actor });
}
