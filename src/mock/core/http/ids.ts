// Random identifiers and secrets, from the platform's CSPRNG (WebCrypto in
// browsers, service workers and node alike).

function bytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** RFC 4648 §5 base64url without padding. */
export function base64url(data: Uint8Array): string {
  let binary = "";
  for (const byte of data) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A resource id: 22 URL-safe characters (accounts, consent records, SCIM users). */
export function randomId(): string {
  return Array.from(bytes(12), (b) => b.toString(36).padStart(2, "0"))
    .join("")
    .slice(0, 22);
}

/** A secret of `count` random bytes, base64url (tokens, client ids). Defaults to 32 bytes. */
export function randomToken(count = 32): string {
  return base64url(bytes(count));
}

/** A secret of `count` random bytes as lower-case hex (cookie values). */
export function randomHex(count: number): string {
  return Array.from(bytes(count), (b) => b.toString(16).padStart(2, "0")).join("");
}
