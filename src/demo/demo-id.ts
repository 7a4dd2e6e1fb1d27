/**
 * Stable ids for demo records: a name-based UUID (version 5 layout) of a readable key such as
 * "goal:VSS:2023:God service", so that every load of the demo gives every record the same id and tests
 * and links can rely on them.
 */
import { createHash } from 'node:crypto';

export function demoId(key: string): string {
  const bytes = createHash('sha1').update(`verksam-demo:${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
