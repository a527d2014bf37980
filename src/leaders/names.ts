// Keys that make spellings of one name equal: folding ("António" = "Antonio", "Nausėda" =
// "Nauseda") and transliteration ("Zelensky" = "Zelenskiy" = "Zelenskyy", "Sergei" = "Sergey").
import { foldText } from '../search/fold.ts'

/** Lower-case, no diacritics, straight apostrophes. */
export function foldName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim()
}

/**
 * A folded word with the letters transliterations disagree on merged: runs of i/y/j read as one
 * "y" (-iy, -yy, -ei/-ey), doubled letters collapsed, "mac" read as "mc" and "ck" as "c". Used only after exact matching fails.
 */
export function variantKey(folded: string): string {
  let key = variantKeys.get(folded)
  if (key === undefined) {
    // "Mac"/"Mc" and "ck"/"c" are spellings of one sound: Mackintosh = McIntosh, Nickolas = Nicolas.
    key = folded.replace(/^mac/, 'mc').replace(/ck/g, 'c').replace(/[iyj]+/g, 'y').replace(/(.)\1+/g, '$1')
    if (variantKeys.size > 100_000) variantKeys.clear()
    variantKeys.set(folded, key)
  }
  return key
}

const variantKeys = new Map<string, string>()
