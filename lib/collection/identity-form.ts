/**
 * The reader's correction of a report's identity, as a form holds it (text fields and selects)
 * and as the store takes it (lib/store/records.ts ReportIdentity). Pure.
 */

import { LIMITS, type ReportGenre, type ReportIdentity, type ReportLevel } from '../store/records';

export interface IdentityDraft {
  place: string;
  /** '' for unknown. */
  level: ReportLevel | '';
  /** As typed; '' for unknown. */
  year: string;
  genre: ReportGenre;
}

export const YEAR_RANGE = { min: 1900, max: 2199 } as const;

export function draftOfIdentity(identity: ReportIdentity): IdentityDraft {
  return { place: identity.place ?? '', level: identity.level ?? '', year: identity.year === null ? '' : String(identity.year), genre: identity.genre };
}

export type IdentityFormResult = { ok: true; identity: ReportIdentity } | { ok: false; problem: 'year' | 'place' };

/** The identity a filled form says; a year that is no year, or a place too long, is named. */
export function identityOfDraft(draft: IdentityDraft): IdentityFormResult {
  const place = draft.place.trim();
  if (place.length > LIMITS.placeLength) return { ok: false, problem: 'place' };
  // Full-width digits as a Chinese keyboard may type them (２０２６).
  const typed = draft.year.trim().replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/年$/, '');
  let year: number | null = null;
  if (typed) {
    if (!/^\d{4}$/.test(typed)) return { ok: false, problem: 'year' };
    year = Number(typed);
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { ok: false, problem: 'year' };
  }
  return { ok: true, identity: { place: place || null, level: draft.level || null, year, genre: draft.genre } };
}
