/**
 * Stable ids for demo records: a UUID (version 8 layout, RFC 9562) made from the 128-bit FNV-1a hash of a
 * readable key such as "goal:VSS:2023:God service", so that every load of the demo gives every record the
 * same id and tests and links can rely on them. Pure, so the demo needs no Node built-ins.
 */

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV_PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;
const encoder = new TextEncoder();

function fnv1a128(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK;
  }
  return hash;
}

export function demoId(key: string): string {
  const hex = fnv1a128(`verksam-demo:${key}`).toString(16).padStart(32, '0').split('');
  hex[12] = '8'; // version 8: custom
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16); // RFC 9562 variant
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
