// Keys that make spellings of one name equal: folding ("António" = "Antonio", "Nausėda" =
// "Nauseda") and transliteration ("Zelensky" = "Zelenskiy" = "Zelenskyy", "Sergei" = "Sergey").
import { createRequire } from 'node:module'
import type { Country } from 'world-countries'
import { foldText } from '../search/fold.ts'

/** Lower-case, no diacritics, straight apostrophes. */
export function foldName(name: string): string {
  return foldText(name).replace(/\s+/g, ' ').trim()
}

/**
 * A folded word with the letters transliterations disagree on merged: runs of i/y/j read as one
 * "y" (-iy, -yy, -ei/-ey), "ee" as "i" and "oo" as "u" (Harjeet and Harjit, Zeeshan and Zishan,
 * Mahmood and Mahmud), doubled letters collapsed, "mac" read as "mc", "ck" as "c", and a hyphen
 * left out (Abdel-Ghaffar and Abdelghaffar). Used only after exact matching fails.
 */
export function variantKey(folded: string): string {
  let key = variantKeys.get(folded)
  if (key === undefined) {
    // "Mac"/"Mc" and "ck"/"c" are spellings of one sound: Mackintosh = McIntosh, Nickolas = Nicolas;
    // so are Basque "tx" and Spanish "ch", and "b" and "v" between vowels as Spanish says them:
    // Etxeberria = Echeverría (not Varley and Barley).
    key = folded.replace(/-/g, '').replace(/^mac/, 'mc').replace(/ck/g, 'c').replace(/tx/g, 'ch').replace(/(?<=[aeiou])v(?=[aeiou])/g, 'b').replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/[iyj]+/g, 'y').replace(/(.)\1+/g, '$1')
    if (variantKeys.size > 100_000) variantKeys.clear()
    variantKeys.set(folded, key)
  }
  return key
}

const variantKeys = new Map<string, string>()

let demonyms: Set<string> | undefined

/**
 * Whether a folded word, or two ("south korean"), names a nationality ("kenyan", "americans";
 * world-countries' demonyms and the UK's nations). Before a name it says where the person is from ("Kenyan Susan Chepkemei"); it
 * is not a given name.
 */
export function isDemonym(folded: string): boolean {
  if (!demonyms) {
    demonyms = new Set(['english', 'scottish', 'scots', 'welsh'])
    // Read through require: the package's ESM entry re-exports JSON without an import attribute.
    const countries: Country[] = createRequire(import.meta.url)('world-countries/countries.json')
    for (const c of countries) {
      const eng = c.demonyms?.eng
      if (!eng) continue
      for (const d of [eng.m, eng.f]) {
        // Two words are kept whole ("south korean", "sri lankans"): "Korean" alone is no country's.
        const key = foldName(d)
        if (key.includes(',') || key.split(' ').length > 2) continue
        demonyms.add(key)
        demonyms.add(`${key}s`)
      }
    }
  }
  return demonyms.has(folded)
}
