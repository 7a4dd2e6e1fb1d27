/**
 * PostgreSQL wire-protocol messages whose body is one text, written by hand where `pg` writes none for us:
 * a Query to start a COPY (copy.ts), a CopyFail to give one up, and the rollback a reused PGlite session
 * needs (pglite-wire.ts).
 */
import { Buffer } from 'node:buffer';

/** Its type byte ('Q' Query, 'f' CopyFail), its length, the text and the text's terminating zero. */
export function textMessage(type: 'Q' | 'f', text: string): Buffer {
  const body = Buffer.from(`${text}\0`, 'utf8');
  const out = Buffer.allocUnsafe(5 + body.byteLength);
  out.write(type, 0, 'latin1');
  out.writeInt32BE(4 + body.byteLength, 1);
  body.copy(out, 5);
  return out;
}
