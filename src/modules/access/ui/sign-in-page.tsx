/**
 * Logga in: through the municipality's identity provider when one is configured (a link that starts the
 * OpenID Connect sign-in on the server), and with user name and password; the server's answer in the error
 * summary – also when the provider's sign-in came back here with `?fel=` – and, when the demo is loaded, its
 * users, one per role, with their shared password. Once signed in, the user goes on to the page they asked
 * for (`?next=`, a path on this site only) or to the start page.
 */
import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError, asApiError, call, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { Field } from '#web/kit/field.tsx';
import { PageTitle } from '#web/kit/page.tsx';
import { accessApi } from '../contract.ts';
import { type IdpErrorCode, SIGN_IN_PAGE, safeNextPath } from '../domain/sign-in.ts';
import { PasswordField } from './password-field.tsx';
import { useSession } from './session.tsx';

export const SIGN_IN_PATH = SIGN_IN_PAGE;

/** Where to go after signing in: `next` when it is a path on this site (never another site), else "/". */
export function safeNext(next: string | null): string {
  return safeNextPath(next, [SIGN_IN_PATH]);
}

/** What the sign-in page says when the identity provider's sign-in came back with `?fel=`. */
const IDP_ERRORS: Readonly<Record<IdpErrorCode, string>> = {
  'oidc-saknas':
    'Inloggning via kommunens identitetsleverantör är inte inställd på den här servern. Logga in med användarnamn och lösenord.',
  'oidc-avbruten': 'Inloggningen avbröts hos identitetsleverantören. Försök igen.',
  'oidc-nekad':
    'Identitetsleverantören kunde inte logga in dig. Försök igen, eller kontakta kommunens IT-support.',
  'oidc-ogiltig':
    'Inloggningen gick inte att slutföra: den tog för lång tid, eller startades i en annan flik eller webbläsare. Försök igen.',
  'oidc-misslyckades':
    'Det gick inte att logga in via identitetsleverantören just nu. Försök igen om en stund, eller kontakta kommunens IT-support.',
  'oidc-inaktiv': 'Ditt konto i Verksam är inaktiverat. Kontakta en administratör.',
};

function idpError(code: string | null): ApiError | null {
  if (code === null) {
    return null;
  }
  const message = IDP_ERRORS[code as IdpErrorCode] ?? IDP_ERRORS['oidc-misslyckades'];
  return new ApiError(401, `access.${code}`, message);
}

/** The address of the sign-in page that leads back to `path` (the page that needed a signed-in user). */
export function signInPathFor(path: string): string {
  return path === '/' || path.startsWith(SIGN_IN_PATH)
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?next=${encodeURIComponent(path)}`;
}

function DemoUsers() {
  const info = useApiQuery(accessApi.signInInfo, {});
  if (!info.data || info.data.demoUsers.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="demo-users-title" className="demo-users">
      <h2 id="demo-users-title">Prova demon</h2>
      {info.data.demoPassword !== null && (
        <p>
          Demon är inläst, med en användare per roll. Alla har lösenordet{' '}
          <code className="secret-value">{info.data.demoPassword}</code>.
        </p>
      )}
      <table className="data-table access-table wrapping">
        <caption>Demoanvändare</caption>
        <thead>
          <tr>
            <th scope="col">Användarnamn</th>
            <th scope="col">Namn</th>
            <th scope="col">Roll</th>
          </tr>
        </thead>
        <tbody>
          {info.data.demoUsers.map((user) => (
            <tr key={user.username}>
              <th scope="row">
                <code>{user.username}</code>
              </th>
              <td>{user.name}</td>
              <td>{user.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const FIELD_IDS = { username: 'sign-in-username', password: 'sign-in-password' };

function SignInForm({ onError }: { onError: (error: ApiError | null) => void }) {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    onError(null);
    try {
      // No idempotency key: a replayed answer would not set the session's cookie.
      session.signedIn(await call(accessApi.signIn, { body: { username, password } }));
    } catch (caught) {
      onError(asApiError(caught));
      setPassword('');
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form sign-in-form">
      <Field id={FIELD_IDS.username} label="Användarnamn">
        {(aria) => (
          <input
            {...aria}
            className="input input-medium"
            value={username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            onChange={(event) => setUsername(event.target.value)}
          />
        )}
      </Field>
      <PasswordField
        id={FIELD_IDS.password}
        label="Lösenord"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Loggar in …' : 'Logga in'}
      </button>
    </form>
  );
}

/** The identity provider's sign-in: a link to the server, which sends the browser on to the provider. */
function IdpSignIn({ label, next }: { label: string; next: string }) {
  const start = `/api/v1/access/oidc/start${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;
  return (
    <>
      <p>
        <a className="button" href={start}>
          {label}
        </a>
      </p>
      <p>Eller logga in med användarnamn och lösenord:</p>
    </>
  );
}

export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const info = useApiQuery(accessApi.signInInfo, {});
  const [error, setError] = useState<ApiError | null>(() => idpError(params.get('fel')));
  if (session.user !== null) {
    return <Navigate to={safeNext(params.get('next'))} replace />;
  }
  const oidc = info.data?.oidc ?? null;
  return (
    <div className="sign-in">
      <div>
        <PageTitle title="Logga in">Logga in</PageTitle>
        <p className="lead">
          {oidc
            ? 'Logga in för att se och följa upp mål.'
            : 'Logga in med ditt användarnamn och lösenord för att se och följa upp mål.'}
        </p>
        <ErrorSummary error={error} title="Det gick inte att logga in" fieldIds={FIELD_IDS} />
        {oidc && <IdpSignIn label={oidc.label} next={safeNext(params.get('next'))} />}
        <SignInForm onError={setError} />
      </div>
      <DemoUsers />
    </div>
  );
}
