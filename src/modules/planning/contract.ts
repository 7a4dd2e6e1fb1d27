/** The planning API: reporting rounds of the yearly cycle. */

import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, yearParam } from '#core/validation.ts';
import { reportingRoundEntity } from './model.ts';

export const reportingRoundSchema = reportingRoundEntity.dto;
export type ReportingRoundDto = z.infer<typeof reportingRoundSchema>;
export const reportingRoundInputSchema = reportingRoundEntity.create;
export type ReportingRoundInput = z.output<typeof reportingRoundInputSchema>;

export const planningApi = defineOperations('planning', 'Planering', {
  listRounds: {
    method: 'GET',
    path: '/planning/rounds',
    summary: 'Uppföljningstillfällen i kalenderordning, valfritt för ett år',
    query: z.strictObject({ year: yearParam.optional() }),
    response: z.array(reportingRoundSchema),
    resources: ['planning'],
  },
  createRound: {
    method: 'POST',
    path: '/planning/rounds',
    summary: 'Skapa ett uppföljningstillfälle',
    body: reportingRoundInputSchema,
    response: reportingRoundSchema,
    status: 201,
    resources: ['planning'],
  },
  updateRound: {
    method: 'PUT',
    path: '/planning/rounds/:id',
    summary:
      'Ändra namn eller sista dag för ett uppföljningstillfälle, eller stäng det (inga fler utfall eller bedömningar)',
    params: z.strictObject({ id: idField }),
    body: reportingRoundEntity.update,
    response: reportingRoundSchema,
    resources: ['planning'],
  },
});

/** A round in a data package. */
export const reportingRoundPackageRecord = reportingRoundEntity.record;
export type ReportingRoundPackageRecord = z.output<typeof reportingRoundPackageRecord>;
