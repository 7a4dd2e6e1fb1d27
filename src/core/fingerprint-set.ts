/**
 * A set of strings kept only as 64-bit fingerprints, in typed arrays: about 16 bytes per member, where a
 * `Set<string>` of short keys costs well over 100 (each string, and each piece of a concatenated one, is
 * its own object). Made for "have we seen this key before?" over the million records of a large data
 * package. Two different strings share a fingerprint with a chance of about n²/2⁶⁵ – for a million keys,
 * three in a hundred million – and would then be taken for the same.
 */
export class FingerprintSet {
  /** Open addressing: slot i holds the fingerprint's halves at 2i and 2i + 1; 0/0 marks an empty slot. */
  private slots = new Uint32Array(2 * 1024);
  private members = 0;

  get size(): number {
    return this.members;
  }

  /** Adds the string; false when it (or a string with the same fingerprint) was already there. */
  add(text: string): boolean {
    const [high, low] = fingerprint(text);
    if (!this.insert(high, low)) {
      return false;
    }
    this.members += 1;
    if (this.members * 2 > this.capacity()) {
      this.grow();
    }
    return true;
  }

  has(text: string): boolean {
    const [high, low] = fingerprint(text);
    const mask = this.capacity() - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.slots[2 * slot];
      const l = this.slots[2 * slot + 1];
      if (h === 0 && l === 0) {
        return false;
      }
      if (h === high && l === low) {
        return true;
      }
    }
  }

  private capacity(): number {
    return this.slots.length / 2;
  }

  private insert(high: number, low: number): boolean {
    const mask = this.capacity() - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.slots[2 * slot];
      const l = this.slots[2 * slot + 1];
      if (h === 0 && l === 0) {
        this.slots[2 * slot] = high;
        this.slots[2 * slot + 1] = low;
        return true;
      }
      if (h === high && l === low) {
        return false;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let index = 0; index < old.length; index += 2) {
      const high = old[index] as number;
      const low = old[index + 1] as number;
      if (high !== 0 || low !== 0) {
        this.insert(high, low);
      }
    }
  }
}

/** Two independent 32-bit hashes of the string (cyrb53's mixing, kept at 64 bits); never 0/0. */
function fingerprint(text: string): readonly [number, number] {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = h2 >>> 0;
  const low = h1 >>> 0;
  return high === 0 && low === 0 ? [0, 1] : [high, low];
}
