import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dashboard is served by `okapi serve` from web/dist; in development `vite web`
// proxies the API to a server started with `npm start` (port 4280).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Screens are lazy routes, so the first screen loads only the shell and itself.
    chunkSizeWarningLimit: 300,
    reportCompressedSize: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:4280" } },
});
