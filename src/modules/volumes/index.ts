/** The public server surface of the volumes module, for other modules' services. */

export type { MeasureDto, MeasureValueDto, MeasureWithValuesDto } from './contract.ts';
export { listMeasures, listValues, type Measure, type MeasureValue } from './db/measure-repository.ts';
export { getMeasure } from './measure-service.ts';
