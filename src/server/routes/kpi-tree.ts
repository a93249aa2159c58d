import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { analyzeWorkspace } from "../../core/kpi/analyze-workspace.js";
import { buildDriverTree } from "../../core/kpi/build-driver-tree.js";
import type { Store } from "../../store/open-store.js";
import { exportVisibleDocument } from "../../store/repositories/visible-document.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { errorResponses, jsonResponse } from "../schemas.js";
import { AsOfQuery } from "./status-schemas.js";

const NodeFields = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().optional(),
  kind: z.enum(["leading", "lagging"]).optional(),
  owner: z.string().optional(),
  team: z.string().optional(),
  formula: z.string().optional(),
  status: z.enum(["green", "amber", "red", "unknown"]),
  value: z.number().optional(),
  at: z.string().optional(),
  signal: z.string().optional().openapi({ description: "The latest ongoing signal, in words" }),
  trend: z.enum(["rising", "falling", "flat"]).optional(),
  missingParent: z
    .string()
    .optional()
    .openapi({ description: "`parent` names a KPI that is not visible here (retired, private)" }),
});
type TreeNode = z.infer<typeof NodeFields> & { drivers: TreeNode[] };
const KpiTreeNode: z.ZodType<TreeNode> = NodeFields.extend({
  drivers: z.array(z.lazy(() => KpiTreeNode)),
}).openapi("KpiTreeNode");

const KpiTree = z
  .object({
    asOf: z.string(),
    northStar: z.string().optional().openapi({ description: "The root with the most drivers" }),
    roots: z.array(KpiTreeNode),
    loops: z
      .array(z.array(z.string()))
      .openapi({ description: "`parent` chains that loop; each is cut at its first KPI" }),
  })
  .openapi("KpiTree");

const tree = createRoute({
  method: "get",
  path: "/kpi-tree",
  tags: ["dashboard"],
  summary: "The KPI driver tree: a North Star at the root, the KPIs that drive it below",
  request: { query: AsOfQuery },
  responses: { 200: jsonResponse(KpiTree, "The driver tree"), ...errorResponses },
});

/** The driver tree of the visible KPIs (through `parent`), each with its light as of a day. */
export function registerKpiTreeRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(tree, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { asOf = requestToday(c) } = c.req.valid("query");
    const document = await exportVisibleDocument(store.db, viewer);
    const kpis = document?.kpis ?? [];
    const analyses = document ? analyzeWorkspace(document, { asOf }).analyses : [];
    return c.json({ asOf, ...buildDriverTree(kpis, analyses) }, 200);
  });
}
