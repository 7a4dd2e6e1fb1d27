/**
 * The Idempotency-Key of one form (src/platform/http/idempotency.ts runs a POST with a given key once).
 * A key stands for one submission whose outcome is not yet known to the user:
 *
 * - it is made when the form is idle and sends its first request;
 * - it is reused while a request with it is in flight (a double-click) and after a request whose answer was
 *   lost or said nothing final (network failure, 5xx, "still running"), so the retry gets the first answer
 *   instead of saving twice;
 * - it is replaced once an answer is final – saved, or refused with a 4xx the user must correct – and no
 *   request with it is still on its way, so the next submission is a new one.
 */
export class IdempotencyKeys {
  #key: string | null = null;
  #inFlight = 0;
  #final = false;

  /** The key for a request about to be sent. */
  take(): string {
    if (this.#key === null || (this.#final && this.#inFlight === 0)) {
      this.#key = newKey();
      this.#final = false;
    }
    this.#inFlight += 1;
    return this.#key;
  }

  /** A request with `key` has been answered; `known` when the answer is final. */
  settle(key: string, outcome: 'known' | 'unknown'): void {
    if (key !== this.#key) {
      return;
    }
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (outcome === 'known') {
      this.#final = true;
    }
  }
}

/**
 * 128 random bits as hex. Not crypto.randomUUID(): browsers offer it only in secure contexts, and an
 * installation may be served over plain HTTP inside a municipality's network.
 */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
