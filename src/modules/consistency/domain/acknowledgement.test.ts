import { describe, expect, it } from 'vitest';
import {
  acknowledgedErrors,
  approvalRefusal,
  type CheckedDocument,
  documentFindingKey,
  findingKey,
  openErrors,
  type StoredAcknowledgement,
  statedFigures,
  withAcknowledgements,
  withDocumentAcknowledgements,
} from './acknowledgement.ts';
import type { DocumentFinding } from './document-tables.ts';
import type { Finding } from './finding.ts';
import { checkGenderParts, type GenderFigure } from './gender-parts.ts';
import { testPlace } from './test-places.ts';

const OUTCOME = {
  kind: 'outcome',
  indicatorId: '00000000-0000-4000-8000-00000000000a',
  outcomeId: '00000000-0000-4000-8000-00000000000b',
} as const;

const figure = (overrides: Partial<GenderFigure> = {}): GenderFigure => ({
  place: testPlace('Ärenden, utfall 2023', {
    year: 2023,
    round: { kind: 'august', year: 2023, name: 'Delår 31 augusti 2023' },
    record: OUTCOME,
  }),
  provenance: [],
  unit: 'antal',
  total: '120',
  men: '70',
  women: '60',
  ...overrides,
});

/** The one finding the gender rule makes of a figure: a "fel" when the parts exceed the total. */
const finding = (overrides: Partial<GenderFigure> = {}): Finding => {
  const [found] = checkGenderParts([figure(overrides)]);
  if (!found) {
    throw new Error('no finding');
  }
  return found;
};

const stored = (findingKey: string): StoredAcknowledgement => ({
  id: '00000000-0000-4000-8000-0000000000ac',
  version: 1,
  findingKey,
  reason: 'Dubbelräknade ärenden, rättas i bokslutet.',
  byName: 'Cecilia Ek',
  at: '2023-09-10T08:00:00.000Z',
});

describe('the figures a message states', () => {
  it('reads Swedish numbers with thousands’ spaces, decimal commas and either minus', () => {
    expect(
      statedFigures('Män och kvinnor summerar till 90 928 + 111 102 = 202 030, skillnad −81 618'),
    ).toEqual(['90928', '111102', '202030', '-81618']);
    expect(statedFigures('3,82 mot målvärdet 3,5 (2019)')).toEqual(['3,82', '3,5', '2019']);
    expect(statedFigures('Inga siffror alls.')).toEqual([]);
  });
});

describe('a finding’s key', () => {
  it('names the rule, the round, the year, the record and the figures', () => {
    expect(findingKey(finding())).toBe(
      'gender-parts-sum|august-2023|2023|outcome:indicatorId=00000000-0000-4000-8000-00000000000a:' +
        'outcomeId=00000000-0000-4000-8000-00000000000b|70;60;130;120;10',
    );
  });

  it('stays the same between runs while the figures stay the same', () => {
    expect(findingKey(finding())).toBe(findingKey(finding()));
    // Another provenance or label does not make it another contradiction.
    expect(findingKey({ ...finding(), provenance: ['004:510'] })).toBe(findingKey(finding()));
  });

  it('changes with a figure, the record or the round: an acknowledgement covers exactly what was seen', () => {
    const key = findingKey(finding());
    expect(findingKey(finding({ men: '71' }))).not.toBe(key);
    const other = finding({
      place: testPlace('Ärenden, utfall 2023', {
        year: 2023,
        round: { kind: 'closing', year: 2023, name: 'Bokslut 2023' },
        record: OUTCOME,
      }),
    });
    expect(findingKey(other)).not.toBe(key);
    const otherRecord = finding({
      place: testPlace('Ärenden, utfall 2023', {
        year: 2023,
        round: { kind: 'august', year: 2023, name: 'Delår 31 augusti 2023' },
        record: { ...OUTCOME, outcomeId: '00000000-0000-4000-8000-00000000000c' },
      }),
    });
    expect(findingKey(otherRecord)).not.toBe(key);
  });

  it('lists a record’s ids in a fixed order, whatever order they were built in', () => {
    const reversed = finding({
      place: {
        ...figure().place,
        record: { outcomeId: OUTCOME.outcomeId, indicatorId: OUTCOME.indicatorId, kind: 'outcome' },
      },
    });
    expect(findingKey(reversed)).toBe(findingKey(finding()));
  });
});

describe('acknowledgements', () => {
  it('attach to the "fel" whose key they name; the errors open are the others', () => {
    const error = finding();
    const other = finding({ men: '80' });
    const keyed = withAcknowledgements([error, other], [stored(findingKey(error))]);
    expect(keyed.map((one) => one.acknowledgement?.byName ?? null)).toEqual(['Cecilia Ek', null]);
    expect(keyed[0]?.key).toBe(findingKey(error));
    expect(openErrors(keyed)).toEqual([keyed[1]]);
    expect(acknowledgedErrors(keyed)).toBe(1);
  });

  it('cover nothing once a figure has changed', () => {
    const keyed = withAcknowledgements([finding({ women: '61' })], [stored(findingKey(finding()))]);
    expect(keyed[0]?.acknowledgement).toBeNull();
    expect(openErrors(keyed)).toHaveLength(1);
  });

  it('never cover a varning: only errors stop an approval', () => {
    const warning = finding({ total: '200' });
    expect(warning.severity).toBe('varning');
    const keyed = withAcknowledgements([warning], [stored(findingKey(warning))]);
    expect(keyed[0]?.acknowledgement).toBeNull();
    expect(openErrors(keyed)).toEqual([]);
  });
});

describe('the refusal of an approval', () => {
  it('says how many errors are open and where to see them, in the singular and the plural', () => {
    expect(approvalRefusal(0, 'Verksamhetsstöd och service', 'Delår 31 augusti 2023')).toBeNull();
    expect(approvalRefusal(2, 'Verksamhetsstöd och service', 'Delår 31 augusti 2023')).toBe(
      'Delen kan inte godkännas: 2 fel i kontrollerna är varken rättade eller kvitterade. Se Kontroller för ' +
        'Verksamhetsstöd och service, delår 31 augusti 2023.',
    );
    expect(approvalRefusal(1, 'VSS', 'Bokslut 2023')).toBe(
      'Delen kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat. Se Kontroller för VSS, ' +
        'bokslut 2023.',
    );
  });
});

describe('the key of a finding in a document’s own content', () => {
  const wrongSum = (printed: string): DocumentFinding => ({
    ruleId: 'document-total-not-sum',
    severity: 'fel',
    message:
      `Raderna ovanför summerar i kolumnen ”Utgifter” till 46 070 tkr men ”Summa investeringar” anges till ` +
      `${printed} tkr, skillnad ${printed === '46 170' ? '100' : '200'}.`,
    place: 'Tabellen ”Investeringar 2019, belopp i tkr”, raden ”Summa investeringar”, kolumnen ”Utgifter”',
    block: 12,
  });
  const annual: CheckedDocument = { type: 'annual', roundKind: 'closing', year: 2019 };

  it('names the rule, the round, the year, the document’s type, the place and the figures – not the version', () => {
    expect(documentFindingKey(wrongSum('46 170'), annual)).toBe(
      'document-total-not-sum|closing-2019|2019|document:type=annual:place=Tabellen ”Investeringar 2019, ' +
        'belopp i tkr”, raden ”Summa investeringar”, kolumnen ”Utgifter”|46070;46170;100',
    );
    // Where the block stands is no part of it: a section added above does not open the error again.
    expect(documentFindingKey({ ...wrongSum('46 170'), block: 14 }, annual)).toBe(
      documentFindingKey(wrongSum('46 170'), annual),
    );
  });

  it('changes with a figure, the document’s type or its round', () => {
    const key = documentFindingKey(wrongSum('46 170'), annual);
    expect(documentFindingKey(wrongSum('46 270'), annual)).not.toBe(key);
    expect(documentFindingKey(wrongSum('46 170'), { ...annual, type: 'interim' })).not.toBe(key);
    expect(documentFindingKey(wrongSum('46 170'), { ...annual, roundKind: 'august' })).not.toBe(key);
  });

  it('takes the acknowledgement of its key, for a "fel" only, and counts as open without one', () => {
    const stored: StoredAcknowledgement = {
      id: 'a1',
      version: 1,
      findingKey: documentFindingKey(wrongSum('46 170'), annual),
      reason: 'Ramen räknas om i nästa version.',
      byName: 'Anna Controller',
      at: '2026-12-03T10:00:00.000Z',
    };
    const varning: DocumentFinding = { ...wrongSum('46 370'), severity: 'varning' };
    const keyed = withDocumentAcknowledgements([wrongSum('46 170'), wrongSum('46 270'), varning], annual, [
      stored,
      { ...stored, id: 'a2', findingKey: documentFindingKey(varning, annual) },
    ]);
    expect(keyed.map((finding) => finding.acknowledgement?.id ?? null)).toEqual(['a1', null, null]);
    expect(openErrors(keyed).map((finding) => finding.key)).toEqual([
      documentFindingKey(wrongSum('46 270'), annual),
    ]);
    expect(acknowledgedErrors(keyed)).toBe(1);
  });
});
