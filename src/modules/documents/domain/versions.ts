/**
 * A document version and how it moves: draft → ready for review (granskning) → approved (godkänd) →
 * decided (beslutad) → published (publicerad), or from review back to draft. Approval freezes the version:
 * its document model, its HTML and PDF, and their checksums never change again – the service refuses it and
 * so does a trigger in the database (docs/adr/0027-documents.md, "Versions"). Pure: the service asks it what an
 * action leads to, the pages which actions to offer, and the opening of a version whether its snapshot still
 * matches its checksum.
 */
import type { Capability } from '#core/actor.ts';
import type { DocumentModel } from './document.ts';
import { withoutFindings } from './draft-findings.ts';

export const VERSION_STATES = ['draft', 'readyForReview', 'approved', 'decided', 'published'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const VERSION_ACTIONS = ['submit', 'sendBack', 'approve', 'decide', 'publish'] as const;
export type VersionAction = (typeof VERSION_ACTIONS)[number];

export const VERSION_STATE_LABELS: Readonly<Record<VersionState, string>> = {
  draft: 'Utkast',
  readyForReview: 'Klar för granskning',
  approved: 'Godkänd',
  decided: 'Beslutad',
  published: 'Publicerad',
};

export const VERSION_ACTION_LABELS: Readonly<Record<VersionAction, string>> = {
  submit: 'Skicka till granskning',
  sendBack: 'Skicka tillbaka till utkast',
  approve: 'Godkänn och frys',
  decide: 'Registrera beslut',
  publish: 'Publicera',
};

interface VersionTransition {
  readonly from: VersionState;
  readonly to: VersionState;
  /**
   * Who may: those who plan the unit prepare and review its document; those who govern it approve it,
   * record the board's decision and publish it.
   */
  readonly capability: Capability;
}

const TRANSITIONS: Readonly<Record<VersionAction, VersionTransition>> = {
  submit: { from: 'draft', to: 'readyForReview', capability: 'plan' },
  sendBack: { from: 'readyForReview', to: 'draft', capability: 'plan' },
  approve: { from: 'readyForReview', to: 'approved', capability: 'govern' },
  decide: { from: 'approved', to: 'decided', capability: 'govern' },
  publish: { from: 'decided', to: 'published', capability: 'govern' },
};

/** Creating a draft and deleting one that is not frozen: the unit's planners (controllers). */
export const PREPARE_CAPABILITY: Capability = 'plan';

export function versionTransition(action: VersionAction): VersionTransition {
  return TRANSITIONS[action];
}

/** The actions that lead somewhere from a state, for whoever holds the capability. */
export function versionActionsFrom(
  state: VersionState,
  may: (capability: Capability) => boolean,
): VersionAction[] {
  return VERSION_ACTIONS.filter(
    (action) => TRANSITIONS[action].from === state && may(TRANSITIONS[action].capability),
  );
}

const FROZEN: ReadonlySet<VersionState> = new Set(['approved', 'decided', 'published']);

/** Approved and every state after it: the snapshot is immutable, and the version cannot be deleted. */
export function isFrozen(state: VersionState): boolean {
  return FROZEN.has(state);
}

/**
 * The sections whose text is still a draft's placeholder ("Text saknas: …"), by the heading they stand
 * under, in order and each once: what must be written before the document can be approved.
 */
export function missingSections(model: DocumentModel): string[] {
  const headings = model.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
  const repeated = new Set(headings.filter((text, index) => headings.indexOf(text) !== index));
  const missing: string[] = [];
  // The headings above the block, by level; a repeated heading ("Analys och kommentar") is named with its parent.
  const path: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'heading') {
      path.length = block.level - 1;
      path[block.level - 1] = block.text;
    } else if (block.kind === 'notice' && block.placeholder) {
      const trail = path.filter((text) => text !== undefined);
      const last = trail.at(-1);
      const parent = trail.at(-2);
      const name =
        last === undefined
          ? block.text.replace(/^Text saknas:\s*/, '')
          : repeated.has(last) && parent !== undefined
            ? `${parent} › ${last}`
            : last;
      if (!missing.includes(name)) {
        missing.push(name);
      }
    }
  }
  return missing;
}

/**
 * The frozen model of an approved version: the reviewed draft's, no longer marked as a draft, and without
 * the consistency checks' findings – they are the draft's notes to its reviewers, not the document's content.
 */
export function approvedModel(model: DocumentModel): DocumentModel {
  const content = withoutFindings(model);
  return { ...content, meta: { ...content.meta, draft: false } };
}

/**
 * JSON with every object's keys sorted and no spaces: the same model always gives the same text (and so
 * the same checksum), however it was stored and read back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** "a3f1 9c0e …": a checksum in groups of four, as the document prints it (easier to read aloud and compare). */
export function groupedChecksum(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The checksums of a version's snapshot: of its canonical model, its HTML and its PDF (null: none). */
export interface SnapshotHashes {
  readonly model: string;
  readonly html: string;
  readonly pdf: string | null;
}

/**
 * What does not match between the checksums stored with a version and those of its snapshot as read now,
 * in Swedish; empty when everything matches. Any difference means the snapshot was changed behind
 * Verksam's back (the database refuses it, so only by someone who turned that off).
 */
export function snapshotProblems(stored: SnapshotHashes, computed: SnapshotHashes): string[] {
  const problems: string[] = [];
  if (stored.model !== computed.model) {
    problems.push(
      `Dokumentmodellens kontrollsumma är ${computed.model}, men versionen sparades med ${stored.model}: ` +
        'siffrorna eller texterna har ändrats.',
    );
  }
  if (stored.html !== computed.html) {
    problems.push('Den sparade HTML-filen är inte den som sparades med versionen.');
  }
  if (stored.pdf !== computed.pdf) {
    problems.push(
      computed.pdf === null
        ? 'Den sparade PDF-filen saknas.'
        : 'Den sparade PDF-filen är inte den som sparades med versionen.',
    );
  }
  return problems;
}

/** The loud warning a version whose snapshot does not match its checksum opens with. */
export function integrityWarning(number: number, problems: readonly string[]): string | null {
  return problems.length === 0
    ? null
    : `VARNING: Version ${number} stämmer inte med sin kontrollsumma. ${problems.join(' ')} ` +
        'Lita inte på innehållet; kontakta den som förvaltar Verksam.';
}

export interface Decision {
  /** The body that decided: "KS", "Kommunstyrelsen", "Servicenämnden". */
  readonly body: string;
  /** The paragraph of its minutes: "315". */
  readonly paragraph: string;
  /** ÅÅÅÅ-MM-DD. */
  readonly date: string;
}

/** "KS § 315 2019-10-22", as the documents cite a decision. */
export function decisionText(decision: Decision): string {
  const paragraph = decision.paragraph.replace(/^§\s*/, '').trim();
  return `${decision.body.trim()} § ${paragraph} ${decision.date}`;
}
