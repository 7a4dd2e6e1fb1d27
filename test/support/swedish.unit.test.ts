/**
 * The Swedish check the API tests rely on must itself fail on English, or it proves nothing: it is tried on
 * the app's own messages and on the English ones Fastify, zod and Node write.
 */
import { describe, expect, it } from 'vitest';
import { isSwedish, notSwedishBecause } from './swedish.ts';

describe('isSwedish', () => {
  it.each([
    'Anropets innehåll är inte giltig JSON.',
    'Anropets innehåll är tomt men ska vara JSON.',
    'Innehållstypen stöds inte. Skicka JSON med Content-Type: application/json.',
    'Anropets längd (Content-Length) stämmer inte med innehållet.',
    'Adressen är felaktigt kodad.',
    'Anropets huvuden är för stora.',
    'Anropet är felaktigt formaterat och kunde inte tolkas.',
    'Teckenkodningen ”latin1” stöds inte. Skicka innehållet som UTF-8.',
    'Huvudet Idempotency-Key ska vara 8–200 synliga ASCII-tecken, t.ex. ett UUID.',
    'Det finns ingen sida eller tjänst på GET /api/v1/finnsinte.',
    'Felaktiga uppgifter i anropets innehåll: Namn: får inte vara tomt. År: ska vara minst 1900.',
    'Id: är inte ett giltigt id (uuid).',
    'Målet 6f0c5b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b finns inte.',
    'Ett värde ligger utanför det tillåtna (för stort, för långt eller i fel form).',
    'Ett oväntat fel inträffade. Ingenting sparades. Ange fel-id 1f2e om du kontaktar supporten.',
  ])('accepts the app’s own message %j', (message) => {
    expect(notSwedishBecause(message)).toBeNull();
    expect(isSwedish(message)).toBe(true);
  });

  it.each([
    'Bad Request',
    'Not Found',
    'Internal Server Error',
    'body must be object',
    "body must have required property 'name'",
    'querystring/year must be number',
    'Invalid input: expected string, received number',
    'Invalid option: expected one of "met"|"notMet"',
    'Too big: expected string to have <=200 characters',
    'Route GET:/api/v1/nothing not found',
    'Request body is too large',
    "Body cannot be empty when content-type is set to 'application/json'",
    'Unsupported Media Type: text/plain',
    'Unexpected token } in JSON at position 3',
    'invalid byte sequence for encoding "UTF8": 0x00',
    'duplicate key value violates unique constraint "goal_pkey"',
    'value "2147483648" is out of range for type integer',
  ])('refuses the English message %j', (message) => {
    expect(isSwedish(message)).toBe(false);
  });

  it('refuses a Swedish frame around an English text, and text with no Swedish word in it', () => {
    expect(isSwedish('Felaktiga uppgifter i anropets innehåll: Invalid input: expected string.')).toBe(false);
    expect(isSwedish('Datapaketet kan inte läsas: Unexpected end of input')).toBe(false);
    expect(notSwedishBecause('Oops')).toBe('no common Swedish word');
    expect(notSwedishBecause('')).toBe('no common Swedish word');
  });

  it('refuses an English enum value named bare, and takes it quoted', () => {
    expect(isSwedish('Det finns redan ett uppföljningstillfälle av den typen: closing 2199.')).toBe(false);
    expect(isSwedish('Typ: måste vara ett av: "budget", "april", "august", "october", "closing".')).toBe(
      true,
    );
  });

  it('leaves out what the caller sent: quoted values and paths', () => {
    expect(isSwedish('Organisationsenheten ”%E0%A4%A” finns inte.')).toBe(true);
    expect(isSwedish('Det finns ingen sida eller tjänst på GET /api/v1/a/the/body.')).toBe(true);
    expect(isSwedish('Unsupported Media Type: "text/plain"')).toBe(false);
  });

  it('compares whole words, whatever their case', () => {
    // "fotnot" holds "not" and "Anropets" holds "to"; neither is the English word.
    expect(isSwedish('Fotnoten får inte vara tom.')).toBe(true);
    expect(isSwedish('THE VALUE ÄR FEL')).toBe(false);
  });
});
