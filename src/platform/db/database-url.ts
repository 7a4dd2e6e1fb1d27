/**
 * Names a PostgreSQL server's database for people (the CLI says which database it works on) without the
 * password that DATABASE_URL may carry.
 */

/** `user@host:port/database`, or a note that the URL could not be read; never the password. */
export function describeDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'adressen kunde inte tolkas';
  }
  // libpq also takes the host (a socket folder, say) and the database from the query string.
  const host = decodeURIComponent(parsed.hostname) || parsed.searchParams.get('host') || 'localhost';
  const port = parsed.port || parsed.searchParams.get('port') || '5432';
  const user = decodeURIComponent(parsed.username) || parsed.searchParams.get('user');
  const database =
    decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.searchParams.get('dbname') || user || '';
  return `${user ? `${user}@` : ''}${host}:${port}/${database}, utan lösenord`;
}
