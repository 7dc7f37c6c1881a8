// The email-verification stories' backend: the story's own mock (see ./mock.ts)
// with the `email-verification` preset. Before the story renders, a person signs
// up through the mock's own POST rules, and the link is read from the mock's
// development outbox (`GET /__mock/outbox/latest?to=`), exactly as the email
// would carry it. What happens to the link before it is opened (used in another
// tab, opened a day late, cut short by a mail client) is done through the
// mock's own endpoints and clock, never by inventing an answer.
import type { Loader, StoryContext } from "@storybook/react-vite";
import type { PersistenceAdapter } from "../../src/mock";
import {
  existingAccount,
  mock,
  setOffline,
  storyMock,
  type MockSetup,
  type StoryMock,
} from "./mock";

/** One email of the mock's outbox (`GET /__mock/outbox`). */
export interface OutboxEmail {
  id: string;
  trigger: "signup" | "resend";
  to: string;
  subject: string;
  link: string;
  sptoken: string;
  createdAt: string;
  expiresAt: string;
}

/** What happens to the emailed link before the story opens it. */
export type LinkFate =
  /** Opened as it arrived. */
  | "fresh"
  /** Opened once already (another tab, a mail scanner): the story's check reads "used". */
  | "used"
  /** Opened after the token's lifetime: the backend's clock moves on by a day and a minute. */
  | "expired"
  /** Cut short by a mail client: the first 20 characters of the token. */
  | "truncated"
  /** A link without `sptoken`: `<VerifyEmail token={null}>`. */
  | "missing";

export interface VerificationSetup extends Omit<MockSetup, "preset" | "backendOptions"> {
  /** The address that signs up. Defaults to `ada@example.com`. */
  email?: string;
  /** Defaults to `fresh`. */
  link?: LinkFate;
  /** The person already asked for a new link once (through `POST /verify`): the mock's per-login resend limit is used up. */
  resentBefore?: boolean;
  /** Another check of the verify endpoint already happened from this client (a link with an unknown token). */
  checkedBefore?: boolean;
  /** The backend's saves fail once the signup is stored (its answer: 500 `persistence-failed`). */
  failingSaves?: boolean;
  /** The connection between the page and the backend is down when the story renders. */
  offline?: boolean;
}

/** What the verification stories get in `context.loaded.verification`. */
export interface StoryVerification {
  /** The story backend's verify endpoint (`GET ?sptoken=`, `POST {login}`). */
  endpoint: string;
  /** The address that signed up. */
  email: string;
  /** The signup email, as the outbox holds it. */
  message: OutboxEmail;
  /** The token the page is given (`null`: the link had none). */
  token: string | null;
  /** Makes the backend's saves fail (`true`) or work again (`false`). */
  failSaves: (failing: boolean) => void;
}

export const DAY = 24 * 60 * 60 * 1000;

async function call(
  mockInfo: StoryMock,
  path: string,
  init: { method: string; body?: unknown } = { method: "GET" },
): Promise<Response> {
  const response = await mockInfo.backend.respond(
    new Request(new URL(`${mockInfo.base}${path}`, location.origin), {
      method: init.method,
      headers: {
        accept: "application/json",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
    { basePath: mockInfo.base },
  );
  if (!response) throw new Error(`The story's mock does not serve ${path}`);
  return response;
}

/** The emails the backend sent (`GET /__mock/outbox[?to=]`), oldest first. */
export async function outbox(mockInfo: StoryMock, to?: string): Promise<OutboxEmail[]> {
  const query = to ? `?to=${encodeURIComponent(to)}` : "";
  const response = await call(mockInfo, `/__mock/outbox${query}`);
  if (!response.ok) throw new Error(`The outbox answered ${response.status}`);
  return ((await response.json()) as { messages: OutboxEmail[] }).messages;
}

/** The newest email to an address (`GET /__mock/outbox/latest?to=`). */
export async function latestEmail(mockInfo: StoryMock, to: string): Promise<OutboxEmail> {
  const response = await call(mockInfo, `/__mock/outbox/latest?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`No email to ${to} in the outbox (${response.status}).`);
  return ((await response.json()) as { message: OutboxEmail }).message;
}

/**
 * The loader of the verification stories: a backend with email verification
 * on, an account signed up through it, and its link from the outbox.
 */
export function verificationMock(setup: VerificationSetup = {}): Loader {
  return async (context) => {
    // Per load (a story loads again when re-rendered, and on its docs page): its own clock and disk.
    let offset = 0;
    let failing = false;
    // The mock's persistence hook, so a failed save comes from the mock's own rules.
    const disk: PersistenceAdapter = {
      description: "the story's disk",
      load: () => Promise.resolve(undefined),
      save: () =>
        failing ? Promise.reject(new Error("The disk is full.")) : Promise.resolve(undefined),
    };
    const base = mock({
      ...setup,
      preset: "email-verification",
      backendOptions: { now: () => Date.now() + offset, persistence: disk },
    });
    const { mock: mockInfo } = (await base(context)) as { mock: StoryMock };
    const email = setup.email ?? "ada@example.com";
    await existingAccount(mockInfo, email);
    const message = await latestEmail(mockInfo, email);
    const link = setup.link ?? "fresh";
    if (link === "used") {
      const first = await call(mockInfo, `/verify?sptoken=${encodeURIComponent(message.sptoken)}`);
      if (!first.ok) throw new Error(`The first check of the link failed: ${first.status}`);
    }
    if (link === "expired") offset += DAY + 60_000;
    if (setup.resentBefore) {
      const resent = await call(mockInfo, "/verify", { method: "POST", body: { login: email } });
      if (!resent.ok) throw new Error(`The earlier resend failed: ${resent.status}`);
    }
    if (setup.checkedBefore) await call(mockInfo, "/verify?sptoken=an-old-link-from-last-week");
    if (setup.failingSaves) failing = true;
    if (setup.offline) setOffline(mockInfo, true);
    const verification: StoryVerification = {
      endpoint: `${mockInfo.base}/verify`,
      email,
      message,
      token:
        link === "missing"
          ? null
          : link === "truncated"
            ? message.sptoken.slice(0, 20)
            : message.sptoken,
      failSaves: (value) => {
        failing = value;
      },
    };
    return { mock: mockInfo, verification };
  };
}

/** The story's verification data, from its loaded data. */
export function storyVerification(context: Pick<StoryContext, "loaded">): StoryVerification {
  const loaded = context.loaded as { verification?: StoryVerification };
  if (!loaded.verification)
    throw new Error("This story has no verification mock: add `loaders: [verificationMock(…)]`.");
  return loaded.verification;
}

/** The signed-up account as the backend holds it (`GET /__mock/accounts`). */
export async function storedAccount(context: Pick<StoryContext, "loaded">) {
  const mockInfo = storyMock(context);
  const response = await call(mockInfo, "/__mock/accounts");
  const { accounts } = (await response.json()) as {
    accounts: { email: string; status: string; emailVerificationStatus?: string }[];
  };
  const email = storyVerification(context).email;
  return accounts.find((account) => account.email === email);
}

/** The backend's verification audit events (`account.verified`, `verification.*`, resend limits), oldest first. */
export function verificationEvents(context: Pick<StoryContext, "loaded">) {
  return storyMock(context)
    .backend.audit()
    .filter(
      (event) =>
        event.event === "account.verified" ||
        event.event.startsWith("verification.") ||
        event.event === "rate.limited",
    )
    .map(({ event, reason, status }) => ({ event, reason, status }));
}
