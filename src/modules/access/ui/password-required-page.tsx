/**
 * The page a user meets after signing in with a one-time password: until they choose their own, they may do
 * nothing else, so the shell shows only this. Once it is changed, they go on to the page they asked for.
 */
import { PageTitle } from '#web/kit/page.tsx';
import { PasswordChangeForm } from './password-form.tsx';
import { useSession } from './session.tsx';

export function PasswordRequiredPage() {
  const session = useSession();
  return (
    <>
      <PageTitle title="Byt lösenord">Byt lösenord</PageTitle>
      <p className="lead">
        {session.user ? `Välkommen, ${session.user.name}! ` : ''}Du har loggat in med ett engångslösenord. Du
        måste byta lösenord innan du kan fortsätta.
      </p>
      <PasswordChangeForm
        submitLabel="Byt lösenord och fortsätt"
        currentHint="Engångslösenordet du fick av administratören."
      />
    </>
  );
}
