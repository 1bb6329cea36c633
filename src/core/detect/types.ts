/** A candidate entity found in one line, before document-level resolution. */
export interface Cand {
  /** Offsets relative to the line. */
  s: number;
  e: number;
  type: string;
  /**
   * Strength of the evidence: 4 user gazetteer, 3 gazetteer or explicit pattern, 2 strong cue,
   * 1 weak default, 0 unknown (kept only if the document table knows the name).
   */
  str: number;
  /** Lookup key of names (lowercase); empty for dates and quantities. */
  key: string;
  canonical?: string;
  /** Single-word keys of a multi-word unknown name, tried one by one when the whole is unknown. */
  parts?: Array<[number, number, string]>;
  /** Key of the name this one renames (", known as X"): the table gives it that name's type. */
  renames?: string;
}

export const STR_USER = 4;
export const STR_GAZ = 3;
export const STR_CUE = 2;
export const STR_WEAK = 1;
export const STR_UNKNOWN = 0;

/** The type of names that are no entity but keep their other mentions in the document from being one (ships' names). */
export const NOT_AN_ENTITY = 'none';
