import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PALETTE } from './src/styles/palette.ts';
import { regularFilesIn } from './src/pipeline/fs/regular-files.ts';
import { storySplitPlugin } from './src/pipeline/site/story-split-plugin.ts';
import { firstViewPreloadPlugin } from './src/pipeline/site/first-view-preload.ts';
import { fontSubsetPlugin } from './src/pipeline/fonts/font-subset-plugin.ts';

/**
 * Build-only Content-Security-Policy: everything from our own origin, nothing remote. MapLibre's
 * worker is a file of ours ('self'); blob: stays allowed for its worker fallback.
 */
/**
 * The articles reach dist/ through import.meta.glob, which follows links: the build stops, naming
 * the file, when geo/articles/ holds anything but regular files (geo:build refuses them too).
 */
function regularArticles(): Plugin {
  return {
    name: 'qanat-regular-articles',
    // Before anything is built (an error in a build hook would be hidden by the offline plugin's own).
    config(_config, { command }) {
      if (command === 'build') regularFilesIn(join(repoRoot, 'geo', 'articles'), '.txt');
    },
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'qanat-csp',
    apply: 'build',
    transformIndexHtml() {
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self' blob:",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
      ].join('; ');
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

/**
 * Offline after a first visit: Workbox (through vite-plugin-pwa) generates dist/sw.js, which
 * precaches the built app, its data, fonts and basemap, and serves index.html for any address of
 * the page (?event=…) with no network. Each build gives changed files new revisions, so a new
 * build's worker replaces the cache (skipWaiting, outdated caches removed). The web
 * app manifest and icons are static files in public/; main.tsx registers the worker (production
 * only). The synthetic dataset the bench writes into dist/ is not precached.
 */
function offlineApp(): PluginOption[] {
  return [
    VitePWA({
      injectRegister: false,
      manifest: false,
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,txt,woff2,svg,png,webmanifest}'],
        globIgnores: ['synthetic-10k/**', 'sw.js', 'workbox-*.js'],
        // maplibre-gl's chunk is ~1 MB: above Workbox's 2 MiB default it would silently be left out.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new build's worker takes over at once (pages it already controls switch to it); a page
        // opened before any worker was installed is never claimed mid-visit, so the first visit
        // runs on the network alone and the worker serves from the next load on.
        skipWaiting: true,
        clientsClaim: false,
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
    {
      name: 'qanat-manifest-link',
      transformIndexHtml: () => [
        { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: PALETTE.brand }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './apple-touch-icon.png' }, injectTo: 'head' },
      ],
    },
  ];
}

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// The app's entry (index.html) lives in src/, so the top level holds only the project's folders and
// the config files tools find by name; the tests run from the repository root.
export default defineConfig({
  root: 'src',
  publicDir: '../public',
  plugins: [
    react(),
    regularArticles(),
    storySplitPlugin(join(repoRoot, 'geo')),
    firstViewPreloadPlugin(),
    fontSubsetPlugin(repoRoot),
    contentSecurityPolicy(),
    offlineApp(),
  ],
  server: { fs: { allow: [repoRoot] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the page supports (ES2022 modules) has <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    // Data, fonts and texts stay files of ours: the CSP allows fetching and fonts from 'self', not data: URLs.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // React's runtime (react-*.js) and maplibre-gl (maplibre-*.js, still loaded lazily with the
        // map) in chunks of their own, so the bench and the size budget can tell their bytes from
        // ours; they also cache across releases of the app.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](?:react|react-dom|scheduler)[\\/]/ },
            { name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ },
            // Small app modules the first view shares between its chunks, in one file instead of
            // six (each file of a few hundred bytes costs its own gzip header and request).
            {
              name: 'first-view-shared',
              test: /[\\/]src[\\/](?:data[\\/](?:fetch-json|story-split|calendar-date|story-index|story-shape|publisher)|map[\\/]maplibre-init)\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: repoRoot,
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          setupFiles: [join(repoRoot, 'tests', 'unit', 'register-messages.ts')],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: repoRoot,
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
