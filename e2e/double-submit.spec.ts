// Double submit: a double click, Enter twice, or clicks during a slow answer send exactly one POST.
import type { Page } from "@playwright/test";
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

function countPosts(page: Page): () => number {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/register") posts++;
  });
  return () => posts;
}

test("double click sends one POST", async ({ page, signup, mock }) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await signup.fill({ ...defaultValues, email: uniqueEmail("dblclick") });
  await signup.acceptTerms();
  await signup.submitButton.dblclick();
  await signup.expectSuccess("ENABLED");
  expect(posts()).toBe(1);
  expect(await mock.requests("POST")).toHaveLength(1);
  expect(await mock.accounts()).toHaveLength(1);
});

test("Enter twice sends one POST", async ({ page, signup, mock }) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await signup.acceptTerms();
  await signup.fill({ ...defaultValues, email: uniqueEmail("enter") });
  await signup.field("password").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await signup.expectSuccess("ENABLED");
  expect(posts()).toBe(1);
  expect(await mock.requests("POST")).toHaveLength(1);
  expect(await mock.accounts()).toHaveLength(1);
});

test("slow server: submitting state, more clicks and Enter are swallowed, one POST", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await mock.scenario({ name: "slow", times: 1, target: "POST", delayMs: 6000 });
  await signup.fill({ ...defaultValues, email: uniqueEmail("slow") });
  await signup.acceptTerms();
  await signup.submit();
  await signup.expectState("submitting");
  await expect(signup.submitButton).toHaveAttribute("aria-disabled", "true");
  await expect(signup.submitButton).toHaveText("Creating your account…");
  await expect(signup.status).toHaveText("Creating your account…");
  // aria-disabled (not disabled) keeps focus on the button, so a person can still
  // click it: force past Playwright's "enabled" check to click like they would.
  await signup.submitButton.click({ force: true });
  await signup.submitButton.click({ force: true });
  await signup.field("email").press("Enter");
  // The answer is held for 6 s: long enough for axe under load (a shorter hold
  // made the state check after the scan race the answer on a busy machine).
  await signup.expectState("submitting");
  await axe("submitting");
  await signup.expectSuccess("ENABLED");
  expect(posts()).toBe(1);
  const logged = await mock.requests("POST");
  expect(logged).toHaveLength(1);
  expect(logged[0]?.scenario).toBe("slow");
  expect(await mock.accounts()).toHaveLength(1);
});
