/** The assignments module's routes: one use case per operation of its contract. */
import { registerOperations } from '#platform/http/operations.ts';
import type { RouteRegistrar } from '../module-definition.ts';
import {
  addRecipient,
  assignmentHistory,
  carryAssignmentsIntoYear,
  createAssignment,
  createStatus,
  deleteAssignment,
  getAssignment,
  listYearAssignments,
  removeRecipient,
  setResponse,
  updateAssignment,
  updateStatus,
} from './assignment-service.ts';
import { assignmentsApi } from './contract.ts';

export const assignmentsRoutes: RouteRegistrar = (app, platform) =>
  registerOperations(app, platform, assignmentsApi, {
    listAssignments: ({ query }, ctx) => listYearAssignments(ctx, query),
    getAssignment: ({ params }, ctx) => getAssignment(ctx, params.id),
    createAssignment: ({ body }, ctx) => createAssignment(ctx, body),
    updateAssignment: ({ params, body }, ctx) => updateAssignment(ctx, params.id, body),
    deleteAssignment: ({ params, query }, ctx) => deleteAssignment(ctx, params.id, query.version),
    addRecipient: ({ params, body }, ctx) => addRecipient(ctx, params.id, body),
    removeRecipient: ({ params, query }, ctx) => removeRecipient(ctx, params.id, query.version),
    setResponse: ({ params, body }, ctx) => setResponse(ctx, params.id, body),
    createStatus: ({ body }, ctx) => createStatus(ctx, body),
    updateStatus: ({ params, body }, ctx) => updateStatus(ctx, params.id, body),
    carryIntoYear: ({ body }, ctx) => carryAssignmentsIntoYear(ctx, body),
    history: ({ params }, ctx) => assignmentHistory(ctx, params.id),
  });
