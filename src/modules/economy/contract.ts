/**
 * The economy API: the ledger's cost centres and account ranges, loading ledger files, and the operating
 * statement built from them.
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { compareDecimal } from '#core/decimal.ts';
import { changeEntrySchema } from '#core/history.ts';
import { tableModelSchema } from '#core/table-schema.ts';
import {
  decimalField,
  idField,
  intField,
  lineText,
  versionField,
  yearField,
  yearParam,
} from '#core/validation.ts';
import { jobSchema } from '../jobs/contract.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import {
  accountRangeEntity,
  BUDGET_CHANGE_CATEGORIES,
  budgetChangeEntity,
  budgetLineEntity,
  closingEntity,
  costCentreEntity,
  FORECAST_ROUNDS,
  forecastEntity,
  frameAdjustmentEntity,
  frameEntity,
} from './model.ts';

const monthField = intField(1, 12);
const monthParam = z
  .string()
  .regex(/^\d{1,2}$/, { message: 'ska vara en månad, 1–12' })
  .transform(Number)
  .pipe(monthField);
const planYearsParam = z
  .string()
  .regex(/^\d{1,2}$/, { message: 'ska vara ett antal planår, 0–10' })
  .transform(Number)
  .pipe(intField(0, 10));
const idParams = z.strictObject({ id: idField });

/** Which record a history request is about: the path segment names the kind. */
export const HISTORY_KINDS = {
  'budget-lines': budgetLineEntity.table,
  'budget-changes': budgetChangeEntity.table,
  forecasts: forecastEntity.table,
  frames: frameEntity.table,
  'frame-adjustments': frameAdjustmentEntity.table,
  'cost-centres': costCentreEntity.table,
} as const;

const versionQuery = z.strictObject({ version: z.coerce.number().pipe(versionField) });

export const costCentreSchema = costCentreEntity.dto;
export const costCentreInputSchema = costCentreEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'CostCentreCreate' });
export type CostCentreInput = z.output<typeof costCentreInputSchema>;
export const costCentreUpdateSchema = costCentreEntity.update
  .extend({ orgUnitId: orgUnitRefField.optional() })
  .meta({ id: 'CostCentreUpdate' });
export type CostCentreUpdate = z.output<typeof costCentreUpdateSchema>;
export type CostCentreDto = z.output<typeof costCentreSchema>;
export const accountRangeSchema = accountRangeEntity.dto;
export type AccountRangeDto = z.output<typeof accountRangeSchema>;

export const budgetLineSchema = budgetLineEntity.dto;
export type BudgetLineDto = z.output<typeof budgetLineSchema>;
export const budgetLineInputSchema = budgetLineEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'BudgetLineCreate' });
export type BudgetLineInput = z.output<typeof budgetLineInputSchema>;
export type BudgetLineUpdate = z.output<typeof budgetLineEntity.update>;

/** One account of a unit's budget for a year: what is spread over its months, or merged into its year. */
export const budgetAccountInputSchema = z
  .strictObject({
    orgUnitId: orgUnitRefField,
    year: yearField,
    account: budgetLineEntity.fields.account,
    /** The version of the year line read, when spreading it: another's change in between is refused. */
    version: versionField.optional(),
  })
  .meta({ id: 'BudgetAccountRequest' });
export type BudgetAccountInput = z.output<typeof budgetAccountInputSchema>;

export const closingSchema = closingEntity.dto;
export type ClosingInput = z.output<typeof closingEntity.create>;

export const forecastSchema = forecastEntity.dto;
export type ForecastDto = z.output<typeof forecastSchema>;
export const forecastInputSchema = forecastEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'ForecastCreate' });
export type ForecastInput = z.output<typeof forecastInputSchema>;
export type ForecastUpdate = z.output<typeof forecastEntity.update>;

/** Plan years from a budget year: how many, and the compensation for prices and wages. */
export const planYearsInputSchema = z
  .strictObject({
    orgUnitId: orgUnitRefField,
    year: yearField,
    years: intField(1, 10).default(5),
    pricePercent: decimalField,
    wagePercent: decimalField,
    wageShare: decimalField.refine(
      (share) => compareDecimal(share, '0') >= 0 && compareDecimal(share, '1') <= 0,
      {
        message: 'ska vara en andel mellan 0 och 1, t.ex. 0,2',
      },
    ),
  })
  .meta({ id: 'PlanYearsRequest' });
export type PlanYearsInput = z.output<typeof planYearsInputSchema>;

export const budgetChangeSchema = budgetChangeEntity.dto;
export const budgetChangeInputSchema = budgetChangeEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'BudgetChangeCreate' });
export type BudgetChangeInput = z.output<typeof budgetChangeInputSchema>;

const kronorText = z.string().describe('Kronor, exakt med två decimaler, t.ex. "-1200000.00".');
export const bridgeRowSchema = z
  .object({
    orgUnitId: idField,
    unitName: z.string(),
    previous: kronorText,
    changes: z.object(Object.fromEntries(BUDGET_CHANGE_CATEGORIES.map((category) => [category, kronorText]))),
    current: kronorText,
    unexplained: kronorText,
  })
  .meta({
    id: 'BudgetBridgeRow',
    description:
      'Förra årets budget (nettokostnad), årets förändringar per kategori, årets budget och det som ' +
      'förändringarna inte förklarar (0 när bryggan stämmer).',
  });
export type BridgeRowDto = z.output<typeof bridgeRowSchema>;

export const frameSchema = frameEntity.dto;
export const frameInputSchema = frameEntity.create
  .extend({ orgUnitId: orgUnitRefField })
  .meta({ id: 'BudgetFrameCreate' });
export type FrameInput = z.output<typeof frameInputSchema>;
export type FrameUpdate = z.output<typeof frameEntity.update>;
export const frameAdjustmentSchema = frameAdjustmentEntity.dto;
export const frameAdjustmentInputSchema = frameAdjustmentEntity.create
  .extend({ fromUnitId: orgUnitRefField, toUnitId: orgUnitRefField })
  .meta({ id: 'FrameAdjustmentCreate' });
export type FrameAdjustmentInput = z.output<typeof frameAdjustmentInputSchema>;

export const frameCheckSchema = z
  .object({
    frame: frameSchema,
    unitName: z.string(),
    adjustments: z.array(z.object({ counterpart: z.string(), amount: z.string(), reason: z.string() })),
    adjustedAmount: z.string(),
    budgetNetCost: z.string().nullable(),
    difference: z.string().nullable(),
    status: z.enum(['within', 'over', 'balanced', 'unbalanced', 'noBudget']),
    message: z.string(),
  })
  .meta({
    id: 'FrameCheck',
    description:
      'En nämnds ram för året med ramjusteringar, budgetens nettokostnad (kostnader − intäkter, i kronor) och ' +
      'om den håller sig inom ramen.',
  });
export type FrameCheckDto = z.output<typeof frameCheckSchema>;

export const budgetImportReportSchema = z
  .object({
    fileName: z.string(),
    lines: z.int(),
    created: z.int(),
    updated: z.int(),
    removed: z.int(),
    unchanged: z.int(),
  })
  .meta({ id: 'BudgetImportReport' });

export const ledgerImportSchema = z
  .object({
    id: idField,
    year: z.int(),
    firstMonth: z.int(),
    lastMonth: z.int(),
    fileName: z.string(),
    fileSize: z.int(),
    sha256: z.string(),
    encoding: z.string(),
    vouchers: z.int(),
    rows: z.int(),
    importedBy: z.string(),
    importedAt: z.string(),
    replacedAt: z.string().nullable(),
  })
  .meta({
    id: 'LedgerImport',
    description:
      'En inläst huvudboksfil: vem som läste in vilken fil (namn, storlek, SHA-256) och när, för vilken period.',
  });
export type LedgerImportDto = z.output<typeof ledgerImportSchema>;

export const ledgerImportRequestSchema = z
  .strictObject({
    fileId: idField,
    year: yearField,
    firstMonth: monthField.default(1),
    lastMonth: monthField.default(12),
  })
  .meta({ id: 'LedgerImportRequest' });
export type LedgerImportRequest = z.output<typeof ledgerImportRequestSchema>;

/** What a ledger load did: its record, and the rows read, kept and left out. */
export const ledgerImportReportSchema = z
  .object({
    import: ledgerImportSchema,
    vouchers: z.int(),
    rows: z.int(),
    leftOut: z.int(),
  })
  .meta({ id: 'LedgerImportReport' });
export type LedgerImportReport = z.output<typeof ledgerImportReportSchema>;

export const AMOUNT_UNITS = ['kr', 'tkr', 'mnkr'] as const;
export const SIGN_CONVENTIONS = ['netCost', 'result'] as const;

export const statementQuerySchema = z.strictObject({
  org: lineText(64).min(1),
  year: yearParam,
  throughMonth: monthParam.optional(),
  unit: z.enum(AMOUNT_UNITS).default('tkr'),
  sign: z.enum(SIGN_CONVENTIONS).default('result'),
  /**
   * Which "varav kostnader" and "varav intäkter" rows: under every unit and the sum ('true'), under the sum
   * only ('false', as 002:134-147 prints them) or none (a bare "Summa", as 004:169-182).
   */
  details: z.enum(['true', 'false', 'none']).default('true'),
  /** An interim round: the statement shows the units' forecasts for the whole year made then. */
  round: z.enum(FORECAST_ROUNDS).optional(),
  /**
   * The budget document's layout (000:302-319): Bokslut two years back, last year's budget, the year's budget
   * and this many plan years after it.
   */
  planYears: planYearsParam.optional(),
});
export type StatementQuery = z.output<typeof statementQuerySchema>;

/** What the signed-in user may do on the Ekonomi and Budget pages, decided by the same policy as every save. */
export const economyMaySchema = z
  .object({
    importLedger: z.boolean().describe('Om du får läsa in huvudböcker (SIE-filer).'),
    closeYears: z.boolean().describe('Om du får stänga och öppna år i bokslutet.'),
    editCostCentres: z.boolean().describe('Om du får koppla kostnadsställen till enheter och ta bort dem.'),
    adjustFrames: z.boolean().describe('Om du får justera ramar mellan nämnder.'),
    importBudgets: z.boolean().describe('Om du får läsa in budgetar från Excel eller CSV.'),
    forecastUnits: z
      .array(idField)
      .describe('De enheter (id) som du får lämna helårsprognos för under året.'),
    planBudget: z
      .boolean()
      .describe(
        'Om du får ändra den valda enhetens budget för året: budgetrader, planår och budgetförändringar ' +
          '(falskt när ingen enhet är vald).',
      ),
  })
  .meta({ id: 'EconomyMay', description: 'Vad du får göra på sidorna Ekonomi och Budget.' });
export type EconomyMay = z.output<typeof economyMaySchema>;

export const economyApi = defineOperations('economy', 'Ekonomi', {
  permissions: {
    method: 'GET',
    path: '/economy/permissions',
    summary: 'Vad du får göra på sidorna Ekonomi och Budget för ett år, och för en vald enhets budget',
    query: z.strictObject({ org: orgUnitRefField.optional(), year: yearParam }),
    response: economyMaySchema,
    resources: ['access', 'organisation'],
  },
  listCostCentres: {
    method: 'GET',
    path: '/economy/cost-centres',
    summary: 'Kostnadsställen och de organisationsenheter de hör till',
    response: z.array(costCentreSchema),
    resources: ['economy'],
  },
  createCostCentre: {
    method: 'POST',
    path: '/economy/cost-centres',
    summary: 'Koppla ett kostnadsställe i huvudboken till en organisationsenhet',
    body: costCentreInputSchema,
    response: costCentreSchema,
    status: 201,
    resources: ['economy'],
  },
  updateCostCentre: {
    method: 'PUT',
    path: '/economy/cost-centres/:id',
    summary: 'Koppla ett kostnadsställe till en annan enhet',
    params: idParams,
    body: costCentreUpdateSchema,
    response: costCentreSchema,
    resources: ['economy'],
  },
  deleteCostCentre: {
    method: 'DELETE',
    path: '/economy/cost-centres/:id',
    summary: 'Ta bort kopplingen av ett kostnadsställe',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  listAccountRanges: {
    method: 'GET',
    path: '/economy/account-ranges',
    summary:
      'Installationens egna kontointervall (utan dem gäller Kommun-BAS: klass 3 intäkter, 4–7 kostnader)',
    response: z.array(accountRangeSchema),
    resources: ['economy'],
  },
  createAccountRange: {
    method: 'POST',
    path: '/economy/account-ranges',
    summary: 'Lägg till ett kontointervall som kostnader, intäkter, finansiella poster eller balansräkning',
    body: accountRangeEntity.create,
    response: accountRangeSchema,
    status: 201,
    resources: ['economy'],
  },
  deleteAccountRange: {
    method: 'DELETE',
    path: '/economy/account-ranges/:id',
    summary: 'Ta bort ett kontointervall',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  listLedgerImports: {
    method: 'GET',
    path: '/economy/ledger-imports',
    summary: 'Inlästa huvudboksfiler, senaste först',
    query: z.strictObject({ year: yearParam.optional() }),
    response: z.array(ledgerImportSchema),
    resources: ['economy'],
  },
  startLedgerImport: {
    method: 'POST',
    path: '/economy/ledger-imports',
    summary: 'Läs in en uppladdad huvudboksfil (SIE 4) för ett år eller en period, som ett jobb',
    description:
      'Ladda först upp filen med POST /files; starta sedan jobbet med filens id och följ det med ' +
      'GET /jobs/{id}. Allt eller inget: en felaktig fil ger ett misslyckat jobb med varje problem och ' +
      'radnummer. En ny fil för samma period ersätter den förra.',
    body: ledgerImportRequestSchema,
    response: jobSchema,
    status: 202,
    resources: ['jobs', 'economy'],
  },
  listBudgetLines: {
    method: 'GET',
    path: '/economy/budget-lines',
    summary: 'En enhets budgetrader för ett år (kostnader positiva, intäkter negativa, i kronor)',
    query: z.strictObject({ org: lineText(64).min(1), year: yearParam }),
    response: z.array(budgetLineSchema),
    resources: ['economy'],
  },
  budgetHistory: {
    method: 'GET',
    path: '/economy/budget-history',
    summary:
      'Ändringshistorik för en enhets budget ett år: budgetraderna (även borttagna) och budgetförändringarna',
    query: z.strictObject({ org: lineText(64).min(1), year: yearParam }),
    response: z.array(changeEntrySchema),
    resources: ['economy', 'history'],
  },
  history: {
    method: 'GET',
    path: '/economy/history/:kind/:id',
    summary:
      'Ändringshistorik för en budgetrad, budgetförändring, prognos, ram, ramjustering eller ett kostnadsställe',
    params: z.strictObject({
      kind: z.enum(Object.keys(HISTORY_KINDS) as [keyof typeof HISTORY_KINDS]),
      id: idField,
    }),
    response: z.array(changeEntrySchema),
    resources: ['economy', 'history'],
  },
  frameHistory: {
    method: 'GET',
    path: '/economy/frame-history',
    summary: 'Ändringshistorik för ett års ramar och de ramjusteringar som gäller från och med året',
    query: z.strictObject({ year: yearParam }),
    response: z.array(changeEntrySchema),
    resources: ['economy', 'history'],
  },
  createBudgetLine: {
    method: 'POST',
    path: '/economy/budget-lines',
    summary: 'Lägg till en budgetrad för helåret (utan månad) eller för en månad (1–12)',
    description:
      'Ett kontos budget för ett år är antingen en helårsrad eller månadsrader, aldrig båda: årets budget är ' +
      'radernas summa.',
    body: budgetLineInputSchema,
    response: budgetLineSchema,
    status: 201,
    resources: ['economy'],
  },
  updateBudgetLine: {
    method: 'PUT',
    path: '/economy/budget-lines/:id',
    summary: 'Ändra en budgetrads belopp eller kommentar (med den version du läste)',
    params: idParams,
    body: budgetLineEntity.update,
    response: budgetLineSchema,
    resources: ['economy'],
  },
  deleteBudgetLine: {
    method: 'DELETE',
    path: '/economy/budget-lines/:id',
    summary: 'Ta bort en budgetrad',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  spreadBudgetLine: {
    method: 'POST',
    path: '/economy/budget-lines/spread',
    summary: 'Fördela ett kontos helårsbudget per månad',
    description:
      'Helårsraden ersätts av tolv månadsrader med en tolftedel var, i hela ören; de ören som blir över ' +
      'läggs en i taget på de första månaderna, så att månaderna alltid summerar till helåret.',
    body: budgetAccountInputSchema,
    response: z.array(budgetLineSchema),
    resources: ['economy'],
  },
  mergeBudgetMonths: {
    method: 'POST',
    path: '/economy/budget-lines/merge',
    summary: 'Slå ihop ett kontos månadsbudget till en helårsrad med månadernas summa',
    body: budgetAccountInputSchema,
    response: budgetLineSchema,
    resources: ['economy'],
  },
  generatePlanYears: {
    method: 'POST',
    path: '/economy/plan-years',
    summary: 'Skapa eller räkna om planåren efter ett budgetår, med pris- och lönekompensation',
    description:
      'Varje helårsrad räknas upp år för år med 1 + lönedel × lönekompensation + (1 − lönedel) × ' +
      'priskompensation och avrundas till hela kronor; finns raden redan ändras den.',
    body: planYearsInputSchema,
    response: z.object({ created: z.int(), updated: z.int() }),
    resources: ['economy'],
  },
  getBudgetBridge: {
    method: 'GET',
    path: '/economy/budget-bridge',
    summary: 'Bryggan från förra årets budget till årets, för enheten och var och en av dess underenheter',
    query: z.strictObject({ org: lineText(64).min(1), year: yearParam }),
    response: z.array(bridgeRowSchema),
    resources: ['economy'],
  },
  listBudgetChanges: {
    method: 'GET',
    path: '/economy/budget-changes',
    summary:
      'Årets budgetförändringar mot förra året, för alla enheter eller för en enhet och dess underenheter',
    query: z.strictObject({ year: yearParam, org: lineText(64).min(1).optional() }),
    response: z.array(budgetChangeSchema),
    resources: ['economy'],
  },
  createBudgetChange: {
    method: 'POST',
    path: '/economy/budget-changes',
    summary: 'Registrera en förändring mot förra årets budget (nettokostnad i kronor, negativ sänker den)',
    body: budgetChangeInputSchema,
    response: budgetChangeSchema,
    status: 201,
    resources: ['economy'],
  },
  deleteBudgetChange: {
    method: 'DELETE',
    path: '/economy/budget-changes/:id',
    summary: 'Ta bort en budgetförändring',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  startBudgetImport: {
    method: 'POST',
    path: '/economy/budget-imports',
    summary: 'Läs in en uppladdad budgetfil (Excel enligt mallen, eller CSV) som ett jobb – allt eller inget',
    body: z.strictObject({ fileId: idField }),
    response: jobSchema,
    status: 202,
    resources: ['jobs', 'economy'],
  },
  budgetTemplate: {
    method: 'GET',
    path: '/economy/budget-template',
    summary: 'Hämta budgetmallen (Excel): bladet Budget med kolumnerna Enhet, Konto, År, Belopp, Kommentar',
    response: null,
    resources: ['economy'],
  },
  listForecasts: {
    method: 'GET',
    path: '/economy/forecasts',
    summary: 'Enheternas helårsprognoser för ett år och uppföljningstillfälle',
    query: z.strictObject({ year: yearParam, round: z.enum(FORECAST_ROUNDS) }),
    response: z.array(forecastSchema),
    resources: ['economy'],
  },
  createForecast: {
    method: 'POST',
    path: '/economy/forecasts',
    summary:
      'Lämna en helårsprognos: kostnader och intäkter i kronor, eller bara nettokostnaden, med en kommentar',
    body: forecastInputSchema,
    response: forecastSchema,
    status: 201,
    resources: ['economy'],
  },
  updateForecast: {
    method: 'PUT',
    path: '/economy/forecasts/:id',
    summary: 'Ändra en helårsprognos (med den version du läste)',
    params: idParams,
    body: forecastEntity.update,
    response: forecastSchema,
    resources: ['economy'],
  },
  listClosings: {
    method: 'GET',
    path: '/economy/closings',
    summary: 'Stängda bokslut, senaste året först',
    response: z.array(closingSchema),
    resources: ['economy'],
  },
  closeYear: {
    method: 'POST',
    path: '/economy/closings',
    summary: 'Stäng årets bokslut när hela huvudboken är inläst: årets huvudbok, budget och prognoser låses',
    body: closingEntity.create,
    response: closingSchema,
    status: 201,
    resources: ['economy'],
  },
  reopenYear: {
    method: 'DELETE',
    path: '/economy/closings/:id',
    summary: 'Öppna ett stängt bokslut igen (med den version du läste)',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  listFrameChecks: {
    method: 'GET',
    path: '/economy/frames',
    summary: 'Årets ramar med ramjusteringar, och varje nämnds budget mot sin justerade ram',
    query: z.strictObject({ year: yearParam }),
    response: z.array(frameCheckSchema),
    resources: ['economy'],
  },
  createFrame: {
    method: 'POST',
    path: '/economy/frames',
    summary:
      'Ange en nämnds ram för ett år (nettokostnad i kronor), eller att den ska budgetera nollresultat',
    body: frameInputSchema,
    response: frameSchema,
    status: 201,
    resources: ['economy'],
  },
  updateFrame: {
    method: 'PUT',
    path: '/economy/frames/:id',
    summary: 'Ändra en ram (med den version du läste)',
    params: idParams,
    body: frameEntity.update,
    response: frameSchema,
    resources: ['economy'],
  },
  listFrameAdjustments: {
    method: 'GET',
    path: '/economy/frame-adjustments',
    summary: 'Ramjusteringar som gäller ett år (från det året eller tidigare)',
    query: z.strictObject({ year: yearParam }),
    response: z.array(frameAdjustmentSchema),
    resources: ['economy'],
  },
  createFrameAdjustment: {
    method: 'POST',
    path: '/economy/frame-adjustments',
    summary: 'Flytta ett belopp från en nämnds ram till en annans, från och med ett år',
    body: frameAdjustmentInputSchema,
    response: frameAdjustmentSchema,
    status: 201,
    resources: ['economy'],
  },
  deleteFrameAdjustment: {
    method: 'DELETE',
    path: '/economy/frame-adjustments/:id',
    summary: 'Ta bort en ramjustering',
    params: idParams,
    query: versionQuery,
    response: null,
    status: 204,
    resources: ['economy'],
  },
  getStatement: {
    method: 'GET',
    path: '/economy/statement',
    summary:
      'Driftsammandrag för en enhet och dess underenheter: utfall hittills i år mot samma period i fjol',
    query: statementQuerySchema,
    response: tableModelSchema,
    resources: ['economy'],
  },
});
