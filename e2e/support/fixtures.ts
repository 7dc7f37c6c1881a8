// Shared fixtures: the page object, the mock server's admin API, and axe.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, request as playwrightRequest } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { SignupFormPage } from "../../src/testing";

export { expect };

/** The standalone mock server (its origin comes from playwright.config.ts). */
export const mockOrigin = process.env.E2E_MOCK_ORIGIN ?? "";
/** The mock server's admin token (`X-Mock-Admin-Token`), chosen by playwright.config.ts. */
export const mockAdminToken = process.env.E2E_MOCK_ADMIN_TOKEN ?? "";
/** Headers every call to the mock's admin routes carries. */
export const adminHeaders: Record<string, string> = { "x-mock-admin-token": mockAdminToken };

/** A request context for the mock server that sends the admin token. */
export function mockAdminRequest(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: mockOrigin, extraHTTPHeaders: adminHeaders });
}

/** The server-rendered page's server. */
export const ssrOrigin = process.env.E2E_SSR_ORIGIN ?? "";

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  contentType: string | null;
  scenario: string | null;
  body: unknown;
  status: number | null;
}

export interface StoredAccount {
  id: string;
  href: string;
  username: string;
  email: string;
  givenName: string | null;
  middleName: string | null;
  surname: string | null;
  status: string;
  createdAt: string;
  customData: Record<string, unknown>;
}

export interface StoredConsent {
  accountId: string;
  recordedAt: string;
  acceptedAt: string | null;
  termsVersion: string | null;
  termsUrl: string | null;
  privacyUrl: string | null;
  locale: string | null;
  marketing: boolean | null;
}

export interface ScenarioRequest {
  name: string;
  times?: number;
  target?: "GET" | "POST" | "any";
  /** The endpoint it applies to: `/register` (the default) or `/verify` (transport scenarios only). */
  endpoint?: "register" | "verify";
  delayMs?: number;
  retryAfter?: number;
}

/**
 * What every e2e configuration starts from: the demo page posts a consent
 * record, so its server declares the consent key, as an express-stormpath
 * configured to record consent does (a stock one refuses the key). The mock's
 * own defaults declare it too; this keeps it declared when a test names the
 * stormpath style explicitly.
 */
export const E2E_BASE_CONFIG = { consent: { enabled: true } };

/** The mock server's admin endpoints (`/__mock/*`), straight to the server. */
export class MockAdmin {
  constructor(private readonly api: APIRequestContext) {}

  private async json<T>(
    path: string,
    init?: { method?: "POST" | "DELETE"; data?: unknown },
  ): Promise<T> {
    const response = await this.api.fetch(path, {
      method: init?.method ?? "GET",
      ...(init?.data === undefined ? {} : { data: init.data }),
    });
    expect(response.ok(), `${init?.method ?? "GET"} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  async reset(): Promise<void> {
    await this.json("/__mock/reset", { method: "POST", data: {} });
    await this.configure({});
  }

  /** Replaces the configuration (a preset name and/or keys) on top of {@link E2E_BASE_CONFIG}. */
  async configure(config: Record<string, unknown>): Promise<void> {
    await this.json("/__mock/config", { method: "POST", data: { ...E2E_BASE_CONFIG, ...config } });
  }

  /** Replaces the configuration with exactly `config` (`{}`: the mock's own defaults). */
  async configureExactly(config: Record<string, unknown>): Promise<void> {
    await this.json("/__mock/config", { method: "POST", data: config });
  }

  async scenario(scenario: ScenarioRequest): Promise<void> {
    await this.json("/__mock/scenario", { method: "POST", data: scenario });
  }

  async clearScenario(): Promise<void> {
    await this.json("/__mock/scenario", { method: "DELETE" });
  }

  async accounts(): Promise<StoredAccount[]> {
    return (await this.json<{ accounts: StoredAccount[] }>("/__mock/accounts")).accounts;
  }

  async consents(): Promise<StoredConsent[]> {
    return (await this.json<{ consents: StoredConsent[] }>("/__mock/consents")).consents;
  }

  async requests(method?: "GET" | "POST"): Promise<LoggedRequest[]> {
    const query = method ? `?method=${method}` : "";
    return (await this.json<{ requests: LoggedRequest[] }>(`/__mock/requests${query}`)).requests;
  }

  async audit(): Promise<Array<Record<string, unknown>>> {
    return (await this.json<{ events: Array<Record<string, unknown>> }>("/__mock/audit")).events;
  }
}

/**
 * Runs axe on the page (WCAG 2.x A/AA and best practices) and expects zero
 * violations. `label` names the state in the failure message.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n"),
  );
  expect(summary, `axe violations at "${label}"`).toEqual([]);
}

/** A unique email per test run, so a failure never leaves a clash for the next test. */
export function uniqueEmail(prefix = "qa"): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export const defaultValues = {
  givenName: "Ada",
  surname: "Lovelace",
  password: "correct horse battery staple",
};

export const test = base.extend<{
  mock: MockAdmin;
  signup: SignupFormPage;
  axe: (label: string) => Promise<void>;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take a destructured object
  mock: async ({}, use) => {
    const api = await mockAdminRequest();
    const admin = new MockAdmin(api);
    await admin.reset();
    await use(admin);
    await api.dispose();
  },
  signup: async ({ page }, use) => {
    await use(new SignupFormPage(page));
  },
  axe: async ({ page }, use) => {
    await use((label) => expectNoAxeViolations(page, label));
  },
});
