/** Swedish texts of the data-package module. */
import { DomainError, type FieldProblem } from '#core/errors.ts';

export const packageMessages = {
  duplicateId: (kind: string, id: string) => `${kind} med id ${id} förekommer flera gånger i paketet.`,
  duplicateCode: (code: string) => `Koden ”${code}” förekommer flera gånger i paketet.`,
  codeHasOtherId: (code: string) =>
    `Koden ”${code}” finns redan i databasen för en annan enhet (annat id). Byt kod eller använd samma id.`,
  orgUnitMissing: (code: string) =>
    `Organisationsenheten ”${code}” finns varken i paketet eller i databasen.`,
  parentMissing: (code: string) =>
    `Den överordnade enheten ”${code}” finns varken i paketet eller i databasen.`,
  rootMustBeMunicipality: () => 'Bara kommunen kan sakna överordnad enhet.',
  kindNotAllowed: (parent: string, child: string) => `En ${child} kan inte ligga under en ${parent}.`,
  validityReversed: () => 'Giltig till kan inte vara före giltig från.',
  outsideParent: (code: string) => `Enheten måste ligga inom giltighetsperioden för ”${code}”.`,
  cycle: () => 'Enheterna bildar en slinga (en enhet ligger under sig själv).',
  orgUnitNotInYear: (code: string, year: number) =>
    `Organisationsenheten ”${code}” finns inte i organisationen ${year}.`,
  municipalGoalNotInForce: (year: number) =>
    `Det kommunövergripande målet gäller inte ${year}, då målet börjar gälla.`,
  referenceMissing: (kind: string, id: string) => `${kind} ${id} finns varken i paketet eller i databasen.`,
  yearsReversed: () => 'Giltig till år kan inte vara före giltig från år.',
  parentIndicatorInvalid: () =>
    'Den överordnade indikatorn måste vara en indikator på översta nivån för samma mål.',
  genderPart: () =>
    'Indikatorn redovisas inte könsuppdelat, så målvärden för kvinnor eller män kan inte anges.',
  duplicateKey: (what: string) => `Det finns redan ${what} i paketet.`,
  budgetRoundAssessment: () => 'Mål bedöms vid uppföljningstillfällen, inte i en budgetomgång.',
  roundKeyTaken: (year: number, kind: string) =>
    `Uppföljningstillfället för ${year} (${kind}) finns redan i paketet med ett annat id.`,
  goalAreaNameTaken: (name: string) => `Målområdet ”${name}” förekommer flera gånger i paketet.`,
};

export const ENTITY_NAMES = {
  orgUnits: 'Organisationsenheten',
  reportingRounds: 'Uppföljningstillfället',
  goalAreas: 'Målområdet',
  municipalGoals: 'Det kommunövergripande målet',
  goals: 'Målet',
  indicators: 'Indikatorn',
  targets: 'Målvärdet',
  outcomes: 'Utfallet',
  assessments: 'Bedömningen',
} as const;

export function invalidPackage(problems: readonly FieldProblem[]): DomainError {
  const count = problems.length;
  return new DomainError(
    'data_package.invalid',
    'invalid',
    `Datapaketet kan inte läsas in: ${count} ${count === 1 ? 'fel' : 'fel'} hittades. Ingenting har ändrats.`,
    problems,
  );
}

export const exportErrors = {
  yearWithoutOrg: () =>
    new DomainError(
      'data_package.year_without_org',
      'invalid',
      'Ange en organisationsenhet när du anger ett år.',
      [{ path: 'org', message: 'Organisationsenhet: krävs när år anges.' }],
    ),
};
