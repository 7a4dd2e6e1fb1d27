/**
 * Swedish-looking prose for the synthetic municipality's written texts: sentences put together from word
 * lists (subject, what was done, to what, and how or why), as a förvaltning writes in its annual report.
 * Deterministic: the same seeded random number generator gives the same text. The word lists and the names
 * put in hold no character that HTML would read as markup, so nothing is escaped.
 */

const SUBJECTS: readonly string[] = [
  'Förvaltningen',
  'Verksamheten',
  'Ledningsgruppen',
  'Enheterna',
  'Avdelningen',
  'Nämnden',
  'Medarbetarna',
  'Cheferna',
  'Arbetsgruppen',
  'Projektorganisationen',
];

const ACTIONS: readonly string[] = [
  'har under året fortsatt arbetet med',
  'har påbörjat en översyn av',
  'har genomfört en kartläggning av',
  'har prioriterat',
  'har följt upp',
  'har utvecklat',
  'har lagt stor vikt vid',
  'har tagit fram en plan för',
  'har stärkt samverkan kring',
  'har infört nya rutiner för',
  'har analyserat',
  'har arbetat systematiskt med',
];

const OBJECTS: readonly string[] = [
  'kompetensförsörjningen',
  'den digitala ärendehanteringen',
  'tillgängligheten för invånarna',
  'kostnadseffektiviteten i verksamheten',
  'arbetsmiljön och det systematiska arbetsmiljöarbetet',
  'kvaliteten i myndighetsutövningen',
  'lokalförsörjningen',
  'uppföljningen av ekonomin',
  'det förebyggande arbetet',
  'samverkan med civilsamhället',
  'internkontrollen',
  'brukarnas delaktighet',
  'informationssäkerheten',
  'energianvändningen i lokalerna',
  'introduktionen av nya medarbetare',
  'rutinerna för inköp och upphandling',
];

const ENDINGS: readonly string[] = [
  'för att möta den ökade efterfrågan',
  'i linje med kommunfullmäktiges mål',
  'inom ramen för budget',
  'tillsammans med övriga förvaltningar',
  'med goda resultat',
  'även om arbetet tagit längre tid än planerat',
  'utifrån resultaten i medarbetarenkäten',
  'för att säkra en långsiktigt hållbar ekonomi',
  'med stöd av de centrala funktionerna',
  'vilket har gett en tydligare styrning',
  'som en del av förvaltningens verksamhetsplan',
  'under andra halvåret',
];

const REMARKS: readonly string[] = [
  'Resultatet följs upp i delårsrapporten och i bokslutet.',
  'Arbetet fortsätter under kommande år.',
  'Utvecklingen går i positiv riktning jämfört med föregående år.',
  'Det finns fortfarande skillnader mellan enheterna som behöver analyseras.',
  'Avvikelsen mot budget förklaras främst av vakanta tjänster.',
  'Insatserna har tagits emot väl av både medarbetare och invånare.',
  'Bedömningen är att målet kan nås under planperioden.',
  'Kostnadsutvecklingen har varit lägre än den allmänna prisutvecklingen.',
];

export type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One sentence: "Förvaltningen har prioriterat internkontrollen i linje med kommunfullmäktiges mål." */
export function sentence(random: Random): string {
  if (random() < 0.2) {
    return pick(random, REMARKS);
  }
  return `${pick(random, SUBJECTS)} ${pick(random, ACTIONS)} ${pick(random, OBJECTS)} ${pick(random, ENDINGS)}.`;
}

/** A paragraph of `sentences` sentences. */
export function paragraphText(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** Rich text (docs/adr/0023-rich-text.md) of whole paragraphs, each of five to eight sentences. */
export function paragraphs(random: Random, count: number): string {
  return Array.from(
    { length: count },
    () => `<p>${paragraphText(random, 5 + Math.floor(random() * 4))}</p>`,
  ).join('');
}

/** A bold line and a bulleted list of `items` one- or two-sentence points, as 002:96-108 writes them. */
export function boldWithList(random: Random, bold: string, items: number): string {
  const points = Array.from(
    { length: items },
    () => `<li><p>${paragraphText(random, 1 + Math.floor(random() * 2))}</p></li>`,
  ).join('');
  return `<p><strong>${bold}</strong></p><ul>${points}</ul>`;
}

/** A bold line followed by paragraphs: a part of a longer text ("LK-data", "10-årig lokalförsörjningsplan"). */
export function boldWithParagraphs(random: Random, bold: string, count: number): string {
  return `<p><strong>${bold}</strong></p>${paragraphs(random, count)}`;
}
