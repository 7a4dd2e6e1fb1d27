/** The organisation module's UI surface, for other modules' pages. */
export { OrgTree } from './org-tree.tsx';
export { UnitHeader } from './unit-header.tsx';
