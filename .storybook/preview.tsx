import type { Decorator, Preview } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import { startWorker } from "../stories/support/mock";
import { directionOf, LOCALES } from "../stories/support/globals";
import {
  assertFocusVisible,
  type FocusCheckParameter,
  movingElements,
  reducedMotion,
} from "../stories/support/design-checks";
import { assertNoSidewaysScroll } from "../stories/support/reflow";
import "../src/theme/styles.css";

/**
 * Sets `lang`, `dir` and `data-theme` around every story from the toolbar (or a
 * story's own `globals`), and paints the canvas to match the theme so dark mode
 * is judged on a dark page.
 */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? "en");
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const direction =
    context.globals.direction === "rtl" || context.globals.direction === "ltr"
      ? context.globals.direction
      : directionOf(locale);
  return (
    <div
      lang={locale}
      dir={direction}
      data-theme={theme}
      data-testid="story-frame"
      style={{
        padding: "1rem",
        // A full-height canvas in the story view; inline on docs pages it would be a tall gap.
        minBlockSize: context.viewMode === "docs" ? undefined : "100vh",
        boxSizing: "border-box",
        colorScheme: theme,
        background: theme === "dark" ? "#000000" : "#ffffff",
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  // The worker starts once; its one initial handler routes each story's requests to
  // that story's mock backend (see stories/support/mock.ts for why).
  loaders: [mswLoader(startWorker)],
  decorators: [withLocaleAndTheme],
  // Reflow (WCAG 1.4.10): no story scrolls sideways. Under Vitest every story
  // renders 320 px wide (the "reflow" viewport below), so this checks that width.
  // Reduced motion: the test project emulates it, and then nothing in a story
  // may animate or transition (the theme turns both off).
  // Focus appearance: under test, every interactive element of each themed form
  // is focused as by the keyboard and must show a solid outline of 2 px or more
  // at 3:1, uncovered. Not in the Storybook UI or the built Storybook: focusing
  // and blurring the fields validates them, which would change what you see
  // (and the visual baselines). `parameters.focusCheck.exclude` leaves out
  // elements the theme does not style, each with its reason.
  afterEach: ({ canvasElement, parameters }) => {
    assertNoSidewaysScroll(canvasElement.ownerDocument);
    const moving = reducedMotion() ? movingElements(canvasElement) : [];
    if (moving.length > 0)
      throw new Error(`With reduced motion these still move: ${moving.slice(0, 5).join(", ")}`);
    if (import.meta.env.MODE === "test")
      assertFocusVisible(canvasElement, parameters.focusCheck as FocusCheckParameter | undefined);
  },
  tags: ["autodocs"],
  initialGlobals: {
    theme: "light",
    locale: "en",
    direction: "auto",
    // The storybook test project (Vitest) renders at 320 px; the Storybook UI keeps its width.
    ...(import.meta.env.MODE === "test" ? { viewport: { value: "reflow", isRotated: false } } : {}),
  },
  globalTypes: {
    theme: {
      description: "Palette of the default theme (data-theme)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of the page (lang) and of the consent record",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: LOCALES.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: "Text direction (dir); auto follows the locale",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "auto", title: "Direction: from locale" },
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    viewport: {
      options: { reflow: { name: "Reflow (320 px)", styles: { width: "320px", height: "800px" } } },
    },
    // Every story is scanned by axe; a violation fails its test. A story may turn
    // off a single rule only with the reason written beside it.
    a11y: { test: "error" },
    controls: { expanded: true, sort: "requiredFirst" },
    layout: "fullscreen",
    options: {
      storySort: {
        order: [
          "Docs",
          ["Getting started", "The backend contract", "Theming", "Accessibility statement"],
          "States",
          ["Load", "Submitting and validation", "Server errors", "Success"],
          "Forms",
          ["Field configurations", "Social", "Consent", "Captcha"],
          "Customisation",
          "Client registration",
          ["Form", "Manager"],
        ],
      },
    },
  },
};

export default preview;
