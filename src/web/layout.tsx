/**
 * The app shell. It asks the server who is signed in before anything else, so that no page fetches what
 * would be refused: with no one signed in it shows only the sign-in page (at /logga-in, remembering the
 * address asked for); a user with a one-time password sees only the page that changes it. A signed-in user
 * gets a skip link, the header with the year, the links their roles allow, their name (to Mitt konto) and
 * Logga ut, the organisation tree for the year, and the page. The shell hands the years that have reporting
 * rounds (from planning) down to every page through the kit.
 */

import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import {
  ACCOUNT_PATH,
  PasswordRequiredPage,
  SessionProvider,
  SIGN_IN_PATH,
  signInPathFor,
  useSession,
} from '#modules/access/ui/index.ts';
import { UnreadBadge } from '#modules/notifications/ui/index.ts';
import { OrgTree } from '#modules/organisation/ui/index.ts';
import { useYearsWithRounds } from '#modules/planning/ui/index.ts';
import { asApiError } from './kit/api.ts';
import { LoadError, Loading } from './kit/page.tsx';
import { NO_PLACE_FINDINGS, PlaceFindingsContext } from './kit/place-findings.tsx';
import { ReportSectionsContext } from './kit/ui-module.ts';
import { RoundYearsProvider, useRoundYears, useYear } from './kit/year.tsx';
import { UI_MODULES } from './ui-modules.ts';

function YearPicker({ year, code }: { year: number; code?: string }) {
  const navigate = useNavigate();
  const years = useRoundYears();
  const [chosen, setChosen] = useState(String(year));
  const options = [...new Set([...years, year])].sort();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(code ? `/${chosen}/${encodeURIComponent(code)}` : `/${chosen}`);
  };
  return (
    <form className="year-picker" onSubmit={submit}>
      <label htmlFor="year">År</label>
      <select id="year" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" className="small-button">
        Visa
      </button>
    </form>
  );
}

function SignOutButton() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      // The session becomes no one's; the shell then shows the sign-in page and the cache is emptied.
      await session.signOut();
    } catch (caught) {
      setError(`Utloggningen misslyckades: ${asApiError(caught).message}`);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="header-button" disabled={busy} onClick={signOut}>
        Logga ut
      </button>
      {error && (
        <span className="header-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/** The page alone, under a plain header: signing in, or changing a one-time password. */
function BareShell({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <span className="brand">Verksam</span>
        <span className="tagline">Mål- och resultatstyrning</span>
        {signedIn && (
          <div className="user-menu">
            <SignOutButton />
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} key={location.pathname} className="bare-main">
        {children}
      </main>
    </>
  );
}

export function Layout() {
  return (
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  );
}

/** What the session allows to be shown; nothing else is rendered (or fetched) before it is known. */
function SessionGate() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <BareShell>
        <Loading what="inloggningen" />
      </BareShell>
    );
  }
  if (session.status === 'failed') {
    return (
      <BareShell>
        <LoadError error={session.error} />
        <button type="button" className="button" onClick={() => void session.refresh()}>
          Försök igen
        </button>
      </BareShell>
    );
  }
  if (session.user === null) {
    if (location.pathname !== SIGN_IN_PATH) {
      const asked = `${location.pathname}${location.search}${location.hash}`;
      return <Navigate replace to={session.signedOutHere ? SIGN_IN_PATH : signInPathFor(asked)} />;
    }
    return (
      <BareShell>
        <Outlet />
      </BareShell>
    );
  }
  if (session.user.mustChangePassword) {
    return (
      <BareShell signedIn>
        <PasswordRequiredPage />
      </BareShell>
    );
  }
  return <SignedInShell />;
}

/** The modules' parts of the one-screen report, in module order. */
const REPORT_SECTIONS = UI_MODULES.flatMap((module) => module.reportSections ?? []);

/** The findings beside a record, from the module that offers them (consistency); none: nothing is shown. */
const PLACE_FINDINGS = UI_MODULES.find((module) => module.placeFindings)?.placeFindings ?? NO_PLACE_FINDINGS;

function SignedInShell() {
  return (
    <RoundYearsProvider years={useYearsWithRounds()}>
      <Shell />
    </RoundYearsProvider>
  );
}

function Shell() {
  const { code } = useParams();
  const year = useYear();
  const location = useLocation();
  const session = useSession();
  const links = UI_MODULES.flatMap((module) => module.navigation ?? []).filter(
    (link) => link.capability === undefined || session.canMunicipalityWide(link.capability),
  );
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="site-header site-header-tools">
        <Link to="/" className="brand">
          Verksam
        </Link>
        <span className="tagline">Mål- och resultatstyrning</span>
        <YearPicker key={`${year}-${code ?? ''}`} year={year} code={code} />
        <nav aria-label="Verktyg" className="header-nav">
          <ul>
            {links.map((link) => (
              <li key={link.path}>
                <Link to={link.path}>{link.label}</Link>
              </li>
            ))}
            <li>
              <a href="/api/docs">API</a>
            </li>
          </ul>
        </nav>
        <div className="user-menu">
          <UnreadBadge />
          <Link to={ACCOUNT_PATH} className="user-name">
            <span className="visually-hidden">Mitt konto: </span>
            {session.user?.name}
          </Link>
          <SignOutButton />
        </div>
      </header>
      <div className="shell">
        <nav className="sidebar" aria-label={`Organisation ${year}`}>
          <h2 className="sidebar-title">Organisation {year}</h2>
          <OrgTree year={year} current={code} />
        </nav>
        <main id="main" tabIndex={-1} key={location.pathname}>
          <ReportSectionsContext.Provider value={REPORT_SECTIONS}>
            <PlaceFindingsContext.Provider value={PLACE_FINDINGS}>
              <Outlet />
            </PlaceFindingsContext.Provider>
          </ReportSectionsContext.Provider>
        </main>
      </div>
    </>
  );
}
