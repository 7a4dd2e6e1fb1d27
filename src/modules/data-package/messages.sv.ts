/** Swedish texts of the data-package module. Rules of the records themselves speak with their modules' texts. */
import { defineErrors, type FieldProblem } from '#core/errors.ts';

export const packageMessages = {
  notAnObject: () => 'Paketet ska vara ett JSON-objekt.',
  notAList: () => 'Ska vara en lista.',
  notAPackage: (format: string) => `Filen är inget Verksam-datapaket (fältet format ska vara ”${format}”).`,
  unknownVersion: () => 'Paketets formatversion stöds inte av den här versionen av Verksam.',
  duplicateId: (label: string) => `${label} med samma id finns redan tidigare i paketet.`,
  duplicateKey: (label: string) => `${label} finns redan tidigare i paketet (samma naturliga nyckel).`,
  similar: (label: string, name: string, existing: string) =>
    `${label} ”${name}” liknar det som redan finns, ”${existing}”, men är inte samma – kontrollera att det inte ` +
    'är en dubblett (skiljer sig bara i skiftläge, mellanslag, skiljetecken eller ett inledande ”Andel”/”Antal”).',
  referenceMissing: (label: string, key: string) =>
    `${label} ${key} finns varken i paketet eller i databasen.`,
};

export const packageErrors = defineErrors('data_package', {
  invalid: {
    kind: 'invalid',
    text: (count: number, _problems: readonly FieldProblem[]) =>
      `Datapaketet kan inte läsas in: ${count} fel hittades. Ingenting har ändrats.`,
    fields: (_count: number, problems: readonly FieldProblem[]) => problems,
  },
  year_without_org: {
    kind: 'invalid',
    field: 'org',
    text: () => 'Ange en organisationsenhet när du anger ett år.',
  },
  unreadable: {
    kind: 'invalid',
    text: (reason: string) => `Datapaketet kan inte läsas: ${reason}`,
  },
});
