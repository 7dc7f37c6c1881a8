import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

/** Entry points of the published package (see "exports" in package.json). */
const libraryEntries = {
  index: "src/index.ts",
  "verify/index": "src/verify/index.ts",
  "captcha/index": "src/captcha/index.ts",
  "mock/index": "src/mock/index.ts",
  "mock/node": "src/mock/node.ts",
  "mock/browser": "src/mock/browser.ts",
  "mock/msw": "src/mock/msw.ts",
  "mock/msw-node": "src/mock/msw-node.ts",
  "mock/cli": "src/mock/cli.ts",
  "testing/index": "src/testing/index.ts",
};

/**
 * Entry points that export React components or hooks: each starts with
 * `"use client"`, so a React Server Components framework (the Next.js App
 * Router) can import them from a server component with no wrapper.
 */
const clientEntries = new Set(["index", "verify/index", "captcha/index"]);

/** The default theme ships as one plain CSS file: dist/styles.css. */
function copyTheme(): Plugin {
  return {
    name: "signup-kit:copy-theme",
    apply: "build",
    closeBundle() {
      mkdirSync(resolve(here, "dist"), { recursive: true });
      copyFileSync(resolve(here, "src/theme/styles.css"), resolve(here, "dist/styles.css"));
      // `import "signup-kit/styles.css"` type-checks without a declaration of the app's own.
      writeFileSync(
        resolve(here, "dist/styles.css.d.ts"),
        "// The default theme: import it for its side effect only.\nexport {};\n",
      );
    },
  };
}

const mockOrigin = process.env.E2E_MOCK_ORIGIN;

export default defineConfig(({ mode }) => {
  if (mode === "lib") {
    return {
      publicDir: false,
      plugins: [react(), copyTheme()],
      build: {
        outDir: "dist",
        emptyOutDir: true,
        target: "es2022",
        minify: false,
        sourcemap: true,
        lib: {
          entry: Object.fromEntries(
            Object.entries(libraryEntries).map(([name, file]) => [name, resolve(here, file)]),
          ),
          formats: ["es"],
        },
        rollupOptions: {
          // Every bare import (react, react-hook-form, zod, msw, node:*) stays a
          // dependency of the consumer's build; only our own modules are emitted.
          external: (id: string) => !id.startsWith(".") && !isAbsolute(id) && !id.startsWith("\0"),
          output: {
            preserveModules: true,
            preserveModulesRoot: "src",
            entryFileNames: "[name].js",
            banner: (chunk) =>
              chunk.isEntry && clientEntries.has(chunk.name) ? '"use client";' : "",
          },
        },
      },
    };
  }

  // The demo app: `npm start` (dev server) and `npm run build:demo` (static build).
  return {
    root: resolve(here, "demo"),
    publicDir: resolve(here, "public"),
    envDir: here,
    envPrefix: ["VITE_", "SIGNUP_"],
    plugins: [react()],
    server: { host: "localhost", port: Number(process.env.PORT ?? 5173), strictPort: false },
    preview: {
      host: "127.0.0.1",
      // The e2e suite serves the built demo and forwards the backend routes to
      // the standalone mock server, so the page talks to a real HTTP backend.
      proxy: mockOrigin
        ? Object.fromEntries(
            [
              "/register",
              "/__mock",
              "/callbacks",
              "/saml",
              "/oauth",
              "/verify",
              "/scim",
              "/range",
              "/openapi.json",
              "/.well-known",
            ].map((path) => [
              path,
              {
                target: mockOrigin,
                changeOrigin: false,
                // The mock's "network-error" scenario drops the connection: drop the
                // browser's too (instead of Vite's 502), so the page sees a real network error.
                // Not a bare close: Chromium silently resends a request (even a POST)
                // whose reused keep-alive connection closes before a response head
                // arrives, and a POST must reach the server exactly once. As the mock
                // server does (src/mock/node/standalone.ts), send a head with two
                // different Content-Length values: no client may use it (RFC 9112 §6.3).
                configure: (proxy) =>
                  proxy.on("error", (_error, _request, response) => {
                    if (!("req" in response)) return;
                    const socket = response.socket;
                    if (!socket || socket.destroyed) return;
                    if (response.headersSent) socket.destroy();
                    else
                      socket.end(
                        "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n",
                        () => socket.destroy(),
                      );
                  }),
              },
            ]),
          )
        : undefined,
    },
    build: {
      outDir: resolve(here, "demo-dist"),
      emptyOutDir: true,
      target: "es2022",
      sourcemap: true,
    },
  };
});
