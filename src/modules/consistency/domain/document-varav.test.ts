import { describe, expect, it } from 'vitest';
import { flatRows } from './document-tables.ts';
import { checkVaravRows, varavParent } from './document-varav.ts';
import { plainTable, statementTable, table, textRow } from './test-documents.ts';
import { plain } from './test-places.ts';

/** The basuppdrag's volumes as the budget 2020 prints them (001): a "Varav" row under its measure. */
const volumes = (chat: string, total = '283 648') =>
  plainTable(
    'Volymutveckling',
    ['Utfall 2021'],
    [
      textRow('kl', 'Ärenden Kontakt Linköping', [total]),
      textRow('kl:men', 'Män', ['90 928'], { depth: 1, role: 'detail' }),
      textRow('kl:women', 'Kvinnor', ['111 102'], { depth: 1, role: 'detail' }),
      textRow('chat', 'Varav chatt', [chat]),
      textRow('lk', 'Ärenden LKDATA support', ['63 891']),
    ],
  );

const messages = (blocks: Parameters<typeof checkVaravRows>[0]) =>
  checkVaravRows(blocks).map((finding) => ({ ...finding, message: plain(finding.message) }));

describe('varav rows larger than their whole or of the opposite sign', () => {
  it('finds the row a varav row breaks down, passing the gender rows of the row above', () => {
    expect(varavParent(flatRows(volumes('12 000')), 3)).toBe(0);
  });

  it('is silent on a part within its whole, and on the gross parts of a net (costs under a net)', () => {
    expect(checkVaravRows([table(volumes('12 000'))])).toEqual([]);
    expect(checkVaravRows([table(volumes('283 648'))])).toEqual([]);
    expect(checkVaravRows([table(volumes('I.U.'))])).toEqual([]);
    // varav kostnader 19 533 under a net of −879 is what the net is made of, not a part of it.
    expect(checkVaravRows([table(statementTable())])).toEqual([]);
  });

  it('calls a part above its whole an error where nothing in the table can offset it', () => {
    expect(messages([table(volumes('300 000'))])).toEqual([
      {
        ruleId: 'document-varav-exceeds',
        severity: 'fel',
        message:
          'Raden ”Varav chatt” under ”Ärenden Kontakt Linköping” anger i kolumnen ”Utfall 2021” 300 000, mer än ' +
          '283 648 som den är en del av: delen överstiger helheten med 16 352.',
        place:
          'Tabellen ”Volymutveckling”, raden ”Varav chatt” under ”Ärenden Kontakt Linköping”, kolumnen ”Utfall 2021”',
        block: 0,
      },
    ]);
  });

  it('warns of a part of the opposite sign, or a larger part in a table with negative figures', () => {
    const result = (part: string) =>
      plainTable(
        'Resultat, belopp i tkr',
        ['Bokslut'],
        [
          textRow('sum', 'Summa', ['−500']),
          textRow('part', 'varav Kost och restaurang', [part], { depth: 1, role: 'detail' }),
        ],
      );
    const [opposite] = messages([table(result('200'))]);
    expect(opposite?.severity).toBe('varning');
    expect(opposite?.message).toBe(
      'Raden ”varav Kost och restaurang” under ”Summa” anger i kolumnen ”Bokslut” 200 tkr, med motsatt ' +
        'tecken mot −500 tkr som den är en del av. Om andra delar uppväger den bör dokumentet säga det.',
    );
    const [larger] = messages([table(result('−700'))]);
    expect(larger?.severity).toBe('varning');
    expect(larger?.message).toContain('delen överstiger helheten med 200 tkr');
    expect(checkVaravRows([table(result('−300'))])).toEqual([]);
  });

  it('allows rounding only where the part and its whole are printed with different decimals', () => {
    const rounded = (part: string) =>
      plainTable('Tabell', ['År'], [textRow('w', 'Helhet', ['10']), textRow('p', 'Varav del', [part])]);
    expect(checkVaravRows([table(rounded('10,4'))])).toEqual([]);
    expect(checkVaravRows([table(rounded('11'))])).toHaveLength(1);
    expect(checkVaravRows([table(rounded('11,0'))])).toHaveLength(1);
  });
});
