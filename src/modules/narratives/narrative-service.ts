/**
 * Use cases for a unit's texts: list what the round's document asks for (written or not), write one with
 * the version read, name who is responsible for it, delete it. The write path sanitises the rich text,
 * asks the policy (the unit's reporters in the round's year) and the reporting module's lock (a closed
 * round, an approved part), and keeps the history (docs/adr/0028-narrative-texts.md).
 */
import { ROLES } from '#core/actor.ts';
import { write } from '#platform/context.ts';
import { permits } from '../access/domain/index.ts';
import { listRoleHolders } from '../access/index.ts';
import type { Ctx, Tx } from '../context.ts';
import { DOCUMENT_TYPE_NAMES } from '../documents/domain/index.ts';
import { currentTemplates, type DocumentType } from '../documents/index.ts';
import { mayWrite } from '../module-policy.ts';
import { unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrgUnits, type OrgUnit } from '../organisation/index.ts';
import { getRound, type ReportingRound } from '../planning/index.ts';
import type { NarrativeInput, NarrativeSlotDto, UnitNarrativesDto } from './contract.ts';
import { findNarrative, listNarratives, type NarrativeText } from './db/narrative-repository.ts';
import { type NarrativeSlot, narrativeState, slotsForRound } from './domain/slots.ts';
import { narrativesErrors as errors } from './messages.sv.ts';
import { narrativeEntity } from './model.ts';

interface Person {
  readonly id: string;
  readonly name: string;
}

/** Who may be responsible for a unit's text: active users with some role over the unit in the year. */
async function responsiblePeople(ctx: Pick<Ctx, 'db'>, unit: OrgUnit, year: number): Promise<Person[]> {
  const path = unitPath(await listOrgUnits(ctx.db), unit.id);
  const need = { capability: 'read' as const, unitId: unit.id, year };
  const people = new Map<string, Person>();
  for (const role of ROLES) {
    for (const holder of await listRoleHolders(ctx.db, role)) {
      if (!people.has(holder.userId) && permits(holder.grants, need, path)) {
        people.set(holder.userId, { id: holder.userId, name: holder.name });
      }
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}

async function userNames(ctx: Pick<Ctx, 'db'>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await ctx.db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

function slotOf(
  slot: NarrativeSlot,
  text: NarrativeText | null,
  names: ReadonlyMap<string, string>,
): NarrativeSlotDto {
  const responsible = text?.responsibleUserId ?? null;
  return {
    ...slot,
    state: narrativeState(text?.body),
    text,
    responsibleName: responsible === null ? null : (names.get(responsible) ?? null),
  };
}

/** The texts a round asks of a unit, by the templates that hold now. */
export async function roundSlots(
  ctx: Pick<Ctx, 'db'>,
  round: ReportingRound,
  unitName: string,
): Promise<{ type: DocumentType; slots: NarrativeSlot[] }> {
  return slotsForRound(round, unitName, await currentTemplates(ctx));
}

async function unitAndRound(ctx: Pick<Ctx, 'db'>, orgUnit: string, roundId: string, year?: number) {
  const unit = await getOrgUnit(ctx, orgUnit);
  const round = await getRound(ctx, roundId);
  if (year !== undefined && round.year !== year) {
    throw errors.round_other_year(round.name, year);
  }
  return { unit, round, ...(await roundSlots(ctx, round, unit.name)) };
}

/** The slot a key names in the round's document; refused in Swedish when the document has no such text. */
async function slotFor(
  ctx: Pick<Ctx, 'db'>,
  round: ReportingRound,
  unit: OrgUnit,
  key: string,
): Promise<NarrativeSlot> {
  const { type, slots } = await roundSlots(ctx, round, unit.name);
  const slot = slots.find((candidate) => candidate.key === key);
  if (!slot) {
    throw errors.unknown_key(key, DOCUMENT_TYPE_NAMES[type], round.name);
  }
  return slot;
}

/** Asked of the policy that decides the save: the unit in the round's year, and the round's locks. */
function mayWriteTexts(ctx: Ctx, unitId: string, roundId: string): Promise<boolean> {
  return mayWrite(ctx, narrativeEntity.table, { orgUnitId: unitId, reportingRoundId: roundId });
}

/** Every text the round's document asks of the unit, written or not, in the document's order. */
export async function listUnitNarratives(
  ctx: Ctx,
  query: { orgUnit: string; year: number; round: string },
): Promise<UnitNarrativesDto> {
  const { unit, round, type, slots } = await unitAndRound(ctx, query.orgUnit, query.round, query.year);
  const stored = await listNarratives(ctx.db, { orgUnitIds: [unit.id], roundIds: [round.id] });
  const names = await userNames(ctx, [
    ...new Set(stored.flatMap((text) => (text.responsibleUserId ? [text.responsibleUserId] : []))),
  ]);
  return {
    orgUnitId: unit.id,
    round,
    documentType: type,
    documentName: DOCUMENT_TYPE_NAMES[type],
    editable: await mayWriteTexts(ctx, unit.id, round.id),
    people: await responsiblePeople(ctx, unit, round.year),
    texts: slots.map((slot) => slotOf(slot, stored.find((text) => text.key === slot.key) ?? null, names)),
  };
}

/** Refuses someone who may not write the unit's texts in the round (or while it is locked). */
function checkMayWriteTexts(tx: Tx, orgUnitId: string, reportingRoundId: string, key: string) {
  return tx.checkMayWrite(narrativeEntity, {
    id: '',
    version: 0,
    key,
    body: null,
    responsibleUserId: null,
    orgUnitId,
    reportingRoundId,
  });
}

/** Writes a text: a new one, or a change to the stored one with the version the user read. */
export async function saveNarrative(
  ctx: Ctx,
  params: { orgUnit: string; roundId: string; key: string },
  input: NarrativeInput,
): Promise<NarrativeSlotDto> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, params.orgUnit);
    const round = await getRound(tx, params.roundId);
    // The permission first: someone who may not write learns nothing of the round's texts or its people.
    await checkMayWriteTexts(tx, unit.id, round.id, params.key);
    const slot = await slotFor(tx, round, unit, params.key);
    const current = await findNarrative(tx.db, unit.id, round.id, slot.key);
    const { version, ...patch } = input;
    const responsible = patch.responsibleUserId;
    if (responsible != null && responsible !== current?.responsibleUserId) {
      const people = await responsiblePeople(tx, unit, round.year);
      if (!people.some((person) => person.id === responsible)) {
        throw errors.responsible_unknown(responsible, unit.name, round.year);
      }
    }
    let saved: NarrativeText;
    if (current === null) {
      saved = await tx.insert(narrativeEntity, {
        orgUnitId: unit.id,
        reportingRoundId: round.id,
        key: slot.key,
        body: patch.body ?? null,
        responsibleUserId: patch.responsibleUserId ?? null,
      });
    } else {
      if (version === undefined) {
        throw errors.version_required(slot.heading);
      }
      saved = await tx.update(narrativeEntity, current, version, patch);
    }
    const names = await userNames(tx, saved.responsibleUserId ? [saved.responsibleUserId] : []);
    return slotOf(slot, saved, names);
  });
}

/** Deletes a written text with the version read: the document shows it as missing again. */
export async function removeNarrative(
  ctx: Ctx,
  params: { orgUnit: string; roundId: string; key: string },
  version: number,
): Promise<void> {
  await write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, params.orgUnit);
    const round = await getRound(tx, params.roundId);
    await checkMayWriteTexts(tx, unit.id, round.id, params.key);
    const slot = await slotFor(tx, round, unit, params.key);
    const current = await findNarrative(tx.db, unit.id, round.id, slot.key);
    if (current === null) {
      throw errors.not_written(slot.heading, unit.name, round.name);
    }
    await tx.remove(narrativeEntity, current, version);
  });
}
