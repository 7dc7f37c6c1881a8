import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: "Server text renders as text: dangerouslySetInnerHTML is not allowed.",
};
const privateMessage =
  "Private member: use react-hook-form's public API (useForm, subscribe, getFieldState…).";
const noPrivateMembers = [
  { selector: "MemberExpression[property.name=/^_/]", message: privateMessage },
  { selector: "ObjectPattern > Property[key.name=/^_/]", message: privateMessage },
];

// One-way layers (docs/architecture.md, "Layers"). Paths are resolved (through
// tsconfig, so `../hooks/x`, `../../src/hooks`, a directory index and a
// tsconfig `paths` alias all land on the same file), then checked against the
// folder they live in.
const FEATURES = ["captcha", "verify", "registration", "screening", "age-gate", "mock", "testing"];
const ENTRY = ["./src/index.ts", "./src/en.ts"];
const folders = (...names) => names.map((name) => `./src/${name}`);
const layerZone = (layer, from, why) => ({
  target: `./src/${layer}`,
  from,
  message: `${layer}/ ${why} (see docs/architecture.md, "Layers").`,
});
const BELOW_UI = ["hooks", "components", "i18n", ...FEATURES];
export const layerZones = [
  layerZone(
    "contract",
    [...folders("core", "client", ...BELOW_UI), ...ENTRY],
    "is the bottom layer (wire types and the rules the kit and the mock share): it imports no other layer",
  ),
  layerZone(
    "core",
    [...folders("client", ...BELOW_UI), ...ENTRY],
    "is pure logic: it imports only contract/; the catalogue's templates and the page's address come in as parameters",
  ),
  layerZone(
    "client",
    [...folders(...BELOW_UI), ...ENTRY],
    "talks to the network and the browser and returns data: it imports only contract/ and core/; the words a person reads are chosen in hooks/ and components/",
  ),
  layerZone(
    "i18n",
    [...folders("client", "hooks", "components", ...FEATURES), ...ENTRY],
    "holds the form's English and the locale machinery; the complete catalogue is assembled at the package entry (src/en.ts), which imports each part's English",
  ),
  layerZone(
    "hooks",
    [...folders("components"), ...ENTRY],
    "is headless: markup imports hooks, never the reverse",
  ),
  layerZone(
    "mock",
    [
      ...folders("client", "hooks", "components", "i18n", ...FEATURES.filter((f) => f !== "mock")),
      ...ENTRY,
    ],
    "is a server: it imports contract/ (rules it shares with the kit) and core/, never the kit's UI, hooks or features",
  ),
];
const BROWSER_GLOBALS = [
  "window",
  "self",
  "document",
  "location",
  "history",
  "navigator",
  "sessionStorage",
  "localStorage",
  "indexedDB",
  "fetch",
  "XMLHttpRequest",
];
const pureMessage = "Pure code: take it as a parameter, or move the code to client/ or hooks/.";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "demo-dist/**",
      "storybook-static/**",
      "docs-dist/**",
      "docs/.temp/**",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
      "bench/results/**",
      "bench/peers/**",
      "bench/.build/**",
      "public/mockServiceWorker.js",
      "node_modules/**",
      "examples/*/node_modules/**",
      "examples/*/.next/**",
      "examples/*/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The rules of hooks everywhere React code lives (Playwright fixtures also call `use`).
    files: ["src/**/*.{ts,tsx}", "stories/**/*.{ts,tsx}", "demo/**/*.{ts,tsx}", "bench/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // Markup also gets the React Compiler rules and jsx-a11y.
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Hooks without markup get the React Compiler rules too (refs written
    // during render, setState in effects…).
    files: ["src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Server text must render as text: never inject HTML.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", noInnerHtml] },
  },
  {
    // react-hook-form's `_`-prefixed members (control._state, _formState,
    // _setValid…) are private and change between minor releases; the kit takes
    // react-hook-form as a peer range, so what ships uses public APIs only.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", noInnerHtml, ...noPrivateMembers] },
  },
  {
    // Markup draws plain props; react-hook-form stays in the headless hook.
    files: ["src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react-hook-form", message: "Components get plain props from useSignupForm." },
          ],
        },
      ],
    },
  },
  {
    // The layers point one way.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "src/test-setup.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: { "import-x/no-restricted-paths": ["error", { zones: layerZones }] },
  },
  {
    // Pure code reads no browser state: the caller passes what it needs.
    files: ["src/core/**/*.ts", "src/contract/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...BROWSER_GLOBALS.map((name) => ({ name, message: `${name}: ${pureMessage}` })),
      ],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "window", "self"].flatMap((object) =>
          BROWSER_GLOBALS.map((property) => ({
            object,
            property,
            message: `${object}.${property}: ${pureMessage}`,
          })),
        ),
      ],
    },
  },
);
