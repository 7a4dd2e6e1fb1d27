/**
 * Logga in: user name and password, the server's answer in the error summary, and – when the demo is
 * loaded – its users, one per role, with their shared password. Once signed in, the user goes on to the
 * page they asked for (`?next=`, a path on this site only) or to the start page.
 */
import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { type ApiError, asApiError, call, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { Field } from '#web/kit/field.tsx';
import { PageTitle } from '#web/kit/page.tsx';
import { accessApi } from '../contract.ts';
import { PasswordField } from './password-field.tsx';
import { useSession } from './session.tsx';

export const SIGN_IN_PATH = '/logga-in';

/** Where to go after signing in: `next` when it is a path on this site (never another site), else "/". */
export function safeNext(next: string | null, origin = window.location.origin): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  try {
    const url = new URL(next, origin);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === origin && url.pathname !== SIGN_IN_PATH ? path : '/';
  } catch {
    return '/';
  }
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

function SignInForm() {
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // No idempotency key: a replayed answer would not set the session's cookie.
      session.signedIn(await call(accessApi.signIn, { body: { username, password } }));
    } catch (caught) {
      setError(asApiError(caught));
      setPassword('');
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form sign-in-form">
      <ErrorSummary
        error={error}
        title="Det gick inte att logga in"
        fieldIds={{ username: 'sign-in-username', password: 'sign-in-password' }}
      />
      <Field id="sign-in-username" label="Användarnamn">
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
        id="sign-in-password"
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

export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.user !== null) {
    return <Navigate to={safeNext(params.get('next'))} replace />;
  }
  return (
    <div className="sign-in">
      <div>
        <PageTitle title="Logga in">Logga in</PageTitle>
        <p className="lead">Logga in med ditt användarnamn och lösenord för att se och följa upp mål.</p>
        <SignInForm />
      </div>
      <DemoUsers />
    </div>
  );
}
