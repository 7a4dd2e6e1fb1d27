/**
 * A new user: name, user name, e-mail and, optionally, a password. Without one the server makes a one-time
 * password, shown here once, which the user must change at their first sign-in.
 */
import { type FormEvent, useState } from 'react';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { TextField } from '#web/kit/field.tsx';
import { accessApi } from '../contract.ts';
import { PASSWORD_MIN_LENGTH } from '../domain/password.ts';
import { PasswordField } from './password-field.tsx';
import { SecretNotice, useSecretCall } from './secret.tsx';

const FIELD_IDS = {
  name: 'new-user-name',
  username: 'new-user-username',
  email: 'new-user-email',
  password: 'new-user-password',
};

const EMPTY = { name: '', username: '', email: '', password: '' };

export function UserCreateForm({ onCreated }: { onCreated: (userId: string) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<{ name: string; oneTimePassword: string | null } | null>(null);
  const create = useSecretCall(accessApi.createUser);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const answer = await create.run({
      body: {
        name: values.name,
        username: values.username,
        email: values.email,
        password: values.password === '' ? null : values.password,
      },
    });
    if (answer) {
      setValues(EMPTY);
      setCreated({ name: answer.user.name, oneTimePassword: answer.oneTimePassword });
      onCreated(answer.user.id);
    }
  };
  return (
    <section aria-labelledby="new-user-title">
      <h2 id="new-user-title">Ny användare</h2>
      {created &&
        (created.oneTimePassword === null ? (
          <div className="notice notice-success" role="status">
            <p>Användaren {created.name} är skapad, med lösenordet du angav.</p>
          </div>
        ) : (
          <SecretNotice
            title={`Engångslösenord för ${created.name}`}
            value={created.oneTimePassword}
            onDismiss={() => setCreated(null)}
          >
            <p>
              Lösenordet visas bara nu. Ge det till {created.name} på ett säkert sätt; hen måste byta det vid
              första inloggningen.
            </p>
          </SecretNotice>
        ))}
      <form onSubmit={submit} noValidate className="form inline-form">
        <ErrorSummary error={create.error} fieldIds={FIELD_IDS} />
        <div className="field-row">
          <TextField
            id={FIELD_IDS.name}
            label="Namn"
            width="medium"
            value={values.name}
            onChange={set('name')}
            error={fieldError(create.error, 'name')}
          />
          <TextField
            id={FIELD_IDS.username}
            label="Användarnamn"
            hint="Små bokstäver a–z, siffror och . _ @ -"
            width="medium"
            value={values.username}
            onChange={set('username')}
            error={fieldError(create.error, 'username')}
          />
        </div>
        <div className="field-row">
          <TextField
            id={FIELD_IDS.email}
            label="E-post (valfri)"
            width="medium"
            value={values.email}
            onChange={set('email')}
            error={fieldError(create.error, 'email')}
          />
          <PasswordField
            id={FIELD_IDS.password}
            label="Lösenord (valfritt)"
            hint={`Minst ${PASSWORD_MIN_LENGTH} tecken. Lämna tomt så får användaren ett engångslösenord.`}
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={fieldError(create.error, 'password') ?? fieldError(create.error, 'newPassword')}
          />
        </div>
        <button type="submit" className="button" disabled={create.pending}>
          {create.pending ? 'Skapar …' : 'Skapa användaren'}
        </button>
      </form>
    </section>
  );
}
