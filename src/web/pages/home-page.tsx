/** The start page: what Verksam holds and where to begin. */

import { Link } from 'react-router';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { PageTitle } from '#web/kit/page.tsx';
import { useYear } from '#web/kit/year.tsx';

const DEMO_EXAMPLES = [
  { code: 'VSS', year: 2023, text: 'Verksamhetsstöd och service – förvaltningsbudget 2023' },
  {
    code: 'VSS',
    year: 2019,
    text: 'Verksamhetsstöd och service – delårsrapport och verksamhetsberättelse 2019',
  },
  { code: 'KS', year: 2020, text: 'Kommunstyrelsen – internbudget 2020' },
];

/** Links into the Linköping demo, shown only where the demo's units exist. */
function DemoExamples() {
  const units = useOrgUnits();
  const codes = new Set((units.data ?? []).map((unit) => unit.code));
  const examples = DEMO_EXAMPLES.filter((example) => codes.has(example.code));
  if (examples.length === 0) {
    return null;
  }
  return (
    <>
      <h2>Exempel ur demodata</h2>
      <ul className="link-list">
        {examples.map((example) => (
          <li key={`${example.code}-${example.year}`}>
            <Link to={`/${example.year}/${example.code}`}>{example.text}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function HomePage() {
  const year = useYear();
  return (
    <>
      <PageTitle title="Start">Mål och resultat {year}</PageTitle>
      <p className="lead">
        Välj en nämnd, förvaltning eller enhet i organisationsträdet för att se dess mål, indikatorer,
        målvärden, utfall och bedömningar. Organisationen visas som den såg ut det valda året.
      </p>
      <DemoExamples />
    </>
  );
}
