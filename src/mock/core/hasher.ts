/** Turns a password into a storable hash and checks one. Never keeps the clear text. */
export interface PasswordHasher {
  /** A self-describing hash string (algorithm, parameters, salt, digest). */
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Compares two byte arrays in time that does not depend on where they differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * PBKDF2-SHA-256 through WebCrypto: works in browsers and in Node 20.
 * The browser host uses it; the node host uses scrypt instead.
 *
 * @param iterations Defaults to 100 000.
 */
export function createPbkdf2Hasher(iterations = 100_000): PasswordHasher {
  const derive = async (
    password: string,
    salt: Uint8Array,
    rounds: number,
  ): Promise<Uint8Array> => {
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(password),
      "PBKDF2",
      false,
      ["deriveBits"],
    );
    const bits = await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations: rounds },
      key,
      256,
    );
    return new Uint8Array(bits);
  };
  return {
    async hash(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const digest = await derive(password, salt, iterations);
      return `pbkdf2-sha256$${iterations}$${toBase64(salt)}$${toBase64(digest)}`;
    },
    async verify(password, stored) {
      const [scheme, rounds, salt, digest] = stored.split("$");
      if (scheme !== "pbkdf2-sha256" || !rounds || !salt || !digest) return false;
      const actual = await derive(password, fromBase64(salt), Number(rounds));
      return equalBytes(actual, fromBase64(digest));
    },
  };
}
