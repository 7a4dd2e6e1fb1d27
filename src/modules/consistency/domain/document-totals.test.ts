import { describe, expect, it } from 'vitest';
import { flatRows } from './document-tables.ts';
import { checkDocumentTotals, summedRows } from './document-totals.ts';
import { netRows, plainTable, statementTable, table, textRow } from './test-documents.ts';
import { plain } from './test-places.ts';

const messages = (blocks: Parameters<typeof checkDocumentTotals>[0]) =>
  checkDocumentTotals(blocks).map((finding) => ({ ...finding, message: plain(finding.message) }));

describe('totals that are not the sum of their rows', () => {
  it('is silent on a consistent statement, a difference rounding explains included (−715 printed −716)', () => {
    expect(checkDocumentTotals([table(statementTable())])).toEqual([]);
  });

  it('says a sum off by more than its rows’ rounding is an error, with the figures and the allowance', () => {
    const total = netRows('total', 'Summa', [
      ['−650', '69 401', '68 686'],
      ['0', '104 101', '104 101'],
      ['−716', '34 700', '−35 415'],
    ]);
    expect(
      messages([{ kind: 'heading', level: 1, text: 'Ekonomi' }, table(statementTable({ total }))]),
    ).toEqual([
      {
        ruleId: 'document-total-not-sum',
        severity: 'fel',
        message:
          'Raderna ovanför summerar i kolumnen ”Bokslut 2023” till −715 tkr men ”Summa” anges till −650 tkr, ' +
          'skillnad −65. Avrundningen av 3 rader förklarar högst 1,5 tkr (0,5 per rad).',
        place:
          'Tabellen ”Driftsammandrag Verksamhetsstöd och service 2023, belopp i tkr”, raden ”Summa”, ' +
          'kolumnen ”Bokslut 2023”',
        block: 1,
      },
    ]);
  });

  it('checks a sum’s varav rows against the like-named varav rows of the rows summed', () => {
    const total = netRows('total', 'Summa', [
      ['−715', '69 401', '68 686'],
      ['0', '104 201', '104 101'],
      ['−715', '34 700', '−35 415'],
    ]);
    const [finding] = messages([table(statementTable({ total }))]);
    expect(finding?.message).toBe(
      'Raderna ”varav kostnader” ovanför summerar i kolumnen ”Budget 2023” till 104 101 tkr men ' +
        '”varav kostnader” under ”Summa” anges till 104 201 tkr, skillnad −100. Avrundningen av 3 rader ' +
        'förklarar högst 1,5 tkr (0,5 per rad).',
    );
  });

  it('allows half a unit of each row’s last decimal, and no more (mnkr with one decimal)', () => {
    const rows = (sum: string) =>
      plainTable(
        'Driftsammandrag, belopp i mnkr',
        ['Bokslut'],
        [textRow('a', 'A', ['1,4']), textRow('b', 'B', ['1,4']), textRow('s', 'Summa', [sum])],
      );
    expect(checkDocumentTotals([table(rows('2,9'))])).toEqual([]);
    expect(checkDocumentTotals([table(rows('2,7'))])).toEqual([]);
    expect(messages([table(rows('3,0'))])[0]?.message).toBe(
      'Raderna ovanför summerar i kolumnen ”Bokslut” till 2,8 mnkr men ”Summa” anges till 3,0 mnkr, ' +
        'skillnad −0,2. Avrundningen av 2 rader förklarar högst 0,1 mnkr (0,05 per rad).',
    );
  });

  it('reads the rows a sum sums as a reader does: projects under their units, back to a part’s heading', () => {
    // The investments 2019 (002): units without figures over their projects, then the sum and the frames.
    const investments = plainTable(
      'Investeringar 2019, belopp i tkr',
      ['Utgifter'],
      [
        textRow('lk', 'LK-data', ['']),
        textRow('it', 'Investeringar IT-utrustning', ['45 333'], { depth: 1, role: 'detail' }),
        textRow('pek', 'Pekplattor omsorg 2018, brukare', ['0'], { depth: 1, role: 'detail' }),
        textRow('kl', 'Kontakt Linköping', ['']),
        textRow('inv', 'Inventarier', ['737'], { depth: 1, role: 'detail' }),
        textRow('total', 'Summa investeringar', ['46 070']),
        textRow('frame', 'Investeringsram', ['37 900']),
      ],
    );
    const rows = flatRows(investments);
    expect(summedRows(rows, 5)).toEqual([1, 2, 4]);
    expect(checkDocumentTotals([table(investments)])).toEqual([]);
    // 2020 budget: inside the frame, the frames, then the part outside under its own heading, and the sum
    // of both sums – which is not read, since frames stand between the sums.
    const budget = plainTable(
      'Investeringar 2020, belopp i tkr',
      ['Budget'],
      [
        textRow('it', 'LKDATA – IT-utrustning', ['37 900']),
        textRow('inside', 'Summa investeringar inom ram', ['37 900']),
        textRow('frame', 'Investeringsram', ['37 900']),
        textRow('adjusted', 'Justerad investeringsram', ['−13 400']),
        textRow('outside:heading', 'Investeringar utom ram', ['']),
        textRow('vss', 'Verksamhetsstöd och service', ['7 100']),
        textRow('outside', 'Summa investeringar utom ram', ['7 100']),
        textRow('total', 'Summa investeringar', ['99 999']),
      ],
    );
    const budgetRows = flatRows(budget);
    expect(summedRows(budgetRows, 6)).toEqual([5]);
    expect(summedRows(budgetRows, 7)).toBeNull();
    expect(checkDocumentTotals([table(budget)])).toEqual([]);
  });

  it('leaves a column unread where a summed row has no figure in it, or says "I.U."', () => {
    // The economy's variance of a row without a budget is empty; the sum's is taken between the columns' sums.
    const variance = plainTable(
      'Driftsammandrag, belopp i tkr',
      ['Avvikelse', 'Bokslut'],
      [
        textRow('a', 'A', ['100', '1 000']),
        textRow('b', 'B', ['', '500']),
        textRow('c', 'C', ['I.U.', '200']),
        textRow('s', 'Summa', ['−400', '1 700']),
      ],
    );
    expect(checkDocumentTotals([table(variance)])).toEqual([]);
  });

  it('does not read rows summed at two depths (subtotals) or a table without a sum', () => {
    const mixed = plainTable(
      'Tabell',
      ['Belopp'],
      [
        textRow('a', 'A', ['100']),
        textRow('a1', 'A1', ['60'], { depth: 1 }),
        textRow('s', 'Summa', ['1 000']),
      ],
    );
    expect(checkDocumentTotals([table(mixed)])).toEqual([]);
    const noSum = plainTable(
      'Tabell',
      ['Belopp'],
      [textRow('a', 'A', ['100']), textRow('b', 'Totalt', ['7'])],
    );
    expect(checkDocumentTotals([table(noSum)])).toEqual([]);
  });
});
