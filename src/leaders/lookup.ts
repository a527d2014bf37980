// A query → one person of the coverage, or found:false with close names. A match needs the
// surname (a spelling variant or a small typo allowed) and, when a first name is given, that
// first name too: "Angela Merkel" is never Friedrich Merz, "Donald Tusk" never Donald Trump.
import { personAsked } from '../search/asked.ts'
import { conceptTable, findConceptPhrases } from '../search/concepts.ts'
import { editDistance } from '../search/fold.ts'
import type { LeaderLookup, Person } from '../types.ts'
import { foldName, isDemonym, KOREAN_SPELLINGS, MAC, variantKey } from './names.ts'
import { beginsGivenName, givenNameKey, otherGivenForms } from './nicknames.ts'
import { ABBREVIATED_TITLES, FOREIGN_TITLES, FUNCTION_WORDS, GENERATION_SUFFIXES, GIVEN_NAME_STYLES, HONORIFICS, isTitleHead, NAME_PARTICLES, OFFICE_INITIALS, PEERAGE_STYLES, SHORT_TITLES, STOPPED_HONORIFICS, TITLE_MODIFIERS } from './words.ts'

interface Entry {
  person: Person
  /** Folded name and aliases, honorifics and titles left out ("zelenskiy", "volodymyr zelensky"). */
  forms: Set<string>
  /** Folded first name, for people known by more than one word. */
  given?: string
  /** Every first name the name and aliases give them ("jadwiga", and "jaga" of "Jaga Wołoszyn"). */
  givenForms: Set<string>
  /** Folded last words of the name and its aliases ("zelensky", "zelenskiy", "zelenskyy"). */
  surnames: Set<string>
  /** Words of each role, folded, "-" read as a space (and, once a title lookup asks, the countries and offices they name). */
  roles: { words: Set<string>; concepts?: Set<string> }[]
  /** The name and every alias folded as written, for autocomplete. */
  written: string[]
  /** The same, without a first name written alone or after a style ("John", "Sir John"): what a query may match whole. */
  asWritten: Set<string>
  /** A given-name style and the word after it, from every form written with one ("sir clive" from "Sir Clive Woodward", "prince charles"). */
  styled: Set<string>
  /** The first two of a three-word name ("rosa villanueva" of Rosa Villanueva Peña), asked when no name matches. */
  givenAndMiddle?: string
  /** The middle of a three-word name, which may be the name someone goes by ("kwesi" of Emmanuel Kwesi Ankrah). */
  middle?: string
}

const entriesFor = new WeakMap<Person[], Entry[]>()
const QUERY_NOISE = new Set(['the', 'a', 'an', 'of'])
const MAX_SUGGESTIONS = 5

/** Resolves a name, surname, variant, typo or title ("the German chancellor") to one person. */
export function lookupLeader(people: Person[], query: string): LeaderLookup {
  const entries = index(people)
  const words = queryWords(query)
  const nameWords = nameWordsOf(words)
  const notFound = (suggestions: string[]): LeaderLookup => ({ query, found: false, suggestions })
  // Several who fit, none guessed: they are suggested, most mentioned first (entries are in that order).
  const suggestAll = (fit: Entry[]) => notFound(fit.slice(0, MAX_SUGGESTIONS).map((e) => e.person.name))
  const foundOne = (entry: Entry): LeaderLookup => ({ query, found: true, person: entry.person, suggestions: [] })
  if (words.length === 0) return notFound([])

  // A style before a given name ("Sir Clive", "Dame Judi") names whoever the coverage styles so,
  // alone or in full: one person is found and several are suggested. Styled by no one, the word
  // is still a first name when someone has it ("Dame Kelly" is not Ruth Kelly, "Ms Kelly").
  if (words.length === 2 && GIVEN_NAME_STYLES.has(words[0]!)) {
    const styled = entries.filter((e) => e.styled.has(words.join(' ')))
    if (styled.length === 1) return foundOne(styled[0]!)
    if (styled.length > 1) return suggestAll(styled)
    const called = entries.filter((e) => e.given === words[1])
    if (called.length) return suggestAll(called)
  }

  // Asked as the coverage writes someone, style and all: "Prince Charles" is Prince Charles, not
  // Ray Charles, though both are "Charles" once the style word is set aside for the name.
  const asWritten = entries.find((e) => e.asWritten.has(words.join(' ')))
  if (asWritten) return foundOne(asWritten)

  const titled = words.some((w) => isTitleHead(w))
  const byName = () => (nameWords.length > 0 ? bestByName(entries, nameWords) : undefined)
  // A title: "the German chancellor" → the people the coverage calls that, most mentioned first
  // (looked up once, when first needed).
  let holders: Entry[] | undefined
  const byTitle = () => (holders ??= titleHolders())
  const titleHolders = (): Entry[] => {
    if (!titled) return []
    const roleQuery = words.flatMap((w) => w.split('-'))
    return holdersOf(roleQuery)
  }
  const holdersOf = (roleQuery: string[]): Entry[] => {
    const queryConcepts = conceptsOf(roleQuery)
    const holds = (r: Entry['roles'][number]) =>
      roleQuery.every((w, i) => r.words.has(w) || (!!queryConcepts[i] && conceptsOfRole(r).has(queryConcepts[i]))) &&
      // A deputy prime minister is not the prime minister, unless the query says deputy.
      !OTHER_OFFICE_WORDS.some((w) => r.words.has(w) && !roleQuery.includes(w))
    // "The England captain" is whoever the coverage says is, before anyone it calls a former one.
    const current = entries.filter((e) => e.roles.some((r) => holds(r) && !isPastRole(r)))
    return current.length ? current : entries.filter((e) => e.roles.some(holds))
  }
  // A title alone ("president", "the prime minister") that several people hold names none of
  // them: they are suggested, most mentioned first.
  if (isBareTitle(words) && byTitle().length > 1) return suggestAll(byTitle())
  // Beside a title, a country is the title's ("the French president"), not a surname (Philip
  // French): the title is looked up first.
  const placeOfTitle = titled && nameWords.length > 0 && conceptsOf(nameWords).every(Boolean)
  const found = placeOfTitle ? (byTitle()[0] ?? byName()) : (byName() ?? byTitle()[0])
  if (found) return foundOne(found)
  const initialled = byTitleInitials(entries, nameWords)
  if (initialled) return foundOne(initialled)
  const styledGiven = byStyleAndGivenName(entries, words, nameWords)
  if (styledGiven) return foundOne(styledGiven)
  const onlyOneCalled = byOnlyGivenName(entries, words, nameWords)
  if (onlyOneCalled) return foundOne(onlyOneCalled)
  // "The welsh health secretary" where the coverage says only "Health Secretary": whoever holds
  // the title without the nationality is suggested, not found (the people have no nationality
  // to check it against: the one "president" of a coverage is no "welsh president").
  const withoutNationality = words.filter((w) => !isDemonym(w))
  const nearTitle = titled && withoutNationality.length < words.length ? holdersOf(withoutNationality.flatMap((w) => w.split('-'))) : []
  if (nearTitle.length) return suggestAll(nearTitle)
  return notFound(suggestionsFor(entries, nameWords.length ? nameWords : words))
}

/**
 * The first name a lookup asked alone ("gordon", "who is keir?" → "keir"), when that is why it
 * found no one: the people the coverage calls by it lead its suggestions, and replies say so
 * rather than that no one is called that.
 */
export function firstNameAsked(lookup: LeaderLookup): string | undefined {
  if (lookup.found) return undefined
  const words = nameWordsOf(queryWords(lookup.query))
  const first = lookup.suggestions[0]
  return words.length === 1 && first !== undefined && givenNameOf(first) === words[0] ? personAsked(lookup.query).trim() : undefined
}

/** The title a lookup asked alone, when several people hold it ("president"): replies say so rather than that no one is called that. */
export function titleAsked(lookup: LeaderLookup): string | undefined {
  const words = queryWords(lookup.query)
  return !lookup.found && lookup.suggestions.length > 1 && isBareTitle(words) ? words.join(' ') : undefined
}

/** Only the words of a title: "president", "prime minister", "the foreign minister". */
function isBareTitle(words: string[]): boolean {
  return words.some((w) => isTitleHead(w)) && words.every((w) => isTitleHead(w) || TITLE_MODIFIERS.has(w))
}

/** The words of a lookup as it is read: the person asked about, folded, without "'s" and articles, a title typed in Spanish or Portuguese read in English. */
function queryWords(query: string): string[] {
  return foldName(personAsked(query))
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !QUERY_NOISE.has(w))
    .map((w) => FOREIGN_TITLES.get(w) ?? w)
}

/** The folded first name of someone known by more than one word ("Gordon Brown" → gordon; "Prince Harry" has none). */
function givenNameOf(name: string): string | undefined {
  const words = nameWordsOf(foldName(name).split(' '))
  return words.length > 1 ? words[0] : undefined
}

/** Words that make a title another office ("Deputy Prime Minister", "Shadow Chancellor"): only a query with them finds it. */
const OTHER_OFFICE_WORDS = ['deputy', 'vice', 'shadow', 'assistant', 'junior']

/** Words that put a role in the past ("Former England captain", "ex-chancellor"): a title asked with one of them finds it still. */
const PAST_ROLE_WORDS = ['former', 'ex', 'erstwhile']

function isPastRole(role: Entry['roles'][number]): boolean {
  return PAST_ROLE_WORDS.some((w) => role.words.has(w))
}

/**
 * The country or office each word names (src/search/concepts.ts), alone or in a phrase of up to
 * four words: a title asked with the country ("president of France", "Britain's prime
 * minister", "the president of the United States") finds the role written with another form of
 * it ("French President", "UK Prime Minister", "U.S. President").
 */
function conceptsOf(words: string[]): (string | undefined)[] {
  const found = new Array<string | undefined>(words.length)
  for (const [start, n, concept] of findConceptPhrases(words, conceptTable())) found.fill(concept, start, start + n)
  return found
}

/** The countries and offices a role names, worked out on the first title lookup that needs them. */
function conceptsOfRole(role: Entry['roles'][number]): Set<string> {
  role.concepts ??= new Set(conceptsOf(withInitialsJoined([...role.words])).filter((c) => c !== undefined))
  return role.concepts
}

/** "U.S." and "U.K." split into letters, or initials ("t j boyd"): joined again ("us", "uk", "tj boyd"). */
function withInitialsJoined(words: string[]): string[] {
  const joined: string[] = []
  let initials = ''
  for (const w of words) {
    if (w.length === 1 && /\p{L}/u.test(w)) {
      initials += w
      continue
    }
    if (initials) joined.push(initials)
    initials = ''
    joined.push(w)
  }
  if (initials) joined.push(initials)
  return joined
}

/** People for autocomplete: names/aliases with a word starting with `typed` first, then containing it; most mentioned first. */
export function suggestPeople(people: Person[], typed: string, limit = 25): Person[] {
  const entries = index(people)
  const q = foldName(typed)
  if (!q) return entries.slice(0, limit).map((e) => e.person)
  const prefix: Person[] = []
  const inside: Person[] = []
  for (const e of entries) {
    if (e.written.some((f) => f.startsWith(q) || f.includes(` ${q}`))) prefix.push(e.person)
    else if (inside.length < limit && e.written.some((f) => f.includes(q))) inside.push(e.person)
    // Entries come most mentioned first: once the word-start matches fill the list, it is final.
    if (prefix.length === limit) break
  }
  return [...prefix, ...inside].slice(0, limit)
}

function index(people: Person[]): Entry[] {
  let entries = entriesFor.get(people)
  if (!entries) {
    // Most mentioned first, so ties in every search below go to the better-covered person.
    entries = [...people].sort((a, b) => b.mentions - a.mentions).map(toEntry)
    entriesFor.set(people, entries)
  }
  return entries
}

/**
 * A name of two words, one hyphened, as members type it: in either order, the hyphen kept or
 * dropped ("jiyeon seo" for Seo Ji-yeon), and a Korean surname beside a hyphened given name in
 * its other romanizations ("jiyeon suh"); only there, so John Lee is never "John Yi".
 */
function hyphenedPairForms([a, b]: string[]): string[] {
  const spellings = (word: string, other: string) => (other.includes('-') && KOREAN_SPELLINGS.get(word)) || [word]
  return spellings(a!, b!)
    .flatMap((x) => spellings(b!, a!).flatMap((y) => [`${x} ${y}`, `${y} ${x}`]))
    .flatMap((form) => [form, form.replace(/-/g, '')])
}

function toEntry(person: Person): Entry {
  const given = givenNameOf(person.name)
  const forms = new Set<string>()
  const surnames = new Set<string>()
  const asWritten = new Set<string>()
  const styled = new Set<string>()
  const givenForms = new Set<string>(given ? [given] : [])
  for (const written of [person.name, ...person.aliases]) {
    // 'Marion "Suge" Knight': the marks around a nickname are not part of its word.
    const all = foldName(written)
      .split(' ')
      .map((w) => w.replace(MARKS_AROUND_WORD, ''))
    if (all.length >= 2 && GIVEN_NAME_STYLES.has(all[0]!)) styled.add(all.slice(0, 2).join(' '))
    const words = nameWordsOf(all)
    if (words.length === 0) continue
    // "John" and "Sir John" are how an article names Sir John Bourn once it has named him in
    // full. "Sir John" finds him asked whole; "John" is a first name, and a first name asked
    // alone is never guessed into one person.
    // But "Mr Anwar" for Anwar Ibrahim says the coverage calls him by that word as by a surname.
    const bySurnameStyle = all.length === 2 && HONORIFICS.has(all[0]!) && !GIVEN_NAME_STYLES.has(all[0]!) && !PEERAGE_STYLES.has(all[0]!)
    if (words.length === 1 && words[0] === given && !bySurnameStyle) {
      if (foldName(written) !== given) asWritten.add(foldName(written))
      continue
    }
    asWritten.add(foldName(written))
    if (words.length >= 2) givenForms.add(words[0]!)
    forms.add(words.join(' '))
    // "Kilroy Silk" is how a query writes "Kilroy-Silk"; "jiyeon seo" and "seo jiyeon" how a member
    // types Ji-yeon Seo (Seo Ji-yeon): Korean given names are written with the hyphen or without.
    if (words.some((w) => w.includes('-'))) {
      forms.add(words.join(' ').replace(/-/g, ' '))
      if (words.length === 2) for (const form of hyphenedPairForms(words)) forms.add(form)
      else forms.add(words.join(' ').replace(/-/g, ''))
    }
    // "Goh Wei Jie" is Daniel Goh Wei Jie without the English given name that goes before it;
    // "mariko fujisawa" is how a member types Fujisawa Mariko, written surname first.
    if (words.length >= 3) forms.add(words.slice(1).join(' '))
    if (words.length === 2) forms.add(`${words[1]} ${words[0]}`)
    // "tj boyd" is how a member types T.J. Boyd (or T. J. Boyd).
    forms.add(withInitialsJoined(words.map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w.replace(/\./g, '') : w))).join(' '))
    surnames.add(words.at(-1)!)
  }
  // "Rodrigo Ibarra Saldívar", called "Ibarra Saldívar": two surnames, as Spanish and Portuguese
  // names have, the first of which is the one a member types ("rodrigo ibarra", "ibarra").
  const full = nameWordsOf(foldName(person.name).split(' '))
  if (full.length === 3 && asWritten.has(`${full[1]} ${full[2]}`)) {
    forms.add(`${full[0]} ${full[1]}`)
    surnames.add(full[1]!)
  }
  return {
    person,
    forms,
    ...(given ? { given } : {}),
    ...(full.length === 3 ? { givenAndMiddle: `${full[0]} ${full[1]}`, middle: full[1] } : {}),
    givenForms,
    surnames,
    roles: person.roles.map((r) => ({ words: roleWords(r) })),
    written: [person.name, ...person.aliases].map(foldName),
    asWritten,
    styled,
  }
}

/** A role's words, folded, in order, "-" read as a space: "Deputy Commissioner" → deputy, commissioner. */
function roleWordList(role: string): string[] {
  return foldName(role).replace(/-/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** A role's words, folded, "-" read as a space; an abbreviated title also as the word it stands for ("Gov." is a governor, "Cllr" a councillor). */
function roleWords(role: string): Set<string> {
  const words = new Set(roleWordList(role))
  for (const word of [...words]) {
    const full = ABBREVIATED_TITLES.get(word)
    if (full && role.includes('.')) words.add(full)
    const short = SHORT_TITLES.get(word)
    if (short) words.add(short)
  }
  // "Chief executive of Calvenne Terminals" is the port's CEO.
  for (const [initials, office] of OFFICE_INITIALS) if (office.every((w) => words.has(w))) words.add(initials)
  return words
}

/** Quote marks at either end of a word. */
const MARKS_AROUND_WORD = /^["“”'‘’]+|["“”'‘’]+$/g

/** The words of a name: no honorifics, titles or particles ("President Zelensky" → zelensky, "von der Leyen" → leyen). */
function nameWordsOf(words: string[]): string[] {
  // "Hon. Owusu-Afriyie", "Engr Okafor": a style papers write with a stop, before a name.
  const styled = words.length > 1 && STOPPED_HONORIFICS.has(words[0]!)
  const kept = words.filter((w, i) => w && !(styled && i === 0) && !HONORIFICS.has(w) && !isTitleHead(w) && !TITLE_MODIFIERS.has(w) && !NAME_PARTICLES.has(w))
  // "Togbui Agbesi Amégbédji IV", "Harry Connick Jr": the surname is the word before the suffix.
  return kept.length > 1 && GENERATION_SUFFIXES.has(kept.at(-1)!.replace(/\.$/, '')) ? kept.slice(0, -1) : kept
}

/**
 * A style or title and a given name, as Indonesian and Brazilian papers name people after the
 * first mention ("Retno of the PVMBG said"): "dr retno" is the one person of the coverage called
 * Retno, when no one has it for a surname and any title asked is theirs. So is a given name and
 * a title with what it is of, as members recall someone ("celine the port ceo", "jukka the shop
 * steward"): the words beside the title may be the article's rather than the title's ("port"
 * for Calvenne Terminals), but none may be anyone's surname ("pierre tremblay ceo" is not Luc
 * Tremblay). A given name alone is still only suggested (firstNameAsked).
 */
function byStyleAndGivenName(entries: Entry[], words: string[], nameWords: string[]): Entry | undefined {
  if (nameWords.length === 0 || words.length < 2) return undefined
  const [given, ...beside] = nameWords
  const titleWords = words.filter((w) => isTitleHead(w) || TITLE_MODIFIERS.has(w))
  if (titleWords.length === 0 && (beside.length > 0 || !words.some((w) => HONORIFICS.has(w) || STOPPED_HONORIFICS.has(w)))) return undefined
  // With words beside it, the given name opens the lookup, as it is recalled ("celine the port ceo").
  if (words[0] !== given && beside.length > 0) return undefined
  if (entries.some((e) => e.surnames.has(given!) || beside.some((w) => e.surnames.has(w)))) return undefined
  const called = entries.filter((e) => e.given === given)
  if (called.length !== 1) return undefined
  return titleWords.every((w) => called[0]!.roles.some((r) => r.words.has(w))) ? called[0] : undefined
}

/**
 * A title by its initials before or after the name, as people write an office they see often:
 * "DC rashidul islam" (Deputy Commissioner), "cmd okoro" (Chief Medical Director). The word is
 * set aside only when the rest of the query finds someone whose title has those initials in a
 * row ("Sunamganj Deputy Commissioner", "Chief Medical Director of the hospital").
 */
function byTitleInitials(entries: Entry[], nameWords: string[]): Entry | undefined {
  if (nameWords.length < 2) return undefined
  for (const [i, word] of nameWords.entries()) {
    if (!/^[a-z]{2,4}$/.test(word)) continue
    const found = bestByName(entries, nameWords.filter((_, j) => j !== i))
    if (found?.person.roles.some((role) => titleInitials(role).includes(word))) return found
  }
  return undefined
}

/** A title's initials, its small words left out: "Chief Medical Director of the hospital" → "cmdh". */
function titleInitials(role: string): string {
  return roleWordList(role)
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map((w) => w[0])
    .join('')
}

/** Spanish "hu" before a vowel as the "w" Quechua writes: huamán → waman. */
const huAsW = (word: string) => word.replace(/(^|[aeiou])hu(?=[aei])/g, '$1w')

/** Typos allowed by length: none in short words ("Bush" is not "Rush"), one up to 8 letters, then two. */
function budget(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2
}

/** How far `word` is from `target`: 0 equal, 0.5 a transliteration ("sergey"/"sergei"), else edits; undefined past the budget. */
function distance(word: string, target: string): number | undefined {
  if (word === target) return 0
  if (variantKey(word) === variantKey(target)) return 0.5
  // "oe" for "u", as Indonesia spelled names before 1972 ("sutrisno" for Soetrisno). Asked, not
  // in grouping a coverage's names: there it made BBC's Swiss Hans Goetti Real Madrid's Guti.
  if (target.includes('oe') && variantKey(word) === variantKey(target.replace(/oe/g, 'u'))) return 0.5
  // A long Japanese "o" written "oh" or "ou" (Satoh, Itou, Ohno), where the coverage prints Satō
  // or Sato; asked, like "oe", not in grouping.
  if ((LONG_O.test(word) || LONG_O.test(target)) && variantKey(longO(word)) === variantKey(longO(target))) return 0.5
  // Quechua's "w" as Spanish wrote it, "hu" before a vowel ("waman" for Huamán, "wanka" for
  // Huanca); asked, like "oe". Not a Chinese "Huang", which is no "Wang" (a final "ng").
  if (word.length >= 5 && target.length >= 5 && !word.endsWith('ng') && !target.endsWith('ng') && variantKey(huAsW(word)) === variantKey(huAsW(target))) return 0.5
  // "Mac" typed "Mc" is no slip (variantKey), so a slip besides it is the one slip: "mcinnis" for MacInnes.
  if (MAC_BEFORE_STEM.test(word) !== MAC_BEFORE_STEM.test(target) && /^ma?c/.test(word) && /^ma?c/.test(target)) return distance(word.replace(MAC_BEFORE_STEM, 'mc'), target.replace(MAC_BEFORE_STEM, 'mc'))
  // Two neighbouring letters swapped is one slip, even in a short name ("Kier" for "Keir").
  if (isSwap(word, target)) return 1
  const max = Math.min(budget(word), budget(target))
  if (max === 0) return undefined
  const d = editDistance(word, target, max)
  if (d > max) return undefined
  if (d === 1) return word.length === target.length && !slipOfTheFinger(word, target) ? undefined : d
  // Two edits are two letters typed or spelled for others, each a slip or a sound another
  // language writes so ("selenskyj" for Zelenskyy), or vowels alone ("venkatramen" for
  // Venkataraman: a long name's vowels are where spellings part); a letter more or less besides
  // one changed is otherwise another name: "wierzbinski" is not Wierzbicki.
  if (word.length === target.length && [...word].every((letter, i) => letter === target[i] || isSlip(letter, target[i]!))) return d
  return word.replace(ALL_VOWELS, '') === target.replace(ALL_VOWELS, '') ? d : undefined
}

/** "Mac" before three letters of a surname's stem or more: "Macy" is no MacY. */
const MAC_BEFORE_STEM = new RegExp(`${MAC.source}(?=[a-z]{3})`)

/** "oh" and "ou" before a consonant or at the end read as "o". */
const LONG_O = /o[hu](?![aeiouy])/
const longO = (word: string) => word.replace(new RegExp(LONG_O.source, 'g'), 'o')

/**
 * One letter typed for another is a slip when the keys are neighbours, both vowels, or letters
 * for one sound ("c" and "k"); any other letter makes another name: "sakurada" is not
 * Sakuraba, "dixon" not Nixon, "kerry" not Perry.
 */
function slipOfTheFinger(word: string, target: string): boolean {
  let i = 0
  while (word[i] === target[i]) i++
  return isSlip(word[i]!, target[i]!)
}

/** Letter `a` typed or spelled for `b`: both vowels, one sound ("c" and "k", "j" and "y"), or neighbouring keys. */
function isSlip(a: string, b: string): boolean {
  if (VOWELS.includes(a) && VOWELS.includes(b)) return true
  if (SOUND_ALIKE.some((pair) => pair.includes(a) && pair.includes(b))) return true
  const [ka, kb] = [keyAt(a), keyAt(b)]
  return ka !== undefined && kb !== undefined && Math.abs(ka.row - kb.row) <= 1 && Math.abs(ka.x - kb.x) <= 1
}
const VOWELS = 'aeiouy'
const ALL_VOWELS = /[aeiouy]/g
const SOUND_ALIKE = ['ck', 'cs', 'sz', 'kq', 'vw', 'jy', 'ij']
/** A QWERTY key's row and horizontal place (each row set half a key further right than the one above). */
function keyAt(letter: string): { row: number; x: number } | undefined {
  for (const [row, keys] of ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].entries()) {
    const col = keys.indexOf(letter)
    if (col >= 0) return { row, x: col + row * 0.5 }
  }
  return undefined
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
}

/**
 * How the query's last words meet one of someone's surnames, and how many words that takes: the
 * last word, with a slip allowed; a double-barrelled name typed as two words, with a slip in
 * either ("oyelaran white" for Oyelaran-Whyte); or one part of it typed alone, a step further
 * away than the whole ("solberg" for Solberg-Hale; a part under four letters only after a given name).
 */
function surnameMatch(e: Entry, words: string[]): { d: number; used: number } | undefined {
  let best: { d: number; used: number } | undefined
  const consider = (d: number | undefined, used: number) => {
    if (d !== undefined && (!best || d < best.d)) best = { d, used }
  }
  const last = words.at(-1)!
  for (const s of e.surnames) {
    consider(distance(last, s), 1)
    const parts = s.split('-')
    if (parts.length < 2) continue
    if (words.length >= parts.length) consider(distance(words.slice(-parts.length).join('-'), s), parts.length)
    // A short part only with a given name before it to check ("femke de wit" for Femke de Wit-Brouwer).
    if ((last.length >= 4 || words.length >= 2) && parts.includes(last)) consider(1, 1)
  }
  return best
}

function bestByName(entries: Entry[], words: string[]): Entry | undefined {
  const joined = words.join(' ')
  const exact = entries.find((e) => e.forms.has(joined))
  if (exact) return exact
  // A first name asked alone ("elton", "alan") is no surname with a slip in it (Elson, Allan).
  const firstNameAlone = words.length === 1 && entries.some((e) => e.given === words[0])
  let best: { entry: Entry; d: number } | undefined
  for (const e of entries) {
    const surname = surnameMatch(e, words)
    if (surname === undefined || (firstNameAlone && surname.d > 0)) continue
    let d = surname.d
    if (words.length > surname.used) {
      // A first name must match too; a person known by one word has none to match.
      if (!e.given) continue
      const first = words[0]!
      // The middle name is another name someone goes by ("Kwasi Ankrah", a slip in it, for
      // Emmanuel Kwesi Ankrah), a step further away than the first.
      const dm = e.middle && first.length > 1 ? distance(first, e.middle) : undefined
      const dg = minDefined(givenDistance(first, e.given), dm === undefined ? undefined : dm + 0.5)
      if (dg === undefined) continue
      d += dg
    }
    if (!best || d < best.d) best = { entry: e, d }
  }
  if (best) return best.entry
  // "rosa villanueva" for Rosa Villanueva Peña, named once in full: a Spanish or Portuguese name's
  // first surname is the one people type. Only one person may be called so.
  const called = words.length === 2 ? entries.filter((e) => e.givenAndMiddle === joined) : []
  return called.length === 1 ? called[0] : undefined
}

/** How far a first name asked is from someone's: "Bill Gates" finds William Gates, a nickname as close as a transliteration; an initial begins it. */
function givenDistance(first: string, given: string): number | undefined {
  if (first.length === 1) return given.startsWith(first) ? 0 : undefined
  if ((givenNameKey(first) === givenNameKey(given) || shortFormOf(first, given) || vowelledOtherwise(first, given)) && first !== given) return 0.5
  return distance(first, given)
}

/**
 * One name from a script that writes few vowels, as English and French transliterate it: Yusuf
 * and Youssef, Mohamed and Muhammad, Mahmud and Mahmoud, Hussein and Husain. The same consonants
 * in the same order, from the same first letter to the same last, and one of them marked as a
 * transliteration is (a French "ou", a doubled consonant). Not Maria and Mario (a vowel ends
 * them), nor Robin and Ruben (neither is marked).
 */
function vowelledOtherwise(a: string, b: string): boolean {
  const marked = (w: string) => w.includes('ou') || /([^aeiouy])\1/.test(w)
  const consonants = (w: string) => variantKey(w).replace(ALL_VOWELS, '')
  return (
    a.length >= 5 && b.length >= 5 && a[0] === b[0] && a.at(-1) === b.at(-1) && !VOWELS.includes(a.at(-1)!) &&
    (marked(a) || marked(b)) && consonants(a) === consonants(b)
  )
}

const minDefined = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b))

/**
 * A short form or nickname asked alone that one person of the coverage goes by ("jaga" for
 * Jadwiga Wołoszyn, whom a fan blog calls "Jaga Wołoszyn"; "quim" for Joaquim "Quim" Brandão):
 * that person, as a surname finds them. A formal given name alone ("jadwiga", "gordon") is not
 * how anyone is known and stays a suggestion; so does a short form someone else has as their name.
 */
function byOnlyGivenName(entries: Entry[], words: string[], nameWords: string[]): Entry | undefined {
  if (words.length !== 1 || nameWords.length !== 1) return undefined
  const asked = nameWords[0]!
  const key = givenNameKey(asked)
  // Someone's given name, not a short form the nickname table knows ("jaga" is one even when an
  // outlet writes it most).
  if (key === asked && entries.some((e) => e.given === asked)) return undefined
  const called = entries.filter((e) => [...e.givenForms].some((given) => given === asked || givenNameKey(given) === key))
  return called.length === 1 ? called[0] : undefined
}

/**
 * A given name asked by a short form of the one the coverage prints, or the other way round, or by
 * a nickname whose short form begins it: "harsh" Kothari is Harshvardhan, "venkat" Subramanian
 * Venkataraman, "tommy" Wierzbicki Tomasz ("tom").
 */
function shortFormOf(asked: string, given: string): boolean {
  return [asked, ...otherGivenForms(asked)].some((form) => beginsGivenName(form, given) || beginsGivenName(given, form))
}

/**
 * Close names for a query that matched no one: a near surname, or the same first name. A first
 * name alone ("gordon") is never guessed into one person, but everyone the coverage calls by it
 * comes first, most mentioned first (Gordon Brown before Gordon Strachan), ahead of surnames a
 * couple of letters away (Norton, Jordan).
 */
function suggestionsFor(entries: Entry[], words: string[]): string[] {
  if (words.length === 0) return []
  const last = words.at(-1)!
  const scored: { name: string; d: number }[] = []
  for (const e of entries) {
    let d = Infinity
    for (const s of e.surnames) {
      const max = Math.max(1, budget(last) + 1)
      const edits = editDistance(last, s, max)
      if (edits <= max) d = Math.min(d, edits)
    }
    if (e.given === words[0]) d = Math.min(d, words.length === 1 ? 0.5 : 3)
    if (d < Infinity) scored.push({ name: e.person.name, d })
  }
  return scored
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.name)
}
