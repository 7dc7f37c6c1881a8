import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { PasswordHasher } from "../core/hasher";

function derive(
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * scrypt from node:crypto (runs on libuv's thread pool, off the event loop).
 *
 * @param cost The N parameter. Defaults to 16384 (2^14), r = 8, p = 1.
 */
export function createScryptHasher(cost = 16_384): PasswordHasher {
  const r = 8;
  const p = 1;
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, 32, { N: cost, r, p, maxmem: 256 * cost * r });
      return `scrypt$${cost}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
    },
    async verify(password, stored) {
      const [scheme, n, rr, pp, salt, digest] = stored.split("$");
      if (scheme !== "scrypt" || !n || !rr || !pp || !salt || !digest) return false;
      const expected = Buffer.from(digest, "base64");
      const N = Number(n);
      const key = await derive(password, Buffer.from(salt, "base64"), expected.length, {
        N,
        r: Number(rr),
        p: Number(pp),
        maxmem: 256 * N * Number(rr),
      });
      return timingSafeEqual(key, expected);
    },
  };
}
