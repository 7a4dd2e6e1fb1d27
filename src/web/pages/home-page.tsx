/** The start page: what Verksam holds and where to begin. */

import { Link } from 'react-router';
import { PageTitle } from '#web/kit/page.tsx';
import { useYear } from '../layout.tsx';

export function HomePage() {
  const year = useYear();
  return (
    <>
      <PageTitle title="Start">Mål och resultat {year}</PageTitle>
      <p className="lead">
        Välj en nämnd, förvaltning eller enhet i organisationsträdet för att se dess mål, indikatorer,
        målvärden, utfall och bedömningar. Organisationen visas som den såg ut det valda året.
      </p>
      <h2>Exempel ur demodata</h2>
      <ul className="link-list">
        <li>
          <Link to="/2023/VSS">Verksamhetsstöd och service – förvaltningsbudget 2023</Link>
        </li>
        <li>
          <Link to="/2019/VSS">
            Verksamhetsstöd och service – delårsrapport och verksamhetsberättelse 2019
          </Link>
        </li>
        <li>
          <Link to="/2020/KS">Kommunstyrelsen – internbudget 2020</Link>
        </li>
      </ul>
    </>
  );
}
