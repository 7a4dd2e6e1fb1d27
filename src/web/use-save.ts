/**
 * A save action for forms: runs the request, keeps the server's error (with its field problems) for the form
 * to show, and refreshes the queries the change affects.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from './api-client.ts';

export function useSave<Input, Result>(
  run: (input: Input) => Promise<Result>,
  options: { invalidate?: readonly unknown[][]; onSaved?: (result: Result) => void } = {},
) {
  const client = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setError(null),
    onError: (caught) =>
      setError(
        caught instanceof ApiError
          ? caught
          : new ApiError(0, 'unknown', 'Något gick fel. Ingenting sparades.'),
      ),
    onSuccess: async (result) => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
      options.onSaved?.(result);
    },
  });
  return {
    save: mutation.mutate,
    saving: mutation.isPending,
    error,
    saved: mutation.isSuccess,
    reset: () => setError(null),
  };
}
