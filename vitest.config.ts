import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "./tools/find-chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const wantsBrowser = process.argv.some((arg) => arg.includes("storybook"));

// Test environments are named in the file: `*.test.ts(x)` runs in jsdom,
// `*.node.test.ts` runs in plain node (real HTTP, file system), and stories run
// in real Chromium through @storybook/addon-vitest.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.{ts,mjs}"],
          exclude: ["**/*.node.test.ts", "**/node_modules/**"],
          setupFiles: ["./src/test-setup.ts"],
          restoreMocks: true,
          // Journeys through the real mock (scrypt-free, but many renders) on a busy 2-core machine.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.node.test.ts", "scripts/**/*.node.test.ts"],
          // Every answer of the mock is checked against its OpenAPI document.
          setupFiles: ["./tools/openapi-responses.vitest-setup.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // Type tests (`*.test-d.ts`, expectTypeOf) of the public types. `npm run
        // typecheck` compiles them too, so a wrong type fails the typecheck layer;
        // this project names the failing test (`npm run test:types`).
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["src/**/*.test-d.ts"],
            tsconfig: "./tsconfig.type-tests.json",
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: join(here, ".storybook") })],
        test: {
          name: "storybook",
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            // Reduced motion, as a person who asked for it has it: stories check that
            // nothing then animates (stories/support/design-checks.ts).
            provider: playwright(
              wantsBrowser
                ? {
                    launchOptions: chromiumLaunchOptions(),
                    contextOptions: { reducedMotion: "reduce" },
                  }
                : {},
            ),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
