/**
 * Texter: the texts of a unit's document for a round – förvaltningens uppdrag, the samlad bedömning, viktiga
 * beslut och händelser, the analyses under the economy tables … – as the round's document asks for them.
 * Choose the unit, the year and the round; each text shows its heading, whether it is written, who is
 * responsible, and (for those who may write it now) a rich-text editor. Others read it
 * (docs/adr/0028-narrative-texts.md).
 *
 * What is chosen lives in the address (?enhet=VSS&ar=2019&tillfalle=<id>), so a choice can be linked.
 */
import { type FormEvent, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { planningApi } from '#modules/planning/contract.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, UnitYearFields } from '#web/kit/field.tsx';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { RichTextField, RichTextView } from '#web/kit/rich-text-field.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { narrativesApi } from '../contract.ts';
import { NARRATIVE_STATE_LABELS } from '../domain/slots.ts';

type UnitNarratives = OperationResult<typeof narrativesApi.list>;
type Slot = UnitNarratives['texts'][number];

const NOBODY = '';

/** The text's heading with those it stands under, so that the three "Analys och kommentar" differ by name. */
const fullName = (slot: Slot) => (slot.chapter ? `${slot.chapter} › ${slot.heading}` : slot.heading);

function TextForm({
  unit,
  data,
  slot,
  onDone,
}: {
  unit: string;
  data: UnitNarratives;
  slot: Slot;
  /** After a save or a removal, with what to tell the user (the form itself is remounted by the refresh). */
  onDone: (message: string) => void;
}) {
  const id = useId();
  const current = slot.text;
  const [body, setBody] = useState(current?.body ?? '');
  const [responsible, setResponsible] = useState(current?.responsibleUserId ?? NOBODY);
  const { save, saving, error } = useApiMutation(narrativesApi.save, {
    onSaved: () => onDone('Texten är sparad.'),
  });
  const removal = useApiMutation(narrativesApi.remove, { onSaved: () => onDone('Texten är borttagen.') });
  const params = { orgUnit: unit, roundId: data.round.id, key: slot.key };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      params,
      body: {
        body,
        responsibleUserId: responsible === NOBODY ? null : responsible,
        ...(current ? { version: current.version } : {}),
      },
    });
  };
  const ids = { body: `${id}-body`, responsibleUserId: `${id}-responsible` };
  const people = [...data.people];
  if (current?.responsibleUserId && !people.some((person) => person.id === current.responsibleUserId)) {
    people.push({ id: current.responsibleUserId, name: slot.responsibleName ?? 'Okänd användare' });
  }
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary error={error} fieldIds={ids} />
        <RichTextField
          id={ids.body}
          label={`Text: ${fullName(slot)}`}
          rows={8}
          value={body}
          onChange={setBody}
          error={fieldError(error, 'body')}
        />
        <SelectField
          id={ids.responsibleUserId}
          label="Ansvarig"
          value={responsible}
          onChange={setResponsible}
          error={fieldError(error, 'responsibleUserId')}
          options={[
            { value: NOBODY, label: 'Ingen utsedd' },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Sparar …' : 'Spara texten'}
        </button>
      </form>
      {current && (
        <ConfirmDelete
          what={`texten ”${fullName(slot)}”`}
          saving={removal.saving}
          error={removal.error}
          onConfirm={() => removal.save({ params, query: { version: current.version } })}
        />
      )}
    </>
  );
}

function TextSection({ unit, data, slot }: { unit: string; data: UnitNarratives; slot: Slot }) {
  const titleId = useId();
  const written = slot.state === 'written';
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby={titleId} className="narrative">
      <h2 id={titleId}>
        {slot.chapter && <span className="title-kicker">{slot.chapter}: </span>}
        {slot.heading}
      </h2>
      <p className="meta">
        <Badge tone={written ? 'good' : 'neutral'} label={NARRATIVE_STATE_LABELS[slot.state]} /> Ansvarig:{' '}
        {slot.responsibleName ?? 'ingen utsedd'}
      </p>
      {data.editable ? (
        <TextForm key={slot.text?.version ?? 0} unit={unit} data={data} slot={slot} onDone={setDone} />
      ) : written ? (
        <RichTextView value={slot.text?.body ?? null} />
      ) : (
        <p>Texten är inte skriven.</p>
      )}
      <FindingsBeside
        unit={unit}
        year={data.round.year}
        round={data.round.kind}
        records={[{ kind: 'narrative', key: slot.key }]}
        label={`Kontroller för texten ”${fullName(slot)}”`}
      />
      {done && <Notice kind="success">{done}</Notice>}
      {slot.text && (
        <HistoryDetails
          summary={`Historik för ”${fullName(slot)}”`}
          operation={narrativesApi.history}
          input={{ params: { id: slot.text.id } }}
          valueLabels={{
            responsibleUserId: Object.fromEntries(data.people.map((person) => [person.id, person.name])),
            reportingRoundId: { [data.round.id]: data.round.name },
          }}
        />
      )}
    </section>
  );
}

export function NarrativesPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const rounds = useApiQuery(planningApi.listRounds, { query: { year } });
  const org = shownUnitCode(units.data, params.get('enhet'));
  const yearRounds = rounds.data ?? [];
  const round =
    yearRounds.find((candidate) => candidate.id === params.get('tillfalle')) ??
    yearRounds.find((candidate) => candidate.kind === 'closing') ??
    yearRounds[0];
  const go = (change: { enhet?: string; ar?: string; tillfalle?: string }) => {
    const next = new URLSearchParams({
      enhet: org,
      ar: String(year),
      ...(round ? { tillfalle: round.id } : {}),
      ...change,
    });
    if (change.ar !== undefined) {
      next.delete('tillfalle');
    }
    setParams(next);
  };
  const years = [...new Set([...roundYears, year])].sort((a, b) => a - b);
  const texts = useApiQuery(
    narrativesApi.list,
    { query: { orgUnit: org, year, round: round?.id ?? '' } },
    { enabled: org !== '' && round !== undefined },
  );
  const data = texts.data;
  return (
    <>
      <PageTitle title="Texter">Texter</PageTitle>
      <p className="lead">
        Texterna i enhetens dokument – verksamhetsberättelse, delårsrapport eller förvaltningsbudget beroende
        på uppföljningstillfälle. En skriven text står i dokumentet under sin rubrik; en som saknas markeras i
        utkastet.
      </p>
      <form
        className="field-row"
        aria-label="Välj enhet och tillfälle"
        onSubmit={(event) => event.preventDefault()}
      >
        <UnitYearFields
          idPrefix="narratives"
          units={units.data}
          org={org}
          year={year}
          years={years}
          go={go}
        />
        <SelectField
          id="narratives-round"
          label="Uppföljningstillfälle"
          value={round?.id ?? ''}
          onChange={(value) => go({ tillfalle: value })}
          options={yearRounds.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
      </form>
      {rounds.data && yearRounds.length === 0 && <p>Det finns inga uppföljningstillfällen för {year}.</p>}
      {texts.isError && <LoadError error={texts.error} />}
      {round && org && !data && !texts.isError && <Loading what="texterna" />}
      {data && (
        <>
          <p>
            {data.documentName} {year}, {round?.name}:{' '}
            {data.texts.filter((slot) => slot.state === 'written').length} av {data.texts.length} texter
            skrivna.
            {!data.editable && ' Du kan läsa texterna men inte ändra dem nu.'}
          </p>
          {data.texts.map((slot) => (
            <TextSection key={slot.key} unit={org} data={data} slot={slot} />
          ))}
        </>
      )}
    </>
  );
}
