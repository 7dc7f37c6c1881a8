import type { Preview } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import "../src/theme/styles.css";

const preview: Preview = {
  loaders: [mswLoader()],
  tags: ["autodocs"],
  parameters: {
    // Every story is scanned by axe; a violation fails its test.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
