// Vite config for the web app in src/web. Build output goes to dist/web, which the
// server serves; in dev, /api is proxied to the server on port 3000.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRepo("./src/web"),
  base: "/",
  plugins: [react()],
  build: {
    outDir: fromRepo("./dist/web"),
    emptyOutDir: true,
    // The manifest lets test/e2e/bundle-budget.e2e.ts measure the first-load JS.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      // changeOrigin stays false so Host and Origin agree for the server's Origin check.
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
});
