// The view model GET: loading state while slow, automatic retries on failure,
// then the retry button.
import { expect, test } from "./support/fixtures";

test("slow GET: the loading state, then the form", async ({ page, signup, mock, axe }) => {
  await mock.scenario({ name: "slow", times: 1, target: "GET", delayMs: 2500 });
  await page.goto("/");
  await signup.expectState("loading");
  await expect(signup.loading).toHaveRole("status");
  await expect(signup.loading).toHaveText("Loading…");
  await axe("loading");
  await signup.waitForReady();
  await expect(signup.field("email")).toBeVisible();
  expect(await mock.requests("GET")).toHaveLength(1);
});

test("failing GET: three tries, the load-error view, then the retry button loads the form", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  await mock.scenario({ name: "server-error", times: 3, target: "GET" });
  await page.goto("/");
  await signup.expectState("load-error");
  await expect(signup.loadError).toContainText("We could not load the signup form");
  await expect(signup.retryButton).toBeVisible();
  await axe("load-error");
  // Retried automatically with backoff: three GETs, each answered 500.
  const gets = await mock.requests("GET");
  expect(gets.map((request) => request.status)).toEqual([500, 500, 500]);

  await signup.retryButton.click();
  await signup.waitForReady();
  await expect(signup.field("email")).toBeVisible();
  expect((await mock.requests("GET")).map((request) => request.status)).toEqual([
    500, 500, 500, 200,
  ]);
});

test("GET dropped, then malformed: retried, then a clear error and a working retry", async ({
  page,
  signup,
  mock,
}) => {
  // A network drop is retried; the malformed answer that follows is not (it is not transient).
  await mock.scenario({ name: "network-error", times: 1, target: "GET" });
  await page.goto("/");
  await signup.waitForReady();
  expect(await mock.requests("GET")).toHaveLength(2);

  await mock.scenario({ name: "malformed-view-model", times: 1, target: "GET" });
  await page.reload();
  await signup.expectState("load-error");
  await expect(signup.loadError).toContainText("the server sent a form we cannot use");
  await signup.retryButton.click();
  await signup.waitForReady();
});
