/**
 * The app shell: a skip link, the header with the year, the organisation tree for that year, and the page.
 * It hands the years that have reporting rounds (from planning) down to every page through the kit.
 */

import { type FormEvent, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { OrgTree } from '#modules/organisation/ui/index.ts';
import { useYearsWithRounds } from '#modules/planning/ui/index.ts';
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

export function Layout() {
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
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Verksam
        </Link>
        <span className="tagline">Mål- och resultatstyrning</span>
        <YearPicker key={`${year}-${code ?? ''}`} year={year} code={code} />
        <nav aria-label="Verktyg" className="header-nav">
          <ul>
            {UI_MODULES.flatMap((module) => module.navigation ?? []).map((link) => (
              <li key={link.path}>
                <Link to={link.path}>{link.label}</Link>
              </li>
            ))}
            <li>
              <a href="/api/docs">API</a>
            </li>
          </ul>
        </nav>
      </header>
      <div className="shell">
        <nav className="sidebar" aria-label={`Organisation ${year}`}>
          <h2 className="sidebar-title">Organisation {year}</h2>
          <OrgTree year={year} current={code} />
        </nav>
        <main id="main" tabIndex={-1} key={location.pathname}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
