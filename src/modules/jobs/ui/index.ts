/** The jobs module's UI surface: following a job's progress, for other modules' pages. */
import type { UiModule } from '#web/kit/ui-module.ts';

export { JobFailure, type Problem, ProblemList } from './job-failure.tsx';
export { type JobData, JobProgress, UploadProgress, useJob } from './job-progress.tsx';

export const jobsUi: UiModule = { name: 'jobs', routes: [] };
