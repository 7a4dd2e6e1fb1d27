/**
 * Is a message to users Swedish? A check that fails on English: the text must hold at least one common
 * Swedish word and none of the words that give English away. Checking for letters (`/[a-zåäö]/`) passes
 * any English sentence, so an untranslated message from Fastify, zod or Node would slip through.
 *
 * Words are compared whole and case-insensitively. Neither list holds a word that is also common in the
 * other language ("in", "men", "under", "till", "text"), nor a word that Swedish messages quote from HTTP
 * itself ("Content-Type", "Idempotency-Key"), so a correct Swedish message never trips the check.
 */

/** Everyday Swedish words and words of Verksam's own messages. */
const SWEDISH_WORDS = new Set([
  'är',
  'ska',
  'inte',
  'finns',
  'får',
  'kan',
  'för',
  'och',
  'med',
  'det',
  'som',
  'av',
  'på',
  'om',
  'ett',
  'har',
  'eller',
  'måste',
  'saknas',
  'kunde',
  'ingen',
  'inget',
  'något',
  'någon',
  'vara',
  'anropet',
  'anropets',
  'innehåll',
  'innehållet',
  'adressen',
  'huvudet',
  'huvuden',
  'stöds',
  'tomt',
  'tom',
  'fel',
  'felaktig',
  'felaktigt',
  'felaktiga',
  'ogiltig',
  'ogiltigt',
  'ogiltiga',
  'uppgifter',
  'fält',
  'fältet',
  'okänt',
  'värde',
  'värdet',
  'tecken',
  'högst',
  'minst',
  'heltal',
  'tal',
  'lista',
  'objekt',
  'datum',
  'sidan',
  'sida',
  'tjänst',
  'försök',
  'igen',
  'redan',
  'stort',
  'stora',
  'långt',
  'ändrats',
  'sparades',
  'ingenting',
  'saknar',
  'hänvisar',
  'används',
]);

/** Words that show a text is English: what Fastify, zod, Node and PostgreSQL write in their messages. */
const ENGLISH_WORDS = new Set([
  'the',
  'a',
  'an',
  'must',
  'is',
  'are',
  'was',
  'be',
  'been',
  'expected',
  'invalid',
  'required',
  'should',
  'not',
  'error',
  'bad',
  'request',
  'body',
  'property',
  'properties',
  'string',
  'number',
  'integer',
  'boolean',
  'found',
  'cannot',
  "can't",
  'unexpected',
  'received',
  'input',
  'missing',
  'too',
  'large',
  'long',
  'unsupported',
  'failed',
  'allowed',
  'of',
  'to',
  'and',
  'or',
  'with',
  'has',
  'have',
  'does',
  'value',
  'values',
  'object',
  'array',
  'field',
  'empty',
  'only',
  'at',
  'least',
  'most',
  'greater',
  'less',
  'than',
  'match',
  'pattern',
  'unknown',
  'unrecognized',
  'route',
  'internal',
  'server',
  'header',
  'headers',
  'querystring',
  'params',
  'please',
  'try',
  'again',
  'already',
  'exists',
  'this',
  'that',
  'it',
  'no',
  'option',
  'character',
  'characters',
  'token',
  'position',
  'violates',
  'constraint',
  'duplicate',
]);

/**
 * What the message says in its own words: values it quotes (”…”, "…") and paths or URLs it names are what
 * the caller sent, not the app's language, so they are left out ("Enheten ”%E0%A4%A” finns inte").
 */
function ownWords(text: string): string {
  return text.replace(/”[^”]*”|“[^”“]*”|"[^"]*"/g, ' ').replace(/\S*\/\S*/g, ' ');
}

/**
 * The API's own enum values that are English words (round kinds, directions, verdicts, unit kinds): a
 * message may name one only in quotes (`måste vara ett av: "closing", …`); bare, it is English in a Swedish
 * sentence ("… av den typen: closing 2023").
 */
const ENGLISH_VALUES = new Set([
  'august',
  'october',
  'closing',
  'increase',
  'decrease',
  'none',
  'computed',
  'benchmark',
  'met',
  'partlymet',
  'notmet',
  'notassessed',
  'municipality',
  'council',
  'executiveboard',
  'board',
  'unit',
  'women',
  'queued',
  'running',
  'succeeded',
]);

function words(text: string): string[] {
  return ownWords(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((word) => word.replace(/^['’]+|['’]+$/g, ''))
    .filter((word) => word !== '');
}

/** Why a text is not Swedish, or null when it is. */
export function notSwedishBecause(text: string): string | null {
  const all = words(text);
  const english = [...new Set(all.filter((word) => ENGLISH_WORDS.has(word) || ENGLISH_VALUES.has(word)))];
  if (english.length > 0) {
    return `English words: ${english.join(', ')}`;
  }
  if (!all.some((word) => SWEDISH_WORDS.has(word))) {
    return 'no common Swedish word';
  }
  return null;
}

export function isSwedish(text: string): boolean {
  return notSwedishBecause(text) === null;
}
