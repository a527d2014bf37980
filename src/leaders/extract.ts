// One sentence's tokens → the names in it, each with the title written around it ("Lithuanian
// President Gitanas Nauseda", "António Costa, president of the European Council") and the
// evidence that it names a person: a title or honorific, or being the subject of a speech verb.
import { firstPartOfSpeech, isFieldWord, isNoun, isOrdinaryWord } from '../search/lexicon.ts'
import { baseForms, namesKindOfPerson } from '../search/synonyms.ts'
import { foldName, isDemonym } from './names.ts'
import { type CaseStats, NICKNAME_MARKS, type Token } from './tokens.ts'
import {
  ABBREVIATED_TITLES,
  AUXILIARIES,
  FUNCTION_WORDS,
  GENERATION_SUFFIXES,
  HONORIFIC_GENDER,
  HONORIFICS,
  FOREIGN_BODY_HEADS,
  INSTITUTION_WORDS,
  isTitleHead,
  MODALS,
  NAME_PARTICLES,
  NOT_PERSON_BEFORE,
  ORGANISATION_KINDS,
  PARTY_WORDS,
  PREDICATIVE_AUXILIARIES,
  PREDICATIVE_VERBS,
  PREPOSITIONS,
  REGNAL_NUMBERS,
  RELATION_NOUNS,
  SPEECH_VERBS,
  STOPPED_HONORIFICS,
  STYLES_NOT_ONLY_FOR_PEOPLE,
  SURNAME_PARTICLES,
  TAKE_OVER_VERBS,
  TITLE_MODIFIERS,
  TWO_WORD_STYLES,
} from './words.ts'

/** A name span in one sentence, before it is known whose name it is. */
export interface NameSpan {
  /** The name as written ("Volodymyr Zelenskiy", "Trump"). */
  surface: string
  /** Folded capitalised words of the name, particles and initials left out: ["ursula", "leyen"]. */
  words: string[]
  /** Folded last word as written ("zelenskiy"). */
  surname: string
  /** Token indices of the name's first and last words. */
  first: number
  last: number
  /** Where the title or honorific in front of the name starts (= first when there is none). */
  roleStart: number
  /** The title as written, before the name or in an appositive after it. */
  role?: string
  /** The name, folded word by word, of the one this is another name of: a maiden name ("Farida Hughes, … her maiden name Farida Benali"), or the name in another language ("Declan Ó Súilleabháin, or Declan O'Sullivan as he appears on the scoresheets"). */
  formerNameOf?: string[]
  /**
   * Another name of someone the last sentences named, which build.ts looks back for: a maiden or
   * married name with no one before it in its sentence ("Many still know her by her maiden name,
   * Abena Ansah"), or a real name after the one an article went by ("His real name is Pasang
   * Tamang", after "…was Bhalu").
   */
  namesEarlier?: 'maiden' | 'real'
  /** A title given by a verb after a name that has one before it: "Deputy Mayor Chen Wei-ling will serve as acting mayor". */
  newRole?: string
  /** Last token of a title written after the name ("..., president of the European Council,"). */
  roleEnd?: number
  /** A one-word title or honorific right before the name ("President", "Mr"), for aliases. */
  prefix?: string
  /** The prefix is an honorific (Mr, Lady, ...): strong evidence of a person. */
  honorific: boolean
  /** Subject of a speech verb ("Nauseda has stated", "said Mr Blair", "according to X"). */
  speaking: boolean
  /** Given as someone's name: "Police named the German national as Jonas Weissmueller". */
  identified?: true
  /** Followed by an age between commas: "Chidinma Okonkwo, 24, came from Lagos". */
  aged?: true
  /** Right after "the", "a", "in", "at": a thing or a place ("the White House", "in Washington"). */
  negative: boolean
  /** After "in"/"at"/"near": a place, never resolved to a person by its surname alone. */
  located: boolean
  /** Past a capitalised connector inside a body's name ("the National Centre Against Organised Crime"): the body, never a person. */
  partOfName?: true
  possessive: boolean
  /** After a preposition ("talks with Putin"): not the subject of its sentence. */
  object: boolean
  quoted: boolean
  /** Starts the sentence and is a common word written in lower case elsewhere ("Major", "Will"). */
  commonInitial: boolean
  /** Followed by a lower-case noun: the name qualifies a thing ("the Harry Potter films"). */
  modifier: boolean
  /** What the coverage also calls them, quoted: Marion "Suge" Knight, "…, known as 'Bwana Bandari',". */
  nickname?: string
  /** The name with the nickname inside it, as written: 'Marion "Suge" Knight'. */
  nicknamed?: string
  /** Last token of a nickname given after the name ("…, known as 'Bwana Bandari'"): no one else's name. */
  nicknameEnd?: number
  /** Last token of the body a speaking name is given with ("Retno of the PVMBG said"). */
  affiliationEnd?: number
}

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word'
/** One token in brackets from the "(" at `open`, and it passes `inside`: "(58)", "(BNPB)". */
const bracketed = (tokens: Token[], open: number, inside: (t: Token) => boolean) =>
  tokens[open]?.text === '(' && tokens[open + 1] !== undefined && inside(tokens[open + 1]!) && tokens[open + 2]?.text === ')'
const isAcronym = (t: Token) => t.acronym
/** A style of two words ending at token `p`: "Tan Sri", "Datuk Seri". */
const isTwoWordStyle = (tokens: Token[], p: number) => TWO_WORD_STYLES.has(`${tokens[p - 1]?.key} ${tokens[p]?.key}`)
const isHead = (t: Token | undefined) => isWord(t) && (t.capitalized || /^\p{Ll}/u.test(t.text) || t.acronym) && isTitleHead(t.key)
const isTitleWord = (t: Token | undefined) => isWord(t) && (isTitleHead(t.key) || TITLE_MODIFIERS.has(t.key))
const isLowerTitleWord = (t: Token | undefined) => isTitleWord(t) && /^\p{Ll}/u.test(t!.text)
/** A word of English, in the small lexicon or, inflected, in WordNet ("antiquities"). */
const isEnglish = (folded: string) => isOrdinaryWord(folded) || baseForms(folded).length > 0
/** A capitalised word that can be in a name or a title (not "The", not "However"). */
const isCapWord = (t: Token | undefined): boolean => isWord(t) && t.capitalized && !FUNCTION_WORDS.has(t.key)
/** A capitalised word that can only be a name word here (not a title or honorific). */
const isPlainNameWord = (t: Token | undefined) => isCapWord(t) && !isTitleWord(t) && !HONORIFICS.has(t!.key)
const isParticle = (t: Token | undefined) => isWord(t) && NAME_PARTICLES.has(t.text)
const ROLE_CONNECTORS = new Set(['of', 'and', 'for', 'the', '&'])
const MAX_NAME_WORDS = 4
const MAX_ROLE_TOKENS = 10
/** Words of a title after a comma before its head: "the Central Mining Rescue Station engineer". */
const MAX_WORDS_BEFORE_HEAD = 5

/** The word a full stop at `p` belongs to, touching it ("Dr" of "Dr.", "Gov" of "Gov."), if there is one. */
function wordBeforeStop(tokens: Token[], p: number): Token | undefined {
  const stop = tokens[p]
  const word = tokens[p - 1]
  return stop?.text === '.' && isWord(word) && word.end === stop.start ? word : undefined
}

/**
 * The honorific ending at `p`, as written, and how many tokens it takes: "Dr" (one), or one with
 * its full stop, a token of its own ("Dr. Pieter", "Engr. Gbenga Oyelaran", "Hon. Adebisi": two).
 */
function honorificAt(tokens: Token[], p: number): { prefix: string; tokens: 1 | 2 } | undefined {
  const before = tokens[p]
  const first = tokens[p - 1]
  if (isWord(before) && isWord(first) && /^\p{Lu}/u.test(first.text) && isTwoWordStyle(tokens, p)) return { prefix: `${first.text} ${before.text}`, tokens: 2 }
  const stopped = wordBeforeStop(tokens, p)
  if (stopped) return /^\p{Lu}/u.test(stopped.text) && STOPPED_HONORIFICS.has(stopped.key) ? { prefix: `${stopped.text}.`, tokens: 2 } : undefined
  return isWord(before) && /^\p{Lu}/u.test(before.text) && HONORIFICS.has(before.key) ? { prefix: before.text, tokens: 1 } : undefined
}

/**
 * Initials written as a dotted acronym right before a surname ("T.J. Boyd", "J.R. Smith"): two or
 * three letters, not a country or body ("U.S. Steel", "U.N. Envoy"), before a word English lacks.
 */
function dottedInitials(tokens: Token[], p: number): boolean {
  const t = tokens[p]
  const next = tokens[p + 1]
  return isWord(t) && /^(?:\p{Lu}\.){2,3}$/u.test(t.text) && !DOTTED_PLACES.has(t.key) && isPlainNameWord(next) && !isOrdinaryWord(next!.key)
}
const DOTTED_PLACES = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'd.c.', 'n.z.', 'u.a.e.', 'p.r.'])

/** Finds the name spans of one sentence. */
export function findNames(sentence: string, tokens: Token[], stats: CaseStats): NameSpan[] {
  const names: NameSpan[] = []
  const firstWord = tokens.findIndex(isWord)
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i])) continue
    // A run of capitalised words, with initials and particles inside ("George W. Bush", "von der").
    let j = i
    while (!tokens[j]!.possessive) {
      const next = tokens[j + 1]
      if (isCapWord(next) || (next?.initial && isCapWord(tokens[j + 2]))) {
        j++
        continue
      }
      let k = j + 1
      while (isParticle(tokens[k])) k++
      if (k > j + 1 && isCapWord(tokens[k])) j = k
      else break
    }
    // A regnal number, in capitals, ends the name: "Nana Kwaku Amoako III".
    if (!tokens[j]!.possessive && tokens[j + 1]?.acronym && REGNAL_NUMBERS.has(tokens[j + 1]!.key)) j++
    const span = nameInRun(sentence, tokens, i, j, firstWord, stats)
    if (span) {
      // "said Villa boss David O'Leary", "Harry Potter director Alfonso Cuaron": a name inside the
      // next name's title is what the title belongs to, not a person (nor the speaker).
      while (names.length && names.at(-1)!.first >= span.roleStart) names.pop()
      // "The Lord Mayor of Cork, Cllr Fergal Dennehy, described…": the titled name after the comma
      // speaks. Not "Tobias Meyer, Sotheby's head of contemporary art, said": there the first one does.
      const previous = names.at(-1)
      if (previous?.speaking && span.roleStart < span.first && span.roleStart === previous.last + 2 && tokens[previous.last + 1]?.text === ',') {
        previous.speaking = false
        span.speaking = true
      }
      // "Farida Hughes, who was elected under her maiden name Farida Benali": the name she had.
      // "Declan Ó Súilleabháin, or Declan O'Sullivan as he appears on the scoresheets": the same man.
      const before = sentence.slice(Math.max(0, tokens[span.first]!.start - 20), tokens[span.first]!.start)
      // "Sigrid Solberg (née Haugland)": the surname she was born with, after the given name she has.
      if (previous && span.words.length === 1 && previous.words.length >= 2 && MAIDEN_NAME_CUE.test(before)) {
        span.words = [previous.words[0]!, ...span.words]
        span.surface = `${previous.surface.split(' ')[0]} ${span.surface}`
      }
      // "Rebecca Kwemoi since she was Rebecca Chelangat", "Kwemoi, who competed as Rebecca
      // Chelangat until her marriage": a full name of hers by the given name she still has.
      const formerByCue = span.words.length >= 2 && (FORMER_NAME_CUE.test(before) || (/\bas\s+$/.test(before) && UNTIL_MARRIED.test(sentence.slice(tokens[span.last]!.end))))
      if (previous && (MAIDEN_NAME_CUE.test(before) || (/,\s*or\s+$/.test(before) && previous.last + 2 === span.roleStart - 1 && asThatPerson(tokens, span.last)))) span.formerNameOf = previous.words
      else if (formerByCue && previous && previous.words.length >= 2 && previous.words[0] === span.words[0] && previous.surname !== span.surname) span.formerNameOf = previous.words
      else if ((!previous && MAIDEN_NAME_CUE.test(before)) || (formerByCue && previous?.words.length === 1)) span.namesEarlier = 'maiden'
      else if (!span.nickname && span.words.length >= 2 && REAL_NAME_CUE.test(before)) span.namesEarlier = 'real'
      names.push(span)
    }
    i = Math.max(j, span?.nicknameEnd ?? j)
  }
  return names
}

function nameInRun(sentence: string, tokens: Token[], i: number, runEnd: number, firstWord: number, stats: CaseStats): NameSpan | undefined {
  // "Harry Connick Jr", "Romualdo Sarmiento Jr.": the surname is the word before the suffix,
  // which stays in the name as written.
  const lastTok = tokens[runEnd]!
  const j = runEnd > i && GENERATION_SUFFIXES.has(lastTok.key) && isPlainNameWord(tokens[runEnd - 1]) ? runEnd - 1 : runEnd
  const surnameTok = tokens[j]!
  // The name is the run's tail of name words. A title word ends a name only after a name word
  // ("John Major", "Mervyn King"); before the name it is the title ("President Putin").
  // Not after an English word: "the Chief Personnel Officer (CPO)" names an office, no one.
  if (!isPlainNameWord(surnameTok) && !(isTitleWord(surnameTok) && j > i && isPlainNameWord(tokens[j - 1]) && !isOrdinaryWord(tokens[j - 1]!.key))) return undefined
  let k = j - 1
  while (k >= i && (isPlainNameWord(tokens[k]) || tokens[k]!.initial || isParticle(tokens[k]))) k--
  let first = k + 1
  while (first <= j && !tokens[first]!.capitalized) first++
  if (first > j) return undefined

  // "Vice Chairwoman of the Provincial People's Committee Lê Thị Hồng Vân": the body the office is
  // of ends before the name; no one's name begins with "Committee".
  if (INSTITUTION_WORDS.has(tokens[first]!.key) && j - first >= 2) first++
  // A body's name untranslated ("Yacimientos de Litio Bolivianos", "Banco de la Nación"): no one.
  if (FOREIGN_BODY_HEADS.has(tokens[first]!.key) && j > first) return undefined
  // Capitalised particles inside the name are not name words, as lower-case ones are not: "Cristina Dela Paz" is "Cristina dela Paz".
  const wordIdx: number[] = []
  for (let x = first; x <= j; x++) if (tokens[x]!.capitalized && !(x > first && x < j && NAME_PARTICLES.has(tokens[x]!.key))) wordIdx.push(x)
  let commonInitial = false
  if (first === firstWord && stats.isCommonWord(tokens[first]!.key)) {
    // "Yesterday Tony Blair ..." → "Tony Blair"; a lone "Major ..." may still be Mr Major.
    if (wordIdx.length > 1) {
      wordIdx.shift()
      first = wordIdx[0]!
    } else commonInitial = true
  }
  // "Crofter Donald MacRitchie had…": a word for a kind of person opening the sentence says what
  // the full name after it is (roleBefore), unless the coverage writes it as a name elsewhere.
  if (first === firstWord && wordIdx.length > 2 && isPersonNoun(tokens[first]!.key) && !stats.capitalisedInside(tokens[first]!.key)) {
    wordIdx.shift()
    first = wordIdx[0]!
  }
  // "Minister of Tourism and Antiquities Sherif Abdel-Ghaffar": an English word after an office's
  // "and" or "of" between capitalised words ends the office, not starts the name.
  if (wordIdx.length > 2 && isEnglish(tokens[first]!.key) && ROLE_CONNECTORS.has(tokens[first - 1]?.key ?? '') && /^\p{Ll}/u.test(tokens[first - 1]!.text) && isCapWord(tokens[first - 2])) {
    wordIdx.shift()
    first = wordIdx[0]!
  }
  // "fellow American Andy Roddick", "Top-seeded Americans Andy Roddick": the nationality, and any
  // words before it, are not part of the name; nor is a party ("Tory Liam Fox", "Liberal Democrat
  // Charles Kennedy").
  // Two words may be one nationality: "South Korean survivor…" names no one, "Sri Lankan Kumar
  // Sangakkara" is Kumar Sangakkara.
  const keyAt = (d: number) => tokens[wordIdx[d]!]!.key
  // "Grandmasters Rodrigo Benítez and Tomás Riquelme": a title in the plural is no one's name,
  // but the first name's title, in the singular.
  let titleInPlural: string | undefined
  if (wordIdx.length >= 3 && keyAt(0).endsWith('s') && isTitleHead(keyAt(0).slice(0, -1))) {
    titleInPlural = tokens[wordIdx[0]!]!.text.slice(0, -1)
    wordIdx.shift()
    first = wordIdx[0]!
  }
  if (wordIdx.length === 2 && isDemonym(`${keyAt(0)} ${keyAt(1)}`)) return undefined
  for (let d = wordIdx.length - 2; d >= 0; d--) {
    const key = keyAt(d)
    const pair = d + 2 < wordIdx.length && isDemonym(`${key} ${keyAt(d + 1)}`)
    if (!pair && !isDemonym(key) && !PARTY_WORDS.has(key)) continue
    wordIdx.splice(0, d + (pair ? 2 : 1))
    first = wordIdx[0]!
    break
  }
  // "Datuk Seri Kamaludin Yusof", "Tan Sri Wong Kah Mun": a style of two words is not the name's.
  const styleWords = wordIdx[1] === wordIdx[0]! + 1 && isTwoWordStyle(tokens, wordIdx[1]!) ? 2 : isTwoWordStyle(tokens, first) ? 1 : 0
  if (styleWords > 0 && wordIdx.length > styleWords) {
    wordIdx.splice(0, styleWords)
    first = wordIdx[0]!
  }
  if (wordIdx.length > MAX_NAME_WORDS) return undefined
  // "Ní Fhlatharta said", "Associate Professor Te Huia": a surname with its particle, not a given name and a surname.
  // So is a particle after an honorific: "Dr Al Hameli", "Mr Van Persie" (not "Al Gore").
  if (wordIdx.length === 2 && (SURNAME_PARTICLES.has(tokens[wordIdx[0]!]!.text) || (NAME_PARTICLES.has(tokens[wordIdx[0]!]!.key) && honorificAt(tokens, first - 1) !== undefined))) wordIdx.shift()
  const words = wordIdx.map((x) => tokens[x]!.key)
  // "Darrell Mc Kenzie", as Caribbean papers space it, is Mr McKenzie.
  const spacedMc = wordIdx.length >= 2 && tokens[wordIdx.at(-2)!]!.text === 'Mc' && wordIdx.at(-2)! === j - 1
  if (spacedMc) words.splice(-2, 2, `mc${surnameTok.key}`)

  // Honorific and title in front; a title in an appositive before or after, past an age in
  // brackets ("Her long-time coach, Joseph Birgen (58), who…", as East African and tabloid papers write it).
  // A generation suffix's full stop is the name's too ("Terrence Boyd Jr., the county's…").
  const nameEnd = j < runEnd && wordBeforeStop(tokens, runEnd + 1) === lastTok ? runEnd + 1 : runEnd
  // Past an age or a maiden name in brackets: "Liu Yang (34)", "Leonie Tran (née Fitzgerald), who…".
  const bornAs = tokens[nameEnd + 1]?.text === '(' && tokens[nameEnd + 2]?.key === 'nee' && isCapWord(tokens[nameEnd + 3]) && tokens[nameEnd + 4]?.text === ')'
  const tail = bornAs ? nameEnd + 4 : bracketed(tokens, nameEnd + 1, (t) => /^\d{1,3}$/.test(t.text)) ? nameEnd + 3 : nameEnd
  let roleStart = first
  let honorific = false
  let prefix: string | undefined
  // Initials before the given name are the name's ("Atty. Ma. Luisa Ocampo", "Dr. J. Smith",
  // "Director T.J. Boyd").
  let p = first - 1
  while (tokens[p]?.initial || dottedInitials(tokens, p)) p--
  // …and written with it when the name is one word after them ("Datuk J Arumugam", "J. K. Rowling").
  const initialsFrom = wordIdx.length === 1 && p + 1 < first ? p + 1 : first
  const before = tokens[p]
  // Styles, several in a row read past to the title before them ("the Managing Director of GWL,
  // Ing. Dr. Abena…"); the one next to the name is its prefix.
  for (let style = honorificAt(tokens, p); style; style = honorificAt(tokens, p)) {
    honorific ||= !STYLES_NOT_ONLY_FOR_PEOPLE.has(style.prefix.toLowerCase())
    prefix ??= style.prefix
    roleStart = p - style.tokens + 1
    p -= style.tokens
  }
  if (!honorific && isWord(before) && before.capitalized && isTitleHead(before.key)) prefix = before.text
  let role: string | undefined
  let apposed = false
  const front = roleBefore(tokens, p, stats, false, wordIdx.length >= 2)
  // A styled name ending the sentence, as translated papers place the speaker ("…declared the
  // General Secretary of OENA, Mr. Georgios Marinakis.").
  const styledAtEnd = honorific && endsSentence(tokens, tail + 1)
  // "the billionaire Bhs owner": one capitalised word between a title and another title's head
  // names what the second title is of, not someone.
  const next = tokens[tail + 1]
  if (front && wordIdx.length === 1 && !surnameTok.possessive && isWord(next) && !next.capitalized && isTitleHead(next.key)) return undefined
  // "the Director of Public Prosecutions", "the Minister of Foreign Affairs": a plural noun after a
  // portfolio word ends the office's field, no one is named ("Secretary of State Rice" is someone).
  if (front && wordIdx.length === 1 && TITLE_MODIFIERS.has(tokens[first - 1]?.key ?? '') && ROLE_CONNECTORS.has(tokens[first - 2]?.key ?? '') && firstPartOfSpeech(surnameTok.key) === 'NNS') return undefined
  if (front) {
    // "Mayor of Black River, Councillor Hyacinth Tomlinson-Reid, said": with a title word alone
    // before the name, an office of a place between commas before it is hers too.
    const office = front.from === front.to && tokens[front.from - 1]?.text === ',' && tokens[tail + 1]?.text === ',' ? officeOfPlace(tokens, front.from - 2) : undefined
    role = sentence.slice(tokens[office ?? front.from]!.start, tokens[front.to]!.end)
    roleStart = office ?? front.from
  } else if (tokens[roleStart - 1]?.text === ',' && (tokens[tail + 1]?.text === ',' || endsSentence(tokens, tail + 1))) {
    // "The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed ...", and with an
    // honorific: "the hospital's chief executive, Dr Pieter van der Merwe, said"; past the
    // office's initials in brackets: "the Chief Personnel Officer (CPO), Darrell Mc Kenzie,".
    const initialsBefore = bracketed(tokens, roleStart - 4, isAcronym)
    const appositive = roleBefore(tokens, roleStart - (initialsBefore ? 5 : 2), stats, true)
    // One capitalised word between commas is a list ("Hodgson, King, Wilkinson"), not a title.
    // Ending the sentence, only a title someone holds ("a statement in the name of its chief
    // executive, Maria da Conceição Furtado."), not the last of a list ("…, captain, Joe Bloggs.").
    const atEnd = tokens[tail + 1]?.text !== ',' && !styledAtEnd
    // One word between commas going on with "at" or "of" is the title's region or division, not
    // someone: "said Álvaro Quintanilla, Managing Director, Iberia, at Nimbara".
    const titlesPart = wordIdx.length === 1 && tokens[tail + 1]?.text === ',' && TITLE_GOES_ON.has(tokens[tail + 2]?.key ?? '')
    // "The driver, Oleksandr Tkachuk, a 44-year-old…": a word for a kind of person, not a title.
    const kind = appositive ? undefined : wordIdx.length >= 2 ? kindOfPersonBefore(tokens, roleStart - 2) : undefined
    if (appositive && !titlesPart && (appositive.from < appositive.to || !tokens[appositive.to]!.capitalized) && (!atEnd || heldTitle(tokens, appositive.from))) role = sentence.slice(tokens[appositive.from]!.start, tokens[appositive.to]!.end)
    else if (kind) role = sentence.slice(tokens[kind.from]!.start, tokens[kind.to]!.end)
    else if (!atEnd) {
      // "the chief executive of Tesco, Terry Leahy, said", "said the director of Anvisa, Rômulo
      // Tavares Lins, in a note": the office of a body named before the comma. The body is no
      // person, and the name is who speaks.
      // Not a list of titles ("star of Crouching Tiger, Hidden Dragon, Hero and …"): the sentence
      // goes on in lower case after the name.
      // Nor is a styled name ending the sentence.
      // Or on with the name's own title: "The Minister for Lands, Hon. Kwabena Asante-Mensah, MP, who…".
      const goesOn = /^\p{Ll}/u.test(tokens[tail + 2]?.text ?? '') || styledAtEnd || (isTitleHead(tokens[tail + 2]?.key ?? '') && tokens[tail + 3]?.text === ',')
      const office = goesOn ? (officeOfNamedBody(tokens, roleStart - 2, stats) ?? officeAtPlace(tokens, roleStart - 2, stats)) : undefined
      // Not a place after someone's own office between commas: "Mr Johnson, MP for
      // Henley-on-Thames, Oxfordshire, said", "MP for Richmond, North Yorks, and".
      // Nor a place after an office a verb gives ("hopes to remain MP for Richmond, North Yorks,
      // and start a family"), unless a speech verb ("said the director of Anvisa, Rômulo…").
      const opensAfter = office && tokens[office.from - 1]
      const givenByVerb = isWord(opensAfter) && FINITE_VERB_TAGS.has(firstPartOfSpeech(opensAfter.key) ?? '') && !SPEECH_VERBS.has(opensAfter.key)
      if (office && !givenByVerb && !(tokens[office.from - 1]?.text === ',' && tokens[office.from - 2]?.capitalized)) {
        role = sentence.slice(tokens[office.from]!.start, tokens[office.to]!.end)
        roleStart = office.from
        apposed = true
      }
    }
  } else if (wordIdx.length >= 2 && copulaBefore(tokens, roleStart) !== undefined) {
    // "The team's coach is Marjorie Kettering", "the club's chairman was Tom Redfern", "The
    // volunteer coordinator will be Mrs Eirlys Pugh" (a title someone is to hold).
    const title = titleBefore(tokens, copulaBefore(tokens, roleStart)! - 1, stats, false)
    if (title && heldTitle(tokens, title.from)) role = sentence.slice(tokens[title.from]!.start, tokens[title.to]!.end)
  }
  // Not a royal style: "Queens Park Rangers", "Kings Own Scottish Borderers" name no kings.
  if (titleInPlural && !HONORIFIC_GENDER[titleInPlural.toLowerCase()]) role ??= titleInPlural
  // A nickname the tokenizer set aside inside the name ("Rodolfo "Dodong" Salcedo"), else one given after it.
  let nicknamedAt = -1
  for (let x = first; x <= runEnd; x++) if (tokens[x]!.nickname) nicknamedAt = x
  const quotedInside = nicknamedAt >= 0 ? tokens[nicknamedAt]!.nickname : undefined
  const knownAs = quotedInside ? undefined : (nicknameAfter(sentence, tokens, tail) ?? nicknameInPredicate(sentence, tokens, tail))
  let after = apposed ? tail + 2 : tail + 1
  let roleEnd: number | undefined
  let newRole: string | undefined
  // A rank alone before the name says less than the office after it: "Col. Fabrizio Cantalupi,
  // commander of the Unit," is both.
  const rankOnly = front?.abbreviated && front.from === front.to - 1
  if (!lastTok.possessive) {
    // The title may follow the nickname: "Adrián Bermejo, 'Tito', its left winger".
    const behind = roleAfter(tokens, tail) ?? (knownAs && roleAfter(tokens, knownAs.end))
    // After a title before the name, an office after it is a second one ("Conservative policy
    // co-ordinator David Cameron, MP for Witney, added"), not the next titled name of a list
    // ("Foreign Secretary Jack Straw, Home Secretary Charles Clarke, and…").
    const second = !role || rankOnly || (behind && !namesSomeoneAfterTitle(tokens, behind.from, behind.to))
    // One capitalised word between commas is a list ("Hodgson, King, Wilkinson"), not a title.
    if (second && behind && (behind.from < behind.to || !tokens[behind.to]!.capitalized)) {
      const office = sentence.slice(tokens[behind.from]!.start, tokens[behind.to]!.end)
      if (role) newRole = office
      else role = office
      roleEnd = behind.to
      after = tokens[behind.to + 1]?.text === ',' ? behind.to + 2 : behind.to + 1
      // Past a second description ("…chief executive and the fourth generation of his family to
      // run it, said"): the appositive, and who speaks after it, end at its comma.
      if (tokens[behind.to + 1]?.key === 'and') {
        const comma = tokens.findIndex((t, x) => x > behind.to && t.text === ',')
        if (comma > 0 && comma - behind.to <= MAX_TITLE_TOKENS) {
          roleEnd = comma - 1
          after = comma + 1
        }
      }
    }
  }
  // "Juma Tsuma, popularly known at the port as "Bwana Bandari", said": who speaks is past the nickname.
  if (knownAs && roleEnd === undefined) after = knownAs.end + (tokens[knownAs.end + 1]?.text === ',' ? 2 : 1)
  // "Retno of the PVMBG said", "Mark Thompson of the BBC said": who speaks is past the body named.
  const affiliationEnd = !role && !knownAs && !lastTok.possessive ? bodyNamedAfter(tokens, tail) : undefined
  if (affiliationEnd !== undefined && speechFollows(tokens, affiliationEnd + 1)) after = affiliationEnd + 1
  const identified = identifiedAs(tokens, roleStart)
  if (!lastTok.possessive) {
    // "Glenn Hoddle has been unveiled as the new Wolves manager": a title given after the name.
    const predicate = rolePredicative(tokens, tail) ?? titleHeldAtPlace(tokens, tail)
    const given = predicate && sentence.slice(tokens[predicate.from]!.start, tokens[predicate.to]!.end)
    if (!role) role = given
    else if (given && !newRole && foldName(given) !== foldName(role)) newRole = given
    // "Abena Owusu-Frimpong, who heads the alliance's women's wing, said": what she leads.
    // Not a family after "the" ("the family investment firm for the Oatleys, who founded…").
    const leads = roleEnd === undefined && tokens[roleStart - 1]?.key !== 'the' ? whatTheyLead(tokens, tail) : undefined
    const led = leads && sentence.slice(tokens[leads.from]!.start, tokens[leads.to]!.end)
    if (!role) role = led
    else if (led && !newRole) newRole = led
    // "Police named the German national as Jonas Weissmueller": what he is.
    const described = identified?.description
    if (!role && described) role = sentence.slice(tokens[described.from]!.start, tokens[described.to]!.end)
    // "Local councillor Fiona Rennie, of the Scottish Coastal Alliance,", "Grace Mbogori of the
    // Jumuiya Democratic Party (JDP)": the party or body someone is of.
    const body = bodyOfMember(tokens, roleEnd ?? tail)
    const member = body && sentence.slice(tokens[body.from]!.start, tokens[body.to]!.end)
    if (!role) role = member
    else if (member && !newRole && !role.includes(member)) newRole = member
  }

  // "against the top seed, Poland's GM Grzegorz Wierzbicki": a title held ("the", "its") in an
  // appositive before the titled name is theirs too.
  if (front && tokens[roleStart - 1]?.text === ',') {
    const held = titleBefore(tokens, roleStart - 2, stats, true)
    if (held && heldTitle(tokens, held.from)) newRole ??= sentence.slice(tokens[held.from]!.start, tokens[held.to]!.end)
  }
  // "Committee Chair: Cllr Iain Dewar": a title opening the line, as a label, is theirs too.
  const label = tokens[roleStart - 1]?.text === ':' ? titleBefore(tokens, roleStart - 2, stats, true) : undefined
  if (label && label.from === firstWord) {
    const labelled = sentence.slice(tokens[label.from]!.start, tokens[label.to]!.end)
    if (!role) role = labelled
    else newRole ??= labelled
  }
  const preceding = tokens[roleStart - 1]
  const titled = Boolean(role) || honorific
  const written = sentence.slice(tokens[initialsFrom]!.start, lastTok.start + lastTok.text.length)
  return {
    // Rodolfo "Dodong" Salcedo is written "Rodolfo Salcedo", his nickname kept apart.
    surface:
      nicknamedAt > first
        ? `${sentence.slice(tokens[first]!.start, tokens[nicknamedAt - 1]!.end)} ${sentence.slice(tokens[nicknamedAt]!.start, lastTok.start + lastTok.text.length)}`
        : written,
    words,
    surname: spacedMc ? words.at(-1)! : surnameTok.key,
    first,
    last: nameEnd,
    roleStart,
    ...(role ? { role } : {}),
    ...(roleEnd !== undefined ? { roleEnd } : {}),
    ...(newRole ? { newRole } : {}),
    ...(prefix ? { prefix } : {}),
    honorific,
    // "Vendors in Black River, St Elizabeth, say…": a place is not who speaks ("on behalf of
    // Robert Zoellick, US Trade Representative, said" still speaks).
    speaking: !lastTok.possessive && ((speechFollows(tokens, after) && !(isWord(preceding) && PLACE_BEFORE.has(preceding.key))) || speechPrecedes(tokens, roleStart) || apposedSpeaker(tokens, roleStart, tail)),
    ...(identified ? { identified: true as const } : {}),
    ...(agedAround(tokens, roleStart, tail) ? { aged: true as const } : {}),
    negative: !titled && isWord(preceding) && (NOT_PERSON_BEFORE.has(preceding.key) || isConnectorInName(tokens, roleStart - 1)),
    ...(isConnectorInName(tokens, first - 1) ? { partOfName: true as const } : {}),
    located: !titled && isWord(preceding) && (preceding.key === 'in' || preceding.key === 'at' || preceding.key === 'near'),
    possessive: lastTok.possessive,
    // "For Healy, the trophy can wait": an opening "For X," names whom the next "he" is.
    object: isWord(preceding) && PREPOSITIONS.has(preceding.key) && !(roleStart === 1 && preceding.key === 'for' && tokens[tail + 1]?.text === ','),
    quoted: lastTok.quoted,
    commonInitial,
    modifier: !lastTok.possessive && isWord(tokens[runEnd + 1]) && /^\p{Ll}/u.test(tokens[runEnd + 1]!.text) && isNoun(tokens[runEnd + 1]!.key),
    ...(quotedInside ? { nickname: quotedInside, nicknamed: written } : {}),
    ...(knownAs ? { nickname: knownAs.text, nicknameEnd: knownAs.end } : {}),
    ...(affiliationEnd !== undefined && after === affiliationEnd + 1 ? { affiliationEnd } : {}),
  }
}

/**
 * Words that give another name of the one named just before, right before it: the name she had
 * before marrying ("née Benali", "her maiden name Farida Benali", "Grace Mbogori, born Grace
 * Kihoro") or the one she took ("Grace Kihoro … under her married name, Grace Mbogori").
 */
const MAIDEN_NAME_CUE = /(?<![-\p{L}])(maiden name(?: of)?|married name(?: of)?|née|nee|born)[,:]?\s+$/iu

/**
 * Words before a full name that make it one someone went by before, when it shares her given name
 * with the name she has: "since she was", "formerly", "who competed as", "then known as", "will
 * remember her as", an interviewer's "many listeners will remember you as".
 */
const FORMER_NAME_CUE = /(?<![-\p{L}])(?:formerly|previously|(?:she|he) was|(?:grew up|was raised|was brought up) as|(?:then|once|formerly|previously) known as|(?:competed|raced|played|ran|sang|performed|wrote|appeared|went) as|(?:remember|knew|know) (?:her|him|you) as)\s+$/iu

/** After a name given with "as", words that make it one she had until she married: "who grew up on Colonsay as Morag Currie before her marriage". */
const UNTIL_MARRIED = /^\s*(?:(?:before|until|till) (?:her|his|their) (?:marriage|wedding)|(?:before|until|till) (?:she|he|they) (?:married|wed)|before marrying)\b/i

/** "His real name is", "whose real name was": a name given after the one an article went by. */
const REAL_NAME_CUE = /\breal name (?:is|was)\s+$/i

/** "as he appears", "as she is known", "these days", "now": after a name, the words that make it another name of someone just named. */
const asThatPerson = (tokens: Token[], last: number) =>
  (tokens[last + 1]?.key === 'as' && ['he', 'she', 'they'].includes(tokens[last + 2]?.key ?? '')) ||
  // "Sigrid Haugland, or Sigrid Solberg these days,"
  (tokens[last + 1]?.key === 'these' && tokens[last + 2]?.key === 'days') ||
  ['now', 'nowadays'].includes(tokens[last + 1]?.key ?? '')

/** Verbs' parts of speech that are not participles: "remain", "became", "is". */
const FINITE_VERB_TAGS = new Set(['VB', 'VBZ', 'VBP', 'VBD'])

/** Words that give a nickname after a name: "known as", "nicknamed", "dubbed", "called", "alias", "aka". */
const NICKNAME_CUES = new Set(['known', 'nicknamed', 'dubbed', 'called', 'alias', 'aka'])

/**
 * A nickname in an appositive right after the name, quoted: "Juma Tsuma, popularly known at the
 * port as "Bwana Bandari",", "Ayodele Fayose, nicknamed 'Governor Stomach',", or after a cue
 * unquoted: "Mahmoud Abbas, also known as Abu Mazen". Up to two words
 * before the cue ("popularly", "better"), and up to eight between "known" and "as" ("to fans", "to
 * everyone at the Mill Lane ground").
 */
function nicknameAfter(sentence: string, tokens: Token[], runEnd: number): { text: string; end: number } | undefined {
  if (!APPOSITIVE_OPENERS.has(tokens[runEnd + 1]?.text ?? '')) return undefined
  // Quoted alone between commas or in brackets, with no cue: "Adrián Bermejo, 'Tito', its left winger".
  const bare = quotedNameAt(sentence, tokens, runEnd + 2)
  if (bare && APPOSITIVE_CLOSERS.has(tokens[bare.end + 1]?.text ?? '')) return bare
  // Or for whom it is the name: "Jesús Benavente, "Chuchi" to everyone in the town,".
  if (bare && tokens[bare.end + 1]?.key === 'to' && CALLED_BY.has(tokens[bare.end + 2]?.key ?? '')) return bare
  // Or before "as everybody calls him": "Arne Myrvold, Laks-Arne as everybody calls him, sends…".
  const called = bare ?? capitalisedWordsAt(sentence, tokens, runEnd + 2)
  if (called && callsThemSo(tokens, called.end + 1)) return called
  // Or in a clause on what others call them: "Salvu Camilleri, whom everybody calls il-Qarnita because…".
  const calls = whomTheyCall(tokens, runEnd + 2)
  if (calls !== undefined) return quotedNameAt(sentence, tokens, calls) ?? capitalisedWordsAt(sentence, tokens, calls)
  let x = runEnd + 2
  while (x < runEnd + 4 && isWord(tokens[x]) && /^\p{Ll}/u.test(tokens[x]!.text) && !NICKNAME_CUES.has(tokens[x]!.key)) x++
  // Past what they are: "Lolohea, a 40-cap international known to Red Herons supporters as "Big Tev",".
  if (['a', 'an', 'the'].includes(tokens[runEnd + 2]?.key ?? '')) {
    let y = runEnd + 3
    while (y < runEnd + 9 && tokens[y] && tokens[y]!.text !== ',' && !tokens[y]!.quoted && tokens[y]!.key !== 'known') y++
    if (tokens[y]?.key === 'known' && /^\p{Ll}/u.test(tokens[y]!.text)) x = y
  }
  const cue = tokens[x]
  if (!isWord(cue) || !NICKNAME_CUES.has(cue.key) || !/^\p{Ll}/u.test(cue.text)) return undefined
  x++
  if (cue.key === 'known') {
    const as = tokens.findIndex((t, y) => y >= x && y <= x + 8 && t.key === 'as')
    if (as < 0 || tokens.slice(x, as).some((t) => !isWord(t))) return undefined
    x = as + 1
  }
  // Unquoted, as some papers write it: "Kaumātua Aperahama Te Whare, known locally as Matua Abe,";
  // not "called", and not where more follows ("known as Ant and Dec" is two people's).
  return quotedNameAt(sentence, tokens, x) ?? (cue.key === 'called' ? undefined : bareNameAt(sentence, tokens, x))
}

/**
 * A nickname the sentence gives its subject in the predicate: "Ion Grigoraș, 67, has been the family
 * doctor in Broscăuți for 38 years and is known to almost everyone in the area as "Doctorul Nelu"",
 * "Mrs Pugh, 72, is still known to most of the town as "Miss Bevan"". The name opens the clause
 * (an age between commas allowed), a verb follows it, and "is (still) known … as" comes in the
 * same clause or after "and" with no new subject.
 */
function nicknameInPredicate(sentence: string, tokens: Token[], runEnd: number): { text: string; end: number } | undefined {
  const x = afterNameAndAge(tokens, runEnd)
  if (!isWord(tokens[x]) || !/^\p{Ll}/u.test(tokens[x]!.text)) return undefined
  for (let y = x; y < tokens.length && y - x <= 25; y++) {
    const t = tokens[y]!
    if (t.quoted || t.kind === 'quote' || t.text === ';' || t.text === ':' || SPEECH_VERBS.has(t.key)) return undefined
    if (t.text === ',' && ['who', 'which', 'that', 'while', 'but'].includes(tokens[y + 1]?.key ?? '')) return undefined
    // "is known", "is still known", "was better known".
    const known = tokens[y + 1]?.key === 'known' ? y + 1 : KNOWN_ADVERB.test(tokens[y + 1]?.key ?? '') && tokens[y + 2]?.key === 'known' ? y + 2 : -1
    if (!COPULAS.has(t.key) || known < 0) continue
    if (y !== x && tokens[y - 1]?.key !== 'and') return undefined
    const as = tokens.findIndex((u, z) => z > known && z <= known + 9 && u.key === 'as')
    if (as < 0 || tokens.slice(known + 1, as).some((u) => !isWord(u))) return undefined
    return quotedNameAt(sentence, tokens, as + 1) ?? bareNameAt(sentence, tokens, as + 1)
  }
  return undefined
}

const KNOWN_ADVERB = /^(?:still|also|better|best|now|[a-z]+ly)$/

/** What opens and closes an appositive: commas, brackets, dashes ("Donald MacRitchie - known to everyone on the island as Donnie Beag - had"). */
const DASHES = ['-', '–', '—']
const APPOSITIVE_OPENERS = new Set([',', '(', ...DASHES])
const APPOSITIVE_CLOSERS = new Set([',', ')', ...DASHES])

/** Who calls someone by a nickname: "to everyone", "to his friends", "to fans". */
const CALLED_BY = new Set(['everyone', 'everybody', 'all', 'friends', 'fans', 'colleagues', 'locals', 'his', 'her', 'their', 'the', 'many', 'most'])

/** "whom everybody calls", "whom his friends call", from token `x`: the token after, where the name others use begins. */
function whomTheyCall(tokens: Token[], x: number): number | undefined {
  if (tokens[x]?.key !== 'whom') return undefined
  let y = x + 1
  while (y <= x + 2 && CALLED_BY.has(tokens[y]?.key ?? '')) y++
  return y > x + 1 && ['calls', 'call'].includes(tokens[y]?.key ?? '') ? y + 1 : undefined
}

/** "as everybody calls him", "as his friends call her", "as locals know him", from token `x`: a name others use. */
function callsThemSo(tokens: Token[], x: number): boolean {
  if (tokens[x]?.key !== 'as' || !CALLED_BY.has(tokens[x + 1]?.key ?? '')) return false
  // "as his friends call him": the owner, then who calls.
  const verb = ['his', 'her', 'their', 'the'].includes(tokens[x + 1]!.key) ? x + 3 : x + 2
  return CALLING_VERBS.has(tokens[verb]?.key ?? '') && ['him', 'her', 'them'].includes(tokens[verb + 1]?.key ?? '')
}
const CALLING_VERBS = new Set(['call', 'calls', 'called', 'know', 'knows', 'knew'])

/** One to three capitalised words from token `x`, unquoted: their text and the last word's token. */
function capitalisedWordsAt(sentence: string, tokens: Token[], x: number): { text: string; end: number } | undefined {
  let y = x
  while (y - x < 3 && isNicknameWord(tokens[y]) && !tokens[y]!.quoted) y++
  return y === x ? undefined : { text: sentence.slice(tokens[x]!.start, tokens[y - 1]!.end), end: y - 1 }
}

/** A capitalised word, or one opening with the article Maltese and Arabic write before a name: "il-Qarnita", "al-Hakim". */
const isNicknameWord = (t: Token | undefined) => isCapWord(t) || (isWord(t) && ARTICLE_BEFORE_NAME.test(t.text))
const ARTICLE_BEFORE_NAME = /^(?:il|al|el|l|ix|iż|is|it|id|in|ir)-\p{Lu}/u

/** One to three capitalised words from token `x` that end the clause (a comma, a stop, a bracket or the sentence's end follows). */
function bareNameAt(sentence: string, tokens: Token[], x: number): { text: string; end: number } | undefined {
  const words = capitalisedWordsAt(sentence, tokens, x)
  return words && [undefined, ',', '.', ')', ';', ...DASHES].includes(tokens[words.end + 1]?.text) ? words : undefined
}

/** Capitalised words in quotation marks opening at token `x` ("'Tito'", ""Bwana Bandari""): their text, and the closing mark's token. */
function quotedNameAt(sentence: string, tokens: Token[], x: number): { text: string; end: number } | undefined {
  const close = NICKNAME_MARKS.get(tokens[x]?.text ?? '')
  if (!close) return undefined
  let y = x + 1
  while (y - x <= MAX_NAME_WORDS && isWord(tokens[y]) && /^\p{Lu}/u.test(tokens[y]!.text)) y++
  if (y === x + 1 || tokens[y]?.text !== close) return undefined
  return { text: sentence.slice(tokens[x + 1]!.start, tokens[y - 1]!.end), end: y }
}

/**
 * The title written right before a name, read backwards from token `p`: title words, capitalised
 * words and acronyms ("EU Council President", "White House envoy"), "of/and/for" between them
 * ("Trade and Industry Secretary"), and one lower-case word before a head ("health spokeswoman").
 * The word next to the name must be a title word, and some word a head; or, before a full name,
 * the title may end with what it is for or of ("alderman for digital affairs").
 */
function roleBefore(tokens: Token[], p: number, stats: CaseStats, appositive = false, fullName = false): { from: number; to: number; abbreviated?: true } | undefined {
  // "Gov. Miriam Castellanos": an abbreviated title, its full stop a token of its own.
  const abbreviated = !appositive && ABBREVIATED_TITLES.has(wordBeforeStop(tokens, p)?.key ?? '')
  if (abbreviated) {
    // With the title words before it: "state Sen.".
    let from = p - 1
    while (from > 0 && isWord(tokens[from - 1]) && (TITLE_MODIFIERS.has(tokens[from - 1]!.key) || isTitleHead(tokens[from - 1]!.key))) from--
    return { from, to: p, abbreviated: true }
  }
  const title = titleBefore(tokens, p, stats, appositive)
  if (title || appositive || !fullName) return title
  // "alderman for digital affairs Pieter De Smet", "chief of staff John Kelly", "Chair of the board Anneke Zuidervaart": a title and what
  // it is for or of, up to three words, right before a full name (a one-word name there is what
  // the field is: "chief executive of mobile music firm Musiwave").
  const head = headBeforeItsField(tokens, p)
  const office = head === undefined ? undefined : titleBefore(tokens, head, stats, false)
  if (office) return { from: office.from, to: p }
  // "Mayor of London Ken Livingstone", "Minister of Tourism and Antiquities Sherif Abdel-Ghaffar".
  const ofPlace = officeOfPlace(tokens, p)
  if (ofPlace !== undefined) return { from: ofPlace, to: p }
  // "crofter Donald MacRitchie", "Shopkeeper Hernán Villca said": a word for a kind of person
  // (the lists above hold offices and trades, not "crofter", "angler" or "neighbour"), in lower
  // case or opening the sentence.
  const nearest = tokens[p]
  const firstWord = tokens.findIndex(isWord)
  const lowerOrOpening = (x: number) => isWord(tokens[x]) && (/^\p{Ll}/u.test(tokens[x]!.text) || x === firstWord)
  if (!lowerOrOpening(p) || nearest!.possessive || !isPersonNoun(nearest!.key)) return undefined
  // With the noun that says of what: "Marine biologist Dr Imogen Fairweather", "rice farmer".
  const field = tokens[p - 1]
  // Not a verb's object: "will next face compatriot Alicia Molik".
  const afterVerb = [p - 2, p - 3].some((x) => isWord(tokens[x]) && (AUXILIARIES.has(tokens[x]!.key) || MODALS.has(tokens[x]!.key)))
  const ofWhat = p > firstWord && lowerOrOpening(p - 1) && !field!.possessive && !FUNCTION_WORDS.has(field!.key) && !afterVerb && ['NN', 'NNS'].includes(firstPartOfSpeech(field!.key) ?? '')
  return { from: ofWhat ? p - 1 : p, to: p }
}

/**
 * A noun for a kind of person (WordNet), in the singular, a noun first where the lexicon has it:
 * "crofter", "angler", "neighbour", "driver"; not "told" or "married", nor "carrier" or "maker"
 * (namesKindOfPerson), nor what business and arts news writes before a firm or a show as often
 * ("bidder Deutsche Boerse", "parent Anvil Ridge Mining", "fellow nominees Desperate Housewives").
 */
const isPersonNoun = (key: string) => [undefined, 'NN'].includes(firstPartOfSpeech(key)) && !NOT_ONLY_PEOPLE.has(key) && namesKindOfPerson(key)
const NOT_ONLY_PEOPLE = new Set([
  'partner', 'bidder', 'rival', 'supplier', 'buyer', 'seller', 'sponsor', 'brewer', 'auditor', 'bookmaker', 'parent', 'fellow', 'character',
  // and before a firm in an appositive ("its main competitor, Royal Caribbean,", "the developer, Castlegate Living,")
  'competitor', 'developer', 'contractor', 'subcontractor', 'operator', 'lender', 'insurer', 'retailer', 'publisher', 'distributor',
  'client', 'customer', 'creditor', 'shareholder', 'landlord', 'tenant', 'licensee', 'importer', 'exporter', 'wholesaler',
])

/**
 * "The driver, Oleksandr Tkachuk,", "the tram's driver, …", "Her neighbour, …": a word for a kind
 * of person (isPersonNoun) after its article or owner, with one word between ("The tram driver,",
 * "the injured passenger,"), before the comma that opens an appositive full name.
 */
function kindOfPersonBefore(tokens: Token[], p: number): { from: number; to: number } | undefined {
  const noun = tokens[p]
  if (!isWord(noun) || !/^\p{Ll}/u.test(noun.text) || noun.possessive || !isPersonNoun(noun.key)) return undefined
  const field = tokens[p - 1]
  const withField = isWord(field) && /^\p{Ll}/u.test(field.text) && !field.possessive && !FUNCTION_WORDS.has(field.key)
  const from = withField ? p - 1 : p
  const owner = tokens[from - 1]
  return isWord(owner) && (OWNERS.has(owner.key) || owner.possessive) ? { from, to: p } : undefined
}

/** The title phrase ending at token `p`, read backwards (see roleBefore). */
function titleBefore(tokens: Token[], p: number, stats: CaseStats, appositive: boolean): { from: number; to: number } | undefined {
  const nearest = tokens[p]
  if (!isWord(nearest)) return undefined
  // Right before the name the title word must touch it; before ", Name," any title phrase will do.
  if (!appositive && !(isTitleHead(nearest.key) || TITLE_MODIFIERS.has(nearest.key))) return undefined
  // ("... Family, Theresa May," yes; "director Martin Scorsese, Leonardo DiCaprio," is two people).
  if (appositive && !(isTitleWord(nearest) || (nearest.capitalized && stats.isCommonWord(nearest.key)))) return undefined
  if (nearest.possessive) return undefined
  let from = p
  let hasHead = isHead(nearest)
  const firstWord = tokens.findIndex(isWord)
  for (let x = p - 1; x >= 0 && p - x < MAX_ROLE_TOKENS; x--) {
    const t = tokens[x]!
    // Two offices held together: "the council's Registrar/Chief Executive, Prof. …".
    if (t.text === '/' && isHead(tokens[x - 1]) && joinsNeighbours(tokens, x)) continue
    // The fields of a ministry, listed: "Minister for Climate, Energy and the Environment",
    // "Secretary of State for Environment, Food and Rural Affairs".
    if (t.text === ',' && x + 1 === from && isCapWord(tokens[x - 1]) && isCapWord(tokens[x + 1]) && listsFieldsUpTo(tokens, x, p)) continue
    if (!isWord(t)) break
    // An age is no part of a title: "Sixteen-year-old IM Dilnoza Rakhimova".
    if (t.key.endsWith('-old')) break
    const lower = /^\p{Ll}/u.test(t.text)
    if (isTitleHead(t.key) || (TITLE_MODIFIERS.has(t.key) && !FUNCTION_WORDS.has(t.key))) {
      hasHead ||= isTitleHead(t.key)
      from = x
    } else if ((t.capitalized && !FUNCTION_WORDS.has(t.key)) || t.acronym) {
      // "Earlier Tory leader": a common word capitalised only because it starts the sentence;
      // a noun there still qualifies the title ("Racing pundit John McCririck"), and so does an
      // adjective right before a head in lower case ("Local councillor Iain Dewar").
      const qualifies = isFieldWord(t.key) || (firstPartOfSpeech(t.key) === 'JJ' && x + 1 === from && /^\p{Ll}/u.test(tokens[from]!.text) && isTitleHead(tokens[from]!.key))
      if (x === firstWord && stats.isCommonWord(t.key) && !qualifies) break
      from = x
    } else if (
      ROLE_CONNECTORS.has(t.key) &&
      lower &&
      (x + 1 === from || ROLE_CONNECTORS.has(tokens[x + 1]!.key)) &&
      !isHead(tokens[x + 1]) &&
      (isCapWord(tokens[x - 1]) || tokens[x - 1]?.acronym || ROLE_CONNECTORS.has(tokens[x - 1]?.key ?? '')) &&
      // "the" before a title word opens the title ("declared to Nea Epochi the General
      // Secretary"), unless "of" or "for" comes first ("Chancellor of the Exchequer").
      (t.key !== 'the' || ROLE_CONNECTORS.has(tokens[x - 1]?.key ?? '') || !isTitleWord(tokens[x + 1])) &&
      (t.key !== 'and' ||
        (isOfficeWord(tokens[x - 1], stats) && isOfficeWord(tokens[x + 1], stats)) ||
        (CONSTITUENCY_TITLES.has(nearest.key) && isCapWord(tokens[x - 1]) && isCapWord(tokens[x + 1])) ||
        // The last of a ministry's listed fields: "…, Energy and the Environment".
        (isCapWord(tokens[tokens[x + 1]?.key === 'the' ? x + 2 : x + 1]) && fieldsOfTitleFrom(tokens, x - 1)))
    ) {
      // Kept only if a capitalised word follows on its left. "and" joins office words
      // ("Trade and Industry Secretary"), never two people ("Trump and Russian President").
      continue
    } else if ((t.key === 'and' || t.text === '&') && x + 1 === from && hasHead && isLowerTitleWord(tokens[x + 1]) && isLowerTitleWord(tokens[x - 1]) && isTitleHead(tokens[x - 1]!.key)) {
      // Two offices held at once, in lower case: "founder and chief executive Ananya
      // Raghunathan", "chairman & chief executive". Not "the president and Prime Minister Tony
      // Blair", who may be two people: capitalised offices keep the rule above. Each side has
      // its head: not "pundit and former Liverpool stalwart".
      continue
    } else if (lower && x + 1 === from && isHead(tokens[x + 1]) && (tokens[x - 1]?.possessive || tokens[x - 1]?.acronym)) {
      // "Labour's election chief": a field word between an owner and the head, never "backed Chancellor".
      from = x
    } else if (x + 1 === from && x + 1 === p && /^\p{Ll}/u.test(tokens[p]!.text) && isHead(tokens[p]) && tokens[x - 1]?.kind !== 'number' && !t.key.endsWith('-old') && stats.isCommonWord(t.key) && namesTitleField(tokens, x)) {
      // "marathon runner Susan Chepkemei": a noun naming the field of a lower-case head, never
      // "backed Chancellor"; nor a gerund that is a verb ("…promptly, pushing referee Alan Wiley").
      from = x
    } else if (
      x + 1 === from &&
      x + 2 === p &&
      /^\p{Ll}/u.test(tokens[p]!.text) &&
      isHead(tokens[p]) &&
      !t.possessive &&
      stats.isCommonWord(t.key) &&
      namesTitleField(tokens, x) &&
      namesTitleField(tokens, x + 1) &&
      (tokens[x - 1]?.possessive || OWNERS.has(tokens[x - 1]?.key ?? ''))
    ) {
      // A field of two nouns after whose title it is: "Barrowdale's quality assurance manager", "the supply chain director".
      from = x
    } else break
  }
  if (!hasHead) return undefined
  return { from, to: p }
}

/**
 * Whether the comma at token `comma` lists a ministry's fields up to `p`: capitalised words, "and"
 * and "the" after it ("Energy and the Environment", "Food and Rural Affairs"), and its fields
 * before it after the title's "for" or "of" ("Minister for Climate, …").
 */
function listsFieldsUpTo(tokens: Token[], comma: number, p: number): boolean {
  const rest = tokens.slice(comma + 1, p + 1)
  return rest.some((t) => t.key === 'and') && rest.every((t) => isCapWord(t) || t.key === 'and' || t.key === 'the' || t.text === ',') && fieldsOfTitleFrom(tokens, comma - 1)
}

/** Capitalised words (and commas between them) read back from token `x` to the "for" or "of" of a title's head: "Minister for Climate, Energy", "Secretary of State for Environment, Food". */
function fieldsOfTitleFrom(tokens: Token[], x: number): boolean {
  let y = x
  while (y >= 0 && ((isCapWord(tokens[y]) && !isHead(tokens[y])) || tokens[y]!.text === ',')) y--
  // The title may be of two words and a connector: "Secretary of State for Environment".
  return y < x && ['for', 'of'].includes(tokens[y]?.key ?? '') && tokens.slice(Math.max(0, y - 3), y).some(isHead)
}

/** Token `x` touches the tokens either side of it, no space between: a slash or hyphen inside a word or a number ("24/7", "1-4281"). */
const joinsNeighbours = (tokens: Token[], x: number) => tokens[x - 1]?.end === tokens[x]!.start && tokens[x]!.end === tokens[x + 1]?.start

/** A title opening at token `from` with whose it is before it: "its chief executive", "the union's president", "the mayor". */
function heldTitle(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]
  return isWord(before) && (before.possessive || OWNERS.has(before.key)) && /^\p{Ll}/u.test(tokens[from]!.text)
}
const OWNERS = new Set(['the', 'its', 'their', 'his', 'her', 'our'])
const COPULAS = new Set(['is', 'was'])

/** Where a copula right before token `x` begins: "is", "was", "will be". */
function copulaBefore(tokens: Token[], x: number): number | undefined {
  if (isWord(tokens[x - 1]) && COPULAS.has(tokens[x - 1]!.text)) return x - 1
  return tokens[x - 1]?.text === 'be' && tokens[x - 2]?.text === 'will' ? x - 2 : undefined
}

/** The first token after the name ending at `j`, past an age between commas: "Ion Grigoraș, 67, has…". */
const afterNameAndAge = (tokens: Token[], j: number) => (tokens[j + 1]?.text === ',' && isAgeBetweenCommas(tokens, j + 2) ? j + 4 : j + 1)

/** Token `x` closes the sentence: its last full stop, question or exclamation mark, or past its end. */
function endsSentence(tokens: Token[], x: number): boolean {
  return x >= tokens.length || (x === tokens.length - 1 && /^[.!?]$/.test(tokens[x]!.text))
}

/** A lower-case noun at token `x` naming a title's field ("marathon runner", "the mining rescue official"), never a verb ("…, pushing referee"). */
function namesTitleField(tokens: Token[], x: number): boolean {
  const t = tokens[x]!
  return /^\p{Ll}/u.test(t.text) && t.key.length > 2 && isFieldWord(t.key) && !(t.key.endsWith('ing') && gerundIsVerb(tokens, x))
}

/**
 * A gerund at token `x` used as a verb: after a comma, an auxiliary, an adverb or a word that
 * takes a clause ("…promptly, pushing referee Alan Wiley", "after criticising referee"); not
 * "under outgoing owner", "with kicking fly-half".
 */
function gerundIsVerb(tokens: Token[], x: number): boolean {
  const before = tokens[x - 1]
  if (before?.text === ',') return true
  return isWord(before) && (AUXILIARIES.has(before.key) || CLAUSE_BEFORE_GERUND.has(before.key) || before.key.endsWith('ly'))
}
const CLAUSE_BEFORE_GERUND = new Set(['after', 'before', 'by', 'for', 'without', 'while', 'since', 'when', 'to'])

/**
 * A title, "of", "at" or "for", and a body or field named by one to three capitalised words or
 * acronyms ending at token `p` ("chief executive of Tesco", "Minister for Lands"), the name maybe
 * with "of" or "and" inside ("President of the City of Zielnogród", "governor of the Bank of
 * England", "Minister for Lands and Natural Resources").
 */
function officeOfNamedBody(tokens: Token[], p: number, stats: CaseStats): { from: number; to: number } | undefined {
  let x = p
  const named = (t: Token | undefined) => isCapWord(t) || t?.acronym === true
  let inner = false
  let joined = false
  for (let words = 0; words < 3 && named(tokens[x]); words++) {
    x--
    // An "of" between two capitalised words, the first no title word, is inside the name.
    if (!inner && tokens[x]?.key === 'of' && named(tokens[x - 1]) && !isTitleWord(tokens[x - 1])) {
      x--
      inner = true
    }
    // So is one "and": "Minister for Lands and Natural Resources", "of Marks and Spencer".
    if (!joined && tokens[x]?.key === 'and' && named(tokens[x - 1]) && !isTitleWord(tokens[x - 1])) {
      x--
      joined = true
      words--
    }
  }
  if (x < p && tokens[x]?.key === 'the' && /^\p{Ll}/u.test(tokens[x]!.text)) x--
  if (x === p || !['of', 'at', 'for'].includes(tokens[x]?.key ?? '') || !/^\p{Ll}/u.test(tokens[x]!.text)) return undefined
  const title = titleBefore(tokens, x - 1, stats, false)
  return title && { from: title.from, to: p }
}

/** The title head before "for|of" and one to three words of its field that end at token `p`; undefined if there is none. */
function headBeforeItsField(tokens: Token[], p: number): number | undefined {
  // Not a kind of organisation or work, whose name the name is ("anti-virus firm Sophos", "hit film Amelie").
  if (ORGANISATION_KINDS.has(tokens[p]?.key ?? '')) return undefined
  let x = p
  while (x > p - 3 && isFieldWordOfTitle(tokens[x])) x--
  // "Chair of the board Anneke Zuidervaart": "the" before what it is of.
  if (x < p && tokens[x]?.key === 'the' && /^\p{Ll}/u.test(tokens[x]!.text)) x--
  if (x === p || !(tokens[x]?.key === 'for' || tokens[x]?.key === 'of') || !/^\p{Ll}/u.test(tokens[x]!.text)) return undefined
  return isTitleHead(tokens[x - 1]?.key ?? '') ? x - 1 : undefined
}

/** A word of what a title is for or of: lower case, no verb form ("including"), no title head, no possessive. */
const isFieldWordOfTitle = (t: Token | undefined) =>
  isWord(t) && /^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.key) && !isTitleHead(t.key) && !t.possessive && !/(ing|ed)$/.test(t.key)

/** Titles held for a constituency, whose name may have "and" in it: "Ashbury and Wendle MP Helen Crossley", "Brighton and Hove councillor". */
const CONSTITUENCY_TITLES = new Set(['mp', 'msp', 'mla', 'mep', 'mpp', 'mna', 'td', 'councillor', 'cllr'])

/** A word that can name an office or a field: a title word or a common word ("Trade", "Industry"), not a name. */
function isOfficeWord(t: Token | undefined, stats: CaseStats): boolean {
  return isWord(t) && (isTitleWord(t) || stats.isCommonWord(t.key))
}

/**
 * A title, then where it is held in a few lower-case words, ending at `p`: "the union's chief
 * shop steward at the mill", "a lawyer for the victims", "the mayor of the commune". The title
 * must end in its head.
 */
function officeAtPlace(tokens: Token[], p: number, stats: CaseStats): { from: number; to: number } | undefined {
  let x = p
  while (x > p - 2 && isWord(tokens[x]) && /^\p{Ll}/u.test(tokens[x]!.text) && !FUNCTION_WORDS.has(tokens[x]!.key) && !isTitleHead(tokens[x]!.key)) x--
  if (x === p) return undefined
  // The place may be named before what it is: "the owner of the Żurawiec farm", "a foreman at the Northridge mill".
  const kind = x
  while (x > kind - 3 && isCapWord(tokens[x]) && !isTitleWord(tokens[x])) x--
  if (tokens[x]?.key === 'the' || tokens[x]?.key === 'a') x--
  if (!['at', 'in', 'for', 'on', 'of'].includes(tokens[x]?.key ?? '') || !isTitleHead(tokens[x - 1]?.key ?? '')) return undefined
  const title = titleBefore(tokens, x - 1, stats, false)
  return title && { from: title.from, to: p }
}

/**
 * "(The) Lord Mayor of Cork", "Mayor of Black River" ending at `p`: a title, "of" and a place's
 * capitalised words (at most four). The index of its first word.
 */
function officeOfPlace(tokens: Token[], p: number): number | undefined {
  let x = p
  // "and" between capitalised words is the office's too ("Minister of Tourism and Antiquities").
  const joins = (y: number) => y < p && tokens[y]?.text === 'and' && isCapWord(tokens[y - 1])
  // A portfolio is the office's ("Minister of Health", "of Tourism and Antiquities"); another title's head is not.
  while (x > p - 4 && ((isCapWord(tokens[x]) && !isTitleHead(tokens[x]!.key)) || joins(x))) x--
  // "of the Provincial People's Committee": the body may have its article.
  if (x < p && tokens[x]?.key === 'the' && tokens[x - 1]?.text === 'of') x--
  if (x === p || tokens[x]?.text !== 'of' || !isTitleWord(tokens[x - 1]) || !tokens[x - 1]!.capitalized) return undefined
  let from = x - 1
  while (isWord(tokens[from - 1]) && tokens[from - 1]!.capitalized && (isTitleWord(tokens[from - 1]) || TITLE_MODIFIERS.has(tokens[from - 1]!.key))) from--
  return from
}

/** A title word right before a name between `from` and `to`: "Home Secretary Charles Clarke", "UN Secretary General Kofi Annan". */
function namesSomeoneAfterTitle(tokens: Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (isTitleWord(tokens[x]) && isPlainNameWord(tokens[x + 1])) return true
  return false
}

/**
 * A relative clause right after the name saying what the person leads, runs or owns, in its own
 * words up to its comma or stop: "…, who heads the alliance's women's wing,", "…, who runs a
 * guesthouse in Santa Cruz.". Twelve words at most (a figure or a hyphen is none: "the 64-room
 * Thalassa Blue hotel"); not a quotation.
 */
function whatTheyLead(tokens: Token[], j: number): { from: number; to: number } | undefined {
  // Past an age: "Eleni Mavrou, 58, who owns the 64-room Thalassa Blue hotel".
  if (tokens[j + 1]?.text === ',' && isAgeBetweenCommas(tokens, j + 2)) j += 2
  if (tokens[j + 1]?.text !== ',' || tokens[j + 2]?.key !== 'who') return undefined
  let from = j + 3
  if (tokens[from]?.key === 'also' || tokens[from]?.key === 'now') from++
  if (!isWord(tokens[from]) || !LEADING_VERBS.has(tokens[from]!.key)) return undefined
  let words = 1
  for (let x = from + 1; x < tokens.length && words <= 12; x++) {
    const t = tokens[x]!
    if (t.quoted || t.kind === 'quote') return undefined
    if ([',', '.', ';', ')'].includes(t.text)) return x - 1 > from ? { from, to: x - 1 } : undefined
    if (isWord(t)) words++
  }
  return undefined
}
const LEADING_VERBS = new Set(['heads', 'leads', 'chairs', 'runs', 'directs', 'manages', 'coaches', 'captains', 'owns', 'founded', 'co-founded'])

/** "of (the) PVMBG", "of the World Bank" after token `j`: the last token of the body, if one is named so. */
function bodyNamedAfter(tokens: Token[], j: number): number | undefined {
  if (tokens[j + 1]?.text !== 'of') return undefined
  let x = tokens[j + 2]?.key === 'the' ? j + 3 : j + 2
  const from = x
  while (x - from < 5 && (isCapWord(tokens[x]) || tokens[x]?.acronym)) x++
  return x > from ? x - 1 : undefined
}

/**
 * After token `j` (a name, or a title after it), a body of members: ", of the Scottish Coastal
 * Alliance,", ", 58, of the Umoja Progressive Alliance (UPA)", " of the Jumuiya Democratic Party".
 * Its name is capitalised words ending in a word for a party or an institution; not a place or a
 * firm ("Mark Thompson of the BBC", "Retno of the PVMBG" say whom they speak for, not what they are).
 */
function bodyOfMember(tokens: Token[], j: number): { from: number; to: number } | undefined {
  let x = j + 1
  if (tokens[x]?.text === ',') x++
  if (isAgeBetweenCommas(tokens, x)) x += 2
  if (tokens[x]?.key !== 'of' || tokens[x + 1]?.key !== 'the') return undefined
  const from = x + 2
  let to = from
  // "of the FAO's Desert Locust Information Service": a body inside another, by its initials.
  while (to < from + 5 && (isCapWord(tokens[to]) || (tokens[to]?.acronym && tokens[to]!.possessive))) to++
  to--
  if (to <= from || !MEMBERS_BODIES.has(tokens[to]!.key)) return undefined
  // And where it is or what it is for: "the Technical University of Timișoara", "the National
  // Centre Against Organised Crime" (a capitalised connector, as some bodies write their names).
  let end = to
  if (tokens[to + 1]?.key === 'of' || isConnectorInName(tokens, to + 1)) for (let y = to + 2; y < to + 5 && isCapWord(tokens[y]); y++) end = y
  return { from, to: end }
}

/**
 * A preposition capitalised between capitalised words, inside the name of a body or a campaign:
 * "Centre Against Organised Crime", "Doctors Without Borders". Not at a sentence's start.
 */
function isConnectorInName(tokens: Token[], x: number): boolean {
  const t = tokens[x]
  return x > 0 && isWord(t) && t.capitalized && CAPITALISED_CONNECTORS.has(t.key) && isCapWord(tokens[x - 1]) && isCapWord(tokens[x + 1])
}
const CAPITALISED_CONNECTORS = new Set(['against', 'without', 'beyond', 'across', 'for', 'of'])
const MEMBERS_BODIES = new Set([...INSTITUTION_WORDS, 'party', 'alliance', 'front', 'movement', 'congress', 'coalition', 'caucus', 'bloc', 'service'])

/** An age after a name's comma, with its own comma: "Pasang Tamang, 38, a guide", "Arasa, 58, of the …". */
const isAgeBetweenCommas = (tokens: Token[], x: number) => tokens[x]?.kind === 'number' && /^\d{1,3}$/.test(tokens[x]!.text) && tokens[x + 1]?.text === ','

/** "44-year-old", as tokens from x: the number, its hyphen, "year-old". */
const yearsOldAt = (tokens: Token[], x: number) => tokens[x]?.kind === 'number' && tokens[x + 1]?.text === '-' && tokens[x + 2]?.key === 'year-old'

/**
 * A name given its age, as papers give people's: "Chidinma Okonkwo, 24, came", "Oleksandr
 * Tkachuk, a 44-year-old who moved…", "44-year-old Ołeksandr Tkaczuk", "Rosalie Paul is 86
 * years old". A place or a firm is not given an age so.
 */
function agedAround(tokens: Token[], roleStart: number, tail: number): boolean {
  if (tokens[tail + 1]?.text === ',' && (isAgeBetweenCommas(tokens, tail + 2) || (['a', 'an'].includes(tokens[tail + 2]?.key ?? '') && yearsOldAt(tokens, tail + 3)))) return true
  if (yearsOldAt(tokens, roleStart - 3)) return true
  return COPULAS.has(tokens[tail + 1]?.key ?? '') && tokens[tail + 2]?.kind === 'number' && tokens[tail + 3]?.key === 'years' && tokens[tail + 4]?.key === 'old'
}

/** Words before a place: "in Black River", "near Kuala Lumpur". */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'across', 'around', 'outside', 'inside', 'throughout', 'within'])

/** Words after a one-word region or division of a title, between commas: "Managing Director, Iberia, at Nimbara". */
const TITLE_GOES_ON = new Set(['at', 'of', 'for'])

/** Words that go on with a title: "professor of marine microbiology", "head of research at Nissan". */
const TITLE_OF = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'to'])

/** "Farida Benali, the member for Ashby Vale,": a legislator as Westminster-style parliaments name one, by the seat. */
const memberFor = (tokens: Token[], x: number) => tokens[x]?.key === 'member' && tokens[x + 1]?.key === 'for' && isCapWord(tokens[x + 2])

/** "António Costa, president of the European Council, said": a title after a comma, up to the next comma or the end. */
function roleAfter(tokens: Token[], j: number): { from: number; to: number } | undefined {
  if (tokens[j + 1]?.text !== ',') return undefined
  let from = j + 2
  // Past an age: "Pasang Tamang, 38, a guide with 20 years of experience", "a 52-year-old shovel operator".
  let aged = false
  if (isAgeBetweenCommas(tokens, from)) {
    from += 2
    aged = true
  }
  const article = ['a', 'an'].includes(tokens[from]?.key ?? '')
  if (article || tokens[from]?.key === 'the') from++
  if (tokens[from]?.kind === 'number' && tokens[from + 1]?.text === '-' && tokens[from + 2]?.key.endsWith('-old')) {
    from += 3
    aged = true
  }
  let head = aged && article ? describedAfterAge(tokens, from) : -1
  for (let x = from; head < 0 && x < from + MAX_WORDS_BEFORE_HEAD + 1 && x < tokens.length; x++) {
    const t = tokens[x]!
    // Two fields of one office: "the cantonal construction and environment director".
    if (t.key === 'and' && x > from && namesTitleField(tokens, x - 1) && isWord(tokens[x + 1]) && namesTitleField(tokens, x + 1)) continue
    if (!isWord(t) || FUNCTION_WORDS.has(t.key) || t.quoted) break
    // Not an adjective before whom someone is to another: "Valli Akka, elder sister Valli".
    const adjectiveOfRelation = firstPartOfSpeech(t.key)?.startsWith('JJ') && RELATION_NOUNS.has(tokens[x + 1]?.key ?? '')
    if ((isTitleHead(t.key) && !adjectiveOfRelation) || memberFor(tokens, x)) {
      head = x
      break
    }
    // Before the head only words of a title: "the French president", "former chief executive",
    // "the Central Mining Rescue Station engineer", not "became ... chancellor"; one lower-case
    // word right before it, as before a name ("the third seed"); whose title it is ("the city's
    // deputy mayor", "the county's emergency management director"); and nouns naming its field
    // ("a plant scientist at…", "the mining rescue official"), not a verb.
    const opensTitle = x === from && (isTitleHead(tokens[x + 1]?.key ?? '') || t.possessive)
    if (!(t.capitalized || t.acronym || TITLE_MODIFIERS.has(t.key) || opensTitle || (!t.possessive && namesTitleField(tokens, x)))) break
  }
  if (head < 0) return undefined
  // A head of two title words: "the consultant geriatrician who led the study", "the chief executive who".
  while (isWord(tokens[head + 1]) && !tokens[head + 1]!.capitalized && isTitleHead(tokens[head + 1]!.key)) head++
  // A clause without "who" after the head ends the title: "the teenage winger the Vixens call Zip".
  if (['the', 'a', 'an', 'his', 'her', 'their'].includes(tokens[head + 1]?.text ?? '')) return { from, to: head }
  // "The Lord Mayor of Cork, Cllr Fergal Dennehy,": a title word and then a name is that name's,
  // not Cork's; nor is "Notwithstanding, comedian Reeves remains 3/1 favourite", where the name
  // is the subject of a verb. Not "Jackie Stallone, the actor Sylvester's mother," (a name's
  // possessive is in a title) nor "Dinesh Keskar, senior vice president Boeing." (a title's
  // words, then its company).
  let named = head + 1
  while (isPlainNameWord(tokens[named]) && !tokens[named]!.possessive) named++
  const afterName = tokens[named]
  if (head === from && named > head + 1 && (afterName?.kind !== 'word' || firstPartOfSpeech(afterName.key)?.startsWith('VB'))) return undefined
  let to = head
  // Twelve tokens of title, not counting a bracketed or quoted name of its body.
  let bracketTokens = 0
  let x = head + 1
  for (; x < tokens.length && x - from - bracketTokens < MAX_TITLE_TOKENS; x++) {
    const t = tokens[x]!
    if (t.kind === 'punct' || t.kind === 'quote') {
      // A colon too: "• Hiroshi Otsuka, President and Representative Director: 50% reduction in…".
      if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || t.text === ':') return { from, to }
      // A hyphen or a slash inside a name or a number is part of it: "United Steelworkers Local 1-4281".
      if ((t.text === '-' || t.text === '/') && joinsNeighbours(tokens, x)) continue
      // A body's initials or short name in brackets belong to the title: "head of the National
      // Disaster Management Agency (BNPB), said", "vice president of the Vietnam Coffee and
      // Cocoa Association (Vicofa), said".
      if (bracketed(tokens, x, isAcronym) || (isCapWord(tokens[x - 1]) && bracketed(tokens, x, isCapWord))) {
        x += 2
        bracketTokens += 3
        to = x
        continue
      }
      // So does a campaign's name in quotes: "co-president of the "No to the Wolfsgrat Expansion" committee".
      const closing = t.kind === 'quote' && tokens[x - 1]?.key === 'the' ? quotedNameEnd(tokens, x) : undefined
      if (closing !== undefined) {
        bracketTokens += closing - x + 1
        to = x = closing
        continue
      }
      return undefined
    }
    // "Anais Faraj, analyst at Nomura told the BBC": the comma after the title left out; the title
    // ends before the verb and its auxiliaries. After "the", or "a" and a bare title, the title is
    // the verb's subject ("After Real's 3-0 win at Roma, the England skipper admitted",
    // "California, a spokesman said"); not "Anais Faraj, an analyst at Nomura told".
    if (SPEECH_VERBS.has(t.key) && /^\p{Ll}/u.test(t.text)) {
      let end = x - 1
      while (end > head && AUXILIARIES.has(tokens[end]!.key)) end--
      const article = from === j + 2 ? undefined : tokens[j + 2]!
      // Nor "…Hodgson Burnett, A Little Princess tells the story": a work's title.
      if (article && (article.key === 'the' || /^\p{Lu}/u.test(article.text) || from === end)) return undefined
      // Not "Africa, Prime Minister Tony Blair said": a title and a name is the next person.
      let name = end
      while (name > head && (isPlainNameWord(tokens[name]) || tokens[name]!.initial)) name--
      if (name < end && (isTitleWord(tokens[name]) || HONORIFICS.has(tokens[name]!.key) || tokens[name]?.text === '.')) return undefined
      return { from, to: end }
    }
    // "…, a professor of marine microbiology at Kyushu University who led the study together
    // with…": a title and what it is of end where a clause about its holder begins. Not a name
    // after the title ("…, former EastEnders actress Danniella Westbrook and … who all left": a
    // list of people), nor a clause ("A Little Princess tells the story of a young girl who…").
    if (t.key === 'who' || t.key === 'whose') return named === head + 1 && (x === head + 1 || TITLE_OF.has(tokens[head + 1]!.key)) ? { from, to } : undefined
    to = x
  }
  if (tokens[to + 1] === undefined) return { from, to }
  // Too long to be all title: "a professor of infectious diseases at the State University of the
  // Ribeirão Valley, said" is kept up to the last "of" or "at" that still leaves whole words of a
  // title ("professor of infectious diseases at the State University"), never a clause with a verb.
  // Not a list of other people's titles and names ("Edinburgh, Wales Secretary Peter Hain and
  // Welsh First Minister Rhodri Morgan in Cardiff"): the title goes on with "of", "at" or "and".
  const goesOn = tokens[head + 1]?.key === 'and' || TITLE_OF.has(tokens[head + 1]?.key ?? '')
  if (x - from - bracketTokens < MAX_TITLE_TOKENS || !goesOn) return undefined
  for (let cut = to; cut > head + 1; cut--) {
    if (!TITLE_OF.has(tokens[cut]!.key)) continue
    const kept = tokens.slice(from, cut)
    if (kept.every((k) => k.kind === 'word' && !firstPartOfSpeech(k.key)?.startsWith('VB') && !k.possessive)) return { from, to: cut - 1 }
  }
  // "Régis Aebischer, the company's chief executive and the fourth generation of his family to
  // run it, said": a second description after "and" and its article; the title is the first.
  return tokens[head + 1]!.key === 'and' && SECOND_DESCRIPTION.has(tokens[head + 2]?.key ?? '') ? { from, to: head } : undefined
}

/** The most tokens a title after a name has, past its bracketed or quoted names. */
const MAX_TITLE_TOKENS = 12

/** What opens a second description after a title's "and": "…chief executive and the fourth generation…". */
const SECOND_DESCRIPTION = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their'])

/** The closing quote of a capitalised name opening at token `x` ("No to the Wolfsgrat Expansion"), at most eight words on. */
function quotedNameEnd(tokens: Token[], x: number): number | undefined {
  for (let y = x + 1; y < x + 10 && y < tokens.length; y++) {
    const t = tokens[y]!
    if (t.kind === 'quote') return y > x + 1 && tokens[x + 1]!.capitalized ? y : undefined
    if (t.kind !== 'word') return undefined
  }
  return undefined
}

/**
 * After an age and "a", what a person is, whatever the noun: "Hector Valenzuela Araya, a
 * 52-year-old shovel operator who…", "Ana Ruiz, 41, a cleaner at the clinic,". The age says the
 * words describe someone, so no list of title heads is needed; up to three lower-case words, the
 * last a noun, then "who", a comma, a full stop or a word of where ("from", "at"). The head's
 * index, else -1.
 */
function describedAfterAge(tokens: Token[], from: number): number {
  let x = from
  while (x < from + 3 && isWord(tokens[x]) && /^\p{Ll}/u.test(tokens[x]!.text) && !FUNCTION_WORDS.has(tokens[x]!.key) && !tokens[x]!.quoted && !tokens[x]!.possessive) x++
  const head = x - 1
  const next = tokens[x]
  const ends = next !== undefined && (next.key === 'who' || next.text === ',' || next.text === '.' || TITLE_OF.has(next.key))
  // A noun of the small lexicon, or one WordNet says names a kind of person ("a 34-year-old
  // picker at…", "a 46-year-old schoolteacher from…").
  return head >= from && ends && (isNoun(tokens[head]!.key) || namesKindOfPerson(tokens[head]!.key)) ? head : -1
}

/**
 * A title given after the name: "X (has been|was|will be)? (named|appointed|unveiled|will serve|...) as
 * (the|a)? (new)? <title>", "X takes over as <title>", or "X is|was (the)? <Org> <title>" with a
 * capitalised word in the title.
 * The title is capitalised words, acronyms and title words ending with a title head, and must end
 * there: not before another name ("as Wolves boss Stuart Gray's assistant") or a possessive.
 */
function rolePredicative(tokens: Token[], j: number): { from: number; to: number } | undefined {
  let x = j + 1
  let auxiliaries = 0
  while (isWord(tokens[x]) && PREDICATIVE_AUXILIARIES.has(tokens[x]!.key) && /^\p{Ll}/u.test(tokens[x]!.text) && auxiliaries < 3) {
    x++
    auxiliaries++
  }
  let verb = false
  // "Deputy mayor Wei-ling Chen takes over as stand-in mayor": "over" read past.
  if (isWord(tokens[x]) && TAKE_OVER_VERBS.has(tokens[x]!.text) && tokens[x + 1]?.text === 'over' && tokens[x + 2]?.text === 'as') {
    x += 2
    verb = true
  } else if (isWord(tokens[x]) && PREDICATIVE_VERBS.has(tokens[x]!.text)) {
    x++
    verb = true
  }
  // "as" right after a verb that gives a title: "replaced Tsuda as president", "joined Liverpool
  // as chief executive" name someone else, or a place, before "as".
  const as = verb && tokens[x]?.text === 'as'
  if (as) x++
  // Without "as" only a copula right after the name: "Hoddle is the Wolves manager".
  else if (verb || auxiliaries !== 1 || !['is', 'was'].includes(tokens[j + 1]!.key)) return undefined
  if (['the', 'a', 'an'].includes(tokens[x]?.text ?? '')) x++
  if (tokens[x]?.text === 'new') x++
  const from = x
  let to = -1
  let capitalised = false
  for (; x < tokens.length && x - from < 5; x++) {
    const t = tokens[x]
    if (!isWord(t) || t.quoted) break
    const lower = /^\p{Ll}/u.test(t.text)
    if (isTitleHead(t.key)) {
      if (t.possessive) return undefined
      to = x
    } else if (lower ? !TITLE_MODIFIERS.has(t.key) || FUNCTION_WORDS.has(t.key) : FUNCTION_WORDS.has(t.key) || !(t.capitalized || t.acronym)) break
    else if (!lower && !TITLE_MODIFIERS.has(t.key)) capitalised = true
    if (t.possessive) break
  }
  if (to < 0 || to !== x - 1) return undefined
  if (!as && !capitalised) return undefined
  // Followed by a capitalised word: the title of the next name, not this one's.
  const next = tokens[to + 1]
  if (isWord(next) && next.capitalized && !FUNCTION_WORDS.has(next.key)) return undefined
  return { from, to }
}

/**
 * A title held at a named place, given by a copula after the name (past an age between commas):
 * "Ion Grigoraș, 67, has been the family doctor in Broscăuți for 38 years", "Ms Reid is the head
 * teacher at Kirkton Primary". "The", up to two nouns, a word for a kind of person, then "in",
 * "at", "of" or "for" and a capitalised word: not "the best player in Europe" (an adjective), nor
 * "a doctor in Leeds" (any of many).
 */
function titleHeldAtPlace(tokens: Token[], j: number): { from: number; to: number } | undefined {
  let x = afterNameAndAge(tokens, j)
  if (COPULAS.has(tokens[x]?.text ?? '')) x++
  else if (['has', 'had'].includes(tokens[x]?.text ?? '') && tokens[x + 1]?.text === 'been') x += 2
  else return undefined
  if (tokens[x]?.text !== 'the') return undefined
  const from = x + 1
  let head = from
  while (head < from + 2 && isWord(tokens[head]) && /^\p{Ll}/u.test(tokens[head]!.text) && isNoun(tokens[head]!.key) && isWord(tokens[head + 1]) && /^\p{Ll}/u.test(tokens[head + 1]!.text) && !PLACE_AFTER_TITLE.has(tokens[head + 1]!.key)) head++
  const t = tokens[head]
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text) || t.possessive || !(isTitleHead(t.key) || namesKindOfPerson(t.key))) return undefined
  const place = tokens[head + 2]
  if (!PLACE_AFTER_TITLE.has(tokens[head + 1]?.key ?? '') || !isCapWord(place)) return undefined
  let to = head + 2
  while (to < head + 5 && isCapWord(tokens[to + 1])) to++
  return { from, to }
}
const PLACE_AFTER_TITLE = new Set(['in', 'at', 'of', 'for'])

/** A speech verb after the name, past auxiliaries/adverbs and one parenthetical comma pair. */
function speechFollows(tokens: Token[], q: number): boolean {
  // "coached by Marjorie Kettering, who said the win had come from…": she speaks. Not "who was
  // told": only "has" or an adverb between.
  if (tokens[q]?.text === ',' && tokens[q + 1]?.key === 'who') {
    let x = q + 2
    while (x < q + 4 && isWord(tokens[x]) && (HAVE.has(tokens[x]!.key) || tokens[x]!.key.endsWith('ly'))) x++
    if (isWord(tokens[x]) && SPEECH_VERBS.has(tokens[x]!.key) && tokens[x]!.key !== 'according') return true
  }
  if (tokens[q]?.text === ',') {
    // "Macron, on the other hand, has warned": skip to the closing comma.
    const close = tokens.findIndex((t, x) => x > q && x <= q + 8 && t.text === ',')
    if (close < 0) return false
    q = close + 1
  }
  for (let skipped = 0; skipped <= 3 && q < tokens.length; q++, skipped++) {
    const t = tokens[q]!
    if (!isWord(t)) return false
    if (SPEECH_VERBS.has(t.key) && t.key !== 'according') return true
    if (!AUXILIARIES.has(t.key) && !t.key.endsWith('ly')) return false
  }
  return false
}

const HAVE = new Set(['has', 'had', 'have'])

/**
 * A name set between commas by the one who speaks, in the words before it: "His brother, Peter
 * Wanyama, said:", and "said her brother, Paul Kato." A kinship or a description is no title,
 * so without this the person would have neither a title nor a voice.
 */
function apposedSpeaker(tokens: Token[], roleStart: number, tail: number): boolean {
  // A description ends in a word in lower case, or a title's ("Director, David Caldwell, said");
  // a place does not ("Vendors in Black River, St Elizabeth, say").
  const described = tokens[roleStart - 2]
  if (tokens[roleStart - 1]?.text !== ',' || !isWord(described) || (described.capitalized && !isTitleHead(described.key))) return false
  const next = tokens[tail + 2]
  if (tokens[tail + 1]?.text === ',' && isWord(next) && SPEECH_VERBS.has(next.key) && next.key !== 'according' && !next.key.endsWith('ing')) return true
  // Back over a few words in lower case to the verb: "said her brother,", "added his friend of thirty years,".
  for (let p = roleStart - 2; p >= roleStart - 7 && isWord(tokens[p]); p--) {
    const t = tokens[p]!
    if (SPEECH_VERBS.has(t.key)) return p < roleStart - 2 && saysWhatFollows(t.key) && t.key !== 'according'
    if (t.capitalized) return false
  }
  return false
}

/** A speech verb before a name that makes the name its speaker: "said", "added"; not "told" or "asked" (whom), nor "saying". */
const saysWhatFollows = (key: string) => SPEECH_VERBS.has(key) && !key.endsWith('ing') && key !== 'told' && key !== 'asked'

/**
 * "named the German national as", "identified him as", "The agency named him as": the words news
 * gives a person's name after, up to four words between the verb and "as", right before `roleStart`;
 * and what it is given for, when that is a description ("the German national").
 */
function identifiedAs(tokens: Token[], roleStart: number): { description?: { from: number; to: number } } | undefined {
  if (tokens[roleStart - 1]?.key !== 'as') return undefined
  for (let x = roleStart - 2; x >= 0 && x >= roleStart - 6; x--) {
    const t = tokens[x]!
    if (!isWord(t)) return undefined
    if (!IDENTIFYING_VERBS.has(t.key)) continue
    // What the name is given for: "the German national", "the dead man", "a local guide".
    const from = ['the', 'a', 'an'].includes(tokens[x + 1]?.key ?? '') ? x + 2 : -1
    return from > 0 && from <= roleStart - 2 ? { description: { from, to: roleStart - 2 } } : {}
  }
  return undefined
}
const IDENTIFYING_VERBS = new Set(['named', 'names', 'identified', 'identifies', 'identify', 'name'])

/** "said Mr Blair", "according to Mr Blair", "as stated by the ..." just before the name. */
function speechPrecedes(tokens: Token[], roleStart: number): boolean {
  let p = roleStart - 1
  if (tokens[p]?.key === 'the') p--
  const t = tokens[p]
  if (!isWord(t)) return false
  if ((t.key === 'to' && tokens[p - 1]?.key === 'according') || (t.key === 'by' && SPEECH_VERBS.has(tokens[p - 1]?.key ?? ''))) return true
  return saysWhatFollows(t.key)
}
