/**
 * Secrets the server answers once – a one-time password, an API token – and the calls that fetch them.
 * Those calls carry no idempotency key: the server would keep the answer, secret and all, to replay it.
 * A double click is kept out by the button instead, disabled while the call runs.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Operation, OperationInput, OperationResult } from '#core/api.ts';
import { type ApiError, asApiError, call, useRefresh } from '#web/kit/api.ts';

export function useSecretCall<O extends Operation>(operation: O) {
  const refresh = useRefresh();
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (input: OperationInput<O>): Promise<OperationResult<O> | null> => {
    if (running.current) {
      return null;
    }
    running.current = true;
    setPending(true);
    setError(null);
    try {
      const result = await call(operation, input);
      await refresh(operation.spec.resources);
      return result;
    } catch (caught) {
      setError(asApiError(caught));
      return null;
    } finally {
      running.current = false;
      setPending(false);
    }
  };
  return { run, pending, error, clearError: () => setError(null) };
}

/** A secret shown once, easy to select and copy, with what it is for; it takes focus when it appears. */
export function SecretNotice({
  title,
  value,
  children,
  onDismiss,
}: {
  title: string;
  value: string;
  children: ReactNode;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="notice notice-success secret-notice" role="status" tabIndex={-1} ref={ref}>
      <p className="secret-title">
        <strong>{title}</strong>
      </p>
      <p>
        <code className="secret-value">{value}</code>
      </p>
      {children}
      <p className="actions-row">
        <button type="button" className="small-button" onClick={copy}>
          Kopiera
        </button>
        <button type="button" className="small-button" onClick={onDismiss}>
          Dölj
        </button>
        <span aria-live="polite">
          {copied === 'yes' ? 'Kopierat.' : copied === 'no' ? 'Markera texten och kopiera den själv.' : ''}
        </span>
      </p>
    </div>
  );
}
