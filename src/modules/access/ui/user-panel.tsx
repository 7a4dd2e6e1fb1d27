/**
 * One user, for an administrator: their name, e-mail and whether they may sign in; their roles, with the
 * part of the organisation and the years each covers; how they sign in (through the municipality's
 * identity provider, with a password); a new one-time password; and ending their sessions.
 */
import { type FormEvent, useState } from 'react';
import { ROLES } from '#core/actor.ts';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber } from '#web/kit/form-values.ts';
import { accessApi } from '../contract.ts';
import { ROLE_LABELS } from '../domain/permissions.ts';
import { scopeText, yearsText } from './grant-text.ts';
import { SecretNotice, useSecretCall } from './secret.tsx';

export type AdminUser = OperationResult<typeof accessApi.listUsers>[number];

export interface UnitChoice {
  readonly id: string;
  readonly label: string;
}

function UserDetailsForm({ user, onSaved }: { user: AdminUser; onSaved: (version: number) => void }) {
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email ?? '');
  const [active, setActive] = useState(user.active);
  // Keyed by the user's version: once saved, the form starts again from what was saved, and says so
  // through `onSaved`, which outlives it.
  const update = useApiMutation(accessApi.updateUser, { onSaved: (saved) => onSaved(saved.version) });
  const ids = { name: 'edit-user-name', email: 'edit-user-email', active: 'edit-user-active' };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.save({ params: { id: user.id }, body: { name, email, active, version: user.version } });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={update.error} fieldIds={ids} />
      <div className="field-row">
        <TextField
          id={ids.name}
          label="Namn"
          width="medium"
          value={name}
          onChange={setName}
          error={fieldError(update.error, 'name')}
        />
        <TextField
          id={ids.email}
          label="E-post (valfri)"
          width="medium"
          value={email}
          onChange={setEmail}
          error={fieldError(update.error, 'email')}
        />
      </div>
      <CheckboxField
        id={ids.active}
        label="Aktiv: får logga in"
        hint="En inaktiverad användare loggas ut och kan inte logga in. Historiken finns kvar."
        checked={active}
        onChange={setActive}
      />
      <button type="submit" className="button" disabled={update.saving}>
        Spara ändringarna
      </button>
    </form>
  );
}

function Grants({ user, units }: { user: AdminUser; units: readonly UnitChoice[] }) {
  const remove = useApiMutation(accessApi.deleteGrant);
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.label;
  if (user.grants.length === 0) {
    return <p>{user.name} har inga roller ännu och kan inte se något efter inloggningen.</p>;
  }
  return (
    <>
      <ErrorSummary error={remove.error} />
      <table className="data-table access-table">
        <caption>Roller för {user.name}</caption>
        <thead>
          <tr>
            <th scope="col">Roll</th>
            <th scope="col">Del av organisationen</th>
            <th scope="col">År</th>
            <th scope="col">
              <span className="visually-hidden">Åtgärd</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {user.grants.map((grant) => {
            const scope = scopeText(grant.orgUnitId, unitName);
            return (
              <tr key={grant.id}>
                <th scope="row">{ROLE_LABELS[grant.role]}</th>
                <td>{scope}</td>
                <td>{yearsText(grant.fromYear, grant.toYear)}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="small-button"
                    disabled={remove.saving}
                    aria-label={`Ta bort rollen ${ROLE_LABELS[grant.role]}, ${scope}`}
                    onClick={() =>
                      remove.save({ params: { id: grant.id }, query: { version: grant.version } })
                    }
                  >
                    Ta bort
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

const GRANT_IDS = {
  role: 'grant-role',
  orgUnitId: 'grant-unit',
  fromYear: 'grant-from-year',
  toYear: 'grant-to-year',
};

function GrantForm({ user, units }: { user: AdminUser; units: readonly UnitChoice[] }) {
  const [role, setRole] = useState<string>('reader');
  const [unit, setUnit] = useState('');
  const [fromYear, setFromYear] = useState('');
  const [toYear, setToYear] = useState('');
  const create = useApiMutation(accessApi.createGrant, {
    onSaved: () => {
      setFromYear('');
      setToYear('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.save({
      body: {
        userId: user.id,
        role: oneOf(ROLES, role, 'reader'),
        orgUnitId: unit || null,
        fromYear: optionalWholeNumber(fromYear),
        toYear: optionalWholeNumber(toYear),
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="grant-form-title">
      <h4 id="grant-form-title" className="form-title">
        Ge {user.name} en roll
      </h4>
      <ErrorSummary error={create.error} fieldIds={GRANT_IDS} />
      <div className="field-row">
        <SelectField
          id={GRANT_IDS.role}
          label="Roll"
          value={role}
          onChange={setRole}
          options={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
          error={fieldError(create.error, 'role')}
        />
        <SelectField
          id={GRANT_IDS.orgUnitId}
          label="Del av organisationen"
          hint="Rollen gäller enheten och allt under den."
          value={unit}
          onChange={setUnit}
          options={[
            { value: '', label: 'Hela kommunen' },
            ...units.map((u) => ({ value: u.id, label: u.label })),
          ]}
          error={fieldError(create.error, 'orgUnitId')}
        />
      </div>
      <div className="field-row">
        <TextField
          id={GRANT_IDS.fromYear}
          label="Från år (valfritt)"
          inputMode="numeric"
          width="short"
          value={fromYear}
          onChange={setFromYear}
          error={fieldError(create.error, 'fromYear')}
        />
        <TextField
          id={GRANT_IDS.toYear}
          label="Till år (valfritt)"
          hint="Tomt: utan slut."
          inputMode="numeric"
          width="short"
          value={toYear}
          onChange={setToYear}
          error={fieldError(create.error, 'toYear')}
        />
      </div>
      <button type="submit" className="button" disabled={create.saving}>
        Lägg till rollen
      </button>
    </form>
  );
}

function PasswordAndSessions({ user }: { user: AdminUser }) {
  const reset = useSecretCall(accessApi.resetPassword);
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);
  const end = useApiMutation(accessApi.endSessions);
  const resetPassword = async () => {
    setOneTimePassword(null);
    const answer = await reset.run({ params: { id: user.id } });
    if (answer) {
      setOneTimePassword(answer.oneTimePassword);
    }
  };
  return (
    <>
      <p>
        Ett nytt engångslösenord ersätter det gamla lösenordet och loggar ut {user.name} överallt; hen måste
        byta det vid nästa inloggning.
      </p>
      <ErrorSummary error={reset.error ?? end.error} />
      {oneTimePassword !== null && (
        <SecretNotice
          title={`Nytt engångslösenord för ${user.name}`}
          value={oneTimePassword}
          onDismiss={() => setOneTimePassword(null)}
        >
          <p>Lösenordet visas bara nu. Ge det till {user.name} på ett säkert sätt.</p>
        </SecretNotice>
      )}
      {end.saved && !end.error && (
        <div className="notice notice-success" role="status">
          <p>{user.name} är utloggad överallt.</p>
        </div>
      )}
      <p className="actions-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={reset.pending}
          onClick={resetPassword}
        >
          Nytt engångslösenord
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={end.saving}
          onClick={() => end.save({ params: { id: user.id } })}
        >
          Logga ut överallt
        </button>
      </p>
    </>
  );
}

/** How the user signs in: through the municipality's identity provider, with a password, or both. */
function SignInWays({ user }: { user: AdminUser }) {
  const ways = [
    ...(user.signsInWithIdp ? ['via kommunens identitetsleverantör'] : []),
    ...(user.hasPassword ? ['med lösenord'] : []),
  ];
  return (
    <p>
      {ways.length === 0
        ? `${user.name} har inget lösenord och har inte loggat in via kommunens identitetsleverantör.`
        : `${user.name} loggar in ${ways.join(' och ')}.`}
    </p>
  );
}

export function UserPanel({ user, units }: { user: AdminUser; units: readonly UnitChoice[] }) {
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <section aria-labelledby="user-panel-title" className="user-panel">
      <h2 id="user-panel-title" tabIndex={-1}>
        {user.name} <span className="title-kicker-inline">({user.username})</span>
      </h2>
      <h3>Uppgifter</h3>
      {savedVersion === user.version && (
        <div className="notice notice-success" role="status">
          <p>Ändringarna är sparade.</p>
        </div>
      )}
      <UserDetailsForm key={`${user.id}-${user.version}`} user={user} onSaved={setSavedVersion} />
      <h3>Roller</h3>
      <Grants user={user} units={units} />
      <GrantForm user={user} units={units} />
      <h3>Lösenord och inloggningar</h3>
      <SignInWays user={user} />
      <PasswordAndSessions user={user} />
    </section>
  );
}
