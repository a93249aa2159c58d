export { generateDemoWorkspace } from "./generate-demo-workspace.js";
