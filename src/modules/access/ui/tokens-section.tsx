/**
 * API tokens: personal keys for the command line against a server. Issued for a user, shown once, listed
 * with when they were last used, and revoked when no longer needed.
 */
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '#core/format.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { accessApi } from '../contract.ts';
import { SecretNotice, useSecretCall } from './secret.tsx';
import type { AdminUser } from './user-panel.tsx';

const FIELD_IDS = { userId: 'token-user', name: 'token-name' };

function IssueTokenForm({ users }: { users: readonly AdminUser[] }) {
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<{ userName: string; token: string } | null>(null);
  const issue = useSecretCall(accessApi.createToken);
  const chosen = userId || users[0]?.id || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    const answer = await issue.run({ body: { userId: chosen, name } });
    if (answer) {
      setName('');
      setIssued({ userName: users.find((user) => user.id === chosen)?.name ?? '', token: answer.token });
    }
  };
  return (
    <>
      {issued && (
        <SecretNotice
          title={`API-nyckel för ${issued.userName}`}
          value={issued.token}
          onDismiss={() => setIssued(null)}
        >
          <p>
            Nyckeln visas bara nu och kan inte hämtas igen. Spara den på ett säkert ställe; den ger samma
            behörighet som användaren har.
          </p>
        </SecretNotice>
      )}
      <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="issue-token-title">
        <h3 id="issue-token-title" className="form-title">
          Utfärda en API-nyckel
        </h3>
        <ErrorSummary error={issue.error} fieldIds={FIELD_IDS} />
        <div className="field-row">
          <SelectField
            id={FIELD_IDS.userId}
            label="Användare"
            value={chosen}
            onChange={setUserId}
            options={users.map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }))}
            error={fieldError(issue.error, 'userId')}
          />
          <TextField
            id={FIELD_IDS.name}
            label="Namn på nyckeln"
            hint="Vad den används till, t.ex. ”Inläsning av huvudbok”."
            width="medium"
            value={name}
            onChange={setName}
            error={fieldError(issue.error, 'name')}
          />
        </div>
        <button type="submit" className="button" disabled={issue.pending || users.length === 0}>
          Utfärda nyckeln
        </button>
      </form>
    </>
  );
}

export function TokensSection({ users }: { users: readonly AdminUser[] }) {
  const tokens = useApiQuery(accessApi.listTokens, { query: {} });
  const revoke = useApiMutation(accessApi.revokeToken);
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">API-nycklar</h2>
      <p>
        Personliga nycklar för kommandoraden mot en server (<code>Authorization: Bearer vks_…</code>). En
        nyckel gör det användaren får göra.
      </p>
      {tokens.isPending ? (
        <Loading what="API-nycklarna" />
      ) : tokens.isError ? (
        <LoadError error={tokens.error} />
      ) : tokens.data.length === 0 ? (
        <p>Inga API-nycklar är utfärdade.</p>
      ) : (
        <>
          <ErrorSummary error={revoke.error} />
          <div className="table-scroll">
            <table className="data-table access-table">
              <caption>Utfärdade API-nycklar</caption>
              <thead>
                <tr>
                  <th scope="col">Namn</th>
                  <th scope="col">Användare</th>
                  <th scope="col">Skapad</th>
                  <th scope="col">Senast använd</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Åtgärd</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{token.userName}</td>
                    <td>{formatDateTime(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Aldrig'}</td>
                    <td>
                      {token.revokedAt ? (
                        <Badge tone="neutral" label={`Återkallad ${formatDateTime(token.revokedAt)}`} />
                      ) : (
                        <Badge tone="good" label="Giltig" />
                      )}
                    </td>
                    <td className="actions">
                      {!token.revokedAt && (
                        <button
                          type="button"
                          className="small-button"
                          disabled={revoke.saving}
                          aria-label={`Återkalla nyckeln ${token.name} för ${token.userName}`}
                          onClick={() => revoke.save({ params: { id: token.id } })}
                        >
                          Återkalla
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <IssueTokenForm users={users} />
    </section>
  );
}
