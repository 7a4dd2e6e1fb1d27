/**
 * Reading a JSON body strictly: UTF-8 only (a declared charset other than UTF-8 is refused, and bytes that
 * are not valid UTF-8 are refused rather than silently replaced), nesting capped so that no parser or
 * validator recurses without end, and every refusal in Swedish.
 */
import { HttpError } from './error-handler.ts';

/** Deeper than any record the API takes (a data package nests four levels). */
export const MAX_JSON_DEPTH = 32;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The charset a Content-Type declares, lower-cased, or null. */
export function declaredCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

export function checkCharset(contentType: string | undefined): void {
  const charset = declaredCharset(contentType);
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(
      415,
      'request.unsupported_charset',
      `Teckenkodningen ”${charset.slice(0, 40)}” stöds inte. Skicka innehållet som UTF-8.`,
    );
  }
}

/** Bytes as UTF-8 text, or a refusal naming the problem. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HttpError(
      400,
      'request.invalid_utf8',
      'Anropets innehåll är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.',
    );
  }
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92 /* \ */) {
        index += 1;
      } else if (char === 34 /* " */) {
        inString = false;
      }
    } else if (char === 34) {
      inString = true;
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Parses a request body: the checks above, then JSON.parse. */
export function parseJsonBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  checkCharset(contentType);
  const text = decodeUtf8(bytes);
  if (text.trim() === '') {
    throw new HttpError(400, 'request.invalid_json', 'Anropets innehåll är tomt men ska vara JSON.');
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpError(
      400,
      'request.too_deep',
      `Anropets innehåll är nästlat djupare än ${MAX_JSON_DEPTH} nivåer.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request.invalid_json', 'Anropets innehåll är inte giltig JSON.');
  }
}
