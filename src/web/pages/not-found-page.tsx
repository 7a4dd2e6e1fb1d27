import { Link } from 'react-router';
import { PageTitle } from '#web/kit/page.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Sidan finns inte">Sidan finns inte</PageTitle>
      <p>
        Adressen leder inte till någon sida. <Link to="/">Gå till startsidan</Link>.
      </p>
    </>
  );
}
