import js from "@eslint/js";
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
);
