import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: [
    "@storybook/addon-docs",
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
    "msw-storybook-addon",
  ],
  framework: { name: "@storybook/react-vite", options: {} },
  core: {
    builder: {
      name: "@storybook/builder-vite",
      // The root vite.config.ts builds the demo and the library; Storybook gets its own.
      options: { viteConfigPath: join(here, "vite.config.ts") },
    },
    disableTelemetry: true,
  },
  // The captcha widget is imported on demand; pre-bundle it so the first story that
  // shows it does not make Vite re-optimise and reload the page mid-test.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { optimizeDeps: { include: ["@hcaptcha/react-hcaptcha"] } }),
  // The msw worker script lives in public/ and ships with the static build, and so
  // does the mock's OpenAPI document, which the "backend contract" page links to.
  staticDirs: ["../public", { from: "../openapi.json", to: "/openapi.json" }],
};

export default config;
