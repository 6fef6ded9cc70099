import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// During `npm run dev` the gateway (BFF) answers everything that is not the portal itself.
const gateway = 'http://localhost:8080';
const toGateway = { target: gateway, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // No source maps in what the gateway serves; they are not needed to run the portal.
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': toGateway,
      '/bff': toGateway,
      '/logout': toGateway,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
