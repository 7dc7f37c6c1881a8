import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

function Hello() {
  return <button type="button">Hello</button>;
}
const meta: Meta<typeof Hello> = { title: "Smoke", component: Hello };
export default meta;
export const Default: StoryObj<typeof Hello> = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Hello" })).toBeVisible();
  },
};
