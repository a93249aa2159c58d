export { generateDemoWorkspace } from "./generate-demo-workspace.js";
export { generateScaledWorkspace } from "./scale-demo-workspace.js";
