// Builds the dashboard into dist/ as plain static files with relative paths, so that
// `lagom serve` can serve them from any folder and nothing is fetched from elsewhere.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
