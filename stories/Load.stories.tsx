import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SignupForm } from "../src";
import { formRoot, renderForm } from "./support/form";
import { mock, storyMock } from "./support/mock";

/** Before the form: loading the view model, and every way loading it can fail. */
const meta = {
  title: "States/Load",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const HOUR = 60 * 60 * 1000;

/** The loading skeleton. The mock holds `GET /register` for an hour (scenario `slow`). */
export const Loading: Story = {
  args: { timeout: HOUR },
  loaders: [mock({ scenario: { name: "slow", target: "GET", delayMs: HOUR } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Loading…")).toBeVisible();
    await expect(canvas.getAllByRole("status")[0]).toHaveTextContent("Loading…");
    await expect(formRoot(canvasElement)).toHaveAttribute("data-state", "loading");
    await expect(canvas.queryByRole("button")).toBeNull();
  },
};

/**
 * Load failed: three 500s in a row (the kit retries twice with backoff), then the
 * retry button. Pressing it loads the form.
 */
export const LoadFailedWithRetry: Story = {
  loaders: [mock({ scenario: { name: "server-error", target: "GET", times: 3 } })],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const retry = await canvas.findByRole("button", { name: "Try again" }, { timeout: 8000 });
    await expect(
      canvas.getByText(/We could not load the signup form/, {
        selector: "[data-slot=load-error-message]",
      }),
    ).toBeVisible();
    await expect(formRoot(canvasElement)).toHaveAttribute("data-state", "load-error");
    const gets = () =>
      storyMock(context)
        .backend.requests()
        .filter((r) => r.method === "GET");
    await expect(gets().map((r) => r.status)).toEqual([500, 500, 500]);

    await userEvent.click(retry);
    await expect(await canvas.findByRole("button", { name: "Create account" })).toBeVisible();
    await expect(gets().map((r) => r.status)).toEqual([500, 500, 500, 200]);
  },
};

/** The endpoint answered HTML (a server-rendered page) instead of the JSON view model. */
export const HtmlResponse: Story = {
  loaders: [mock({ scenario: { name: "html", target: "GET" } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/the endpoint did not return a JSON view model/, {
        selector: "[data-slot=load-error-message]",
      }),
    ).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** The endpoint answered JSON of the wrong shape. */
export const MalformedViewModel: Story = {
  loaders: [mock({ scenario: { name: "malformed-view-model" } })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText(/the server sent a form we cannot use/, {
        selector: "[data-slot=load-error-message]",
      }),
    ).toBeVisible();
    await expect(canvas.queryByRole("textbox")).toBeNull();
  },
};
