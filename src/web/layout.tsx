/**
 * The app shell: a skip link, the header with the year, the organisation tree for that year, and the page.
 */

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { OrgTree } from '#modules/organisation/ui/index.ts';
import { api, apiPath } from './api-client.ts';
import { defaultYear } from './year.ts';

export function useRoundYears(): number[] {
  const rounds = useQuery({
    queryKey: ['rounds', 'all'],
    queryFn: () => api.get<{ year: number }[]>(apiPath('/planning/rounds')),
  });
  return [...new Set((rounds.data ?? []).map((round) => round.year))].sort();
}

const LAST_YEAR_KEY = 'verksam.year';

/**
 * The year being looked at: the one in the address (/2023/VSS or ?ar=2023), else the last one looked at in
 * this tab, else the default. Pages without a year of their own (a goal, an assessment) keep the context.
 */
export function useYear(): number {
  const { year } = useParams();
  const [params] = useSearchParams();
  const years = useRoundYears();
  const fromAddress = Number(year) || Number(params.get('ar'));
  if (fromAddress) {
    sessionStorage.setItem(LAST_YEAR_KEY, String(fromAddress));
    return fromAddress;
  }
  return Number(sessionStorage.getItem(LAST_YEAR_KEY)) || defaultYear(years);
}

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
        <a className="api-link" href="/api/docs">
          API
        </a>
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
