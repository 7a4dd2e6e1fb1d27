/**
 * Linköpings kommun's organisation as far as the seed documents show it (domain.md §2.1). Org units carry
 * no source field in the data package, so the provenance is given in the comments.
 */
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import type { OrgRow } from './builders.ts';
import { demoId } from './demo-id.ts';

export const ORGANISATION: readonly OrgRow[] = [
  // code, name, kind, parent, validFrom, validTo
  ['LINKOPING', 'Linköpings kommun', 'municipality', null, '2019-01-01', null],

  // Kommunfullmäktige, whose budget gives 900 tkr for representation to KS's frame in 2020 (001:105, 574).
  ['KF', 'Kommunfullmäktige', 'council', 'LINKOPING', '2019-01-01', null],

  // Nämnder (001:17-23, 151-153, 504, 677, 1929-1933; 000:198, 489-490)
  ['KS', 'Kommunstyrelsen', 'executiveBoard', 'LINKOPING', '2019-01-01', null],
  ['BUN', 'Barn- och ungdomsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['BIN', 'Bildningsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['KFN', 'Kultur- och fritidsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['SON', 'Social- och omsorgsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['AN', 'Äldrenämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['AMN', 'Arbetsmarknadsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['BMN', 'Bygg- och miljönämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['SBN', 'Samhällsbyggnadsnämnden', 'board', 'LINKOPING', '2019-01-01', null],
  ['OFN', 'Överförmyndarnämnden', 'board', 'LINKOPING', '2019-01-01', null],

  // Förvaltningar under kommunstyrelsen (001:524)
  ['KLF', 'Kommunledningsförvaltningen', 'administration', 'KS', '2019-01-01', null],
  ['VSS', 'Verksamhetsstöd och service', 'administration', 'KS', '2019-01-01', null],
  ['LEANLINK', 'Leanlink', 'administration', 'KS', '2019-01-01', null],

  // KLF's staber, in the order of the driftsammandrag (001:805-848). 001:822 prints
  // "Näringsliv och tillväxstaben"; the name is taken from the stab's own heading (001:1007).
  ['KLF-KL', 'Kommunledning', 'division', 'KLF', '2019-01-01', null],
  ['KLF-PLAN', 'Planeringsstaben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-DIGI', 'Digitaliseringsstaben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-NT', 'Näringsliv och tillväxtstaben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-EKO', 'Ekonomistaben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-HR', 'HR-staben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-KOM', 'Kommunikationsstaben', 'division', 'KLF', '2019-01-01', null],
  ['KLF-ADM', 'Administrativa staben', 'division', 'KLF', '2019-01-01', null],

  // VSS 2019-2021: its ledning, a row of its own in the driftsammandrag (002:135, 004:198) as Kommunledning
  // is KLF's and Ledning Leanlink's; the five verksamheter of 002:43, plus e-lärandecenter from 2020
  // (001:1698, 1714).
  ['VSS-LED', 'VSS ledning', 'division', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-LKD', 'LK-data', 'unit', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-KL', 'Kontakt Linköping', 'unit', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-HRS', 'HR service', 'unit', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-EKS', 'Ekonomiservice', 'unit', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-ARKIV', 'Stadsarkivet', 'unit', 'VSS', '2019-01-01', '2021-12-31'],
  ['VSS-ELC', 'e-lärandecenter', 'unit', 'VSS', '2020-01-01', '2021-12-31'],

  // VSS from 2022: "Stab och ledning" and five verksamhetsområden (000:305-316, 326).
  ['VSS-STAB', 'Stab och ledning', 'division', 'VSS', '2022-01-01', null],
  ['VOE', 'Verksamhetsområde ekonomi', 'division', 'VSS', '2022-01-01', null],
  ['VOH', 'Verksamhetsområde HR', 'division', 'VSS', '2022-01-01', null],
  ['VOM', 'Verksamhetsområde medborgare', 'division', 'VSS', '2022-01-01', null],
  ['VSS-KR', 'Kost och restaurang', 'division', 'VSS', '2022-01-01', null],
  ['LKDATA', 'LKDATA', 'division', 'VSS', '2022-01-01', null],

  // Their enheter from 2023 (domain.md §2.1, after the 2023 annual report, which is not among the seeds).
  ['VOE-EKS', 'Ekonomiservice', 'unit', 'VOE', '2023-01-01', null],
  ['VOE-UI', 'Upphandling och inköp', 'unit', 'VOE', '2023-01-01', null],
  ['VOH-LON', 'Löneservice', 'unit', 'VOH', '2023-01-01', null],
  ['VOH-HRS', 'HR-service', 'unit', 'VOH', '2023-01-01', null],
  ['VOM-KL', 'Kontakt Linköping', 'unit', 'VOM', '2023-01-01', null],
  ['VOM-ARKIV', 'Stadsarkivet', 'unit', 'VOM', '2023-01-01', null],
  ['VOM-KOMS', 'Kommunikationsservice', 'unit', 'VOM', '2023-01-01', null],

  // Leanlink's ledning and affärsområden, in the order of its driftsammandrag (001:2143-2148).
  // Kost & Restaurang moved to VSS at the 2021/2022 year-end (000:203, 328).
  ['LL-RS', 'Råd & Stöd', 'division', 'LEANLINK', '2019-01-01', null],
  ['LL-LSS', 'LSS Funktionsstöd', 'division', 'LEANLINK', '2019-01-01', null],
  ['LL-AO', 'Äldreomsorg', 'division', 'LEANLINK', '2019-01-01', null],
  ['LL-SS', 'Stöd & Service', 'division', 'LEANLINK', '2019-01-01', null],
  ['LL-KR', 'Kost & Restaurang', 'division', 'LEANLINK', '2019-01-01', '2021-12-31'],
  ['LL-LED', 'Ledning', 'division', 'LEANLINK', '2019-01-01', null],
];

/** predecessor code, successor code, effective from, source. */
type SuccessionRow = readonly [predecessor: string, successor: string, effectiveFrom: string, source: string];

/**
 * VSS's reorganisation at the 2021/2022 year-end: "Sedan 2022 organiserades verksamheterna i fem
 * verksamhetsområden" (000:326). The 2019 verksamheter (002:43; 001:1698-1714) are matched to the 2022
 * divisions of the driftsammandrag (000:305-316) by their work. Kost och restaurang came from Leanlink
 * "vid årsskiftet" (000:203, 328). The seeds do not say where Stadsarkivet and e-lärandecenter went in 2022
 * (Stadsarkivet's ärenden go on, 000:223, but under no named division), so they have no successor here.
 */
export const SUCCESSIONS: readonly SuccessionRow[] = [
  ['VSS-LKD', 'LKDATA', '2022-01-01', '002:43; 000:305-316, 326'],
  ['VSS-EKS', 'VOE', '2022-01-01', '002:43; 000:305-316, 326'],
  ['VSS-HRS', 'VOH', '2022-01-01', '002:43; 000:305-316, 326'],
  ['VSS-KL', 'VOM', '2022-01-01', '002:43; 000:305-316, 326'],
  ['LL-KR', 'VSS-KR', '2022-01-01', '000:203, 328'],
];

/** The successions as the data package's list. */
export function demoSuccessionLists(): Pick<DataPackageInput, 'orgUnitSuccessions'> {
  return {
    orgUnitSuccessions: SUCCESSIONS.map(([predecessor, successor, effectiveFrom, source]) => ({
      id: demoId(`succession:${predecessor}:${successor}`),
      predecessor,
      successor,
      effectiveFrom,
      decisionRef: null,
      note: null,
      source,
    })),
  };
}
