/**
 * Inställningar för internkontroll: the municipality's scales – probability and consequence (default 1–4),
 * the bands of risk values with their names and colours (the name is always shown, so colour is never
 * alone), and the result scale with the levels that require an action. Everyone reads them; those who
 * govern the municipality (administrators, kommunledningen) change them, as the server says
 * (`mayEdit`). A change is checked by the server (bands cover every value once, keys unique, one level
 * without action) and refused in Swedish naming the field (docs/adr/0025-internal-control.md).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { CheckboxField, SelectField, TextField } from '#web/kit/field.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { fieldProps, RecordForm } from '#web/kit/record-form.tsx';
import { internalControlApi } from '../contract.ts';

type Settings = OperationResult<typeof internalControlApi.getSettings>;
type Band = Settings['bands'][number];
type Level = Settings['results'][number];

/** A band's colour beside its name, as a swatch a screen reader skips (the name says it all). */
function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '1em',
        height: '1em',
        marginRight: '0.4em',
        verticalAlign: 'middle',
        border: '1px solid currentColor',
        background: colour,
      }}
    />
  );
}

function ReadOnly({ settings }: { settings: Settings }) {
  return (
    <>
      <section aria-labelledby="scale-title">
        <h2 id="scale-title">Sannolikhet och konsekvens</h2>
        <dl className="facts">
          <dt>Sannolikhet</dt>
          <dd>1–{settings.probabilityMax}</dd>
          <dt>Konsekvens</dt>
          <dd>1–{settings.consequenceMax}</dd>
          <dt>Riskvärde</dt>
          <dd>sannolikhet × konsekvens</dd>
        </dl>
      </section>
      <section aria-labelledby="bands-title">
        <h2 id="bands-title">Riskklasser</h2>
        <table className="data-table">
          <caption>Riskklasser efter riskvärde</caption>
          <thead>
            <tr>
              <th scope="col">Riskklass</th>
              <th scope="col" className="num">
                Från
              </th>
              <th scope="col" className="num">
                Till
              </th>
              <th scope="col">Färg</th>
            </tr>
          </thead>
          <tbody>
            {settings.bands.map((band) => (
              <tr key={`${band.min}-${band.label}`}>
                <th scope="row">{band.label}</th>
                <td className="num">{band.min}</td>
                <td className="num">{band.max}</td>
                <td>
                  <Swatch colour={band.colour} />
                  {band.colour}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="levels-title">
        <h2 id="levels-title">Resultatskala</h2>
        <table className="data-table">
          <caption>Resultatnivåer för kontrollmoment</caption>
          <thead>
            <tr>
              <th scope="col">Nivå</th>
              <th scope="col">Nyckel</th>
              <th scope="col">Kräver åtgärd</th>
            </tr>
          </thead>
          <tbody>
            {settings.results.map((level) => (
              <tr key={level.key}>
                <th scope="row">{level.label}</th>
                <td>{level.key}</td>
                <td>{level.needsAction ? 'Ja' : 'Nej'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

const scaleOptions = Array.from({ length: 9 }, (_, index) => ({
  value: String(index + 2),
  label: `1–${index + 2}`,
}));

function SettingsForm({ settings }: { settings: Settings }) {
  const update = useApiMutation(internalControlApi.updateSettings);
  const [probabilityMax, setProbabilityMax] = useState(String(settings.probabilityMax));
  const [consequenceMax, setConsequenceMax] = useState(String(settings.consequenceMax));
  const [bands, setBands] = useState<readonly Band[]>(settings.bands);
  const [levels, setLevels] = useState<readonly Level[]>(settings.results);
  // A save (here or elsewhere) brings a new version: the form starts from what is stored.
  useEffect(() => {
    setProbabilityMax(String(settings.probabilityMax));
    setConsequenceMax(String(settings.consequenceMax));
    setBands(settings.bands);
    setLevels(settings.results);
  }, [settings]);
  const ids = {
    probabilityMax: 'ics-probability',
    consequenceMax: 'ics-consequence',
    bands: 'ics-band-0-label',
    results: 'ics-level-0-label',
  };
  const field = fieldProps(update.error, ids);
  const top = Number(probabilityMax) * Number(consequenceMax);
  const changeBand = (index: number, patch: Partial<Band>) =>
    setBands(bands.map((band, at) => (at === index ? { ...band, ...patch } : band)));
  const changeLevel = (index: number, patch: Partial<Level>) =>
    setLevels(levels.map((level, at) => (at === index ? { ...level, ...patch } : level)));
  const number = (text: string) => (text.trim() === '' ? 0 : Number(text));
  const submit = () =>
    update.save({
      body: {
        probabilityMax: Number(probabilityMax),
        consequenceMax: Number(consequenceMax),
        bands: [...bands],
        results: [...levels],
        version: settings.version,
      },
    });
  return (
    <RecordForm
      titleId="ics-title"
      title="Ändra inställningarna"
      error={update.error}
      fieldIds={ids}
      saved={update.saved}
      savedText="Inställningarna är sparade."
      saving={update.saving}
      submitLabel="Spara inställningarna"
      onSubmit={submit}
      className="form"
    >
      <fieldset className="field">
        <legend>Sannolikhet och konsekvens</legend>
        <div className="field-row">
          <SelectField
            {...field('probabilityMax')}
            label="Sannolikhet"
            value={probabilityMax}
            onChange={setProbabilityMax}
            options={scaleOptions}
          />
          <SelectField
            {...field('consequenceMax')}
            label="Konsekvens"
            value={consequenceMax}
            onChange={setConsequenceMax}
            options={scaleOptions}
          />
        </div>
        <p className="hint">Riskvärde = sannolikhet × konsekvens, från 1 till {top}.</p>
      </fieldset>
      <fieldset className="field">
        <legend>Riskklasser</legend>
        <p className="hint">
          Riskklasserna ska tillsammans täcka varje riskvärde från 1 till {top} exakt en gång. Namnet visas
          alltid; färgen (#rrggbb) är ett komplement.
        </p>
        {bands.map((band, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a band has no identity of its own; its place is it
          <div className="field-row" key={index}>
            <TextField
              id={`ics-band-${index}-label`}
              label={`Riskklass ${index + 1}: namn`}
              value={band.label}
              onChange={(label) => changeBand(index, { label })}
              width="medium"
              {...(index === 0 ? { error: field('bands').error } : {})}
            />
            <TextField
              id={`ics-band-${index}-min`}
              label="Från riskvärde"
              inputMode="numeric"
              width="short"
              value={String(band.min)}
              onChange={(text) => changeBand(index, { min: number(text) })}
            />
            <TextField
              id={`ics-band-${index}-max`}
              label="Till riskvärde"
              inputMode="numeric"
              width="short"
              value={String(band.max)}
              onChange={(text) => changeBand(index, { max: number(text) })}
            />
            <TextField
              id={`ics-band-${index}-colour`}
              label="Färg (#rrggbb)"
              width="short"
              value={band.colour}
              onChange={(colour) => changeBand(index, { colour })}
              hint={<Swatch colour={band.colour} />}
            />
            {bands.length > 1 && (
              <button
                type="button"
                className="small-button"
                onClick={() => setBands(bands.filter((_, at) => at !== index))}
              >
                Ta bort <span className="visually-hidden">riskklassen {band.label || index + 1}</span>
              </button>
            )}
          </div>
        ))}
        {bands.length < 10 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const last = bands.at(-1);
              setBands([...bands, { min: (last?.max ?? 0) + 1, max: top, label: '', colour: '#ffffff' }]);
            }}
          >
            Lägg till riskklass
          </button>
        )}
      </fieldset>
      <fieldset className="field">
        <legend>Resultatskala</legend>
        <p className="hint">
          Ett resultat på en nivå som kräver åtgärd ska ha minst en åtgärd (vad, ansvarig, senast). Minst en
          nivå ska vara utan krav på åtgärd. Nyckeln sparas på resultaten och kan inte ändras för en befintlig
          nivå; namnet kan ändras och följer med överallt.
        </p>
        {levels.map((level, index) => {
          const stored = settings.results.some((item) => item.key === level.key);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a new level has no key until it is typed
            <div className="field-row" key={index}>
              <TextField
                id={`ics-level-${index}-label`}
                label={`Nivå ${index + 1}: namn`}
                value={level.label}
                onChange={(label) => changeLevel(index, { label })}
                width="medium"
                {...(index === 0 ? { error: field('results').error } : {})}
              />
              {stored ? (
                <p>
                  Nyckel: <code>{level.key}</code>
                </p>
              ) : (
                <TextField
                  id={`ics-level-${index}-key`}
                  label="Nyckel (bokstäver a–z)"
                  width="medium"
                  value={level.key}
                  onChange={(key) => changeLevel(index, { key })}
                />
              )}
              <CheckboxField
                id={`ics-level-${index}-action`}
                label="Kräver åtgärd"
                checked={level.needsAction}
                onChange={(needsAction) => changeLevel(index, { needsAction })}
              />
              {levels.length > 1 && (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => setLevels(levels.filter((_, at) => at !== index))}
                >
                  Ta bort <span className="visually-hidden">nivån {level.label || index + 1}</span>
                </button>
              )}
            </div>
          );
        })}
        {levels.length < 10 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setLevels([...levels, { key: '', label: '', needsAction: false }])}
          >
            Lägg till nivå
          </button>
        )}
      </fieldset>
    </RecordForm>
  );
}

export function SettingsPage() {
  const settings = useApiQuery(internalControlApi.getSettings, {});
  return (
    <>
      <PageTitle title="Inställningar för internkontroll">Inställningar för internkontroll</PageTitle>
      <p className="lead">
        Kommunens skalor för riskbedömning och resultat av kontrollmoment. De gäller alla enheter och år.
      </p>
      <p>
        <Link to="/internkontroll">Tillbaka till Internkontroll</Link>
      </p>
      {settings.isError && <LoadError error={settings.error} />}
      {!settings.data && !settings.isError && <Loading what="inställningarna" />}
      {settings.data && (
        <>
          <ReadOnly settings={settings.data} />
          {settings.data.mayEdit ? (
            <SettingsForm settings={settings.data} />
          ) : (
            <p>Inställningarna ändras av administratörer och kommunledningen.</p>
          )}
        </>
      )}
    </>
  );
}
