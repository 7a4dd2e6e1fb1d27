/** The public server surface of the jobs module. */
export { type JobDto, jobSchema, jobsApi, storedFileSchema } from './contract.ts';
