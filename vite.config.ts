import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // AG Grid's chunk (about 850 kB, 230 kB gzip) is the one above Vite's 500 kB warning; it loads only with
    // the budget page.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // The libraries change far less often than our code: in chunks of their own, a new release of
        // Verksam does not make every browser download React and zod again.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'router',
              test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 20,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
            // Only the budget grid uses AG Grid, and it is loaded when its page is: so is this chunk.
            { name: 'ag-grid', test: /node_modules[\\/](ag-grid-|@ag-grid-community[\\/])/, priority: 25 },
            // ECharts (and its renderer zrender) loads with the first chart a page shows, as its own chunk.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 25 },
            // The rich-text editor (Tiptap on ProseMirror) loads with the first form that edits rich text.
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs)[\\/]/,
              priority: 25,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
