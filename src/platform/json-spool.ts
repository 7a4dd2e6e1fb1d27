/**
 * Reads a JSON object of any size from a byte stream without holding it in memory: every top-level field
 * whose value is an array is written, one element per line, to a spool file in a temporary folder; the
 * other fields are kept as values. The caller then reads each array back in order, element by element, as
 * often as it needs. Bytes must be UTF-8 (anything else is refused, never silently replaced) and nesting
 * is capped. A data package of hundreds of megabytes is read this way in constant memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Assembler from 'stream-json/assembler.js';
import parser from 'stream-json/parser.js';

/** Why a stream could not be read as a JSON object; the message is Swedish. */
export class JsonStreamError extends Error {
  override readonly name = 'JsonStreamError';
}

export interface SpooledJson {
  /** Top-level fields that are not arrays, as values. */
  readonly scalars: Readonly<Record<string, unknown>>;
  /** Top-level arrays and their lengths. */
  readonly arrays: ReadonlyMap<string, { readonly count: number }>;
  /** One array's elements, in order. */
  read(key: string): AsyncIterable<unknown>;
  /** Removes the spool files. */
  close(): Promise<void>;
}

/** Bytes as they arrive: a request body, a file, a stored file. */
export type ByteStream = Readable;

export interface SpoolOptions {
  readonly maxDepth: number;
  /** Told of the bytes read so far, now and then. */
  readonly onBytes?: (bytes: number) => void;
}

/** Decodes UTF-8 strictly, chunk by chunk. */
function strictUtf8(onBytes?: (bytes: number) => void): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new JsonStreamError('Innehållet är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.');
    }
  };
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onBytes?.(bytes);
      try {
        done(null, decode(chunk));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        done(null, decode());
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

interface Token {
  readonly name: string;
  readonly value?: unknown;
}

/** Turns tokens into spooled arrays and kept values, writing one JSON line per array element. */
class Spooler {
  readonly scalars: Record<string, unknown> = {};
  readonly arrays = new Map<string, { count: number; file: string }>();
  private depth = 0;
  private key: string | null = null;
  private inArray: string | null = null;
  private assembler: Assembler | null = null;
  private out: fs.WriteStream | null = null;
  private buffered: string[] = [];
  private started = false;

  constructor(
    private readonly folder: string,
    private readonly maxDepth: number,
    private readonly pause: () => void,
    private readonly resume: () => void,
  ) {}

  consume(token: Token): void {
    const opens = token.name === 'startObject' || token.name === 'startArray';
    const closes = token.name === 'endObject' || token.name === 'endArray';
    if (opens && ++this.depth > this.maxDepth) {
      throw new JsonStreamError(`Innehållet är nästlat djupare än ${this.maxDepth} nivåer.`);
    }
    if (!this.started) {
      if (token.name !== 'startObject') {
        throw new JsonStreamError('Innehållet ska vara ett JSON-objekt.');
      }
      this.started = true;
      return;
    }
    if (closes) {
      this.depth -= 1;
    }
    if (this.inArray !== null) {
      this.consumeInArray(token, closes);
      return;
    }
    if (this.assembler) {
      this.assembler.consume(token as never);
      if (this.assembler.done) {
        this.scalars[this.key ?? ''] = this.assembler.current;
        this.assembler = null;
        this.key = null;
      }
      return;
    }
    if (token.name === 'keyValue') {
      this.key = String(token.value);
    } else if (token.name === 'startArray' && this.key !== null) {
      this.openArray(this.key);
    } else if (this.key !== null) {
      this.assembler = new Assembler();
      this.assembler.consume(token as never);
      if (this.assembler.done) {
        this.scalars[this.key] = this.assembler.current;
        this.assembler = null;
        this.key = null;
      }
    }
  }

  private openArray(key: string) {
    this.inArray = key;
    const file = path.join(this.folder, `${this.arrays.size}.ndjson`);
    this.arrays.set(key, { count: 0, file });
    this.out = fs.createWriteStream(file);
  }

  private consumeInArray(token: Token, closes: boolean) {
    if (this.assembler === null && closes && this.depth === 1) {
      // The last lines: no pause for 'drain' here – an ended stream never emits it; its 'finish' is awaited.
      this.flush(false);
      this.out?.end();
      this.out = null;
      this.inArray = null;
      this.key = null;
      return;
    }
    this.assembler ??= new Assembler();
    this.assembler.consume(token as never);
    if (this.assembler.done) {
      const entry = this.arrays.get(this.inArray ?? '');
      if (entry) {
        entry.count += 1;
      }
      this.buffered.push(JSON.stringify(this.assembler.current));
      this.assembler = null;
      if (this.buffered.length >= 256) {
        this.flush();
      }
    }
  }

  private flush(mayPause = true) {
    if (this.buffered.length === 0 || !this.out) {
      return;
    }
    const ok = this.out.write(`${this.buffered.join('\n')}\n`);
    this.buffered = [];
    if (!ok && mayPause) {
      this.pause();
      this.out.once('drain', this.resume);
    }
  }

  finish(): void {
    if (!this.started) {
      throw new JsonStreamError('Innehållet är tomt men ska vara ett JSON-objekt.');
    }
    if (this.depth !== 0 || this.inArray !== null) {
      throw new JsonStreamError('Innehållet tar slut mitt i JSON-objektet.');
    }
  }

  get writer(): fs.WriteStream | null {
    return this.out;
  }
}

/** Spools a JSON object from a byte stream; refuses what is not UTF-8 JSON with a JsonStreamError. */
export async function spoolJson(input: Readable, options: SpoolOptions): Promise<SpooledJson> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'verksam-spool-'));
  const tokens = parser.asStream({ streamValues: false });
  const spooler = new Spooler(
    folder,
    options.maxDepth,
    () => tokens.pause(),
    () => tokens.resume(),
  );
  const writers = new Set<fs.WriteStream>();
  const close = () => fs.promises.rm(folder, { recursive: true, force: true });
  try {
    tokens.on('data', (token: Token) => {
      try {
        spooler.consume(token);
        if (spooler.writer) {
          writers.add(spooler.writer);
        }
      } catch (error) {
        tokens.destroy(error as Error);
      }
    });
    const ended = new Promise((resolve) => tokens.once('end', resolve));
    await pipeline(input, strictUtf8(options.onBytes), tokens).catch((error: unknown) => {
      if (error instanceof JsonStreamError) {
        throw error;
      }
      throw new JsonStreamError('Innehållet är inte giltig JSON.');
    });
    await ended;
    spooler.finish();
    await Promise.all(
      [...writers].map((writer) =>
        writer.writableFinished
          ? undefined
          : new Promise<void>((resolve) => writer.once('finish', () => resolve())),
      ),
    );
  } catch (error) {
    await close();
    throw error;
  }
  const arrays = new Map([...spooler.arrays].map(([key, entry]) => [key, { count: entry.count }]));
  return {
    scalars: spooler.scalars,
    arrays,
    async *read(key) {
      const entry = spooler.arrays.get(key);
      if (!entry || entry.count === 0) {
        return;
      }
      const lines = readline.createInterface({ input: fs.createReadStream(entry.file), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line !== '') {
          yield JSON.parse(line);
        }
      }
    },
    close,
  };
}
