/**
 * A few of the texts VSS wrote in its verksamhetsberättelse 2019 (seed 002:35-166), shortened to a paragraph
 * or two each, so that the demo's annual report 2019 shows written texts beside the ones still missing
 * (docs/adr/0028-narrative-texts.md). Nobody is named responsible: users are the installation's.
 */
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import { roundId } from './builders.ts';
import { demoId } from './demo-id.ts';

type NarrativeRecord = NonNullable<DataPackageInput['narrativeTexts']>[number];

const CLOSING_2019 = roundId({ year: 2019, kind: 'closing' });

const TEXTS_2019: Readonly<Record<string, string>> = {
  // 002:37-43
  mission:
    '<p>Verksamhetsstöd och service i Linköpings kommun samlar kommuninterna tjänster och servicefunktioner ' +
    'som riktar sig mot kommunkoncernen. Kommunens förvaltningar är skyldiga att nyttja Verksamhetsstöd och ' +
    'services tjänster; kommunens bolag får nyttja dem på samma villkor som förvaltningarna.</p>' +
    '<p>I dagsläget består förvaltningen av LK-data, Kontakt Linköping, HR Service, Ekonomiservice och ' +
    'Stadsarkivet.</p>',
  // 002:51-55
  overallAssessment:
    '<p>En samlad bedömning av de tre målområdena är god och måluppfyllelsen pendlar mellan helt uppfyllt ' +
    'och delvis uppfyllt. Verksamheten utvecklas i linje med förvaltningens uppdrag.</p>' +
    '<p>Av förvaltningens 11 förvaltningsmål har sex uppnåtts vid årets slut och fem visar en positiv ' +
    'utveckling och har delvis uppnåtts. Samtliga sex strategiska utvecklingsuppdrag har genomförts per den ' +
    'sista december.</p>',
  // 002:96-108
  decisionsAndEvents:
    '<p><strong>Beslut</strong></p><ul>' +
    '<li><p>Kommunstyrelsen har beslutat om ny lokalpolicy och därmed om VSS placering i Ebbe Park.</p></li>' +
    '<li><p>VSS har beslutat att etablera eLärandeCenter som egen verksamhet.</p></li></ul>' +
    '<p><strong>Händelser</strong></p><ul>' +
    '<li><p>Kontakt Linköping har startat och ger en helt ny tillgänglighet och servicenivå för ' +
    'Linköpings medborgare.</p></li>' +
    '<li><p>HR Direkt och Chefsportalen har startat på HR Service.</p></li></ul>',
  // 002:128
  economyAnalysis:
    '<p>Den största förändringen mellan år 2018 och 2019 visar LK-data, vars resultat i bokslutet ' +
    'förbättrats med 6,5 mnkr. Kontakt Linköping startade sin verksamhet våren 2019 och har jämförts med ' +
    'Medborgarkontoret 2018, som idag utgör en del av Kontakt Linköping.</p>',
  // 002:151-166, the first sentences of each paragraph
  statementAnalysis:
    '<p>Bokslutet för VSS visar ett överskott med 16,8 mnkr. Orsaken till detta är framförallt större ' +
    'positiva avvikelser för enheterna LK-data samt Kontakt Linköping.</p>' +
    '<p>VSS ledning redovisar ett underskott med 2,4 mnkr vilket framförallt beror på att förvaltningens ' +
    'centrala kostnader i år fördelats ut på enheterna endast beträffande HR- och ekonomistöd.</p>' +
    '<p>LK-data redovisar ett preliminärt överskott med 14,8 mnkr som framförallt förklaras av orealiserade ' +
    'prissänkningar och lägre personalkostnader.</p>' +
    '<p>Kontakt Linköping visar ett överskott med cirka 5 mnkr vilket främst beror på lägre personalkostnader ' +
    'och lokalkostnader än budgeterat.</p>' +
    '<p>Ekonomiservice redovisar ett underskott med cirka 0,5 mnkr. HR service har förbättrat sitt resultat ' +
    'och underskottet är cirka 0,2 mnkr. Stadsarkivets resultat är i nivå med årets budget.</p>',
};

export function demoNarrativeLists(): Pick<DataPackageInput, 'narrativeTexts'> {
  return {
    narrativeTexts: Object.entries(TEXTS_2019).map(
      ([key, body]): NarrativeRecord => ({
        id: demoId(`narrative:VSS:2019:closing:${key}`),
        orgUnit: 'VSS',
        reportingRoundId: CLOSING_2019,
        key,
        body,
      }),
    ),
  };
}
