/** The public server surface of the investments module, for other modules' services. */

export type { AmountDto, FrameDto, ProjectDto, ProjectWithAmountsDto } from './contract.ts';
export { listUnitProjects } from './project-service.ts';
export { investmentTable } from './table-service.ts';
