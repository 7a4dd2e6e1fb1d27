import { describe, expect, it } from 'vitest';
import type { FindingNote } from '#core/document.ts';
import { approvalRefusalText, openErrorCount } from './approval-findings.ts';

const note = (severity: FindingNote['severity'], acknowledgement: string | null = null): FindingNote => ({
  severity,
  severityLabel: severity,
  rule: 'Regel',
  place: 'Plats',
  message: 'Meddelande',
  acknowledgement,
});

describe('what stops the approval of a version', () => {
  it('counts only the errors neither resolved nor acknowledged', () => {
    expect(
      openErrorCount([
        note('fel'),
        note('fel', 'Kvitterat av Anna den 3 december 2026: rättas i nästa bokslut'),
        note('varning'),
        note('notering'),
        note('fel'),
      ]),
    ).toBe(2);
    expect(openErrorCount([])).toBe(0);
  });

  it('says how many, in the singular and the plural, and where to look', () => {
    expect(
      approvalRefusalText(3, { ofUnit: 2, ofDocument: 0 }, 'Verksamhetsstöd och service', 'Bokslut 2019'),
    ).toBe(
      'Version 3 kan inte godkännas: 2 fel i kontrollerna är varken rättade eller kvitterade. Se Kontroller för ' +
        'Verksamhetsstöd och service, bokslut 2019.',
    );
    expect(approvalRefusalText(1, { ofUnit: 0, ofDocument: 2 }, 'VSS', 'Bokslut 2019')).toBe(
      'Version 1 kan inte godkännas: 2 fel i dokumentets egna kontroller är varken rättade eller kvitterade. ' +
        'Se Kontroller för VSS, bokslut 2019. Dokumentets egna fel står också i versionen vid det de gäller: ' +
        'rätta det som ger dem och skapa en ny version, eller kvittera dem med skäl på Kontroller.',
    );
    expect(approvalRefusalText(4, { ofUnit: 1, ofDocument: 1 }, 'VSS', 'Delår augusti 2019')).toBe(
      'Version 4 kan inte godkännas: 1 fel i kontrollerna är varken rättat eller kvitterat och 1 fel i ' +
        'dokumentets egna kontroller är varken rättat eller kvitterat. Se Kontroller för VSS, delår augusti ' +
        '2019. Dokumentets egna fel står också i versionen vid det de gäller: rätta det som ger dem och skapa ' +
        'en ny version, eller kvittera dem med skäl på Kontroller.',
    );
  });
});
