// The in-memory store with an optional persistence adapter. An account and its
// consent record go in one snapshot, so they are saved together or not at all,
// and a 2xx is only sent after the snapshot holding the account is saved.
import type { ClientMetadata } from "../../contract/clientMetadata";

/** A registered client as stored: metadata and digests, never a clear secret. */
export interface StoredOAuthClient {
  client_id: string;
  /** The metadata in force (only members the server understands). */
  metadata: ClientMetadata & Record<string, unknown>;
  client_id_issued_at: number;
  /** `null` when no secret is issued (`token_endpoint_auth_method: none`). */
  client_secret_expires_at: number | null;
  /** `sha256$…` digest of the client secret, or `null`. */
  client_secret_hash: string | null;
  /** `sha256$…` digest of the registration access token. */
  registration_access_token_hash: string;
  createdAt: string;
  modifiedAt: string;
}

/** An account as stored: root properties, custom data and the password hash. */
export interface StoredAccount {
  id: string;
  href: string;
  username: string;
  email: string;
  givenName: string | null;
  middleName: string | null;
  surname: string | null;
  fullName: string;
  /** `DISABLED` only comes from SCIM (`active: false`). */
  status: "ENABLED" | "UNVERIFIED" | "DISABLED";
  /** `VERIFIED` once the verification link was followed. */
  emailVerificationStatus: "UNVERIFIED" | "VERIFIED" | "UNKNOWN";
  createdAt: string;
  modifiedAt: string;
  customData: Record<string, unknown>;
  /** `scrypt$…` or `pbkdf2-sha256$…`; never the clear password. */
  passwordHash: string;
}

/** A consent record: what the client sent plus the server's own timestamp. */
export interface ConsentRecord {
  id: string;
  accountId: string;
  accountHref: string;
  /** When the server stored it (the server's clock). */
  recordedAt: string;
  /** When the client says the person accepted (the client's clock), if sent. */
  acceptedAt: string | null;
  termsVersion: string | null;
  termsUrl: string | null;
  privacyUrl: string | null;
  locale: string | null;
  marketing: boolean | null;
}

/** An email verification token as stored: only its SHA-256, never the token itself. */
export interface VerificationTokenRecord {
  /** Hex SHA-256 of the token. */
  hash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  /** When it was used; a token works once. */
  usedAt: string | null;
}

/** What a persistence adapter saves and loads. */
export interface StoreSnapshot {
  version: 1;
  accounts: StoredAccount[];
  consents: ConsentRecord[];
  /** Email verification tokens (absent in files written before verification existed). */
  verificationTokens?: VerificationTokenRecord[];
  /** OAuth clients (RFC 7591), with digests only (absent in files written before client registration existed). */
  oauthClients?: StoredOAuthClient[];
}

/** Saves whole snapshots. `save` must be atomic: after a crash, the old or the new snapshot, never a mix. */
export interface PersistenceAdapter {
  /** `undefined` when there is nothing saved yet. Throws for unreadable data; the store does not start. */
  load(): Promise<StoreSnapshot | undefined>;
  save(snapshot: StoreSnapshot): Promise<void>;
  /** Where the data lives, for messages. */
  readonly description?: string;
}

/** Keys under which an email or username is unique: NFKC, then case-folded. */
export function uniqueKey(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
  rollback: () => void;
}

/** Accounts and consent records, in memory, saved through an optional adapter. */
export class AccountStore {
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly byEmail = new Map<string, string>();
  private readonly byUsername = new Map<string, string>();
  private readonly consents: ConsentRecord[] = [];
  /** Email verification tokens; change them, then {@link AccountStore.commit}. */
  readonly verificationTokens: VerificationTokenRecord[] = [];
  /** OAuth clients by client_id; change them, then {@link AccountStore.commit}. */
  readonly oauthClients = new Map<string, StoredOAuthClient>();
  private waiting: Waiter[] = [];
  private writing = false;

  constructor(private readonly persistence?: PersistenceAdapter) {}

  /** Loads the saved snapshot, if any. Rejects (and the backend refuses to start) for bad data. */
  async load(): Promise<void> {
    const snapshot = await this.persistence?.load();
    if (!snapshot) return;
    for (const account of snapshot.accounts) this.index(account);
    this.consents.push(...snapshot.consents);
    this.verificationTokens.push(...(snapshot.verificationTokens ?? []));
    for (const client of snapshot.oauthClients ?? [])
      this.oauthClients.set(client.client_id, client);
  }

  private index(account: StoredAccount): void {
    this.accounts.set(account.id, account);
    this.byEmail.set(uniqueKey(account.email), account.id);
    this.byUsername.set(uniqueKey(account.username), account.id);
  }

  private unindex(account: StoredAccount): void {
    this.accounts.delete(account.id);
    this.byEmail.delete(uniqueKey(account.email));
    this.byUsername.delete(uniqueKey(account.username));
  }

  /** Whether an account uses this email (NFKC, case-insensitive). */
  hasEmail(email: string): boolean {
    return this.byEmail.has(uniqueKey(email));
  }

  /** Whether an account uses this username (NFKC, case-insensitive). */
  hasUsername(username: string): boolean {
    return this.byUsername.has(uniqueKey(username));
  }

  /**
   * Adds an account and its consent record and resolves once both are saved.
   * If saving fails, both are taken out again and the promise rejects.
   */
  async add(account: StoredAccount, consent?: ConsentRecord): Promise<void> {
    this.index(account);
    if (consent) this.consents.push(consent);
    if (!this.persistence) return;
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({
        resolve,
        reject,
        rollback: () => {
          this.unindex(account);
          if (consent) {
            const at = this.consents.indexOf(consent);
            if (at !== -1) this.consents.splice(at, 1);
          }
        },
      });
      this.flush();
    });
  }

  /** Ids of the accounts whose email or username is `login` (NFKC, case-insensitive). */
  ownersOf(login: string): Set<string> {
    const key = uniqueKey(login);
    const ids = new Set<string>();
    for (const id of [this.byEmail.get(key), this.byUsername.get(key)]) if (id) ids.add(id);
    return ids;
  }

  /**
   * Removes an account (and its verification tokens) and resolves once saved;
   * put back if saving fails. Consent records stay: they are the evidence of
   * what was agreed.
   */
  async removeAccount(id: string): Promise<void> {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`No account ${id}`);
    this.unindex(account);
    const tokens = this.verificationTokens.filter((t) => t.accountId === id);
    for (const token of tokens)
      this.verificationTokens.splice(this.verificationTokens.indexOf(token), 1);
    await this.commit(() => {
      this.index(account);
      this.verificationTokens.push(...tokens);
    });
  }

  /** The account with this email, or else this username (NFKC, case-insensitive). */
  findByLogin(login: string): StoredAccount | undefined {
    const id = this.byEmail.get(uniqueKey(login)) ?? this.byUsername.get(uniqueKey(login));
    return id === undefined ? undefined : this.accounts.get(id);
  }

  /** Replaces an account's properties (status, modifiedAt …) and resolves once saved; undone if saving fails. */
  async updateAccount(id: string, patch: Partial<Omit<StoredAccount, "id">>): Promise<void> {
    const before = this.accounts.get(id);
    if (!before) throw new Error(`No account ${id}`);
    this.unindex(before);
    this.index({ ...before, ...patch, id });
    await this.commit(() => {
      const after = this.accounts.get(id);
      if (after) this.unindex(after);
      this.index(before);
    });
  }

  /** Saves the current state (after an in-memory change) and resolves once saved; `rollback` runs if saving fails. */
  async commit(rollback: () => void): Promise<void> {
    if (!this.persistence) return;
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject, rollback });
      this.flush();
    });
  }

  /** Group commit: one write at a time; everything added meanwhile goes in the next one. */
  private flush(): void {
    if (this.writing || !this.persistence || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.writing = true;
    this.persistence.save(this.snapshot()).then(
      () => {
        this.writing = false;
        for (const waiter of batch) waiter.resolve();
        this.flush();
      },
      (error: unknown) => {
        // Undo before anything else runs, so the next snapshot no longer holds them.
        for (const waiter of batch) waiter.rollback();
        this.writing = false;
        for (const waiter of batch) waiter.reject(error);
        this.flush();
      },
    );
  }

  /** Everything, as saved. */
  snapshot(): StoreSnapshot {
    return {
      version: 1,
      accounts: [...this.accounts.values()],
      consents: [...this.consents],
      verificationTokens: [...this.verificationTokens],
      oauthClients: [...this.oauthClients.values()],
    };
  }

  /** Accounts without their password hashes. */
  listAccounts(): Array<Omit<StoredAccount, "passwordHash">> {
    return [...this.accounts.values()].map(({ passwordHash: _hash, ...rest }) => rest);
  }

  getAccount(id: string): StoredAccount | undefined {
    return this.accounts.get(id);
  }

  listConsents(): ConsentRecord[] {
    return [...this.consents];
  }

  get size(): number {
    return this.accounts.size;
  }

  /** Empties the store (and the saved data). */
  async clear(): Promise<void> {
    this.accounts.clear();
    this.byEmail.clear();
    this.byUsername.clear();
    this.consents.length = 0;
    this.verificationTokens.length = 0;
    this.oauthClients.clear();
    if (!this.persistence) return;
    await new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject, rollback: () => {} });
      this.flush();
    });
  }
}
