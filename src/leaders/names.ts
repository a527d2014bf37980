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
    // Letters written two ways: "ae" for a Nordic æ or a German ä (Næss is "Naess" or "Nass",
    // Jäger "Jaeger"), "ue" for ü (Mueller).
    key = folded
      .replace(/-/g, '')
      .replace(MAC, 'mc')
      .replace(/ck/g, 'c')
      .replace(/tx/g, 'ch')
      .replace(/(?<=[aeiou])v(?=[aeiou])/g, 'b')
      .replace(/ae/g, 'a')
      .replace(/ue/g, 'u')
      .replace(/ee/g, 'i')
      .replace(/oo/g, 'u')
      .replace(/[iyj]+/g, 'y')
      .replace(/(.)\1+/g, '$1')
    if (variantKeys.size > 100_000) variantKeys.clear()
    variantKeys.set(folded, key)
  }
  return key
}

const variantKeys = new Map<string, string>()

/** "Mac" opening a surname, which the Scots and the Irish also write "Mc" (Mackintosh, McIntosh). */
export const MAC = /^mac/

/**
 * The romanizations of a Korean surname in use beside one another (Revised, McCune-Reischauer
 * and the spellings families chose): Seo Ji-yeon is "Suh Ji-yeon" in another paper, Park
 * Chan-wook "Pak", Lee "Yi" or "Rhee", Chung Dae-hoon "Jung" or "Jeong".
 */
const KOREAN_SURNAMES = [
  ['seo', 'suh', 'soh'], ['lee', 'yi', 'rhee'], ['park', 'pak', 'bak'], ['choi', 'choe'], ['jung', 'jeong', 'chung', 'cheong'],
  ['kang', 'gang'], ['cho', 'jo'], ['yoon', 'yun'], ['jang', 'chang'], ['lim', 'im', 'rim'], ['shin', 'sin'], ['kwon', 'gwon'],
  ['ahn', 'an'], ['yoo', 'yu', 'ryu'], ['jeon', 'jun', 'chun'], ['ko', 'go'], ['moon', 'mun'], ['son', 'sohn'], ['bae', 'pae'],
  ['baek', 'paik', 'paek'], ['heo', 'hur', 'huh'], ['shim', 'sim'], ['noh', 'roh'], ['kwak', 'gwak'], ['sung', 'seong'],
  ['joo', 'ju', 'chu'], ['koo', 'gu', 'ku'], ['kim', 'gim'],
]
/** Each spelling → all the spellings of its surname, the first the one keys use. */
export const KOREAN_SPELLINGS = new Map(KOREAN_SURNAMES.flatMap((spellings) => spellings.map((s) => [s, spellings] as const)))

/**
 * The key a two-word name is grouped by: each word's variant key, and a Korean surname beside a
 * hyphened given name by its first romanization ("Chung Dae-hoon" and "Jung Dae-hoon" are one
 * man); only there, so John Lee is never John Yi.
 */
export function twoWordNameKey(given: string, surname: string): string {
  const korean = (word: string, other: string) => (other.includes('-') && !word.includes('-') && KOREAN_SPELLINGS.get(word)?.[0]) || word
  return `${variantKey(korean(given, surname))} ${variantKey(korean(surname, given))}`
}

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
