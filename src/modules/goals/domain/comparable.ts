/**
 * The same indicator in other goals. Goals are decided for a span of years and units are reorganised, so
 * the indicator a unit follows year after year is a new record in each goal – the unit's goals of 2019 and
 * of 2023, or the goals of the units whose work it took over. It is recognised by its name (and its parent's,
 * for a sub-row such as "Kundnöjdhet – LKDATA"), with case, spacing, footnote stars, a leading dash and a
 * closing parenthesis set aside: "*Total sjukfrånvaro (%)" is "Total sjukfrånvaro".
 */

/** A name as compared: "*Total  Sjukfrånvaro (%)" → "total sjukfrånvaro". */
export function comparableName(name: string): string {
  const plain = name
    .normalize('NFC')
    .replace(/^[\s*-]+|[\s*]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('sv');
  // A closing parenthesis most often only names the unit ("(%)", "(0-5)"); kept if it is the whole name.
  return plain.replace(/\s*\([^()]*\)$/, '') || plain;
}

/** What two indicators must share to be the same indicator: their names, and their parents' names. */
export function comparableKey(name: string, parentName: string | null): string {
  return parentName === null
    ? comparableName(name)
    : `${comparableName(parentName)} / ${comparableName(name)}`;
}
