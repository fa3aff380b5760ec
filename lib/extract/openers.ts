/**
 * What may open a clause without belonging to it: dashes, spaces, list joiners, 一是/其中, and the
 * marks of a list item (*, •, 13), (2)).
 */
const CLAUSE_OPENER = /^(?:[\s—\-·、*•●▪◆]+|[一二三四五六七八九十]+是|其中|同时|此外|另外|[(（]?\d{1,2}[)）](?!\d))+/;

/** Where a clause's own words start, past its openers; never beyond `to`. */
export function skipOpeners(text: string, from: number, to: number): number {
  const opener = CLAUSE_OPENER.exec(text.slice(from, Math.min(to, from + 12)));
  return opener ? Math.min(to, from + opener[0].length) : from;
}
