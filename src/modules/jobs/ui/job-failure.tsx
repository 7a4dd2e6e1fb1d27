/**
 * Problems as every page lists them – where (a JSON path, a line of a file), which record, what is wrong, and
 * the value – and a failed job with all of its problems.
 */
import { z } from 'zod';
import { fieldProblemSchema } from '#core/validation.ts';

export type Problem = z.output<typeof fieldProblemSchema>;

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed as found; the same path may repeat
        <li key={index}>
          <code>{problem.path}</code>
          {problem.record && <> – {problem.record}</>}: {problem.message}
          {problem.value !== undefined && (
            <>
              {' '}
              (värde: <code>{JSON.stringify(problem.value)}</code>)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function JobFailure({ error }: { error: { message: string; fields?: readonly unknown[] } }) {
  const problems = z.array(fieldProblemSchema).safeParse(error.fields ?? []);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{error.message}</strong>
      </p>
      {problems.success && problems.data.length > 0 && <ProblemList problems={problems.data} />}
    </div>
  );
}
