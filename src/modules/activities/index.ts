/** The public server surface of the activities module, for other modules' services and the year rollover. */

export { carryActivitiesIntoYear, getActivity, listUnitActivities } from './activity-service.ts';
export type { ActivityDto, ActivityStatusDto, ActivityViewDto, CarryResult } from './contract.ts';
export { type Activity, listActivities } from './db/activity-repository.ts';
