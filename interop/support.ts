// Shared by the interop specs: where the servers are, and a few helpers.
import type { Page, Request } from "@playwright/test";

export interface InteropOrigins {
  /** express-stormpath 3.2.0, one origin per configuration (servers/configurations.mjs). */
  apps: Record<string, string>;
  /** `signup-kit-mock --style stormpath`, as it ships. */
  mock: string;
  /** `signup-kit-mock --style stormpath` with the comparison configuration. */
  compareMock: string;
  /** react-stormpath's page, same origin as `mock` through a proxy. */
  reactStormpath: string;
}

export function origins(): InteropOrigins {
  const raw = process.env.INTEROP_ORIGINS;
  if (!raw) throw new Error("INTEROP_ORIGINS is not set: run through interop/playwright.config.ts");
  return JSON.parse(raw) as InteropOrigins;
}

export function app(name: string): string {
  const origin = origins().apps[name];
  if (!origin) throw new Error(`no express-stormpath app "${name}"`);
  return origin;
}

/** A password that passes Stormpath's default strength and the mock's rules. */
export const PASSWORD = "Correct-Horse-9-battery";

let counter = 0;
/** A fresh address per call. */
export function freshEmail(tag: string): string {
  counter += 1;
  return `${tag}.${Date.now().toString(36)}.${counter}@example.com`;
}

/** Collects the JSON bodies the page POSTs to a path. */
export function recordPosts(page: Page, path: string): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === path) {
      bodies.push((request.postDataJSON() ?? {}) as Record<string, unknown>);
    }
  });
  return bodies;
}

export interface PageReport {
  success: Array<Record<string, unknown>>;
  errors: Array<{ kind?: string; status?: number; message?: string; fields?: unknown }>;
  events: Array<Record<string, unknown>>;
}

export async function report(page: Page): Promise<PageReport> {
  return page.evaluate(() => (window as unknown as { __interop: PageReport }).__interop);
}
