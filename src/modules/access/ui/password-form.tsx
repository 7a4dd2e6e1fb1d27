/**
 * Changing one's own password: the current one, the new one twice (checked alike here, before sending).
 * The server ends the user's other sessions; this one stays.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { accessApi } from '../contract.ts';
import { PASSWORD_MIN_LENGTH } from '../domain/password.ts';
import { PasswordField } from './password-field.tsx';

const FIELD_IDS = {
  currentPassword: 'password-current',
  newPassword: 'password-new',
  repeatPassword: 'password-repeat',
};

export function PasswordChangeForm({
  submitLabel,
  currentHint,
  onChanged,
}: {
  submitLabel: string;
  currentHint?: string;
  onChanged?: () => void;
}) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  const [mismatch, setMismatch] = useState<ApiError | null>(null);
  const change = useApiMutation(accessApi.changePassword, {
    onSaved: () => {
      setCurrentPassword('');
      setNewPassword('');
      setRepeatPassword('');
      onChanged?.();
    },
  });
  const error = mismatch ?? change.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    if (newPassword !== repeatPassword) {
      setMismatch(
        new ApiError(400, 'request.invalid', 'De två nya lösenorden är inte lika.', [
          {
            path: 'repeatPassword',
            message: 'Upprepa nytt lösenord: skriv samma lösenord som i Nytt lösenord.',
          },
        ]),
      );
      return;
    }
    setMismatch(null);
    change.save({ body: { currentPassword, newPassword } });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      {change.saved && !error && (
        <div className="notice notice-success" role="status">
          <p>Lösenordet är bytt. Dina andra inloggningar är avslutade.</p>
        </div>
      )}
      <PasswordField
        id={FIELD_IDS.currentPassword}
        label="Nuvarande lösenord"
        hint={currentHint}
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={fieldError(error, 'currentPassword')}
      />
      <PasswordField
        id={FIELD_IDS.newPassword}
        label="Nytt lösenord"
        hint={`Minst ${PASSWORD_MIN_LENGTH} tecken. Ett par ord med mellanslag går bra.`}
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={fieldError(error, 'newPassword')}
      />
      <PasswordField
        id={FIELD_IDS.repeatPassword}
        label="Upprepa nytt lösenord"
        autoComplete="new-password"
        value={repeatPassword}
        onChange={setRepeatPassword}
        error={fieldError(error, 'repeatPassword')}
      />
      <button type="submit" className="button" disabled={change.saving}>
        {change.saving ? 'Byter lösenord …' : submitLabel}
      </button>
    </form>
  );
}
