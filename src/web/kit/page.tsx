/** Page furniture: the title (also the document title), loading and error states. */
import { type ReactNode, useEffect } from 'react';
import { ApiError } from './api.ts';

export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} – Verksam`;
  }, [title]);
  return <h1>{children}</h1>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Hämtar {what} …
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const message = error instanceof ApiError ? error.message : 'Något gick fel när sidan skulle hämtas.';
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
    </div>
  );
}

export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'warning' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'info' ? undefined : 'status'}>
      {children}
    </div>
  );
}
