/** The public server surface of the internal-control module, for the year rollover and other modules. */

export type { ControlView, FollowUpDto, OverviewDto } from './contract.ts';
export { carryControls, controlReport, followUp, overview } from './internal-control-service.ts';
