// Screenshots of the Design/Page stories (0, 1, 3 and 8 providers) in light and
// dark, left to right and right to left (Arabic), at 360 and 1024 px, plus the
// field-error state; and the Design/Variants stories (compact at 360 px, card
// and borderless at 1024 px, light and dark). Rendering is pinned: one font
// (DejaVu Sans, installed by .ci/run), animations off, reduced motion, a fixed
// clock, device scale 1. A changed colour, spacing or layout rule fails here.
import { expect, test, type Page } from "@playwright/test";

const layouts = ["providers-0", "providers-1", "providers-3", "providers-8"];
const themes = ["light", "dark"] as const;
const directions = [
  { name: "ltr", globals: "locale:en;direction:ltr" },
  { name: "rtl", globals: "locale:ar;direction:rtl" },
] as const;
const widths = [360, 1024];

async function open(
  page: Page,
  story: string,
  theme: string,
  globals: string,
  width: number,
  id = `design-page--${story}`,
) {
  await page.clock.setFixedTime(new Date("2026-01-15T12:00:00Z"));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`/iframe.html?id=${id}&viewMode=story&globals=theme:${theme};${globals}`);
  await expect(page.locator('[data-slot="root"]')).toHaveAttribute("data-state", "ready", {
    timeout: 10_000,
  });
  // One font everywhere, whatever fontconfig would pick for system-ui.
  await page.addStyleTag({ content: `.sk-root { --sk-font: "DejaVu Sans", sans-serif; }` });
  // The lazily loaded parts: the password guidance and the provider marks.
  await expect(page.locator('[data-slot="password-hint"]')).toBeAttached();
  const buttons = await page.locator('[data-slot="social-button"]').count();
  await expect(page.locator('svg[data-slot="provider-mark"]')).toHaveCount(buttons);
  await page.evaluate(() => document.fonts.ready);
}

for (const story of layouts) {
  for (const theme of themes) {
    for (const direction of directions) {
      for (const width of widths) {
        const name = `${story}-${theme}-${direction.name}-${width}`;
        test(name, async ({ page }) => {
          await open(page, story, theme, direction.globals, width);
          // Nothing may stick out sideways.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: true });
        });
      }
    }
  }
}

test("field-errors-light-ltr-1024", async ({ page }) => {
  await open(page, "field-errors", "light", directions[0].globals, 1024);
  await expect(page.locator('[data-slot="field-error"]').first()).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page).toHaveScreenshot("field-errors-light-ltr-1024.png", { fullPage: true });
});

const variants = [
  { story: "compact", width: 360 },
  { story: "card", width: 1024 },
  { story: "borderless", width: 1024 },
];

for (const { story, width } of variants) {
  for (const theme of themes) {
    const name = `variant-${story}-${theme}-ltr-${width}`;
    test(name, async ({ page }) => {
      await open(page, story, theme, directions[0].globals, width, `design-variants--${story}`);
      await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: true });
    });
  }
}
