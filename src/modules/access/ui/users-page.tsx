/**
 * Användare, for administrators: every user with their roles and whether they may sign in; a new user
 * (with a one-time password, shown once); one user's details, roles, password and sessions; and the
 * API tokens. Others are told the page is not theirs, and nothing is fetched for them.
 */
import { useEffect, useState } from 'react';
import { compareSwedish } from '#core/format.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { accessApi } from '../contract.ts';
import { grantText } from './grant-text.ts';
import { useSession } from './session.tsx';
import { TokensSection } from './tokens-section.tsx';
import { UserCreateForm } from './user-create-form.tsx';
import { type AdminUser, type UnitChoice, UserPanel } from './user-panel.tsx';

function useUnitChoices(): readonly UnitChoice[] {
  const units = useOrgUnits();
  return (units.data ?? []).map((unit) => ({
    id: unit.id,
    label: `${unit.name} (${unit.code})${unit.validTo ? `, till ${unit.validTo}` : ''}`,
  }));
}

function UsersTable({
  users,
  units,
  onManage,
}: {
  users: readonly AdminUser[];
  units: readonly UnitChoice[];
  onManage: (id: string) => void;
}) {
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.label;
  return (
    <div className="table-scroll">
      <table className="data-table access-table wrapping">
        <caption>Användare ({users.length})</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Användarnamn</th>
            <th scope="col">Roller</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Åtgärd</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}</th>
              <td>
                <code>{user.username}</code>
              </td>
              <td>
                {user.grants.length === 0 ? (
                  <span className="muted">Inga roller</span>
                ) : (
                  <ul className="plain-list">
                    {user.grants.map((grant) => (
                      <li key={grant.id}>{grantText(grant, unitName)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {user.active ? <Badge tone="good" label="Aktiv" /> : <Badge tone="neutral" label="Inaktiv" />}
                {user.signsInWithIdp && <span className="muted"> via identitetsleverantören</span>}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="small-button"
                  aria-label={`Hantera ${user.name}`}
                  onClick={() => onManage(user.id)}
                >
                  Hantera
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Administration() {
  const users = useApiQuery(accessApi.listUsers, {});
  const units = useUnitChoices();
  const [managed, setManaged] = useState<{ id: string; focus: boolean } | null>(null);
  // The panel's heading takes focus when a user is chosen in the table, so that keyboard and screen-reader
  // users land there; a user just created is opened without it, as the one-time password has the focus.
  useEffect(() => {
    if (managed?.focus) {
      document.getElementById('user-panel-title')?.focus();
    }
  }, [managed]);
  if (users.isPending) {
    return <Loading what="användarna" />;
  }
  if (users.isError) {
    return <LoadError error={users.error} />;
  }
  const sorted = [...users.data].sort((a, b) => compareSwedish(a.name, b.name));
  const chosen = sorted.find((user) => user.id === managed?.id);
  return (
    <>
      <UsersTable users={sorted} units={units} onManage={(id) => setManaged({ id, focus: true })} />
      {chosen && <UserPanel key={chosen.id} user={chosen} units={units} />}
      <UserCreateForm onCreated={(id) => setManaged({ id, focus: false })} />
      <TokensSection users={sorted} />
    </>
  );
}

export function UsersPage() {
  const session = useSession();
  return (
    <>
      <PageTitle title="Användare">Användare</PageTitle>
      {session.canMunicipalityWide('administer') ? (
        <>
          <p className="lead">
            Vilka som kan logga in, och vad var och en får göra: en roll gäller en del av organisationen
            (eller hela kommunen) och ett spann av år.
          </p>
          <Administration />
        </>
      ) : (
        <Notice kind="warning">
          <p>Sidan är till för administratörer. Du har inte behörighet att hantera användare.</p>
        </Notice>
      )}
    </>
  );
}
