/** The organisation module's UI surface, for other modules' pages. */
export { buildTree, OrgTree } from './org-tree.tsx';
export { UnitHeader } from './unit-header.tsx';
