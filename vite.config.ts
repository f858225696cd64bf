import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const nm = (pattern: string) => new RegExp(`node_modules[\\\\/](${pattern})[\\\\/]`);

// The server serves dist/web with a strict CSP (script-src 'self'): no inline scripts anywhere.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Rolldown's successor of manualChunks: React and the UI kit in their own cacheable chunks,
        // each under the 500 kB warning. Higher priority captures first; every group takes its
        // dependencies along, so later groups only ever import earlier ones (no chunk cycles).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: nm('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'),
              priority: 50,
            },
            { name: 'antd-icons', test: nm('@ant-design/icons|@ant-design/icons-svg'), priority: 45 },
            { name: 'antd-style', test: nm('@ant-design|@emotion|stylis|dayjs'), priority: 40 },
            { name: 'antd-rc', test: nm('@rc-component|rc-[^\\\\/]+|classnames'), priority: 35 },
            {
              name: 'antd-data',
              test: /node_modules[\\/]antd[\\/]es[\\/](table|tree|date-picker|pagination|descriptions|list|timeline)[\\/]/,
              priority: 30,
            },
            { name: 'antd', test: nm('antd'), priority: 20 },
            { name: 'vendor', test: /node_modules/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // Keep the browser's Host header (no changeOrigin): the API rejects writes whose Origin differs from Host.
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:3000' } } },
});
