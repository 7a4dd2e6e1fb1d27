/**
 * Mitt konto: who is signed in, with which roles over which part of the organisation and which years;
 * changing one's password; and signing out on every device.
 */
import { useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { type ApiError, asApiError } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { PageTitle } from '#web/kit/page.tsx';
import { ROLE_LABELS } from '../domain/permissions.ts';
import { scopeText, yearsText } from './grant-text.ts';
import { PasswordChangeForm } from './password-form.tsx';
import { useSession } from './session.tsx';

function MyRoles() {
  const session = useSession();
  const units = useOrgUnits();
  const unitName = (id: string) =>
    units.data?.find((unit) => unit.id === id)?.name ?? (units.isPending ? 'Hämtar enheten …' : undefined);
  if (session.grants.length === 0) {
    return <p>Du har inga roller ännu. Be en administratör att ge dig en roll.</p>;
  }
  return (
    <table className="data-table access-table">
      <caption>Mina roller</caption>
      <thead>
        <tr>
          <th scope="col">Roll</th>
          <th scope="col">Del av organisationen</th>
          <th scope="col">År</th>
        </tr>
      </thead>
      <tbody>
        {session.grants.map((grant, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the session's grants carry no id, and two may be alike
          <tr key={index}>
            <th scope="row">{ROLE_LABELS[grant.role]}</th>
            <td>{scopeText(grant.orgUnitId, unitName)}</td>
            <td>{yearsText(grant.fromYear, grant.toYear)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SignOutEverywhere() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.signOut({ everywhere: true });
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title">Logga ut på alla enheter</h2>
      <p>
        Avslutar alla dina inloggningar – på den här datorn och på alla andra där du är inloggad. Gör det om
        du har glömt att logga ut någonstans eller tror att någon annan har kommit åt ditt konto.
      </p>
      <ErrorSummary error={error} />
      <button type="button" className="button button-secondary" disabled={busy} onClick={signOut}>
        Logga ut på alla enheter
      </button>
    </section>
  );
}

export function AccountPage() {
  const session = useSession();
  if (session.user === null) {
    return null;
  }
  return (
    <>
      <PageTitle title="Mitt konto">Mitt konto</PageTitle>
      <dl className="summary-list">
        <div>
          <dt>Namn</dt>
          <dd>{session.user.name}</dd>
        </div>
      </dl>
      <section aria-labelledby="my-roles-title">
        <h2 id="my-roles-title">Mina roller</h2>
        <p>Vad du får göra, i vilken del av organisationen och vilka år.</p>
        <MyRoles />
      </section>
      <section aria-labelledby="change-password-title">
        <h2 id="change-password-title">Byt lösenord</h2>
        <PasswordChangeForm submitLabel="Byt lösenord" />
      </section>
      <SignOutEverywhere />
    </>
  );
}
