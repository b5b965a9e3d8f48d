import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves the API and the built SPA from one origin; in development Vite stands in
// for the SPA half and forwards the rest to the gateway (XQ_GATEWAY_URL to point elsewhere).
const gateway = process.env.XQ_GATEWAY_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': gateway,
      '/.well-known': gateway,
    },
  },
  build: {
    outDir: 'dist',
    // antd is one large chunk by nature; it is cached across releases on its own.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own, so an app release does not invalidate them in the cache. The
        // priorities keep what every page needs (React, then Ant Design) out of the charts' chunk: without them
        // React's shared helpers landed beside ECharts and the login page downloaded both.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 3,
            },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component|dayjs)[\\/]/,
              priority: 2,
            },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
