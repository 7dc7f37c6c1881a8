// Type tests of the mock's entry points (`signup-kit/mock`, `/mock/msw/node`,
// `/mock/node`, `/mock/browser`, `/mock/msw`) as test suites and dev servers
// import them: the configuration and the hosts' options and results.
import type { SetupServer } from "msw/node";
import { describe, expectTypeOf, test } from "vitest";
import type { ViewModelAccountStore } from "../contract/types";
import type { MockWorker, StartMockWorkerOptions } from "./browser";
import {
  createMockBackend,
  presetNames,
  type MockAccountStore,
  type MockBackend,
  type MockBackendOptions,
  type MockConfig,
  type PresetName,
  type ResponseStyle,
} from "./index";
import { createHandlers } from "./msw";
import { createMockServer, type CreateMockServerOptions, type MockServer } from "./msw-node";
import { startMockServer, type RunningMockServer, type StartMockServerOptions } from "./node";

describe("MockConfig", () => {
  test("every key is optional: {} is the Stormpath default form", () => {
    expectTypeOf({}).toExtend<MockConfig>();
  });

  test("the main keys and their types", () => {
    type Main =
      | "preset"
      | "endpoint"
      | "style"
      | "fieldOrder"
      | "accountStores"
      | "emailVerification"
      | "autoLogin"
      | "enumerationSafe";
    expectTypeOf<Pick<MockConfig, Main>>().toEqualTypeOf<{
      preset?: string;
      endpoint?: string;
      style?: ResponseStyle;
      fieldOrder?: string[];
      accountStores?: MockAccountStore[];
      emailVerification?: boolean;
      autoLogin?: boolean;
      enumerationSafe?: boolean;
    }>();
    expectTypeOf<ResponseStyle>().toEqualTypeOf<"stormpath" | "modern">();
    expectTypeOf<NonNullable<MockConfig["consent"]>>().toHaveProperty("enabled");
    expectTypeOf<NonNullable<MockConfig["consent"]>["field"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<MockConfig["captcha"]>>().toEqualTypeOf<{
      enabled?: boolean;
      field?: string;
      siteKey?: string;
      reusableTestToken?: boolean;
    }>();
    expectTypeOf<NonNullable<MockConfig["password"]>>().toEqualTypeOf<{
      minLength?: number;
      maxLength?: number;
      blocklist?: string[];
    }>();
  });

  test("an account store is one the kit reads, whose provider may carry a secret", () => {
    // Written twice (the mock adds the secret); this keeps the mock from declaring a store the kit refuses.
    expectTypeOf<MockAccountStore>().toExtend<ViewModelAccountStore>();
    expectTypeOf<NonNullable<MockAccountStore["provider"]>["clientSecret"]>().toEqualTypeOf<
      string | undefined
    >();
  });

  test("a typical test configuration type-checks; wrong values are refused", () => {
    const config = {
      preset: "minimal",
      style: "modern",
      emailVerification: true,
      captcha: { enabled: true },
      consent: { enabled: true, field: "customData.consent" },
    } satisfies MockConfig;
    expectTypeOf(config).toExtend<MockConfig>();
    expectTypeOf<{ style: "graphql" }>().not.toExtend<MockConfig>();
    expectTypeOf<{ emailVerification: "yes" }>().not.toExtend<MockConfig>();
    expectTypeOf(presetNames).toExtend<readonly PresetName[]>();
  });
});

describe("createMockBackend: the fetch handler every host serves", () => {
  test("config and options are optional", () => {
    expectTypeOf(createMockBackend).toBeCallableWith();
    expectTypeOf(createMockBackend).toBeCallableWith({ preset: "minimal" });
    expectTypeOf(createMockBackend).parameter(0).toEqualTypeOf<MockConfig | undefined>();
    expectTypeOf(createMockBackend).parameter(1).toEqualTypeOf<MockBackendOptions | undefined>();
    expectTypeOf(createMockBackend).returns.toEqualTypeOf<MockBackend>();
  });

  test("handle(request) answers with a Response; reset() clears the state", () => {
    expectTypeOf<MockBackend["handle"]>().parameter(0).toEqualTypeOf<Request>();
    expectTypeOf<MockBackend["handle"]>().returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf<MockBackend["reset"]>().returns.toEqualTypeOf<Promise<void>>();
  });
});

describe("createMockServer (signup-kit/mock/msw/node)", () => {
  test("takes optional options and returns msw's server with the backend", () => {
    expectTypeOf(createMockServer).toBeCallableWith();
    expectTypeOf(createMockServer).toBeCallableWith({
      config: { preset: "minimal" },
      baseUrl: "http://api.test",
    });
    expectTypeOf(createMockServer)
      .parameter(0)
      .toEqualTypeOf<CreateMockServerOptions | undefined>();
    expectTypeOf(createMockServer).returns.toEqualTypeOf<MockServer>();
    expectTypeOf<MockServer>().toEqualTypeOf<{ server: SetupServer; backend: MockBackend }>();
  });

  test("options: config, baseUrl or an existing backend", () => {
    expectTypeOf<CreateMockServerOptions>().toEqualTypeOf<{
      config?: MockConfig;
      baseUrl?: string;
      backend?: MockBackend;
    }>();
    expectTypeOf<{ baseUrl: URL }>().not.toExtend<CreateMockServerOptions>();
  });
});

describe("the other hosts", () => {
  test("startMockServer (signup-kit/mock/node): a real HTTP server", () => {
    expectTypeOf(startMockServer).toBeCallableWith();
    expectTypeOf(startMockServer).returns.toEqualTypeOf<Promise<RunningMockServer>>();
    type Main = "port" | "host" | "config" | "dataFile" | "backend" | "adminToken";
    expectTypeOf<Pick<StartMockServerOptions, Main>>().toEqualTypeOf<{
      port?: number;
      host?: string;
      config?: MockConfig;
      dataFile?: string;
      backend?: MockBackend;
      adminToken?: string;
    }>();
    expectTypeOf<RunningMockServer>().toEqualTypeOf<{
      url: string;
      host: string;
      port: number;
      adminToken: string;
      backend: MockBackend;
      close(): Promise<void>;
    }>();
  });

  test("startMockWorker (signup-kit/mock/browser) and createHandlers (signup-kit/mock/msw)", () => {
    expectTypeOf<Pick<StartMockWorkerOptions, "config" | "baseUrl" | "backend">>().toEqualTypeOf<{
      config?: MockConfig;
      baseUrl?: string;
      backend?: MockBackend;
    }>();
    expectTypeOf<MockWorker>().toHaveProperty("backend").toEqualTypeOf<MockBackend>();
    expectTypeOf(createHandlers).toBeCallableWith({ baseUrl: "http://api.test" });
    expectTypeOf(createHandlers).returns.toHaveProperty("backend").toEqualTypeOf<MockBackend>();
  });
});
