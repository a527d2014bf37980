import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/corpus/load.ts'
import { buildPeople, buildPeopleAsync, firstNameAsked, foldName, lookupLeader, suggestPeople, titleAsked } from '../src/leaders/index.ts'
import { findNames } from '../src/leaders/extract.ts'
import { CaseStats, tokenize } from '../src/leaders/tokens.ts'
import type { Person } from '../src/types.ts'
import dev from './eval/dev.json' with { type: 'json' }
import { type DevLeader, scoreLeaders } from './eval/leaders.ts'

const SEEDS = path.resolve(import.meta.dirname, '../seeds')
const S0 = '000_06fbccc68347ad1c.txt'
const S1 = '001_4de870c6ba78c5ba.txt'
const S2 = '002_3b7997cde4e939d4.txt'
const S3 = '003_9090c35cc40e081f.txt'
const S4 = '004_a96f1940f85f0698.txt'

let people: Person[]
const person = (name: string) => {
  const p = people.find((x) => x.name === name)
  if (!p) throw new Error(`no person ${name}`)
  return p
}

beforeAll(async () => {
  const { articles, passages } = await loadCorpus(SEEDS)
  people = buildPeople(articles, passages)
})

/** The people of a small coverage written for a test: file name → article text. */
async function peopleOf(texts: Record<string, string>): Promise<Person[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'leaders-'))
  for (const [name, text] of Object.entries(texts)) writeFileSync(path.join(dir, name), `${text}\n`)
  const { articles, passages } = await loadCorpus(dir)
  return buildPeople(articles, passages)
}

/**
 * The people of a small coverage written for a test, read before the describe's tests, and a
 * lookup among them.
 */
function writtenCoverage(texts: Record<string, string>): { people: () => Person[]; person: (query: string) => Person | undefined } {
  let named: Person[] = []
  beforeAll(async () => {
    named = await peopleOf(texts)
  })
  return { people: () => named, person: (query) => lookupLeader(named, query).person }
}

describe('extraction in the background', () => {
  it('gives the event loop turns all along and extracts the same people', async () => {
    const { articles, passages } = await loadCorpus(SEEDS)
    // Pausing at every chance (sliceMs 0): count the turns other work gets meanwhile.
    let turns = 0
    let extracting = true
    const tick = () => {
      turns++
      if (extracting) setImmediate(tick)
    }
    setImmediate(tick)
    const sliced = await buildPeopleAsync(articles, passages, 0)
    extracting = false
    expect(sliced).toEqual(people)
    // On the seeds: the first chance of passes 1, 2 and 4, both around merging, and the first of
    // building the people (merging's own come every 256 groups and articles: none here).
    expect(turns).toBeGreaterThanOrEqual(6)
  })
})

describe('extraction', () => {
  it('finds exactly the people of the seeds, most mentioned first', () => {
    expect(people.map((p) => [p.name, p.mentions])).toEqual([
      ['Donald Trump', 18],
      ['Vladimir Putin', 10],
      ['Volodymyr Zelensky', 7],
      ['Friedrich Merz', 3],
      ['António Costa', 2],
      ['Emmanuel Macron', 2],
      ['Gitanas Nauseda', 1],
      ['Karoline Leavitt', 1],
      ['Keir Starmer', 1],
      ['Mark Rutte', 1],
      ['Sergei Lavrov', 1],
      ['Steve Witkoff', 1],
      ['Ursula von der Leyen', 1],
    ])
  })

  it.each(['White House', 'Kremlin', 'Article', 'Eastern Europe', 'Fox News', 'Bloomberg', 'European Council', 'German Federal Parliament', 'Moscow', 'Washington', 'Alaska'])(
    'not a person: %s',
    (thing) => {
      const f = foldName(thing)
      expect(people.filter((p) => [p.name, ...p.aliases].some((n) => foldName(n) === f))).toEqual([])
    },
  )

  it('splits title from name in one capitalised run', () => {
    const s = 'The European leaders set to meet with Zelensky include UK Prime Minister Keir Starmer, NATO Secretary-General Mark Rutte, and EU chief Ursula von der Leyen.'
    const names = findNames(s, tokenize(s).tokens, new CaseStats())
    expect(names.map((n) => [n.surface, n.role])).toEqual([
      ['European', undefined],
      ['Zelensky', undefined],
      ['Keir Starmer', 'UK Prime Minister'],
      ['Mark Rutte', 'NATO Secretary-General'],
      ['Ursula von der Leyen', 'EU chief'],
    ])
  })
})

describe('merging', () => {
  it('merges spellings, surnames and possessives into one person', () => {
    const z = person('Volodymyr Zelensky')
    expect(z.aliases).toEqual(['Volodymyr Zelenskiy', 'Zelensky', 'President Zelensky', 'Zelenskyy', 'President Zelenskyy'])
    expect(z.articles).toEqual([S0, S1, S2, S3])
    // "Trump’s support" (000), "President Trump" (002), "Trump has expressed" (003).
    expect(person('Donald Trump').articles).toEqual([S0, S1, S2, S3, S4])
    expect(person('Donald Trump').aliases).toEqual(['Trump', 'President Trump'])
    expect(person('Friedrich Merz').articles).toEqual([S1, S3])
  })

  it('names someone known by one word by their style when the coverage gives one ("Prince Harry", not "Harry")', async () => {
    const people = await peopleOf({ 'a.txt': 'Prince Harry visited the troops on Monday.\n\nHarry said he was proud of them. Harry left after an hour.' })
    expect(people.map((p) => p.name)).toEqual(['Prince Harry'])
  })

  it('keeps the accents of the fullest spelling', () => {
    expect(person('António Costa').articles).toEqual([S3, S4])
  })
})

describe('nicknames', () => {
  let nick: Person[]
  const named = (name: string) => nick.filter((p) => p.name === name)
  beforeAll(async () => {
    const texts: Record<string, string> = {
      'a.txt': 'Former WorldCom chief Bernie Ebbers said he was innocent of the fraud charges.',
      'b.txt': 'Former WorldCom chief executive Bernard Ebbers is to face trial this month, prosecutors said.',
      'c.txt': 'Middlesbrough midfielder James Morrison has been ruled out for eight weeks, the club said.',
      'd.txt': 'Singer Jim Morrison said the film had been made at his university.',
      'e.txt': 'Chancellor Gordon Brown said taxes would not rise after the election.',
      'f.txt': 'Former minister Nick Brown said he would vote against the bill.',
      'g.txt': 'Microsoft chairman William Gates said the new software was ready.',
      'h.txt': 'Chancellor of the Exchequer Gordon Brown said the economy was strong.',
      'i.txt': 'Money paid to the exchequer rose, and the exchequer said so.',
      'j.txt': 'Blairite Alan Milburn said the party was united.',
      'k.txt': 'Election chief Alan Milburn said so, and Minister Alan Johnson agreed.',
    }
    nick = await peopleOf(texts)
  })

  it('merges a nickname and its long form when the coverage ties them (a common title word)', () => {
    expect(named('Bernard Ebbers')).toEqual([])
    const ebbers = named('Bernie Ebbers')[0]!
    expect(ebbers.aliases).toContain('Bernard Ebbers')
    expect(ebbers.articles).toEqual(['a.txt', 'b.txt'])
    expect(lookupLeader(nick, 'Bernard Ebbers').person).toBe(ebbers)
  })

  it('keeps namesakes apart: nothing ties them, or their first names are not linked', () => {
    expect(named('James Morrison').map((p) => p.articles)).toEqual([['c.txt']])
    expect(named('Jim Morrison').map((p) => p.articles)).toEqual([['d.txt']])
    expect(named('Gordon Brown').map((p) => p.articles)).toEqual([['e.txt', 'h.txt']])
    expect(named('Nick Brown').map((p) => p.articles)).toEqual([['f.txt']])
  })

  it('drops a word before a name that is written in lower case too ("Exchequer Gordon Brown")', () => {
    expect(nick.filter((p) => p.name.endsWith('Brown')).map((p) => p.name)).toEqual(['Gordon Brown', 'Nick Brown'])
    expect(named('Gordon Brown')[0]!.aliases).not.toContain('Exchequer Gordon Brown')
  })

  it('drops a word before a name that opens with a given name of two people ("Blairite Alan Milburn")', () => {
    expect(named('Alan Milburn').map((p) => p.articles)).toEqual([['j.txt', 'k.txt']])
    expect(named('Blairite Alan Milburn')).toEqual([])
  })

  it('finds a long form by its nickname', () => {
    expect(lookupLeader(nick, 'Bill Gates').person?.name).toBe('William Gates')
    expect(lookupLeader(nick, 'Jim Morrison').person?.name).toBe('Jim Morrison')
    expect(lookupLeader(nick, 'James Morrison').person?.name).toBe('James Morrison')
  })
})

describe('people by any name the coverage or a member gives them (docs/quality.md, item 32)', () => {
  let many: Person[]
  const named = (name: string) => many.filter((p) => p.name === name)
  beforeAll(async () => {
    many = await peopleOf({
      'a.txt': 'Regional Economy Minister Harriet Lindqvist-Moore said the fund would open in April.',
      'b.txt': 'Regional Economy Minister Hattie Lindqvist-Moore said the government could not subsidise energy bills.',
      'c.txt': 'Dr. Tomasz Wierzbicki, the chief medical officer, said most people would recover within two weeks.',
      'd.txt': '"Boiling is essential," said Dr. Tom Wierzbicki, the chief medical officer.',
      'e.txt': 'Health Minister Ingrid Solberg-Hale said an inquiry would report by the summer.',
      'f.txt': 'Transport Secretary Marcus Oyelaran-Whyte said the runway would be built by 2030.',
      'g.txt': 'Defence Minister Anne Lindqvist said the order was signed.',
      'h.txt': 'Tamarack County Sheriff Elena Del Toro said 3,800 people had left their homes.',
      'i.txt': 'Tamarack County Commissioner Theodore Marchetti said the levy would pass.',
      'j.txt': 'Tamarack County Commissioner Teddy Marchetti said the fund was open.',
      'k.txt': 'Gov. Miriam Castellanos said the state would pay, and state Sen. Warren Pike agreed.',
      'l.txt': 'Economist Amartya Sen said growth would slow.',
    })
  })

  it('reads titles as American wire copy abbreviates them ("Gov.", "state Sen."), and "Sen" alone as a name', () => {
    expect(named('Miriam Castellanos').map((p) => p.roles)).toEqual([['Gov.']])
    expect(named('Warren Pike').map((p) => p.roles)).toEqual([['state Sen.']])
    expect(lookupLeader(many, 'the governor').person?.name).toBe('Miriam Castellanos')
    expect(lookupLeader(many, 'sen').person?.name).toBe('Amartya Sen')
  })

  it('reads American offices as titles ("County Sheriff"), and "Teddy" as Theodore', () => {
    expect(named('Elena Del Toro').map((p) => p.roles)).toEqual([['Tamarack County Sheriff']])
    expect(lookupLeader(many, 'elena del torro').person?.name).toBe('Elena Del Toro')
    expect(lookupLeader(many, 'teddy marchetti').person?.articles).toEqual(['i.txt', 'j.txt'])
  })

  it('joins a woman\'s nickname to her name, tied by the same office', () => {
    expect(named('Hattie Lindqvist-Moore')).toEqual([])
    expect(named('Harriet Lindqvist-Moore').map((p) => p.articles)).toEqual([['a.txt', 'b.txt']])
    // A portfolio word beyond the classic ones belongs to the title.
    expect(named('Harriet Lindqvist-Moore')[0]!.roles).toEqual(['Regional Economy Minister'])
    expect(lookupLeader(many, 'hattie lindqvist-moore').person?.name).toBe('Harriet Lindqvist-Moore')
  })

  it('joins a short given name to the one longer name of that surname it begins ("Tom", "Tomasz")', () => {
    expect(named('Tomasz Wierzbicki').map((p) => p.articles)).toEqual([['c.txt', 'd.txt']])
    expect(lookupLeader(many, 'wierzbicki').person?.articles).toEqual(['c.txt', 'd.txt'])
  })

  it('finds a double-barrelled surname typed as two words with a slip, or by one of its parts', () => {
    expect(lookupLeader(many, 'marcus oyelaran white').person?.name).toBe('Marcus Oyelaran-Whyte')
    expect(lookupLeader(many, 'ingrid solberg').person?.name).toBe('Ingrid Solberg-Hale')
    expect(lookupLeader(many, 'solberg').person?.name).toBe('Ingrid Solberg-Hale')
    // A surname of its own is found before a part of someone else's.
    expect(lookupLeader(many, 'lindqvist').person?.name).toBe('Anne Lindqvist')
    // A first name that is not theirs is still no one.
    expect(lookupLeader(many, 'peter solberg').found).toBe(false)
  })
})

describe('people as Irish and Australian papers name them (docs/quality.md, item 34)', () => {
  let people: Person[]
  const named = (name: string) => people.filter((p) => p.name === name)
  beforeAll(async () => {
    people = await peopleOf({
      'a.txt': 'Taoiseach Declan Fitzmaurice said the Government would bring a memo to Cabinet.',
      'b.txt':
        'The Lord Mayor of Cork, Cllr Fergal Dennehy, described the decision as "a great day for the city". ' +
        '"You would not see this in the summer," said Cllr Máire O\'Donovan, a Cork County councillor.',
      'c.txt': 'Yarrindale Shire Mayor Cr Rebecca Tran said the buyback was overdue.',
      'd.txt': 'Yarrindale mayor Bec Tran said the river had peaked overnight.',
      'e.txt':
        'At half past seven in Perth, Siobhán Ní Fhlatharta is finishing a twelve-hour shift. ' +
        'Ní Fhlatharta, 29, grew up in Connemara. Back in Perth, Ní Fhlatharta says she will probably come home eventually.',
      'f.txt': 'The trial was led by Professor Mereana Te Huia. Associate Professor Te Huia said the corals were bred in tanks.',
    })
  })

  it('reads "Taoiseach", "Cllr" and "Cr" as titles, not as part of a name; "Cllr" is a councillor', async () => {
    expect(named('Declan Fitzmaurice').map((p) => p.roles)).toEqual([['Taoiseach']])
    expect(named("Máire O'Donovan")).toHaveLength(1)
    const one = await peopleOf({ 'a.txt': 'The Lord Mayor of Cork, Cllr Fergal Dennehy, described the decision as "a great day".' })
    expect(lookupLeader(one, 'the councillor').person?.name).toBe('Fergal Dennehy')
    expect(lookupLeader(people, 'the taoiseach').person?.name).toBe('Declan Fitzmaurice')
  })

  it('gives a title and a name after a comma to that name: Cork is no one, Dennehy speaks', () => {
    expect(people.some((p) => p.name === 'Cork' || p.aliases.includes('Cork'))).toBe(false)
    // The office of a place between commas before "Cllr" is his too (docs/quality.md, item 38).
    expect(named('Fergal Dennehy').map((p) => p.roles)).toEqual([['Lord Mayor of Cork, Cllr']])
    expect(lookupLeader(people, 'the lord mayor of cork').person?.name).toBe('Fergal Dennehy')
  })

  it('joins "Bec" to Rebecca', () => {
    expect(lookupLeader(people, 'bec tran').person?.articles).toEqual(['c.txt', 'd.txt'])
  })

  it('reads Irish and Māori surname particles as the surname\'s, and a full name whose surname speaks as a person', () => {
    expect(named('Siobhán Ní Fhlatharta').map((p) => p.aliases)).toEqual([['Ní Fhlatharta']])
    expect(people.filter((p) => p.name.endsWith('Te Huia')).map((p) => p.name)).toEqual(['Mereana Te Huia'])
  })
})

describe('people as South African and Canadian papers name them (docs/quality.md, item 35)', () => {
  let people: Person[]
  const named = (name: string) => people.filter((p) => p.name === name)
  beforeAll(async () => {
    people = await peopleOf({
      'a.txt': 'Gauteng MEC for Health Nomvula Dlamini said the department had confirmed three deaths.',
      'b.txt': "The hospital's chief executive, Dr Pieter van der Merwe, said the generator had last been serviced in January.",
      'c.txt': 'Hospital CEO Piet van der Merwe said the logs showed power was restored at 20:57.',
      'd.txt': 'Sudbury MPP Jamie Lachance said the province had not shown its numbers.',
      'e.txt': 'Its General Manager, Engr. Gbenga Oyelaran, said the seals were later removed. Hon. Chinedu Okafor asked for a probe.',
    })
  })

  it('reads an honorific with its full stop ("Engr.", "Hon.") as "Dr" is read: a person, and the title before the comma is theirs', () => {
    expect(named('Gbenga Oyelaran').map((p) => p.roles)).toEqual([['General Manager']])
    expect(named('Chinedu Okafor')).toHaveLength(1)
  })

  it('reads "MEC" and "MPP" as titles, and a title before a comma as the title of the honorific\'s name after it', () => {
    expect(named('Nomvula Dlamini').map((p) => p.roles)).toEqual([['Gauteng MEC for Health']])
    expect(named('Jamie Lachance').map((p) => p.roles)).toEqual([['Sudbury MPP']])
    expect(lookupLeader(people, 'pieter van der merwe').person?.roles).toContain('chief executive')
  })

  it('joins a short given name to the longer one by the same office, "CEO" spelled out', () => {
    expect(lookupLeader(people, 'piet van der merwe').person?.articles).toEqual(['b.txt', 'c.txt'])
  })
})

describe('people whose name does not end in their surname (docs/quality.md, item 38)', () => {
  let people: Person[]
  const named = (name: string) => people.filter((p) => p.name === name)
  beforeAll(async () => {
    people = await peopleOf({
      'a.txt':
        "The company's chief executive, Mr Daniel Goh Wei Jie, said orders were stronger than planned. " +
        'Mr Goh said the company was hiring about 300 engineers.',
      'b.txt': 'Prime Minister Anwar Ibrahim said the budget would pass. Mr Anwar told reporters the subsidy would stay.',
      'c.txt': 'Home Secretary Alun Michael said the bill was fair. Mr Michael said police would be consulted.',
      'd.txt': 'Michael Howard said the plan would fail. Mr Michael said it was unfair.',
      'e.txt':
        '"This is the first step," Setouchi Electric President Takeda Haruki told reporters in Okayama. ' +
        '"We wanted to know," said Fujisawa Mariko, a professor of marine microbiology. Prof. Fujisawa said it was slow.',
      'f.txt': 'Haruki Takeda, President of Setouchi Electric, said the company would replace coal. Mr Takeda said it was safe.',
      'g.txt':
        'The deal was witnessed by Sheikh Hamad bin Saif Al Dhaheri, who described it as "a natural next chapter". ' +
        '"An agreement of this length is what lenders want," said Dr Khalid bin Saeed Al Hameli, chief executive of EBM. ' +
        'Dr Al Hameli said construction would take three years. Sheikh Hamad said the agreement supported the strategy.',
      'h.txt': 'Health Secretary Elin Rhys-Pritchard announced the decision in the Senedd on Monday.',
    })
  })

  it('gives "Mr Goh" to Daniel Goh Wei Jie and "Mr Anwar" to Anwar Ibrahim, and finds them by the names people type', () => {
    expect(named('Daniel Goh Wei Jie').map((p) => p.mentions)).toEqual([2])
    expect(named('Anwar Ibrahim').map((p) => p.mentions)).toEqual([2])
    expect(people.some((p) => p.name === 'Mr Goh' || p.name === 'Mr Anwar')).toBe(false)
    for (const typed of ['daniel goh', 'goh wei jie', 'mr goh', 'daniel goh wei jie']) {
      expect(lookupLeader(people, typed).person?.name).toBe('Daniel Goh Wei Jie')
    }
    expect(lookupLeader(people, 'anwar').person?.name).toBe('Anwar Ibrahim')
  })

  it('finds someone with two surnames by the first, as a member types it ("rodrigo ibarra" for Rodrigo Ibarra Saldívar)', async () => {
    // Written for this test, as a Monterrey paper in translation names him.
    const two = await peopleOf({
      'a.txt':
        'The Nuevo León businessman Rodrigo Ibarra Saldívar, president of Grupo Ibarra, completed the purchase of the club. ' +
        '"We came to build something," declared Ibarra Saldívar in a statement.',
    })
    for (const typed of ['rodrigo ibarra', 'Rodrigo Ibarra Saldívar', 'ibarra saldivar']) {
      expect(lookupLeader(two, typed).person?.name, typed).toBe('Rodrigo Ibarra Saldívar')
    }
    // A three-word name the coverage never shortens to its last two stays as it was.
    expect(lookupLeader(people, 'takeda haruki').person?.name).toBe('Haruki Takeda')
  })

  it('reads "incident controller" as a title (an Australian regional paper on a bushfire, written for this test)', async () => {
    const fire = await peopleOf({ 'a.txt': 'CFA incident controller Bronwyn Tregear said a wind change had pushed the fire front east.' })
    expect(lookupLeader(fire, 'tregear').person?.roles.join(' | ')).toMatch(/incident controller/)
  })

  it('joins a name written surname first to the same name written given name first, and finds either order', () => {
    expect(named('Takeda Haruki')).toEqual([])
    expect(named('Haruki Takeda').map((p) => p.articles)).toEqual([['e.txt', 'f.txt']])
    expect(lookupLeader(people, 'takeda haruki').person?.name).toBe('Haruki Takeda')
    expect(named('Fujisawa Mariko').map((p) => p.aliases)).toEqual([['Fujisawa', 'Prof. Fujisawa']])
    expect(lookupLeader(people, 'prof mariko fujisawa').person?.name).toBe('Fujisawa Mariko')
  })

  it('reads "Dr Al Hameli" as a surname with its particle, and "Sheikh Hamad" as the sheikh named in full', () => {
    expect(named('Khalid bin Saeed Al Hameli').map((p) => p.mentions)).toEqual([2])
    expect(named('Hamad bin Saif Al Dhaheri').map((p) => p.mentions)).toEqual([2])
    expect(people.filter((p) => p.name === 'Al Hameli' || p.name === 'Hamad')).toEqual([])
    expect(lookupLeader(people, 'khalid al hamali').person?.name).toBe('Khalid bin Saeed Al Hameli')
  })

  it('reads a place after "in" before a speech verb as no one speaking ("Vendors in Black River, St Elizabeth, say…")', async () => {
    const places = await peopleOf({
      'a.txt':
        'Vendors in Black River, St Elizabeth, say they are being pushed out of the town centre. ' +
        'Mayor of Black River, Councillor Hyacinth Tomlinson-Reid, said the old market building was no longer safe.',
      'b.txt': '"There is no single EU customs administration," a statement issued on behalf of Robert Zoellick, US Trade Representative, said.',
    })
    expect(places.map((p) => p.name).sort()).toEqual(['Hyacinth Tomlinson-Reid', 'Robert Zoellick'])
    expect(lookupLeader(places, 'black river mayor').person?.roles).toEqual(['Mayor of Black River, Councillor'])
  })

  it('suggests the holders of a title asked with a nationality the coverage does not give it ("the welsh health secretary")', () => {
    expect(lookupLeader(people, 'the welsh health secretary')).toMatchObject({ found: false, suggestions: ['Elin Rhys-Pritchard'] })
    // Nothing says whether the coverage's one president is Welsh: suggested, never found.
    expect(lookupLeader(people, 'the welsh president')).toMatchObject({ found: false, suggestions: ['Haruki Takeda'] })
  })

  it('leaves an honorific on a word that is someone\'s surname to that someone', () => {
    expect(named('Michael Howard').map((p) => p.mentions)).toEqual([1])
    expect(named('Alun Michael').map((p) => p.articles)).toEqual([['c.txt', 'd.txt']])
  })
})

describe('one person spelled two ways across outlets, and names with a suffix or a particle (docs/quality.md, item 41)', () => {
  let people: Person[]
  const named = (name: string) => people.filter((p) => p.name === name)
  beforeAll(async () => {
    // Written for this test in the outlets' styles: a health site spells the doctor "Kinnear",
    // a council reporter "Kinneir"; a shipping paper "Magbanua", a local paper "Magbuana".
    people = await peopleOf({
      'a.txt':
        'Dr Morag Kinnear, consultant in public health at NHS Carden, said nine cases had been confirmed in Dunmarnock. ' +
        'Cllr Fraser Baird said the council was working flat out.',
      'b.txt': 'Dr Morag Kinneir of NHS Carden told councillors in Dunmarnock that no new cases had been reported.',
      'c.txt': 'Southern Meridian said the master, Capt. Rodel Magbanua, had reduced speed as the Kestrel Bay rolled. Capt. Rodel Magbanua was unhurt.',
      'd.txt': "The ship's captain, Rodel Magbuana, is understood to have slowed the Kestrel Bay before the stacks gave way.",
      'e.txt': 'Kumasi Royals winger Kwabena Asante-Mensah has completed a move to FC Vestjylland, the club said.',
      'f.txt': 'Kumasi Royals chairman Hon. Kwame Owusu-Afriyie said the transfer of Kwabena Asante Mensah was the biggest in its history.',
      'g.txt': 'Singer and actor Harry Connick Jr is to star in a Broadway revival. Connick said he was thrilled.',
      'h.txt': 'Senator Maria Cristina dela Paz has called for a Senate inquiry into the flood wall.',
      // Two people a letter apart in different stories: not joined.
      'i.txt': 'Dr Peter Saunders of the Christian Medical Fellowship said the bill was wrong.',
      'j.txt': 'Stop Stansted Expansion chairman Peter Sanders said the airport plan was a disaster.',
    })
  })

  it('joins a surname spelled a letter or two apart when the articles tell one story, and a hyphen left out', () => {
    expect(named('Morag Kinnear').map((p) => p.articles)).toEqual([['a.txt', 'b.txt']])
    expect(named('Morag Kinneir')).toEqual([])
    expect(lookupLeader(people, 'kinneir').person?.name).toBe('Morag Kinnear')
    expect(named('Rodel Magbanua').map((p) => p.articles)).toEqual([['c.txt', 'd.txt']])
    expect(lookupLeader(people, 'asante mensah').person?.articles).toEqual(['e.txt', 'f.txt'])
  })

  it('keeps two people apart whose names are a letter apart in stories that share nothing', () => {
    expect(named('Peter Saunders').map((p) => p.articles)).toEqual([['i.txt']])
    expect(named('Peter Sanders').map((p) => p.articles)).toEqual([['j.txt']])
  })

  it('gives the titles professions and sport write: "a plant scientist at…", "opener", "engineer"', async () => {
    // Written for this test.
    const titled = await peopleOf({
      'a.txt': 'Eilidh Marr, a plant scientist at the University of Strathdee who led the work, said yields rose.',
      'b.txt': 'Pakistan opener Abdullah Khattak struck an unbeaten 112. The court ordered the arrest of engineer Romualdo Sarmiento Jr. and two others. Sarmiento said he was innocent.',
    })
    expect(lookupLeader(titled, 'marr').person?.roles).toEqual(['plant scientist at the University of Strathdee'])
    expect(lookupLeader(titled, 'khattak').person?.roles).toEqual(['Pakistan opener'])
    expect(lookupLeader(titled, 'sarmiento')).toMatchObject({ found: true, person: { name: 'Romualdo Sarmiento Jr', roles: ['engineer'] } })
  })

  it('reads "Jr" after a surname, "dela" inside a name, and "Hon." typed before one', () => {
    expect(lookupLeader(people, 'harry connick').person?.name).toBe('Harry Connick Jr')
    expect(lookupLeader(people, 'connick').person?.name).toBe('Harry Connick Jr')
    expect(lookupLeader(people, 'dela paz').person?.name).toBe('Maria Cristina dela Paz')
    expect(lookupLeader(people, 'Hon. Owusu-Afriyie').person?.name).toBe('Kwame Owusu-Afriyie')
  })
})

describe('surnames of two words, names run together, and titles with their field (docs/quality.md, item 42)', () => {
  let people: Person[]
  beforeAll(async () => {
    // Written for this test in the outlets' styles: a city paper translated from Dutch writes "De
    // Smet", a wire "Desmet"; an Indian business paper "Harshvardhan", a newsletter "Harsh Vardhan".
    people = await peopleOf({
      'a.txt':
        '"We pulled the plug within forty minutes," said alderman for digital affairs Pieter De Smet (Greens). ' +
        'De Smet did not want to say whether the city is insured.',
      'b.txt': '"Our position has not changed," Pieter Desmet, the city\'s deputy mayor for digital affairs, told Wire. Desmet declined to confirm the amount.',
      'c.txt': 'Harshvardhan Reddy, founder and chief executive of Tijori, said withdrawals would resume.',
      'd.txt': 'Harsh Vardhan Reddy, the exchange\'s CEO, posted on X on Monday that funds were safe.',
      'e.txt': 'Belle-Riviere is run by president Gisele Tremblay Roy. Tremblay Roy, 67, said the family had looked for a buyer.',
      'f.txt': 'Simon Le Bon said the band were not trying to update their sound. Le Bon also said the five members got on well.',
      'g.txt': 'Van Morrison said the tour would go ahead. Ben Stokes said the team was ready.',
      /** BBC tech-122.txt */
      'h.txt': 'Todd Thiemann, spokesman for anti-virus firm Trend Micro, said the move to Windows in cash machines was not without risks.',
    })
  })
  const named = (name: string) => people.filter((p) => p.name === name)

  it('reads a particle and a surname written alone as the surname of the full name before it', () => {
    expect(lookupLeader(people, 'pieter desmet').person).toMatchObject({ name: 'Pieter De Smet', articles: ['a.txt', 'b.txt'] })
    expect(named('De Smet')).toEqual([])
    expect(lookupLeader(people, 'le bon').person?.name).toBe('Simon Le Bon')
    expect(named('Le Bon')).toEqual([])
    expect(lookupLeader(people, 'tremblay roy').person?.name).toBe('Gisele Tremblay Roy')
    expect(named('Tremblay Roy')).toEqual([])
    // A given name is kept: Van Morrison is not "Morrison".
    expect(named('Van Morrison').map((p) => p.articles)).toEqual([['g.txt']])
  })

  it('joins a name written as one word and as two', () => {
    expect(lookupLeader(people, 'harsh vardhan reddy').person?.articles).toEqual(['c.txt', 'd.txt'])
  })

  it('gives a title with what it is for ("alderman for digital affairs") and whose it is ("the city\'s deputy mayor")', () => {
    expect(lookupLeader(people, 'de smet').person?.roles).toEqual(['alderman for digital affairs', "city's deputy mayor for digital affairs"])
    // A firm's name after its kind is no person: "anti-virus firm Trend Micro".
    expect(people.some((p) => p.name === 'Trend Micro')).toBe(false)
    expect(lookupLeader(people, 'thiemann').person?.roles).toEqual(['spokesman for anti-virus firm Trend Micro'])
  })
})

describe('people as Kenyan, Nigerian, Philippine and Japanese outlets name them (docs/quality.md, item 47)', () => {
  let people: Person[]
  const named = (name: string) => people.filter((p) => p.name === name)
  beforeAll(async () => {
    // Written for this test in the outlets' styles: a Kenyan daily, a Gulf business paper and an
    // agency brief on a dock strike; a Nigerian daily and a student paper on an exam leak; a
    // Japanese daily and a science magazine on an eruption; a Brazilian site in translation and
    // Irish radio on a gene therapy; a Philippine tabloid.
    people = await peopleOf({
      'a.txt':
        'KPA managing director Eng Grace Atieno Omondi said the authority had offered seven per cent. ' +
        'Dock Workers Union secretary-general Juma Mwachiro Tsuma said his members would stay out at Kilindini.',
      'b.txt': 'Dock Workers Union secretary-general Juma Tsumah rejects new offer at Kilindini.',
      'b2.txt': 'The Dock Workers Union, whose general secretary Juma Tsuma has led the walkout at Kilindini, wants 22 percent.',
      'c.txt': "The council's Registrar/Chief Executive, Prof. Ibukunoluwa Adeyemi-Bankole, told journalists in Abuja that the Telegram channel had been shut.",
      'd.txt': "The council's registrar, Professor Ibukun Adeyemi Bankole, has described the Telegram channel as a criminal enterprise.",
      'e.txt': 'Sato Yuichiro, a professor of volcanology at Kyushu University, said ash could reach Negros.',
      'f.txt': '"That texture tells us water was involved," says Yuichiro Sato, who has studied Negros ash for years.',
      'g.txt': 'The American neurologist Marisol Herrera Vance said the Halcyon trial was a breakthrough. "It is a historic approval," said the director of Anvisa, Rômulo Tavares Lins, in a note.',
      'h.txt': 'One of the lead doctors on the Halcyon trial, Dr Marisol Herrera, has said the earlier children are treated, the better.',
      'i.txt': 'Sa himpapawid naman, CAAP spokesperson Atty. Ma. Luisa Ocampo-Sarmiento confirmed that 46 flights were cancelled. Alhaji Musa Danladi said parents were tired.',
      // Namesakes in stories that share nothing: apart.
      'j.txt': 'The chief executive of Tesco, Terry Leahy, said sales were strong. Stan Lee said the comic was his.',
      'k.txt': 'Stan Lee Media was declared bankrupt in the same year.',
      'l.txt': 'Halcyon chief executive Nathan Okafor said insurers would pay on results.',
      'm.txt': "In a statement to this station, Halcyon's chief executive Nate Okafor said the company had applied to the EMA.",
    })
  })

  it('reads "Eng", "Alhaji", "Atty." and "Ma." as Kenyan, Nigerian and Philippine papers style people', () => {
    expect(lookupLeader(people, 'eng grace omondi').person).toMatchObject({ name: 'Grace Atieno Omondi', roles: ['KPA managing director'] })
    expect(named('Musa Danladi')).toHaveLength(1)
    expect(lookupLeader(people, 'ocampo-sarmiento').person).toMatchObject({ name: 'Luisa Ocampo-Sarmiento', roles: ['CAAP spokesperson'] })
    expect(people.some((p) => p.name === 'Ma' || p.name.startsWith('Eng ') || p.name.startsWith('Alhaji '))).toBe(false)
  })

  it('joins "Nate" to Nathan by the same office', () => {
    expect(lookupLeader(people, 'nate okafor').person).toMatchObject({ name: 'Nathan Okafor', articles: ['l.txt', 'm.txt'] })
  })

  it('joins a surname a letter apart when the rest of the name is one the other is written with', () => {
    expect(lookupLeader(people, 'juma tsumah').person).toMatchObject({ name: 'Juma Mwachiro Tsuma', articles: ['a.txt', 'b.txt', 'b2.txt'] })
  })

  it('joins a name written surname first to the same name given name first when the articles tell one story', () => {
    expect(lookupLeader(people, 'Sato Yuichiro').person?.articles).toEqual(['e.txt', 'f.txt'])
    expect(lookupLeader(people, 'yuichiro sato').person?.articles).toEqual(['e.txt', 'f.txt'])
  })

  it('joins a double surname written with a hyphen, without, or shortened to its first part', () => {
    expect(lookupLeader(people, 'adeyemi bankole').person?.articles).toEqual(['c.txt', 'd.txt'])
    expect(lookupLeader(people, 'marisol herrera vance').person?.articles).toEqual(['g.txt', 'h.txt'])
    // A name and a firm's word is no double surname.
    expect(lookupLeader(people, 'stan lee').person?.articles).toEqual(['j.txt'])
  })

  it('gives two offices held together and the professions science writes ("Registrar/Chief Executive", "neurologist")', () => {
    expect(lookupLeader(people, 'adeyemi bankole').person?.roles).toContain('Registrar/Chief Executive')
    expect(lookupLeader(people, 'herrera vance').person?.roles).toEqual(['American neurologist'])
  })

  it('gives the office of a body named before the comma to the name after it, who speaks', () => {
    expect(lookupLeader(people, 'terry leahy').person).toMatchObject({ roles: ['chief executive of Tesco'], statements: [{ source: 'j.txt' }] })
    expect(lookupLeader(people, 'romulo tavares lins').person?.roles).toEqual(['director of Anvisa'])
    expect(people.some((p) => p.name === 'Tesco')).toBe(false)
  })
})

describe('nicknames the coverage quotes (docs/quality.md, item 48)', () => {
  let quoted: Person[]
  beforeAll(async () => {
    quoted = await peopleOf({
      // BBC's words (entertainment-110, sport-100).
      'a.txt':
        'Rap mogul Marion "Suge" Knight has been arrested for violating his parole.\n\nMr Knight, founder of Death Row Records, served a 10-month jail term in 2004.',
      'b.txt':
        "Ahmed 'Mido' Hossam has made another apology to the Egyptian people in an attempt to rejoin the national team.\n\nMido said: \"There isn't much I have to say today.\"",
      'c.txt':
        'Dock Workers Union secretary-general Juma Mwachiro Tsuma, popularly known at the port as "Bwana Bandari", said his members would not return. Engr. Rodolfo “Dodong” Salcedo told this paper that 14 evacuation centres were full.',
      'd.txt': 'Phivolcs director Dr Ramon Dizon, known to reporters as "Doc Mon", said the volcano remained restless.\n\nDoc Mon warned residents against going back to their farms.',
      // Quoted words that are no nickname: a title of a show, a quoted word in lower case.
      'e.txt': 'Tony Blair told "Newsnight" viewers the war was legal. Gordon Brown said the word "prudence" was his.',
    })
  })

  it('reads a nickname quoted inside a name, and finds the person by it', () => {
    expect(lookupLeader(quoted, 'suge knight').person).toMatchObject({ name: 'Marion Knight', roles: ['founder of Death Row Records'], articles: ['a.txt'] })
    expect(lookupLeader(quoted, 'suge').person?.name).toBe('Marion Knight')
    expect(lookupLeader(quoted, 'dodong').person?.name).toBe('Rodolfo Salcedo')
  })

  it('gives the person a mention by the nickname alone in the same article, which vouches for them', () => {
    expect(lookupLeader(quoted, 'mido').person).toMatchObject({ name: 'Ahmed Hossam', mentions: 2, statements: [{ source: 'b.txt' }] })
    expect(lookupLeader(quoted, 'doc mon').person).toMatchObject({ name: 'Ramon Dizon', mentions: 2 })
    expect(quoted.some((p) => p.name === 'Doc Mon' || p.name === 'Mido')).toBe(false)
  })

  it('reads "known as", "nicknamed" and the like after a name', () => {
    expect(lookupLeader(quoted, 'bwana bandari').person).toMatchObject({ name: 'Juma Mwachiro Tsuma', statements: [{ source: 'c.txt' }] })
  })

  it('reads a nickname after "known as" unquoted, when it ends the clause (docs/quality.md, item 52)', async () => {
    const bare = await peopleOf({
      // BBC's words (politics-149, entertainment).
      'a.txt':
        'The conference will shore up the leadership of Mahmoud Abbas, also known as Abu Mazen, who is expected to win the Palestinian presidential election on 9 January. Mr Abbas said he would talk.',
      'b.txt':
        "Its hosts Anthony McPartlin and Declan Donnelly, known as Ant and Dec, said Monday's deciding vote was the closest in the programme's history.",
    })
    expect(lookupLeader(bare, 'abu mazen').person?.name).toBe('Mahmoud Abbas')
    expect(bare.flatMap((p) => p.aliases)).not.toContain('Ant')
  })

  it('takes no quoted title or word for a nickname', () => {
    expect(quoted.flatMap((p) => p.aliases)).not.toContain('Newsnight')
    expect(lookupLeader(quoted, 'newsnight').found).toBe(false)
  })
})

describe('two offices held at once, an age in brackets, a verb before a title (docs/quality.md, item 51)', () => {
  let titled: Person[]
  beforeAll(async () => {
    titled = await peopleOf({
      // BBC's words (business-425, sport-166, sport-112).
      'a.txt': '"We have a solid foundation," said Nortel president and chief executive Bill Owens.',
      'b.txt': 'The first charge relates to his failure to leave the field promptly, pushing referee Alan Wiley and remonstrating with assistant referee Paul Norman.',
      'c.txt': 'And responding to criticism from BBC Sport pundit and former Liverpool stalwart Alan Hansen, he insisted talks on new investment are ongoing.',
      // Written for this test, as a Nairobi daily writes ages.
      'd.txt': "Her long-time coach, Joseph Birgen (58), who has run a training camp in Kapng'etuny for more than two decades, said he was shocked by the verdict. Marathoner Winnie Jepkemboi (29) has been banned for four years.",
    })
  })
  const rolesOf = (name: string) => titled.find((p) => p.name === name)?.roles

  it('keeps both offices of "president and chief executive" in lower case', () => {
    expect(rolesOf('Bill Owens')).toEqual(['Nortel president and chief executive'])
  })

  it('reads the title before a name past the age in brackets after it', () => {
    expect(rolesOf('Joseph Birgen')).toEqual(['long-time coach'])
    expect(rolesOf('Winnie Jepkemboi')).toEqual(['Marathoner'])
  })

  it('takes no verb into a title ("pushing referee"), and joins no office without its head ("pundit and former Liverpool")', () => {
    expect(rolesOf('Alan Wiley')).toEqual(['referee'])
    expect(rolesOf('Paul Norman')).toEqual(['assistant referee'])
    expect(titled.some((p) => p.name === 'Liverpool')).toBe(false)
  })
})

describe('people as Irish, Filipino and Nigerian outlets name them, and titles typed in Spanish or Portuguese (docs/quality.md, item 51)', () => {
  // Written for this test in the outlets' styles.
  const { person, people } = writtenCoverage({
    'a.txt': 'Supt Declan Moriarty of Thurles Garda station said the raiders were gone in four minutes.',
    'b.txt': 'Superintendent Moriarty appealed for dashcam footage from the Cashel road. Det Sgt Ann Lowe is leading the search.',
    'c.txt': 'The consumer alliance Bantay Tubig, led by Rodolfo "Ka Dodong" Alcantara, said it would gather 20,000 signatures.',
    'd.txt': '"We are against paying in advance for promises," said Bantay Tubig convenor Ka Dodong Alcantara.',
    'e.txt':
      'NUED president, Comrade Ibrahim Danjuma, said the drivers had suffered. Wakaride country manager Ms Tolulope Bankole said the firm would study the judgment of Justice Folasade Adeyemi-Okoro.',
    'f.txt': 'Tolu Bankole, its country manager, told us the ruling by Justice Folasade Adeyemi-Okoro was narrow.',
    'g.txt': 'The commander Rui Pedro Fontes, of the civil protection authority, said 400 firefighters were at work.',
  })

  it('reads ranks shortened without a stop ("Supt", "Det Sgt") and "Comrade" as styles, not names', () => {
    expect(person('supt moriarty')).toMatchObject({ name: 'Declan Moriarty', articles: ['a.txt', 'b.txt'] })
    expect(people().map((p) => p.name)).toEqual(expect.arrayContaining(['Ann Lowe', 'Ibrahim Danjuma']))
    expect(people().some((p) => /^(Supt|Sgt|Comrade) /.test(p.name))).toBe(false)
  })

  it('joins a name headed by a two-word nickname to its owner in another article, and names them by their name', () => {
    expect(person('ka dodong')).toMatchObject({ name: 'Rodolfo Alcantara', articles: ['c.txt', 'd.txt'] })
  })

  it('joins a short given name to the longer one it begins when the two articles tell one story', () => {
    expect(person('tolu bankole')).toMatchObject({ name: 'Tolulope Bankole', articles: ['e.txt', 'f.txt'] })
  })

  it('reads "comandante" as commander in a lookup', () => {
    expect(person('comandante fontes')?.name).toBe('Rui Pedro Fontes')
  })
})

describe('people as Malaysian, Caribbean and Scottish papers name them (docs/quality.md, item 52)', () => {
  let styled: Person[]
  beforeAll(async () => {
    // Written for this test in the outlets' styles.
    styled = await peopleOf({
      'a.txt':
        'The inquiry will be chaired by retired Court of Appeal judge Datuk Seri Kamaludin Yusof, said Tan Sri Wong Kah Mun. Ir Chan Kah Seng said the slab had failed. Puan Zaiton Abu Bakar said her son had called her at 3.40pm. Exco member Datuk J Arumugam said the inquiry would have full powers.',
      'b.txt': 'The union met the Chief Personnel Officer (CPO), Darrell Mc Kenzie, on Tuesday.',
      'c.txt': '"We are still talking," McKenzie told the station.',
      'd.txt': 'TELLY chef Ruairidh "Rory" MacLennan was fined £16,000 yesterday.',
    })
  })
  const names = () => styled.map((p) => p.name)

  it('reads Malaysian styles of one or two words as styles, not names ("Datuk Seri", "Tan Sri", "Ir", "Puan")', () => {
    expect(names()).toEqual(expect.arrayContaining(['Kamaludin Yusof', 'Wong Kah Mun', 'Chan Kah Seng', 'Zaiton Abu Bakar']))
    expect(names().filter((n) => /^(Seri|Sri|Ir|Puan|Tan Sri|Datuk Seri) /.test(n))).toEqual([])
    // Known by one word, with the initial before it (a father's name, as Malaysian Indians write it).
    expect(lookupLeader(styled, 'datuk arumugam').person?.name).toBe('Datuk J Arumugam')
  })

  it('reads "Mc Kenzie" as McKenzie, and an office of English words as no one ("Chief Personnel Officer")', () => {
    expect(lookupLeader(styled, 'cpo mckenzie').person).toMatchObject({ name: 'Darrell Mc Kenzie', articles: ['b.txt', 'c.txt'], roles: ['Chief Personnel Officer'] })
    expect(names()).not.toContain('Personnel Officer')
  })

  it('joins a name another outlet writes without its first word, in one story ("Kazi Nazmul Hasan", "RAdm Nazmul Hasan")', async () => {
    const port = await peopleOf({
      'a.txt': 'Chittagong Port Authority Chairman Rear Admiral Kazi Nazmul Hasan said the Patenga Container Terminal was full.',
      'b.txt': 'RAdm Nazmul Hasan, who chairs the authority, said the Patenga Container Terminal would add a night shift.',
    })
    expect(port.find((p) => p.name === 'Kazi Nazmul Hasan')?.articles).toEqual(expect.arrayContaining(['a.txt', 'b.txt']))
  })

  it('reads "chef" as a title', () => {
    expect(lookupLeader(styled, 'chef rory').person).toMatchObject({ name: 'Ruairidh MacLennan', roles: ['TELLY chef'] })
  })
})

describe('people as Ghanaian, Vietnamese, Polish and American local outlets name them (docs/quality.md, item 54)', () => {
  // Written for this test in the outlets' styles.
  const { person, people } = writtenCoverage({
    'a.txt':
      'In a statement, the Managing Director of GWL, Ing. Dr. Abena Serwaa Kyei-Baffour, said the company could not push water it could not treat. The chief of Kade, Nana Kwaku Amoako III, who is the Kadehene, has given the miners seven days. "We cannot drink gold. If in seven days the excavators are still on the river, the whole of Kade will know," he warned at a durbar.',
    'b.txt':
      'HOST: On the line is the Managing Director of Ghana Water, Ing. Dr. Abena Kyei-Baffour. Madam Abena, people in Kade have had no water since Monday.\n\nKYEI-BAFFOUR: Nana Amoako has given the miners seven days, and I pray the river gets a rest.',
    'c.txt':
      'Pham Thi Thu Huong, vice president of the Vietnam Coffee and Cocoa Association (Vicofa), said the country could still produce 29 million bags. "What worries me is the share of black beans," Huong said.',
    'd.txt': 'Vicofa vice-president Huong Pham told us the association was keeping its crop view.',
    'e.txt': 'Harlow County Emergency Management Director T.J. Boyd said the evacuation order would stay in place until Thursday.',
    'f.txt': '11:50 p.m. — Terrence Boyd Jr., the county\'s emergency management director, says the Red Cross shelter is open. "Do not wait for us to knock," Boyd said.',
    'g.txt': '"Methane levels are still high," Jaroslaw Kedzierski, the mining rescue official leading the operation, told reporters at the mine gate.',
  })

  it('reads styles in a row past to the title before them, and Ghanaian styles ("Ing. Dr.", "Madam", "Nana") as styles', () => {
    expect(person('madam abena')).toMatchObject({ name: 'Abena Serwaa Kyei-Baffour', roles: expect.arrayContaining(['Managing Director of GWL']) })
    expect(person('abena kyei-baffour')?.articles).toEqual(['a.txt', 'b.txt'])
    // A regnal number ends the name; "Nana" is a chief's style, and the surname finds him.
    expect(person('nana amoako')).toMatchObject({ name: 'Kwaku Amoako III', roles: ['chief of Kade'], articles: ['a.txt', 'b.txt'] })
  })

  it('gives a quotation\'s first sentences to the speaker named where it closes', () => {
    expect(person('nana amoako')?.statements.map((s) => s.text)).toEqual([
      '"We cannot drink gold.',
      'If in seven days the excavators are still on the river, the whole of Kade will know," he warned at a durbar.',
    ])
  })

  it('reads a title of several nouns after a comma, and a body named in brackets after its full name', () => {
    expect(person('kedzierski')?.roles).toEqual(['mining rescue official leading the operation'])
    expect(person('ms huong')?.roles).toEqual(expect.arrayContaining(['vice president of the Vietnam Coffee and Cocoa Association (Vicofa)']))
  })

  it('joins a Vietnamese name written surname first, middle names and all, to the trade paper\'s "Huong Pham"', () => {
    expect(person('huong pham')).toMatchObject({ name: 'Pham Thi Thu Huong', articles: ['c.txt', 'd.txt'] })
  })

  it('reads dotted initials ("T.J.") and "Jr." as the name\'s, and finds them typed "tj boyd"', () => {
    const boyd = person('tj boyd')
    expect(boyd).toMatchObject({ name: 'Terrence Boyd Jr', articles: ['e.txt', 'f.txt'] })
    expect(boyd?.roles).toEqual(expect.arrayContaining(["county's emergency management director", 'Harlow County Emergency Management Director']))
    expect(boyd?.statements.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringContaining('Do not wait for us to knock')]))
    // Not a country's initials: "U.S. Steel" is no one's.
    expect(people().map((p) => p.name).filter((n) => n.startsWith('U.S.'))).toEqual([])
  })
})

describe('people as Greek papers, a Scottish wire and a business desk name them (docs/quality.md, item 56)', () => {
  // Written for this test in the outlets' styles.
  const { person, people } = writtenCoverage({
    'a.txt':
      '"We did not choose this strike with a light heart," declared to Nea Epochi the General Secretary of OENA, Mr. Georgios Marinakis. The losses are estimated at 4.2 million euros per day.',
    'b.txt': 'George Marinakis, the union\'s general secretary, said crews worked shifts of up to 16 hours.',
    'c.txt': '14:20 – General secretary Giorgos Marinakis: "If the owners want the boats to sail, they know our phone number."',
    'd.txt':
      'Glenmuir Athletic agreed to sell a 75% stake to a consortium led by U.S. private equity investor Bradley Whitcomb. It has been a strange week for the club, which received a statement from Philip Green, the billionaire Bhs owner.',
    'e.txt': 'United have been bought by US tycoon Malcolm Glazer.',
  })

  it('joins the three forms of a Greek given name: formal, everyday and English', () => {
    expect(person('george marinakis')).toMatchObject({ articles: ['a.txt', 'b.txt', 'c.txt'] })
    expect(person('giorgos marinakis')?.aliases).toEqual(expect.arrayContaining(['George Marinakis']))
  })

  it('reads a title before the comma when the styled name ends the sentence, from "the", not from the outlet before it', () => {
    expect(person('georgios marinakis')?.roles).toEqual(expect.arrayContaining(['General Secretary of OENA']))
  })

  it('reads investors, tycoons and billionaires as what they are; a word between two titles is no one', () => {
    expect(person('whitcomb')?.roles).toEqual([expect.stringMatching(/equity investor$/)])
    expect(person('glazer')?.roles).toEqual(['US tycoon'])
    expect(person('philip green')?.roles).toEqual(['billionaire Bhs owner'])
    expect(people().map((p) => p.name)).not.toContain('Bhs')
  })
})

describe('people as Egyptian, Argentine, Finnish and British outlets name them (docs/quality.md, item 57)', () => {
  // Written for this test in the outlets' styles.
  const { person } = writtenCoverage({
    'a.txt': 'Minister of Tourism and Antiquities Sherif Abdel-Ghaffar said on Saturday he had ordered an inquiry into the fire.',
    'b.txt': 'The Egyptian minister, Sherif Abdelghaffar, told reporters the ship had passed its inspection.',
    'c.txt': 'For her part, Rosita Choque, spokeswoman of the Assembly of Communities of the Ocoyoc Basin, questioned the offer.',
    'd.txt': 'Rosa Choque, spokeswoman for the communities, said the vegas were "the bank account of our families".',
    'e.txt': 'Chief shop steward Jukka Heikkinen said the news was a shock. Mayor of London Ken Livingstone said the closure was sad.',
    'f.txt': 'The station manager at the bus depot, Aino Virtanen, told us the drivers had been sent home. A lawyer for the victims, Eduardo Contreras, told reporters the ruling was historic.',
  })

  it('ends an office of capitalised words joined by "and" before the name, and gives it to them', () => {
    expect(person('abdel-ghaffar')).toMatchObject({ name: 'Sherif Abdel-Ghaffar', roles: expect.arrayContaining(['Minister of Tourism and Antiquities']) })
    expect(person('ken livingstone')?.roles).toEqual(['Mayor of London'])
    expect(person('heikkinen')?.roles).toEqual(['Chief shop steward'])
  })

  it('reads a title before the comma with where it is held ("the station manager at the bus depot, Aino Virtanen, told us")', () => {
    expect(person('aino virtanen')?.roles).toEqual(['station manager at the bus depot'])
    expect(person('contreras')?.roles).toEqual(['lawyer for the victims'])
  })

  it('joins a surname written with and without its hyphen, and a Spanish diminutive to its name', () => {
    expect(person('sherif abdelghaffar')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('rosa choque')).toMatchObject({ articles: ['c.txt', 'd.txt'] })
    expect(person('rosita choque')?.aliases).toEqual(expect.arrayContaining(['Rosa Choque']))
  })
})

describe('the religious and nursing sisters by their style (docs/quality.md, item 79)', () => {
  // Written for this test in a wire's, a health ministry report's and a mission priest's blog's styles.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Measles at mission school\n\nThe school\'s principal, Sister Agnes Mokoena, said the school would stay open under quarantine. Limpho Sehloho, a nurse at the Semonkong health centre, said 52 pupils were ill.',
    'b.txt':
      'Situation report\n\n4.2 The Directorate acknowledges the Principal, Sr Agnes Mokoena, and Nursing Sister L. Sehloho of the Semonkong Health Centre for their co-operation.',
    'c.txt': 'From the mission in Semonkong\n\nSister Agnes, our principal, has not slept a full night since the first measles case at the school. "The shepherd does not go down the mountain," she said.',
    'd.txt': 'Festive show\n\nFather Christmas arrived at the shopping centre on a sleigh, and Big Brother returns in May.',
  })

  it('reads Sister and Sr before a name as a style, and Sister with a given name as the one the story names in full', () => {
    const principal = person('agnes mokoena')
    expect(principal?.name).toBe('Agnes Mokoena')
    expect(principal?.articles).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(principal?.roles).toEqual(expect.arrayContaining(["school's principal"]))
    expect(person('sister agnes mokoena')).toBe(principal)
    // After an initial, the word is a surname: the nurse named in full elsewhere.
    expect(person('limpho sehloho')?.articles).toEqual(['a.txt', 'b.txt'])
  })

  it('leaves "Father" and "Brother" written out alone', () => {
    expect(people().map((p) => p.name)).not.toContain('Father Christmas')
  })
})

describe('who speaks in a transcript: the label in capitals heading each turn (docs/quality.md, item 51)', () => {
  let heard: Person[]
  beforeAll(async () => {
    // Written for this test, as a press conference transcript, a magazine interview and a wire with datelines print them.
    heard = await peopleOf({
      'a.txt': [
        'Transcript: press conference on the eruption (Tuesday evening)',
        'MODERATOR (Dimas Prasetyo, BNPB spokesperson): Good evening, friends from the media. We will begin with the head of PVMBG.',
        'DR. RETNO KUSUMASTUTI, HEAD OF PVMBG: The eruption began at 02.17 WIT. We are expanding the danger zone to seven kilometres.',
        'REPORTER (NusaTV): Doctor, when will people go home?',
        'DR. RETNO KUSUMASTUTI: Not before Thursday. I ask people to stay in the shelters.',
      ].join('\n\n'),
      'b.txt': [
        'Four days after the ban, Winnie Chelimo sat down with Stride Monthly in Iten.',
        'STRIDE MONTHLY: When did you first hear about the positive test?',
        'CHELIMO: It was a phone call at the end of April. Mzee Birgen told me to keep running.',
        'STRIDE MONTHLY: The tablets were clean. How do you explain that?',
        'CHELIMO: I am not a scientist, I am a runner.',
      ].join('\n\n'),
      'c.txt': 'LAHORE: The board confirmed the approach on Thursday.\n\nKARACHI: Officials said the team would fly on Friday.',
    })
  })
  const said = (name: string) => heard.find((p) => p.name === name)?.statements.map((s) => s.text) ?? []

  it('reads the label as the name and title of whoever speaks, and the turn as theirs to its paragraph\'s end', () => {
    expect(heard.find((p) => p.name === 'Retno Kusumastuti')?.roles).toEqual(['head of PVMBG'])
    expect(said('Retno Kusumastuti')).toEqual(
      expect.arrayContaining([expect.stringContaining('The eruption began'), 'We are expanding the danger zone to seven kilometres.', 'I ask people to stay in the shelters.']),
    )
    expect(said('Dimas Prasetyo')).toEqual([expect.stringContaining('Good evening'), 'We will begin with the head of PVMBG.'])
  })

  it('gives a surname label to the person of that surname, and every sentence of the turn to them', () => {
    expect(said('Winnie Chelimo')).toEqual([
      'CHELIMO: It was a phone call at the end of April.',
      'Mzee Birgen told me to keep running.',
      'CHELIMO: I am not a scientist, I am a runner.',
    ])
    expect(said('Mzee Birgen')).toEqual([])
  })

  it('gives a turn labelled with initials to the name the header gave them to, none to the host (docs/quality.md, item 73)', async () => {
    // Written for this test as a radio station's transcript prints an interview.
    const radio = await peopleOf({
      'a.txt': [
        'TRANSCRIPT: Zambezi FM - The Morning Brief',
        'Presenter: Natasha Mwape (NM)\nGuest: Hon. Chibwe Sakala, Minister of Energy (CS)',
        'NM: Minister, good morning. Many of our listeners are sitting in the dark. How did we get here?',
        'CS: Good morning. Let me first say that I am sorry. We got here because it did not rain.',
        'NM: When will it end? I think people deserve a date.',
        'CS: I will not give you a date that I cannot keep.',
      ].join('\n\n'),
    })
    const said = (name: string) => radio.find((p) => p.name === name)?.statements.map((s) => s.text) ?? []
    expect(said('Chibwe Sakala')).toEqual(expect.arrayContaining(['Let me first say that I am sorry.', 'CS: I will not give you a date that I cannot keep.']))
    expect(said('Natasha Mwape')).toEqual([])
  })

  it('counts a speaker\'s turns together under the full name and the surname alone (docs/quality.md, item 79)', async () => {
    // Written for this test as a podcast transcribes an interview: the full name labels a turn that says no "I".
    const podcast = await peopleOf({
      'a.txt': [
        'Hill Voices, episode 47: "Twenty kilos"',
        'SIVAKUMAR: Mr Thiyagarajah, how many workers are out?',
        'SUBRAMANIAM THIYAGARAJAH: All 1,140 workers on the Ravenscraig check roll, every one of them.',
        'SIVAKUMAR: And the offer?',
        'THIYAGARAJAH: An incentive is not a wage. I will not sign anything that Valli Akka cannot live on.',
      ].join('\n\n'),
    })
    const union = podcast.filter((p) => p.name.includes('Thiyagarajah'))
    expect(union.map((p) => p.name)).toEqual(['Subramaniam Thiyagarajah'])
    expect(union[0]!.statements.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringContaining('All 1,140 workers'), expect.stringContaining('I will not sign')]))
  })

  it('reads "Mwalimu" before a name as a style, so the interview joins the man the local paper names in full', async () => {
    // Written for this test in a Kenyan paper's and a radio station's styles.
    const named = await peopleOf({
      'a.txt': 'Tea pickers win ruling\n\nJosphat Kiprono Langat, secretary general of the union, said the ruling was a victory. "We will hold them to it," Mr Langat said.',
      'b.txt': [
        'TRANSCRIPT: Bonde FM',
        'Host: Caroline Jerotich (CJ)\n\nGuest: Mwalimu Josphat Langat (JL), Secretary General, Kenya Tea Pickers Union',
        'CJ: Good morning, Mwalimu, and welcome back. How does it feel?',
        'JL: Good morning, Caroline. It feels like the beginning, not the end. I am proud of our members.',
      ].join('\n\n'),
    })
    const langat = named.filter((p) => p.name.includes('Langat'))
    expect(langat).toHaveLength(1)
    expect(langat[0]!.articles).toEqual(['a.txt', 'b.txt'])
    expect(langat[0]!.statements.map((s) => s.text)).toContain('I am proud of our members.')
  })

  it('takes no interviewer who only asks, and no dateline, for a person', () => {
    expect(heard.map((p) => p.name)).not.toEqual(expect.arrayContaining(['Stride Monthly']))
    expect(heard.some((p) => /lahore|karachi|stride/i.test(p.name))).toBe(false)
  })

  it('hears who speaks past the body named after them ("Rhian Beynon of the JCWI said"), and joins a given name alone to the one full name of that story', async () => {
    const named = await peopleOf({
      // BBC's words (politics-215).
      'a.txt': 'Rhian Beynon of the JCWI said the new rules were "not proportionate" and "discriminatory".',
      // Written for this test: a wire names them in full, a Jakarta daily by their given names.
      'b.txt':
        'Two people were killed, Haryo Wicaksono, head of the National Disaster Management Agency (BNPB), said on Tuesday. The volcanology centre raised the alert; its head, Retno Kusumastuti, said tremor had increased on Halmahera.',
      'c.txt': 'BNPB head Haryo told a press conference that shelters on Halmahera were full. Retno of the PVMBG said magma was still on the move.',
    })
    const of = (name: string) => named.find((p) => p.name === name)
    expect(of('Rhian Beynon')?.statements.map((x) => x.text)).toEqual([expect.stringContaining('not proportionate')])
    expect(of('Haryo Wicaksono')?.articles).toEqual(['b.txt', 'c.txt'])
    expect(of('Retno Kusumastuti')).toMatchObject({ articles: ['b.txt', 'c.txt'], statements: expect.arrayContaining([expect.objectContaining({ source: 'c.txt' })]) })
  })

  it('finds someone by a style and their given name, as Indonesian papers name people ("dr retno")', () => {
    expect(lookupLeader(heard, 'dr retno').person?.name).toBe('Retno Kusumastuti')
    expect(lookupLeader(heard, 'retno').found).toBe(false)
  })
})

describe('people as Nigerian, Spanish and Bangladeshi outlets name them (docs/quality.md, item 49)', () => {
  let styled: Person[]
  beforeAll(async () => {
    // Written for this test in the outlets' styles.
    styled = await peopleOf({
      'a.txt':
        "Almenara striker Iker Salaverri, 'Chispa', did not train on Tuesday. Chispa wants to leave, his friends say.",
      'b.txt': 'Deputy Commissioner Mohammad Anisur Rahman told reporters the shelters were full. "We need boats," he said.',
      'c.txt': 'Deputy Commissioner Md Aniser Rahman said 40 tonnes of rice had been sent to the district.',
      'd.txt': 'According to our member Engr Tunde (he works in the water board), the pumps have failed.',
      'e.txt': '"The wards remain open to the public," the Chief Medical Director, Dr. Bisi Coker, remarked on Monday. Engr. Kunle Bello disclosed that the backup was intact.',
      'f.txt': 'Three people were hurt by falling rocks, Dewi Saraswati, head of the Provincial Disaster Management Agency (BPBD), said on Tuesday.',
    })
  })

  it('reads a nickname quoted alone after a name, with no "known as", and finds the person by it', () => {
    expect(lookupLeader(styled, 'chispa').person).toMatchObject({ name: 'Iker Salaverri', mentions: 2 })
    expect(styled.some((p) => p.name === 'Chispa')).toBe(false)
  })

  it('hears words "remarked" and "disclosed", as Nigerian papers attribute them', () => {
    expect(lookupLeader(styled, 'coker').person?.statements.map((x) => x.text)).toEqual([expect.stringContaining('The wards remain open')])
    expect(lookupLeader(styled, 'bello').person?.statements.map((x) => x.text)).toEqual([expect.stringContaining('disclosed that the backup was intact')])
  })

  it('reads a body\'s initials in brackets as part of a title after the name, as wires write it', () => {
    expect(lookupLeader(styled, 'saraswati').person).toMatchObject({
      name: 'Dewi Saraswati',
      roles: ['head of the Provincial Disaster Management Agency (BPBD)'],
      statements: [{ source: 'f.txt' }],
    })
  })

  it('reads "Md" as Mohammad, as papers abbreviate it before a name', () => {
    expect(lookupLeader(styled, 'md aniser rahman').person).toMatchObject({ name: 'Mohammad Anisur Rahman', articles: ['b.txt', 'c.txt'] })
  })

  it('finds someone by a title\'s initials beside the name ("DC rahman"), and reads "Engr" with no full stop as a style', () => {
    expect(lookupLeader(styled, 'DC anisur rahman').person?.name).toBe('Mohammad Anisur Rahman')
    expect(lookupLeader(styled, 'anisur rahman dc').person?.name).toBe('Mohammad Anisur Rahman')
    expect(lookupLeader(styled, 'PM anisur rahman').found).toBe(false) // initials of no title of his
    expect(lookupLeader(styled, 'engr tunde').person).toMatchObject({ articles: ['d.txt'] })
  })
})

describe('people as Indian, Pakistani, South African and Jamaican outlets name them (docs/quality.md, item 48)', () => {
  let styled: Person[]
  const titles = (query: string) => lookupLeader(styled, query).person?.roles ?? []
  beforeAll(async () => {
    styled = await peopleOf({
      'a.txt': 'The probe centres on the match, with India A left-arm pacer Karthik Venugopal under the scanner, sources told this newspaper. Pakistan Shaheens opener Zeeshan Malghani reported the approach.',
      'b.txt': 'HOST: What about the Pakistan side? Zishan Malghani reported an approach, right? Indian media have named India A seamer Kartik Venugopal.',
      'c.txt': "The Information Regulator's chairperson, Adv Nomvula Qwabe-Sithole, said the regulator had opened an assessment.",
      'd.txt': 'After the final count, conducted by returning officer Mrs Claudette Spence-Bryan, the tally stood at 6,409 to 6,405.',
      'e.txt': 'That is my quarrel. The returning officer, Mrs Spence-Bryan, is by all accounts a careful public servant.',
      'f.txt': 'Dr. Harjit Sandhu, Medical Health Officer, Interior Health, said the notice stays until two clean rounds of samples.',
      'g.txt': 'Dr. Harjeet Sandhu from Interior Health says one full minute at a rolling boil will do.',
      // BBC's words (business-064, business-171, sport-239): a title whose comma was left out.
      'h.txt': '"We are doing research into the possibilities we have," Michael Lamberty, a Lufthansa spokesman told the BBC.',
      'i.txt': '"There is a whiff of a sweetener in there," Anais Faraj, an analyst at Nomura told the BBC\'s World Business Report.',
      'j.txt': "After Real's 3-0 win at Roma, the England skipper admitted another season of under-achievement would not be tolerated.",
      // A body that speaks is still no person (BBC's politics-098; a hacker group).
      'k.txt': 'A report by the Fraser of Allander Institute says the decision was based on flawed research. A group calling itself Kraal Syndicate has claimed responsibility.',
    })
  })

  it('reads the titles cricket writers give ("left-arm pacer", "seamer", "opener")', () => {
    expect(lookupLeader(styled, 'kartik venugopal').person).toMatchObject({ name: 'Karthik Venugopal', articles: ['a.txt', 'b.txt'] })
    expect(titles('venugopal')).toEqual(expect.arrayContaining(['left-arm pacer']))
  })

  it('reads "ee" and "i", "oo" and "u" as one spelling of a name: Zeeshan and Zishan, Harjeet and Harjit', () => {
    expect(lookupLeader(styled, 'zeeshan malghani').person?.articles).toEqual(['a.txt', 'b.txt'])
    expect(lookupLeader(styled, 'dr harjeet sandhu').person).toMatchObject({ name: 'Harjit Sandhu', articles: ['f.txt', 'g.txt'], roles: ['Medical Health Officer'] })
  })

  it('reads "Adv" as an advocate\'s style, and a chairperson', () => {
    expect(lookupLeader(styled, 'adv qwabe').person).toMatchObject({ name: 'Nomvula Qwabe-Sithole', roles: ["Information Regulator's chairperson"] })
  })

  it('knows a woman from the "Mrs" on her full name, so "Mrs Spence-Bryan" elsewhere is her', () => {
    expect(lookupLeader(styled, 'spence-bryan').person).toMatchObject({ name: 'Claudette Spence-Bryan', roles: ['returning officer'], articles: ['d.txt', 'e.txt'] })
  })

  it('ends a title whose comma was left out before the speech verb, and takes none that is the verb\'s subject', () => {
    expect(titles('lamberty')).toEqual(['Lufthansa spokesman'])
    expect(titles('faraj')).toEqual(['analyst at Nomura'])
    expect(lookupLeader(styled, 'faraj').person?.statements).toHaveLength(1)
    expect(styled.some((p) => p.name === 'Roma')).toBe(false)
  })

  it('takes no body for a person, whatever it says ("Allander Institute says", "Kraal Syndicate has claimed")', () => {
    expect(styled.filter((p) => /Institute|Syndicate/.test(p.name))).toEqual([])
  })
})

describe('a bare surname by the corpus rule', () => {
  let bare: Person[]
  const articlesOf = (name: string) => bare.find((p) => p.name === name)?.articles
  beforeAll(async () => {
    const texts: Record<string, string> = {
      'a.txt': 'American Andy Roddick said he was ready, and Tim Henman agreed.',
      'b.txt': 'World number two Andy Roddick beat Tim Henman in the final.',
      'c.txt': 'Andy Roddick said the serve was working, while Tim Henman was out.',
      'd.txt': 'Australian Lleyton Hewitt said the court was fast, and Tim Henman agreed.',
      'e.txt': 'Former champion Lleyton Hewitt beat Tim Henman in the final.',
      'f.txt': 'Lleyton Hewitt said he was tired.',
      'g.txt': 'Coach Nick Hewitt said the team was ready, and Tim Henman agreed.',
      'h.txt': 'Former player Nick Hewitt said it was a good match.',
      'i.txt': 'Nick Hewitt said the club had been sold.',
      'l.txt': 'British number one Tim Henman said he was fit.',
      'j.txt': 'Tim Henman struggled against Roddick in the second set on Monday.',
      'k.txt': 'Tim Henman struggled against Hewitt in the second set on Monday.',
    }
    bare = await peopleOf(texts)
  })

  it('attaches a surname the article names in full no one by to the one person the corpus means by it', () => {
    expect(articlesOf('Andy Roddick')).toEqual(['a.txt', 'b.txt', 'c.txt', 'j.txt'])
  })

  it('leaves it unattached when two people share the surname', () => {
    expect(articlesOf('Lleyton Hewitt')).toEqual(['d.txt', 'e.txt', 'f.txt'])
    expect(articlesOf('Nick Hewitt')).toEqual(['g.txt', 'h.txt', 'i.txt'])
  })
})

describe('a nationality of two words', () => {
  // world-countries gives "South Korean", "Sri Lankan", "New Zealander" whole; "Korean" alone is
  // no country's, so "South Korean" was a person (a fresh coverage's boat capsize).
  const { people } = writtenCoverage({
    'a.txt': 'The dead included two Thais, a South Korean man and a Dutch woman, officials said. Eleven South Koreans were on board. South Korean survivor Seo-yeon Park, 29, told reporters by phone that the boat tipped over "in seconds".',
    'b.txt': 'One South Korean national died and nine others were rescued, the Ministry of Foreign Affairs said on Sunday. The ministry urged Korean nationals travelling to the coast to check the weather.',
    'c.txt': 'Sri Lankan Kumar Sangakkara said the pitch was slow.',
    'd.txt': 'Kumar Sangakkara, the wicketkeeper, was out for 12.',
    'e.txt': 'Film critic Philip French said the French entry was strong. "I think it will win," said Mr French.',
  })

  it('names no one', () => {
    expect(people().filter((p) => /Korean/.test(p.name))).toEqual([])
  })

  it('is not part of the name after it', () => {
    expect(people().find((p) => p.name === 'Kumar Sangakkara')?.articles).toEqual(['c.txt', 'd.txt'])
  })

  it('leaves a surname that is one word of a nationality alone', () => {
    expect(people().find((p) => p.name === 'Philip French')?.aliases).toContain('Mr French')
  })
})

describe('names and titles as other outlets write them (docs/quality.md, item 62)', () => {
  // Written for these tests as a court report, a defence statement, a column, a live page, a
  // police release, a wire, a fan blog and a home paper write them.
  const { people, person } = writtenCoverage({
    'a.txt': 'Former Santa Ines public works minister Iturbide de Ocampo gets six years\n\nA federal court on Tuesday found Marcela Iturbide de Ocampo, 58, guilty of fraud. Iturbide de Ocampo will remain free while appeals are heard. Iturbide de Ocampo, a civil engineer by training, did not speak. Her lawyers said Marcela Iturbide would appeal.',
    'b.txt': 'Defence statement\n\nThe defence of Dr. Marcela Iturbide rejects the verdict. Dr. Iturbide will appeal, her lawyers said.',
    'c.txt': 'The asphalt queen\n\nI first met Marcela Ocampo in 2017. Ocampo, who is 58, remains free.',
    'd.txt': 'Rail strike live\n\nInfrastructure and Transport Minister Helena Fialho called the walkout disproportionate.',
    'e.txt': 'Union statement\n\nThe Minister of Infrastructure and Transport, Dr. Helena Sarmento Fialho, has invited both parties to talks.',
    'f.txt': 'Stolen panel recovered\n\n"It goes home," said Col. Fabrizio Cantalupi, commander of the Unit.',
    'g.txt': 'Lessons for the trade\n\nColonel Cantalupi of the carabinieri told us the method was the same.',
    'h.txt': 'Inquiry into cruise fire\n\nMinister of Tourism and Antiquities Sherif Abdel-Ghaffar on Saturday ordered an inquiry into the fire.',
    'i.txt': "Woloszyn wins in Puerto Alcina\n\nPoland's Jadwiga Woloszyn beat Nuria Castellvi in the final. \"I just closed my eyes,\" Woloszyn said. Coach Radoslaw Kmiecik said she had served well.",
    'j.txt': 'JAGA DID IT\n\nOur girl Jaga Woloszyn is a champion: she beat Nuria Castellvi in three sets. \"I am so happy,\" Jaga Woloszyn told the crowd. Coach Radek Kmiecik has done wonders with her.',
    'k.txt': 'Blunkett under fire\n\nThe scandal involved the former immigration minister Beverly Hughes, who resigned.',
    'l.txt': 'Visa report published\n\nThe report led to the resignation of immigration minister Beverley Hughes last year.',
  })

  it('names someone by the given name and both surnames, not the surnames a court report repeats', () => {
    expect(person('iturbide de ocampo')).toMatchObject({ name: expect.stringMatching(/^Marcela Iturbide/), articles: ['a.txt', 'b.txt', 'c.txt'] })
    expect(person('iturbide de ocampo')!.roles.some((r) => r.endsWith('public works minister'))).toBe(true)
  })

  it('reads a portfolio of two words before the name, and the office "of" it in an appositive', () => {
    expect(person('fialho')!.roles).toEqual(expect.arrayContaining(['Infrastructure and Transport Minister', 'Minister of Infrastructure and Transport']))
    expect(person('abdel-ghaffar')!.roles).toEqual(['Minister of Tourism and Antiquities'])
  })

  it('reads the office after a name when a rank abbreviated before it is all the title there', () => {
    expect(person('cantalupi')!.roles).toEqual(expect.arrayContaining(['Col.', 'commander of the Unit']))
    expect(person('col cantalupi')?.name).toBe('Fabrizio Cantalupi')
  })

  it('knows Polish diminutives: Jaga is Jadwiga, Radek Radoslaw', () => {
    expect(person('jadwiga woloszyn')?.articles).toEqual(['i.txt', 'j.txt'])
    expect(person('kmiecik')?.articles).toEqual(['i.txt', 'j.txt'])
    // The fan blog's name for her alone finds her, as a surname would: no one else goes by it.
    expect(person('jaga')).toBe(person('woloszyn'))
  })

  it('holds an office whether or not the article says "former", so two spellings of the holder are one', () => {
    expect(people().filter((p) => p.name.endsWith('Hughes'))).toHaveLength(1)
  })
})

describe('a file of megabytes of names (a dump, not an article)', () => {
  // Merging compares an article's name mentions with each other: 60,000 of them took minutes
  // and held up the bot. An article's first MAX_NAMES_PER_ARTICLE mentions are read.
  it('is read for its first mentions, in seconds at most, and the rest of the coverage as ever', async () => {
    const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'vu', 'no', 'si', 'da', 'pe']
    const nameOf = (i: number) => [i % 10, Math.floor(i / 10) % 10, Math.floor(i / 100) % 10, Math.floor(i / 1000) % 10, Math.floor(i / 10000) % 10].map((d) => syllables[d]).join('')
    const names = Array.from({ length: 60_000 }, (_, i) => `Mr ${nameOf(i).replace(/^./, (c) => c.toUpperCase())}`)
    const people = await peopleOf({
      'dump.txt': `Lions coach Clive Woodward said the squad was ready. ${names.join(' and ')} agreed`,
      'news.txt': 'Education Secretary Ruth Kelly said schools would change.',
    })
    expect(people.find((p) => p.name === 'Clive Woodward')?.articles).toEqual(['dump.txt'])
    expect(people.find((p) => p.name === 'Ruth Kelly')?.articles).toEqual(['news.txt'])
  }, 20_000)
})

describe('roles', () => {
  it.each([
    ['Donald Trump', ['US President', 'U.S. President']],
    ['Vladimir Putin', ['Russian President', 'Kremlin leader']],
    ['Volodymyr Zelensky', ['Ukrainian President']],
    ['Friedrich Merz', ['German Chancellor', 'Federal Chancellor']],
    ['António Costa', ['EU Council President', 'president of the European Council']],
    ['Gitanas Nauseda', ['Lithuanian President']],
    ['Karoline Leavitt', ['White House Press Secretary']],
    ['Keir Starmer', ['UK Prime Minister']],
    ['Mark Rutte', ['NATO Secretary-General']],
    ['Sergei Lavrov', ['Foreign Minister']],
    ['Steve Witkoff', ['White House envoy']],
    ['Ursula von der Leyen', ['EU chief']],
  ])('%s: %j', (name, roles) => expect(person(name).roles).toEqual(roles))

  it('ends a title after a name where a clause about its holder begins ("…, the former Clash guitarist who produced…")', async () => {
    const people = await peopleOf({
      'a.txt': "Doherty was introduced to the crowd by Mick Jones, the former Clash guitarist who produced the Libertines' second album.",
      'b.txt': '"We wanted to know," said Fujisawa Mariko, a professor of marine microbiology at Kyushu University who led the study together with researchers from the Japan Agency for Marine-Earth Science.',
      'c.txt': 'Based on the novel by Frances Hodgson Burnett, A Little Princess tells the story of a young girl who is sent to live in a New York boarding school.',
    })
    expect(people.find((p) => p.name === 'Mick Jones')?.roles).toEqual(['former Clash guitarist'])
    expect(people.find((p) => p.name === 'Fujisawa Mariko')?.roles).toEqual(['professor of marine microbiology at Kyushu University'])
    // A clause is no title: "Little Princess tells the story of a young girl".
    expect(people.find((p) => p.name === 'Frances Hodgson Burnett')?.roles ?? []).toEqual([])
  })
})

describe('predicative roles', () => {
  let pred: Person[]
  const rolesOf = (name: string) => pred.find((p) => p.name === name)?.roles
  beforeAll(async () => {
    const texts: Record<string, string> = {
      'a.txt': 'Glenn Hoddle has been unveiled as the new Wolves manager. "I am delighted," said Hoddle.',
      'b.txt': 'Walter Smith was named as Scotland manager on Monday, and Smith said he was proud.',
      'c.txt': 'Jez Moxey is the Wolves chief executive. Moxey said the club was ambitious.',
      'd.txt': 'Vodafone replaced Shiro Tsuda as president of its Japanese arm. Shiro Tsuda said he would stay.',
      'e.txt': 'Alan Curbishley was appointed as Charlton boss Stuart Gray\'s assistant. Alan Curbishley said he was pleased.',
      'f.txt': 'Mark Rowe was confirmed as the successor to Dave Jones, Rowe said.',
      'g.txt': 'Rick Hayward, the Wolves chairman, said the club was delighted.',
    }
    pred = await peopleOf(texts)
  })

  it.each([
    ['Glenn Hoddle', ['Wolves manager']],
    ['Walter Smith', ['Scotland manager']],
    ['Jez Moxey', ['Wolves chief executive']],
    ['Rick Hayward', ['Wolves chairman']],
    // The title of the next name stays its own.
    ['Stuart Gray', ['Charlton boss']],
  ])('%s: %j', (name, roles) => expect(rolesOf(name)).toEqual(roles))

  it('reads no title after "as" without a verb that gives one, nor one that belongs to the next name or is not a title word', () => {
    expect(rolesOf('Shiro Tsuda')).toEqual([])
    expect(rolesOf('Alan Curbishley')).toEqual([])
    expect(rolesOf('Mark Rowe')).toEqual([])
  })
})

describe('a party before a name', () => {
  let party: Person[]
  beforeAll(async () => {
    const texts: Record<string, string> = {
      'a.txt': 'Tory Liam Fox said the tax plans were wrong.',
      'b.txt': 'Party chairman Liam Fox said the campaign had begun.',
      'c.txt': 'Liberal Democrat Charles Kennedy said his party would win seats.',
      'd.txt': 'Lib Dem leader Charles Kennedy said the war was illegal.',
      'e.txt': 'Conservative Michael Howard said taxes would fall.',
      'f.txt': 'Opposition leader Michael Howard said the same.',
    }
    party = await peopleOf(texts)
  })

  it('drops the party, as a nationality, and the mention joins the person', () => {
    expect(party.map((p) => [p.name, p.articles, p.aliases])).toEqual([
      ['Charles Kennedy', ['c.txt', 'd.txt'], []],
      ['Liam Fox', ['a.txt', 'b.txt'], []],
      ['Michael Howard', ['e.txt', 'f.txt'], []],
    ])
  })
})

describe('a country after a title', () => {
  it('is no person: "the most successful post-war chancellor Britain has had" (BBC)', async () => {
    const texts: Record<string, string> = {
      'a.txt': 'Tony Blair heaped praise on Gordon Brown as the most successful post-war chancellor Britain has had.',
      'b.txt': 'The match was the last for captain England before the break, said coach Clive Woodward.',
    }
    const names = (await peopleOf(texts)).map((p) => p.name)
    expect(names).not.toContain('Britain')
    expect(names).not.toContain('England')
    expect(names).toContain('Clive Woodward')
  })
})

describe('statements', () => {
  const starts = (name: string) => person(name).statements.map((s) => [s.source, s.text.slice(0, 41)])

  it('attributes speech to its subject, following pronouns and running quotes', () => {
    expect(starts('Donald Trump')).toEqual([
      [S2, 'President Trump has announced that the Un'],
      [S2, 'In a recent interview, Trump assured the '],
      [S2, 'He emphasized the U.S. role in supporting'],
      [S2, 'Trump also mentioned ongoing discussions '],
      [S3, 'Trump has expressed a desire for a bilate'],
      [S3, 'Trump has also expressed a preference for'],
      [S4, '“When it comes to security, they’re willi'],
      [S4, '“We’re willing to help them with things, '],
      [S4, 'But I don’t think it’s going to be a prob'],
    ])
  })

  it.each([
    ['Gitanas Nauseda', S1, 'Lithuanian President Gitanas Nauseda has stated that Ukraine needs real security guarantees, including reassurance forces with US support and its own military strength.'],
    ['Sergei Lavrov', S3, 'Moscow, in principle, has shown openness towards talks, but has expressed caution, with Foreign Minister Sergei Lavrov stating that all contacts involving heads of state must be prepared with utmost care.'],
    ['Emmanuel Macron', S3, 'French President Emmanuel Macron, on the other hand, has warned against rushing into a peace treaty without assurances.'],
    ['Steve Witkoff', S1, 'Despite Trump ruling out an immediate ceasefire in Ukraine, the White House envoy Steve Witkoff mentioned that Trump and Russian President Vladimir Putin agreed on robust security guarantees for Ukraine during a meeting in Alaska on Friday.'],
    ['Karoline Leavitt', S4, 'White House Press Secretary Karoline Leavitt later emphasized that Trump understood the guarantees were "critically important to ensure a lasting peace."'],
  ])('%s said (verbatim): %s', (name, source, text) => {
    expect(person(name).statements.map((s) => [s.source, s.text])).toEqual([[source, text]])
  })

  it('gives an appositive subject the statement, not the organisation inside the appositive', () => {
    expect(starts('António Costa')).toEqual([
      [S3, 'EU Council President António Costa spoke '],
      [S4, 'António Costa, president of the European '],
    ])
  })

  it('does not give the statements of others to people only mentioned in them', () => {
    expect(person('Vladimir Putin').statements).toEqual([])
    expect(person('Volodymyr Zelensky').statements).toEqual([])
  })

  describe('"he" and "she", and speech reported of someone (docs/quality.md, item 63)', () => {
    const coverage = writtenCoverage({
      'ferry.txt':
        'Ferry talks stall\n\nMrs Alder Quennell, the harbour board chair, met union leader Mr Tobin Marsh on Monday. Mr Marsh said the offer was too low. "We will not settle for crumbs," she said of the board\'s position, adding that the ferries must sail.',
      'bank.txt':
        'Bank bid backed\n\nMr Oren Pascoe received a bid for the bank at the end of last week. Tomas Verran, head of equities at Harlow Investments, said he believed the bid would succeed for Pascoe. "Shareholders will take it," he told the radio.',
      'port.txt':
        'Port sale delayed\n\nMr Idris Kell is said to be weighing a counter-offer for the port. Kell was asked whether he would resign, and is widely believed to want a seat on the board.',
    })
    const said = (name: string) => coverage.person(name)!.statements.map((s) => s.text.slice(0, 30))

    it('gives "she" to the woman named before the man who spoke last', () => {
      expect(said('Alder Quennell')).toEqual(['"We will not settle for crumbs']) // "she" is not Mr Marsh
      expect(said('Tobin Marsh')).toEqual(['Mr Marsh said the offer was to'])
    })

    it('gives "he" in a sentence to the one it names speaking, not to the last sentence\'s subject', () => {
      expect(said('Tomas Verran')).toEqual(['Tomas Verran, head of equities', '"Shareholders will take it," h'])
      expect(said('Oren Pascoe')).toEqual([])
    })

    it('does not make "is said to", "was asked" a statement', () => {
      expect(said('Idris Kell')).toEqual([])
    })
  })

  it('quotes every statement verbatim from its passage', async () => {
    const { passages } = await loadCorpus(SEEDS)
    for (const p of people) for (const s of p.statements) expect(passages[s.passageId]!.text).toContain(s.text)
  })
})

describe('lookupLeader', () => {
  it.each([
    ['Zelenksy', 'Volodymyr Zelensky'],
    ['zelenskyy', 'Volodymyr Zelensky'],
    ['Macorn', 'Emmanuel Macron'],
    ['Nausėda', 'Gitanas Nauseda'],
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['antonio costa', 'António Costa'],
    ['merz', 'Friedrich Merz'],
    ["Trump's", 'Donald Trump'],
    ['President Trump', 'Donald Trump'],
    ['von der Leyen', 'Ursula von der Leyen'],
    ['the German chancellor', 'Friedrich Merz'],
    // The question people wrap a name in is no part of it.
    ['who is Merz?', 'Friedrich Merz'],
    ["who's zelensky", 'Volodymyr Zelensky'],
    ['tell me about Friedrich Merz', 'Friedrich Merz'],
    ['can you tell me who costa is', 'António Costa'],
    ['info on the German chancellor', 'Friedrich Merz'],
    ['Macron lol', 'Emmanuel Macron'],
    // A title with its country in another form than the role's.
    ['president of France', 'Emmanuel Macron'],
    ["Britain's prime minister", 'Keir Starmer'],
    ['the president of the United States', 'Donald Trump'],
    ['US president', 'Donald Trump'],
  ])('%s → %s', (query, name) => {
    const r = lookupLeader(people, query)
    expect([r.found, r.person?.name]).toEqual([true, name])
  })

  it('finds someone asked as the coverage writes them, style and all ("Prince Charles" is not Ray Charles)', () => {
    const person = (name: string, aliases: string[], mentions: number) => ({ name, aliases, roles: [], articles: [], mentions, statements: [] })
    const bbcLike = [person('Ray Charles', ['Charles'], 46), person('Prince Charles', ['Charles'], 13)]
    expect(lookupLeader(bbcLike, 'Prince Charles').person?.name).toBe('Prince Charles')
    expect(lookupLeader(bbcLike, 'who is prince charles?').person?.name).toBe('Prince Charles')
    // "Charles" alone is written for both: the more mentioned, as for any name two people share.
    expect(lookupLeader(bbcLike, 'Charles').person?.name).toBe('Ray Charles')
  })

  it('takes a neighbouring key, a vowel or a letter of the same sound for a slip; another letter makes another name', () => {
    const person = (name: string) => ({ name, aliases: [], roles: [], articles: [], mentions: 1, statements: [] })
    const japanese = [person('Kenji Sakuraba')]
    // A fresh coverage's near name: "d" for "b" is no slip of the finger.
    expect(lookupLeader(japanese, 'kenji sakurada')).toMatchObject({ found: false, suggestions: ['Kenji Sakuraba'] })
    for (const slip of ['kenji sakurava', 'kenji sakuroba', 'kenji sakurabs', 'kenji sakurab']) expect(lookupLeader(japanese, slip).person?.name).toBe('Kenji Sakuraba')
    expect(lookupLeader([person('Richard Nixon')], 'richard dixon').found).toBe(false)
    expect(lookupLeader([person('Nicolas Sarkozy')], 'nicolas sarcozy').person?.name).toBe('Nicolas Sarkozy')
  })

  it('finds the holder of a title before anyone the coverage calls a former one', () => {
    const person = (name: string, roles: string[], mentions: number) => ({ name, aliases: [], roles, articles: [], mentions, statements: [] })
    // BBC: "england captain" found Lawrence Dallaglio, "Former England captain", for his 42 mentions.
    const bbcLike = [person('Lawrence Dallaglio', ['Former England captain'], 42), person('David Beckham', ['England captain', 'Madrid midfielder'], 16), person('Arsene Wenger', ['ex-Monaco coach'], 57)]
    expect(lookupLeader(bbcLike, 'the England captain').person?.name).toBe('David Beckham')
    expect(lookupLeader(bbcLike, 'former england captain').person?.name).toBe('Lawrence Dallaglio')
    // Only a former holder: still found.
    expect(lookupLeader(bbcLike, 'monaco coach').person?.name).toBe('Arsene Wenger')
    // A deputy is another office: "the prime minister" is not John Prescott, however mentioned.
    const cabinet = [person('John Prescott', ['Deputy Prime Minister'], 90), person('Tony Blair', ['Prime Minister'], 80), person('Oliver Letwin', ['Shadow Chancellor'], 50), person('Gordon Brown', ['Chancellor'], 40)]
    expect(lookupLeader(cabinet, 'the prime minister').person?.name).toBe('Tony Blair')
    expect(lookupLeader(cabinet, 'deputy prime minister').person?.name).toBe('John Prescott')
    expect(lookupLeader(cabinet, 'chancellor').person?.name).toBe('Gordon Brown')
    expect(lookupLeader(cabinet, 'shadow chancellor').person?.name).toBe('Oliver Letwin')
  })

  it('finds a knight by "Sir" and his first name, never by the first name alone, nor a first name by a surname one letter off', () => {
    // BBC: "Sir John" is how articles name Sir John Bourn after naming him in full; the extractor keeps "John" too.
    const person = (name: string, aliases: string[], mentions: number) => ({ name, aliases, roles: [], articles: [], mentions, statements: [] })
    const bbcLike = [person('John Bourn', ['John', 'Sir John', 'Bourn'], 6), person('Elton John', ['Elton', 'Sir Elton'], 10), person('Charles Elson', [], 1)]
    expect(lookupLeader(bbcLike, 'Sir John').person?.name).toBe('John Bourn')
    expect(lookupLeader(bbcLike, 'sir elton').person?.name).toBe('Elton John')
    // "john" is Elton John's surname: found by it, as any surname is.
    expect(lookupLeader(bbcLike, 'john').person?.name).toBe('Elton John')
    // "elton" is a first name, not Elson with a slip.
    expect(lookupLeader(bbcLike, 'elton')).toMatchObject({ found: false, suggestions: ['Elton John', 'Charles Elson'] })
  })

  it('finds a knight or dame asked by style and first name, as the coverage styles them in full, and suggests when several are', async () => {
    // BBC writes "Sir Clive Woodward" and "Dame Judi Dench", then "Woodward", "Dench": "sir clive"
    // was "only a first name", and "dame kelly" found Ruth Kelly ("Ms Kelly") by her surname.
    const texts: Record<string, string> = {
      'a.txt': 'Lions coach Sir Clive Woodward said the squad was ready. Woodward named his captain.',
      'b.txt': 'Actress Dame Judi Dench said the play would open in May. Dench was delighted.',
      'c.txt': 'Education Secretary Ruth Kelly said schools would change. Ms Kelly spoke in London.',
      'd.txt': 'Olympic champion Kelly Holmes said she would race again. Holmes won two golds.',
      'e.txt': 'Auditor Sir John Bourn said the costs had risen. Sir John called for a review.',
      'f.txt': 'Police chief Sir John Stevens said crime had fallen. Stevens retires next year.',
    }
    const styled = await peopleOf(texts)
    expect(styled.find((p) => p.name === 'Clive Woodward')?.aliases).toContain('Sir Clive Woodward')
    expect(lookupLeader(styled, 'sir clive').person?.name).toBe('Clive Woodward')
    expect(lookupLeader(styled, 'who is Dame Judi?').person?.name).toBe('Judi Dench')
    // Styled by no one, "Kelly" after "Dame" is a first name, never Ms Kelly's surname.
    const dame = lookupLeader(styled, 'dame kelly')
    expect(dame).toMatchObject({ found: false, suggestions: ['Kelly Holmes'] })
    expect(firstNameAsked(dame)).toBe('dame kelly')
    // Two knights called John: neither is guessed.
    expect(lookupLeader(styled, 'sir john')).toMatchObject({ found: false })
    expect(lookupLeader(styled, 'sir john').suggestions.sort()).toEqual(['John Bourn', 'John Stevens'])
    // A surname after the style is still a surname when it is no one's first name.
    expect(lookupLeader(styled, 'sir woodward').person?.name).toBe('Clive Woodward')
  })

  it('suggests everyone who holds a title asked alone, when several do, rather than the most mentioned of them', () => {
    // The seeds have six presidents: "president" found Donald Trump, "Minister" Keir Starmer.
    for (const query of ['president', 'the president', 'who is the president?']) {
      const lookup = lookupLeader(people, query)
      expect(lookup.found).toBe(false)
      expect(lookup.suggestions.slice(0, 2)).toEqual(['Donald Trump', 'Vladimir Putin'])
      expect(titleAsked(lookup)).toBe('president')
    }
    expect(lookupLeader(people, 'minister')).toMatchObject({ found: false, suggestions: ['Keir Starmer', 'Sergei Lavrov'] })
    // One holder, or a title with its country or office: that person.
    expect(lookupLeader(people, 'foreign minister').person?.name).toBe('Sergei Lavrov')
    expect(lookupLeader(people, 'the French president').person?.name).toBe('Emmanuel Macron')
    expect(titleAsked(lookupLeader(people, 'Zelinsky'))).toBeUndefined()
  })

  it('suggests everyone called by a first name asked alone, most mentioned first, before surnames a few letters away', () => {
    // BBC: "gordon" suggested Graham Norton, Allyn Condon, Joe Jordan… and not Gordon Brown, mentioned 376 times.
    const person = (name: string, mentions: number) => ({ name, aliases: [], roles: [], articles: [], mentions, statements: [] })
    const bbcLike = [person('Graham Norton', 30), person('Gordon Strachan', 20), person('Joe Jordan', 10), person('Gordon Brown', 376)]
    for (const query of ['gordon', 'who is Gordon?']) {
      const lookup = lookupLeader(bbcLike, query)
      expect(lookup).toEqual({ query, found: false, suggestions: ['Gordon Brown', 'Gordon Strachan', 'Graham Norton', 'Joe Jordan'] })
    }
    expect(firstNameAsked(lookupLeader(bbcLike, 'who is Gordon?'))).toBe('Gordon')
    // A full name, or a surname slip, is not a first name alone.
    expect(firstNameAsked(lookupLeader(bbcLike, 'Gordon Smith'))).toBeUndefined()
    expect(firstNameAsked(lookupLeader(bbcLike, 'Nortun'))).toBeUndefined()
    expect(firstNameAsked(lookupLeader(people, 'Vladimir'))).toBe('Vladimir')
  })

  it('reads a country beside a title as the title\'s, not as a surname (BBC has a critic called Philip French)', () => {
    const person = (name: string, roles: string[], mentions: number) => ({ name, aliases: [], roles, articles: [], mentions, statements: [] })
    const bbcLike = [person('Philip French', ['film critic'], 3), person('Jacques Chirac', ['French President'], 40)]
    expect(lookupLeader(bbcLike, 'the French president').person?.name).toBe('Jacques Chirac')
    expect(lookupLeader(bbcLike, 'who is the president of France?').person?.name).toBe('Jacques Chirac')
    expect(lookupLeader(bbcLike, 'French').person?.name).toBe('Philip French')
    expect(lookupLeader(bbcLike, 'Philip French').person?.name).toBe('Philip French')
  })

  it.each([
    ['Angela Merkel', []],
    ['who is Angela Merkel?', []],
    ['prime minister of Spain', []],
    ['Merkel', []],
    ['Donald Tusk', ['Donald Trump']],
    ['Vladimir', ['Vladimir Putin']],
    ['White House', []],
    ['Fox News', []],
    ['Bloomberg', []],
  ])('%s → not found, suggestions %j', (query, suggestions) => {
    expect(lookupLeader(people, query)).toEqual({ query, found: false, suggestions })
  })
})

describe('a twentieth coverage: names across outlets, offices before a name, professions and a given name with a title (docs/quality.md, item 59)', () => {
  // Written for this test in the outlets' styles: a business daily and a regional radio site on a
  // dock deal; a provincial paper, a live blog and a column on an election; a Vietnamese outlet in
  // translation and a wire on a capsize; a health desk and a nursing magazine on a trial.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Karim Benyahia, secretary-general of the PDU, called the deal "a victory". ' +
      'Odile Vasseur-Blanc, chief executive of Portmer Terminals, said the settlement was expensive.',
    'b.txt': 'Union leader Kareem Ben Yahia spoke outside the Portmer gates at dawn. Mr Ben Yahia said a ballot would follow.',
    'c.txt':
      'Rural Party leader Tiago Ferreira da Costa, a former rancher, is expected to be sworn in as premier. ' +
      'Premier Ahn Ji-ho conceded shortly before 1 a.m. in Portmer. "I accept the verdict," Mr Ahn told supporters.',
    'd.txt': '12.48am: Ji-ho Ahn concedes in Portmer. He says he has phoned Tiago Ferreira to congratulate him. Tiago Ferreira takes the stage.',
    'e.txt':
      "Directing at the scene in Ha Long, Vice Chairwoman of the Provincial People's Committee Trần Thị Mai Hoa requested the forces to continue the search.",
    'f.txt': 'Tran Thi Mai Hoa, vice chairwoman of the provincial government in Ha Long, said the search would continue.',
    'g.txt': 'Dr Ifeoma Nwachukwu, the consultant geriatrician who led the Harrowby trial, said families could help.',
    'h.txt':
      'Jim Lowry, a wildlife photographer, said the birds had gone. Dr Ifeoma Nwachukwu said the Harrowby results were clear. ' +
      'Sipho Dlamini, lead research nurse for the trial at Harrowby, said the playlists mattered.',
    'i.txt': "Premier Ahn Ji-ho's hospital plan was sound policy. Mr Ahn, who has led the party since 2014, conceded with grace.",
    'j.txt': 'Minister of Tourism Karim Abdel-Rahman on Saturday ordered an inquiry into the fire aboard the Aswan Star.',
    'k.txt': 'Dunmore and Kells MP Aisling Byrne raised the fire aboard the Aswan Star. Mr Abdelrahman has promised that the inquiry will report, the minister told her.',
  })

  it('joins a surname written as one word and as two, its given name spelled another way', () => {
    expect(person('karim benyahia')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('kareem ben yahia')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('benyahia')?.roles).toEqual(expect.arrayContaining(['secretary-general of the PDU', 'Union leader']))
  })

  it('joins a Portuguese name to itself shortened to its first surname, past the particle', () => {
    expect(person('tiago ferreira da costa')?.articles).toEqual(['c.txt', 'd.txt'])
    expect(person('tiago ferreira')?.roles).toEqual(['Rural Party leader'])
  })

  it('gives "Mr Ahn" to Premier Ahn Ji-ho, written surname first, whom another outlet writes "Ji-ho Ahn"', () => {
    expect(people().filter((p) => p.name.includes('Ahn')).map((p) => p.articles)).toEqual([['c.txt', 'd.txt', 'i.txt']])
    expect(person('ahn')?.statements.map((s) => s.text)).toContain('"I accept the verdict," Mr Ahn told supporters.')
  })

  it('ends the office of a body before the name: "Vice Chairwoman of the Provincial People\'s Committee Trần Thị Mai Hoa"', () => {
    expect(people().some((p) => p.name.startsWith('Committee'))).toBe(false)
    expect(person('tran thi mai hoa')).toMatchObject({ name: 'Trần Thị Mai Hoa', articles: ['e.txt', 'f.txt'] })
    expect(person('tran thi mai hoa')?.roles).toContain("Vice Chairwoman of the Provincial People's Committee")
  })

  it('reads professions by their endings, care\'s and teaching\'s, and a title of two heads before "who"', () => {
    expect(person('nwachukwu')?.roles).toEqual(['consultant geriatrician'])
    expect(person('jim lowry')?.roles).toEqual(['wildlife photographer'])
    expect(person('sipho dlamini')?.roles).toEqual(['lead research nurse for the trial at Harrowby'])
  })

  it('gives "Mr Abdelrahman" to the one of the same story another outlet spells "Abdel-Rahman", and an MP a constituency with "and"', () => {
    expect(person('abdel-rahman')?.articles).toEqual(['j.txt', 'k.txt'])
    expect(people().some((p) => p.name === 'Mr Abdelrahman')).toBe(false)
    expect(person('aisling byrne')?.roles).toEqual(['Dunmore and Kells MP'])
  })

  it('finds someone by a given name and a title with what it is of, as members recall them', () => {
    expect(person('odile the port ceo')?.name).toBe('Odile Vasseur-Blanc')
    expect(person('the ceo of portmer terminals')?.name).toBe('Odile Vasseur-Blanc')
    // A surname beside them that is someone's is another person; a given name alone is only suggested.
    expect(person('karim ahn ceo')).toBeUndefined()
    expect(person('odile')).toBeUndefined()
  })
})

describe('a twenty-first coverage: Indian styles, Basque spellings, short given names, a title taken over (docs/quality.md, item 60)', () => {
  // Written for this test in the outlets' styles: an Indian daily and a pharmacy journal on a
  // recall; a wire and an opposition paper on a rate cut; a match report and a fan blog; a club
  // and a council announcing who stands in.
  const { person, people } = writtenCoverage({
    'a.txt':
      'In a statement, Ravindra Pharma managing director Shri Devendranath Joshi said distribution had been suspended. ' +
      '"Patient safety is our first priority," Shri Joshi said. Devotees gathered at the Shri Ganesh Mandir Temple in Pune.',
    'b.txt': 'Dev Joshi, managing director of Ravindra, told the journal the company had switched suppliers.',
    'c.txt': 'Governor Itziar Etxeberria told a news conference in Valdenburg that inflation was easing.',
    'd.txt': "She stopped short of criticising the bank's governor, Itziar Echeverría, saying the bank was cleaning up a mess.",
    'e.txt':
      'Rovers manager Tomasz Wierzbicki said the players had been heroes. ' +
      'Club president Arturo Gil said Anselmo Ruiz will take over as the new coach next season. ' +
      'Deputy Mayor Lina Brandt will serve as acting mayor until the by-election, the council said.',
    'f.txt': 'John Varley, the chief executive of the bank, spoke first. Barley, a webmaster and film-maker, said he had not been paid.',
  })

  it('reads "Shri" before a name as a style, not a given name, and no evidence of a person by itself', () => {
    expect(person('devendranath joshi')).toMatchObject({ name: 'Devendranath Joshi', articles: ['a.txt', 'b.txt'] })
    expect(person('devendranath joshi')?.statements.map((s) => s.text)).toContain('"Patient safety is our first priority," Shri Joshi said.')
    expect(people().some((p) => p.name.startsWith('Shri') || p.name.includes('Mandir'))).toBe(false)
  })

  it('joins a Basque spelling to the Spanish one ("tx" and "ch", "b" and "v" between vowels), not "Varley" to "Barley"', () => {
    expect(person('echeverria')?.articles).toEqual(['c.txt', 'd.txt'])
    expect(person('etxeberria')?.name).toBe(person('echeverria')?.name)
    expect(person('john varley')?.aliases).not.toContain('Barley')
  })

  it('finds someone by a short form of the given name the coverage prints, or by a nickname beginning it', () => {
    expect(person('dev joshi')?.name).toBe('Devendranath Joshi')
    expect(person('tommy wierzbicki')?.name).toBe('Tomasz Wierzbicki')
    expect(person('priya joshi')).toBeUndefined()
  })

  it('gives a title taken over or served in after the name, beside the one before it', () => {
    expect(person('anselmo ruiz')?.roles).toEqual(['coach'])
    expect(person('lina brandt')?.roles).toEqual(expect.arrayContaining(['Deputy Mayor', 'acting mayor']))
  })
})

describe('a twenty-second coverage: a legislator named by the seat, and by her maiden name (docs/quality.md, item 61)', () => {
  // Written for this test in the styles of a parliamentary sketch, a local paper and a society page.
  const { person } = writtenCoverage({
    'a.txt':
      'The real drama happened in the corridors. Farida Benali, the member for Ashby Vale, had spent the afternoon telling anyone with a notebook that she had grave concerns. ' +
      'Jo Tanner, a member of the public gallery, watched.',
    'b.txt':
      'Farida Hughes, who was elected in 2019 under her maiden name Farida Benali, backed the bill. "I went to the ministry with one question," Mrs Hughes said.',
    'c.txt': 'Councillor Anna Reyes said the plan was sound. The British-born Maria Costa, a councillor since 2010, said it was not.',
  })

  it('reads "the member for <seat>" after a name as a title, not "a member of" anything', () => {
    expect(person('farida benali')?.roles).toEqual(['member for Ashby Vale'])
    expect(person('jo tanner')).toBeUndefined()
  })

  it('joins a maiden name the coverage gives someone to her, wherever it is written; "-born" gives none', () => {
    expect(person('farida hughes')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('farida benali')?.name).toBe(person('farida hughes')?.name)
    expect(person('maria costa')?.articles).toEqual(['c.txt'])
    expect(person('anna reyes')?.articles).toEqual(['c.txt'])
  })
})

describe('a twenty-fourth coverage: married and maiden names, offices after a title, a team sheet\'s initials (docs/quality.md, item 63)', () => {
  // Written for this test in the styles of a court report, an opinion column, a charity's release, a
  // community blog, a chess wire and rugby match reports with team sheets.
  const { person, people } = writtenCoverage({
    'a.txt':
      'The petitioner, Grace Njeri Tembo, contested the by-election under her married name, Grace Wambui. The judges referred the returning officer to the Director of Public Prosecutions.',
    'b.txt': 'Grace Wambui, born Grace Tembo in Nyeri, deserves credit. "Today the people have their voice," Mrs Wambui said.',
    'c.txt':
      'The rescue was led by veterinarian Dr Aroha Kereama, national rescue coordinator for the Tohora Network. The whales were found by crayfisherman Bruce McAlister at dawn.',
    'd.txt':
      'The Tohora Network sent its medics. Their lead, Aroha Kereama-Price (everyone just calls her Dr Aroha), walked the whole line. Dr Aroha said the tide would turn.',
    'e.txt':
      'The team was made up of Grandmasters Rodrigo Sosa and Tomas Riquelme. "We came here to learn," said Sosa. Conservative policy co-ordinator Ewan Marlow, MP for Witney, added: "If it were not so serious it would be funny."',
    'f.txt': 'Winger Johnny Keogh scored twice as Ireland beat England, and coach Eddie Farrell was delighted.',
    'g.txt': 'Johnny Keogh was named man of the match. Coach Eddie Farrell said the pack had been superb.',
    'h.txt': 'Eddie Farrell kept faith with Johnny Keogh for the trip to Rome.',
    'i.txt': 'Ireland: G Dempsey, B O\'Driscoll; J Keogh, D Wallace. Coach Eddie Farrell named an unchanged side.',
    'j.txt': 'Cardinal Patrick Keogh, Archbishop of Dublin, said prayers would be held. Cardinal Keogh spoke at the cathedral.',
    'k.txt': 'Cardinal Patrick Keogh led the service, and Archbishop Patrick Keogh said he was moved.',
    'l.txt': 'Manager Ian Holloway said Queens Park Rangers had been unlucky.',
  })

  it('joins a name to the one the coverage says she married under or was born with', () => {
    expect(person('grace tembo')?.name).toBe(person('grace wambui')?.name)
    expect(person('grace tembo')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('grace tembo')?.roles).toEqual(['petitioner'])
  })

  it('names no one in "the Director of Public Prosecutions"', () => {
    expect(people().some((p) => /Prosecutions/.test(p.name))).toBe(false)
  })

  it('reads professions before a name: a veterinarian, a coordinator, a kind of fisherman', () => {
    expect(person('aroha kereama')?.roles).toEqual(expect.arrayContaining(['veterinarian', 'national rescue coordinator for the Tohora Network']))
    expect(person('bruce mcalister')?.roles).toEqual(['crayfisherman'])
  })

  it('joins a hyphened surname to its first part, and the given name with her title to her', () => {
    expect(person('aroha kereama')?.articles).toEqual(['c.txt', 'd.txt'])
    const aroha = person('aroha kereama')!
    expect([aroha.name, ...aroha.aliases]).toEqual(expect.arrayContaining(['Aroha Kereama', 'Aroha Kereama-Price', 'Dr Aroha']))
  })

  it('keeps a title in the plural out of the name, and gives it to the first name, not a royal style to a club', () => {
    expect(person('rodrigo sosa')).toMatchObject({ name: 'Rodrigo Sosa', roles: ['Grandmaster'] })
    expect(people().some((p) => /Rangers/.test(p.name))).toBe(false)
  })

  it('reads an office after a name that has a title before it, and hears who speaks past it', () => {
    expect(person('ewan marlow')?.roles).toEqual(['Conservative policy co-ordinator', 'MP for Witney'])
    expect(person('ewan marlow')?.statements.map((s) => s.source)).toEqual(['e.txt'])
  })

  it('gives a team sheet\'s initial and surname to the player of that given name in the company, not to a cardinal', () => {
    expect(person('johnny keogh')?.articles).toEqual(['f.txt', 'g.txt', 'h.txt', 'i.txt'])
    expect(person('patrick keogh')?.articles).toEqual(['j.txt', 'k.txt'])
  })
})

describe('a twenty-fifth coverage: West African and Portuguese styles, a name in two languages, titles held and apostrophes (docs/quality.md, item 64)', () => {
  // Written for this test in the styles of a wire, a local paper's explainer, a museum's release,
  // a live page, a sports wire and a council report.
  const { person } = writtenCoverage({
    'a.txt':
      'The farmers were led by Opanin Kofi Asante-Boadu, the alliance chairman. The women\'s wing of the alliance, led by Madam Akosua Mensah-Bonsu, ran kitchens along the road. Many older farmers still know her by her maiden name, Akosua Ofori. Bread was sold by Auntie Esi Quaye.',
    'b.txt': '"We came because a farmer cannot feed his children on promises," said Kofi Asante-Boadu, chairman of the Cocoa Growers\' Alliance of Ghana (CGAG), which organised the protest.',
    'c.txt': 'Togbui Kodzo Amedzro IV, the King of Adaklu, received the objects under the umbrella of state. The museum thanked the king.',
    'd.txt':
      'The airline has published a short statement in the name of its chief executive, Maria da Graça Furtado. Dona Lurdes Sousa, who runs a guesthouse, said she had eleven stranded guests. Dona Lurdes said the island felt cut off.',
    'e.txt':
      'Skip Declan Ó Súilleabháin, or Declan O\'Sullivan as he appears on the scoresheets, drew the last stone. Swedish skip Henrik Lindgren was beaten. The team is coached by former Scottish Olympian Marjorie Kettering, who said the win had come from hard work. She added: "This team has never had anything handed to it." Mrs Kettering has coached the squad for six years.',
    'f.txt': '"I heard the lads screaming," said O\'Sullivan. The club\'s chairman is Tom Redfern.',
    'g.txt': 'The mayor of the commune, Stefan Muresan, said church bells were rung to wake residents.',
    'h.txt': 'DJ Chris Evans opened a shop in Leeds. Martin Hellewell, who had also visited Evans\' shop, said he thought it was a great idea.',
  })

  it('reads Ghanaian, Ewe, Portuguese and Spanish styles before a name as styles, and finds a king past his regnal number', () => {
    expect(person('asante-boadu')).toMatchObject({ name: 'Kofi Asante-Boadu', articles: ['a.txt', 'b.txt'] })
    expect(person('esi quaye')?.name).toBe('Esi Quaye')
    expect(person('amedzro')?.name).toBe('Kodzo Amedzro IV')
    expect(person('togbui amedzro')?.name).toBe('Kodzo Amedzro IV')
    expect(person('lurdes sousa')).toMatchObject({ name: 'Lurdes Sousa', articles: ['d.txt'] })
    expect(person('lurdes sousa')?.aliases).toContain('Dona Lurdes')
  })

  it('joins a maiden name given after "her" to the woman named just before, and a name in another language to its English form', () => {
    expect(person('akosua ofori')?.name).toBe('Akosua Mensah-Bonsu')
    expect(person('declan o\'sullivan')?.articles).toEqual(['e.txt', 'f.txt'])
    const declan = person('declan o\'sullivan')!
    expect([declan.name, ...declan.aliases]).toEqual(expect.arrayContaining(['Declan Ó Súilleabháin', "Declan O'Sullivan"]))
  })

  it('reads a plural\'s possessive inside a title, and gives no one a statement about their shop', () => {
    expect(person('asante-boadu')?.roles).toContain('chairman of the Cocoa Growers\' Alliance of Ghana (CGAG)')
    expect(person('chris evans')?.statements).toEqual([])
    expect(person('martin hellewell')?.statements.map((s) => s.source)).toEqual(['h.txt'])
  })

  it('reads titles held: ending the sentence, of a body in lower case, after a copula, a skip\'s and an Olympian\'s', () => {
    expect(person('furtado')?.roles).toEqual(['chief executive'])
    expect(person('muresan')?.roles).toEqual(['mayor of the commune'])
    expect(person('redfern')?.roles).toEqual(["club's chairman"])
    expect(person('lindgren')?.roles).toEqual(['Swedish skip'])
    expect(person('kettering')?.roles).toEqual(['former Scottish Olympian'])
  })

  it('reads what someone leads or runs in a clause after the name as their role', () => {
    expect(person('lurdes sousa')?.roles).toEqual(['runs a guesthouse'])
  })

  it('hears someone in "X, who said…", and gives the "she" after it to her', () => {
    expect(person('kettering')?.statements.map((s) => s.text)).toEqual([
      'The team is coached by former Scottish Olympian Marjorie Kettering, who said the win had come from hard work.',
      'She added: "This team has never had anything handed to it."',
    ])
  })
})

describe('a twenty-sixth coverage: a married name\'s second part, a nickname given late, ages before a title (docs/quality.md, item 65)', () => {
  // Written for this test in the styles of a Dutch paper's English edition, an opinion column, a
  // local sports paper, a rugby site's report, a Nepali daily and a live blog.
  const { person } = writtenCoverage({
    'a.txt': 'Femke de Wit-Brouwer (52), chair of Klimaatplicht and a geography teacher, cried openly after the ruling on Klimaatplicht.',
    'b.txt': 'Klimaatplicht was founded by Femke Brouwer, a geography teacher, in 2015.',
    'c.txt':
      'The Vixens kept the ball alive before 19-year-old winger Kezia Amponsah-Lowe, known to everyone at the Mill Lane ground as "Zip", squeezed over in the corner.',
    'd.txt': 'Kez Amponsah-Lowe, the teenage winger the Vixens call Zip, did the rest.',
    'e.txt': 'Among those pulled out was Pasang Tamang, 38, a guide with 20 years of experience, who was buried for about 40 minutes.',
    'f.txt': 'Police in Manang named the German national as Jonas Weissmueller, 34. The search for him above Manang resumed at dawn.',
    'g.txt': 'Jonas Weißmüller is 34 and the best walking partner I have ever had. We reached Manang on Tuesday.',
    'h.txt': 'The person who dug me out was Bhalu. His real name is Pasang Tamang, but nobody on the trail calls him that.',
  })

  it('joins a married name to the one after its hyphen, and finds it by the part before with the given name', () => {
    expect(person('femke brouwer')?.name).toBe('Femke de Wit-Brouwer')
    expect(person('femke de wit')?.articles).toEqual(['a.txt', 'b.txt'])
  })

  it('reads a nickname given "known to everyone at the ground as", and ends a title where a clause without "who" begins', () => {
    expect(person('zip')?.name).toBe('Kezia Amponsah-Lowe')
    expect(person('amponsah-lowe')?.roles).toEqual(['teenage winger'])
  })

  it('takes a name the police or an agency "named … as" for a person\'s, and what it was given for as their role', () => {
    expect(person('jonas weissmuller')?.articles).toEqual(['f.txt', 'g.txt'])
    expect(person('jonas weissmuller')?.roles).toEqual(['German national'])
  })

  it('reads the name an article went by as a nickname of the "real name" it gives after', () => {
    expect(person('bhalu')?.name).toBe('Pasang Tamang')
    expect(person('bhalu')?.articles).toEqual(['e.txt', 'h.txt'])
  })

  it('reads a title past an age, and leaves the age out of it', () => {
    expect(person('pasang tamang')?.roles).toEqual(['guide with 20 years of experience'])
    expect(person('amponsah-lowe')?.roles.some((r) => /year-old/.test(r))).toBe(false)
  })
})

describe('a twenty-seventh coverage: whatever follows an age, shared offices, long titles, a name made of two (docs/quality.md, item 66)', () => {
  // Written for this test in the styles of a metals newsletter, a Swiss regional paper, a Polish
  // council report, a Brazilian wire, a Scottish weekly, a café owner's blog and a Korean wire.
  const { person, people } = writtenCoverage({
    'a.txt': 'Union president Hector Valenzuela, a 52-year-old shovel operator who has led the union since 2017, told us the clause mattered.',
    'b.txt':
      'Cornelia Gasser-Wyss, co-president of the "No to the Wolfsgrat Expansion" committee and a retired teacher from Oberwilen, said the result was clear. ' +
      'Co-president Cornelia Gasser raised a glass. Urs Hämmerli, the cantonal construction and environment director, said he respected it.',
    'c.txt':
      'The President of the City of Zielnogród, Agnieszka Nowicka-Wróblewska, informed the Council that 19 people had left hospital. ' +
      'Mayor Agnieszka Wróblewska, who sat on the council for twelve years as Agnieszka Nowicka before her marriage, faces questions.',
    'd.txt':
      'You need almost everyone vaccinated, said Rafael Okumura, a professor of infectious diseases at the State University of the Ribeirão Valley, on Friday.',
    'e.txt':
      'Local councillor Fiona Rennie, of the Scottish Coastal Alliance, called for a survey. "It is our livelihood," said the association\'s chairman, Thomas McIntosh, known to everyone on the harbour as Big Tam.',
    'f.txt': 'Big Tam McIntosh spoke from the back of his pickup at the end of the pier about the Skarvie Bank cable.',
    'g.txt': 'South Korean survivor Seo-yeon Park, 29, told Meridian the boat tipped over near Ha Long Bay.',
    'h.txt': 'Park Seo-yeon, 29, an office worker from Daejeon, said passengers were on the upper deck when the boat tipped over near Ha Long Bay.',
  })

  it('reads what a person is after an age and "a", whatever its noun', () => {
    expect(person('valenzuela')?.roles).toEqual(['Union president', 'shovel operator'])
    expect(person('park seo-yeon')?.roles).toEqual(['survivor', 'office worker from Daejeon'])
  })

  it('reads a shared office ("co-president"), a campaign\'s quoted name inside a title, and two fields joined by "and"', () => {
    expect(person('cornelia gasser')?.roles).toEqual(['co-president of the "No to the Wolfsgrat Expansion" committee and a retired teacher from Oberwilen'])
    expect(person('hammerli')?.roles).toEqual(['cantonal construction and environment director'])
  })

  it('keeps a long title up to its last "of" or "at" rather than dropping it', () => {
    expect(person('okumura')?.roles).toEqual(['professor of infectious diseases at the State University'])
  })

  it('reads an office of a body whose name has "of" in it, and joins both names a hyphened surname is made of', () => {
    const mayor = person('agnieszka nowicka')
    expect(mayor?.name).toBe('Agnieszka Nowicka-Wróblewska')
    expect([...(mayor?.roles ?? [])].sort()).toEqual(['Mayor', 'President of the City of Zielnogród'])
    expect(person('wroblewska')?.name).toBe('Agnieszka Nowicka-Wróblewska')
  })

  it('gives the party someone is of as a role, and "Tam" to Thomas', () => {
    expect(person('cllr rennie')?.roles).toEqual(['Local councillor', 'Scottish Coastal Alliance'])
    expect(person('big tam')?.articles).toEqual(['e.txt', 'f.txt'])
  })

  it('joins a Korean name written in both orders, though its surname is a word of English', () => {
    expect(person('seo-yeon park')?.articles).toEqual(['g.txt', 'h.txt'])
    expect(people().filter((p) => /Seo-yeon/.test(p.name))).toHaveLength(1)
  })
})

describe('a twenty-eighth coverage: academic offices, a nickname "to everyone", a surname with the office (docs/quality.md, item 67)', () => {
  // Written for this test in the styles of a Canadian local paper, a student paper, a Spanish
  // paper's English edition, a Pakistani wire and a Karachi blogger.
  const { person, people } = writtenCoverage({
    'a.txt': 'President and Vice-Chancellor Hélène Thibodeau told governors the cuts were painful. Provost Ravi Sandhu, who drew up the plan, said it would protect the core.',
    'b.txt':
      'For Jesús Benavente, "Chuchi" to everyone in the town, the water allowance is not enough. ' +
      "Benavente, spokesman for the residents' group, said the fight would go on.",
    'c.txt': 'Saahil Electric chief executive Tariq Hashmi told a news conference in Karachi on Sunday that demand had hit a record.',
    'd.txt': 'On Sunday I watched the Saahil Electric press conference from Karachi on my phone. The chief executive, Mr Hashmi, told us that demand had hit a record.',
    'e.txt': 'Mrs Hashmi, a teacher in Lahore, said her school had closed.',
  })

  it('keeps a second office ("Vice-Chancellor") and a provost out of the name', () => {
    expect(people().map((p) => p.name)).toEqual(expect.arrayContaining(['Hélène Thibodeau', 'Ravi Sandhu']))
    expect(person('ravi sandhu')?.roles).toEqual(['Provost'])
  })

  it('reads a quoted name "to everyone" after a name as a nickname', () => {
    expect(person('chuchi')?.name).toBe('Jesús Benavente')
  })

  it('joins "Mr X" to the one of that surname in the same story holding the office it is given with, not another "Mrs X"', () => {
    expect(person('tariq hashmi')?.articles).toEqual(['c.txt', 'd.txt'])
  })
})

describe('statements as news gives them: a thing called, a colon, a body between commas, an age, "For X," (docs/quality.md, item 68)', () => {
  // Written for this test in the styles of a Canadian local paper, a live blog, a Spanish paper's
  // English edition and an Irish weekly.
  const { person } = writtenCoverage({
    'a.txt':
      'The teachers\' union said it would appeal. Its president, chemistry teacher Oksana Dubrova, called the decision "a budget cut wearing a lab coat." ' +
      'A group called "Parents First" welcomed it.',
    'b.txt': 'Race leader Anders Lindqvist was disqualified on Friday. 18:42 Lindqvist has posted a statement on his website: "I did nothing wrong and I will prove it."',
    'c.txt':
      'Mirabel gets the letter\n\nThe mayor, Rosa Villanueva Peña, opened the letter at the town hall. The alcaldesa, of the Agrupación Vecinal por Mirabel, has governed since 2023. ' +
      '"It is not enough. We will go to court," she told this newspaper.',
    'd.txt':
      'Kwame Asante, 31, moved to Halifax in 2022. She says she learned of the closure by email. ' +
      'Councillor Brid Nolan said the hall would host a reception. "We will make a fuss," she said. ' +
      'For Healy, the medal can wait. "The cows come first," he said. Dara Healy, the team captain, was not at the reception.',
  })
  const said = (query: string) => person(query)?.statements.map((s) => s.text) ?? []

  it('gives someone the words they are quoted calling a thing, not a name a thing is called', () => {
    expect(said('oksana dubrova')).toEqual(['Its president, chemistry teacher Oksana Dubrova, called the decision "a budget cut wearing a lab coat."'])
  })

  it('gives the subject the quotation a colon opens', () => {
    expect(said('anders lindqvist')).toEqual(['18:42 Lindqvist has posted a statement on his website: "I did nothing wrong and I will prove it."'])
  })

  it('finds a name of three words by its first two, as a Spanish name\'s first surname is typed', () => {
    expect(person('rosa villanueva')?.name).toBe('Rosa Villanueva Peña')
    expect(person('maria villanueva')).toBeUndefined()
  })

  it('goes on with "she" past a party named between commas, which is no one', () => {
    expect(said('rosa villanueva peña')).toEqual(['"It is not enough.', 'We will go to court," she told this newspaper.'])
  })

  it('takes a name with an age between commas for a person, whose "she says" is hers', () => {
    expect(said('kwame asante')).toEqual(['She says she learned of the closure by email.'])
  })

  it('reads an opening "For X," as whom the next "he" is', () => {
    expect(said('brid nolan')).toEqual(['Councillor Brid Nolan said the hall would host a reception.', '"We will make a fuss," she said.'])
    expect(said('dara healy')).toEqual(['"The cows come first," he said.'])
  })
})

describe('names and offices as a salmon farm, a museum theft and a formula recall were told (docs/quality.md, item 68)', () => {
  // Written for this test in the styles of a Norwegian paper's English edition, an angler's
  // blog, a German news site, an Australian live blog and a country weekly.
  const { person, people } = writtenCoverage({
    'a.txt': 'Storm damage\n\nSite manager Ingrid Dahl (née Hovland) and four employees had been on standby since Tuesday evening.',
    'b.txt': 'The blog\n\nI went to school with the site manager, Ingrid Hovland, or Ingrid Dahl these days. She was out on the boat at first light.',
    'c.txt':
      'Museum robbed\n\n"It is as if someone has torn a page out of this town\'s history," said the museum\'s director, Dr. Ilse Brandauer, standing outside the building.',
    'd.txt': "Recall live\n\nNorthvale's managing director, Graham Pettigrew, has just fronted the media in Melbourne. He was visibly emotional.",
    'e.txt':
      "Plant stood down\n\nNorthvale's managing director, Gus Pettigrew, told the Courier the staff in Wattle Creek would be paid. " +
      "Northvale's quality assurance manager, Leonie Tran (nee Fitzgerald), who grew up on a dairy farm, is leading the investigation.",
    'f.txt': 'Hearing\n\nNorthvale managing director Graham Pettigrew said the notification should have come sooner in Wattle Creek.',
    'g.txt': 'Two brothers\n\nManaging director Tom Harrow said sales fell. Managing director Jim Harrow said they rose.',
    'h.txt': 'Rescue\n\nPolish climber Zofia Lis, 38, suffered a broken leg, hospital officials said.',
    'i.txt':
      'Ruling and swarms\n\nPresiding judge Ellen Vos said the adverts misled customers. ' +
      "Dr Hanna Lindqvist of the FAO's Desert Locust Information Service said egg-laying had been observed.",
    'k.txt':
      'Locusts\n\n"We have farmers who lost everything in a single morning," said Tsegaye Wondimu, head of the district agriculture office. ' +
      'Ato Boldon, the sprinter, said he would run in Addis Ababa.',
    'j.txt':
      'Services restored\n\nLagos, Nigeria - 1 April 2025 - OwoPay Mobile Services Limited ("OwoPay") today confirmed that all services on its platform have been fully restored. ' +
      'OwoPay acknowledges the directives issued today by the Central Bank of Nigeria (CBN) and will comply with them in full.',
  })

  it('reads "(née X)" after a full name as the name she was born with, and ", or X these days" as her name now', () => {
    const ingrid = person('ingrid hovland')
    expect(ingrid?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('ingrid dahl')).toBe(ingrid)
  })

  it('gives a quotation to the name after "said the museum\'s director,"', () => {
    expect(person('ilse brandauer')?.statements.map((s) => s.text)).toEqual([
      '"It is as if someone has torn a page out of this town\'s history," said the museum\'s director, Dr. Ilse Brandauer, standing outside the building.',
    ])
  })

  it('joins one surname holding the same office of a named body in one story, whatever the given names; not an office without its body', () => {
    expect(person('gus pettigrew')?.articles).toEqual(['d.txt', 'e.txt', 'f.txt'])
    expect(person('tom harrow')).not.toBe(person('jim harrow'))
  })

  it('reads a title of two nouns before a name with a maiden name in brackets', () => {
    expect(person('leonie tran')?.roles).toEqual(["Northvale's quality assurance manager"])
    expect(person('leonie fitzgerald')?.name).toBe('Leonie Tran')
  })

  it('reads "presiding" in a title, and a service inside a body named by its initials', () => {
    expect(person('ellen vos')?.roles).toEqual(['Presiding judge'])
    expect(person('hanna lindqvist')?.roles).toEqual(["FAO's Desert Locust Information Service"])
    expect(person('hanna lindqvist')?.statements).toHaveLength(1)
  })

  it('takes no company\'s registered name for a person', () => {
    expect(people().map((p) => p.name)).not.toContain('OwoPay Mobile Services Limited')
  })

  it('reads "Ato" in a lookup as the Amharic style before a given name, and still finds an Ato by his surname', () => {
    expect(person('ato tsegaye')?.name).toBe('Tsegaye Wondimu')
    expect(person('ato boldon')?.name).toBe('Ato Boldon')
  })

  it('finds a Polish given name by its diminutive', () => {
    expect(person('zosia')?.name).toBe('Zofia Lis')
  })
})

describe('names and offices as a tanker spill, a bird flu outbreak and a mill closure were told (docs/quality.md, item 69)', () => {
  // Written for this test in the styles of a Philippine provincial paper, a live blog, a wire and
  // a Canadian town paper's council report.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Spill reaches villages\n\nCdr Ramon "Monching" Villareal, chief of Coast Guard Station Caluyog, said divers had sealed one tank. ' +
      'Mayor Teresita "Tess" Abellanosa-Dumalag placed the town under a state of calamity.',
    'b.txt': 'Clean-up live\n\n13:30 - Mayor Tess Dumalag, speaking at the town plaza, warned that the fishing ban could last a month.',
    'c.txt': 'Bird flu\n\nThe owner of the Zurawiec farm, Tadeusz Lecki, said he had spent three decades building up his business.',
    'd.txt': 'Council report\n\nBrenda Tsakiris, president of United Steelworkers Local 1-4281, told council that 23 members had found jobs.',
    // BBC News, entertainment (2004): a title and a name, then a verb, open a sentence of their own.
    'e.txt': 'Jungle odds\n\nNotwithstanding, comedian Reeves remains 3/1 favourite to win the show, after Pasquale.',
    // A company notice's bullet and signature, and BBC News, technology (2005).
    'f.txt':
      'Notice\n\nResponsibility of management:\n\n• Kenji Furuhata, Managing Director in charge of Quality Assurance: resigned as of 9 June 2025\n\n' +
      '"I offer my deepest apologies."\nHiroshi Otsuka, President and Representative Director\n\nContact for media inquiries:\nCorporate Communications Department',
    'g.txt':
      'Mobile speeds\n\n"Practical throughputs will be lower than this," said Dr Alastair Brydon, author of the Analysys report: Pushing Beyond the Limits of 3G.',
    // A data-centre company's release, with its media contact.
    'h.txt':
      'Campus approved\n\n"We listened to the town and we changed the project," said Alvaro Quintanilla, Managing Director, Iberia, at Nimbara.\n\n' +
      'Media contact\nSofia Llorente, Head of Communications Iberia\npress.iberia@nimbara.example\n\nENDS',
  })

  it('reads "Cdr" as a rank before a name, not as the name', () => {
    expect(person('monching')).toMatchObject({ name: 'Ramon Villareal', roles: ['chief of Coast Guard Station Caluyog'] })
  })

  it('joins a quoted nickname and the last part of a married name to the full name', () => {
    expect(person('tess dumalag')).toMatchObject({ name: 'Teresita Abellanosa-Dumalag', articles: ['a.txt', 'b.txt'] })
  })

  it('reads an office of a place named before what it is, and a body numbered with a hyphen', () => {
    expect(person('lecki')?.roles).toEqual(['owner of the Zurawiec farm'])
    expect(person('tsakiris')?.roles).toEqual(['president of United Steelworkers Local 1-4281'])
    expect(people().map((p) => p.name)).not.toContain('Notwithstanding')
  })

  it('reads a title up to a colon, and the title of a signature line', () => {
    expect(person('furuhata')?.roles).toEqual(['Managing Director in charge of Quality Assurance'])
    expect(person('brydon')?.roles).toEqual(['author of the Analysys report'])
    expect(person('otsuka')?.roles).toEqual(['President and Representative Director'])
  })

  it('reads a region between commas after a title as the title\'s, and no press officer of a media contact as a person', () => {
    expect(person('quintanilla')?.roles).toEqual(['Managing Director'])
    expect(people().map((p) => p.name)).not.toContain('Iberia')
    expect(person('sofia llorente')).toBeUndefined()
  })
})

describe('names and offices as a chess open, an island ferry and a council report were told (docs/quality.md, item 70)', () => {
  // Written for this test in the styles of a chess site, a Scottish weekly, an islander's blog and
  // a council committee report.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Chain Bridge Open\n\nRound seven paired her with Black against the top seed, Poland\'s GM Grzegorz Wierzbicki. ' +
      'Champion Dilnoza Rakhimova, speaking quietly at the closing ceremony with her coach Bakhodir Yuldashev beside her, said she had been "very upset" by the claim.',
    'b.txt':
      'Cairnsay ferry\n\nCrofter Donald MacRitchie - known to everyone on the island as Donnie Beag - had 42 cattle ready for the Cairnsay sale. ' +
      'The shopkeeper Morag Sinclair said the Cairnsay shop ran out of milk on Friday. The local store has no bread.\n\n' +
      'Local councillor Iain Dewar said the breakdown was "entirely predictable".',
    'c.txt': 'Eleven days on Cairnsay\n\nDonnie Beag, our neighbour, has had his cattle in the park for a month. "Ask me when they are on a boat," Donnie Beag said.',
    'd.txt': 'Cairnsay ferry report\n\nARGYLL ISLES COUNCIL\nCommittee Chair: Cllr Iain Dewar\n\n1. PURPOSE\n\n1.1 To inform Members of the withdrawal of the Cairnsay ferry.',
    // BBC News, business (2005), and an invented line of the kind: a firm after what it is.
    'e.txt': 'Exchange bid\n\nThe offer from German bidder Deutsche Boerse was rejected. Shares in US carrier Delta Airlines fell.',
    // A chess blog and a wire: a nickname given in one article and used alone in both.
    'f.txt': 'Olympiad gold\n\nBoard 1, Grandmaster Rodrigo "El Gato" Benitez, drew quickly. El Gato scored 8/10 on top board.',
    'g.txt': 'Paraguay wins\n\nBenitez, known to fans as "El Gato", took bronze on board one. "We came to learn," said Rodrigo Benitez. El Gato was the hero of Asuncion.',
    'i.txt': 'Hospital attack\n\nChair of the board Anneke Zuidervaart looked exhausted but was firm.',
    'h.txt':
      'The post\n\nGM Grzegorz Wierzbicki lost in less than an hour.\n\n' +
      'Less than two hours after resigning, Wierzbicki posted that her play had been "not human". "I ask the organisers to do their job," he wrote.',
  })

  it('reads an abbreviated title ("GM"), a title held in an appositive before it, a title of "the" something, and a word for a kind of person before a name as what they are', () => {
    expect(person('wierzbicki')).toMatchObject({ name: 'Grzegorz Wierzbicki', roles: ["Poland's GM", 'top seed'] })
    expect(person('macritchie')?.roles).toEqual(['Crofter'])
    expect(person('morag sinclair')?.roles).toEqual(['shopkeeper'])
    // A title and what it is of, "the" between, before a full name opening the sentence.
    expect(person('zuidervaart')?.roles).toEqual(['Chair of the board'])
    // Not a firm after what business news calls it.
    expect(people().map((p) => p.name)).not.toContain('Deutsche Boerse')
    expect(people().map((p) => p.name)).not.toContain('Delta Airlines')
  })

  it('reads a nickname between dashes, and finds it as the whole name in another article of the story', () => {
    const macritchie = person('donnie beag')
    expect(macritchie).toMatchObject({ name: 'Donald MacRitchie', articles: ['b.txt', 'c.txt'] })
    expect(macritchie?.statements.map((s) => s.text)).toEqual(['"Ask me when they are on a boat," Donnie Beag said.'])
  })

  it('names someone by their name, never by the nickname alone, and finds no namesake two letters away', () => {
    expect(person('el gato')?.name).toBe('Rodrigo Benitez')
    expect(person('wierzbiki')?.name).toBe('Grzegorz Wierzbicki')
    expect(person('grzegorz wierzbinski')).toBeUndefined()
  })

  it('reads a header line "Label: Name" as the text it is, its label a title, and an adjective opening a sentence as the title\'s', () => {
    expect(person('dewar')?.roles).toEqual(expect.arrayContaining(['Committee Chair']))
    // An adjective opening the sentence still qualifies the title after it, though the coverage writes "local" in lower case.
    expect(person('dewar')?.roles).toEqual(expect.arrayContaining(['Local councillor']))
  })

  it('gives what is said to the subject, not to a name inside the clause between its commas', () => {
    expect(person('rakhimova')?.statements.map((s) => s.source)).toEqual(['a.txt'])
    expect(person('yuldashev')?.statements ?? []).toEqual([])
  })

  it('reads "he" as the last sentence\'s subject past a common word opening it ("Less than two hours after…")', () => {
    expect(person('wierzbicki')?.statements.map((s) => s.text)).toContain('"I ask the organisers to do their job," he wrote.')
  })
})

describe('what someone says under their title alone: "The Chair has stated", "said the mayor" (docs/quality.md, item 70)', () => {
  // Written for this test in a council report's and a town paper's styles; BBC News, politics
  // (2004) names a shadow chancellor and the chancellor by title.
  const { person } = writtenCoverage({
    'a.txt': 'Ferry report\n\nCommittee Chair: Cllr Iain Dewar\n\nThe breakdown left the island without a service. The Chair has stated that "Cairnsay cannot be left one gearbox away from crisis again".',
    'b.txt':
      'Mayor quits\n\nMayor Jane Holt resigned on Friday. "I have done nothing wrong," said the mayor. A spokesman for the mayor called the story "lies". ' +
      'Deputy Mayor Wei Chen takes over. The mayor said she would fight.',
    'e.txt': 'Two presidents\n\nPresident Ana Ruiz met President Tomas Vidal. The president said the talks went well.',
    'c.txt': 'Budget speech\n\nShadow chancellor Oliver Letwin spoke first. Turning to the economy, the chancellor pledged to continue economic stability.',
    'd.txt': 'Band news\n\nSimon Le Bon spoke to the BBC. "We wouldn\'t want to lose them," the singer said.',
  })

  it('gives it to the one person the article has called so', () => {
    expect(person('dewar')?.statements.map((s) => s.text)).toEqual(['The Chair has stated that "Cairnsay cannot be left one gearbox away from crisis again".'])
    // The deputy mayor is not "the mayor"; what a spokesman for the mayor said is not the mayor's.
    expect(person('jane holt')?.statements.map((s) => s.text)).toEqual(['"I have done nothing wrong," said the mayor.', 'The mayor said she would fight.'])
    expect(person('wei chen')?.statements ?? []).toEqual([])
  })

  it('never to one of two holders of the title, nor to the holder of another office of that name; to the last speaker when no one holds it', () => {
    expect(person('ana ruiz')?.statements ?? []).toEqual([])
    expect(person('tomas vidal')?.statements ?? []).toEqual([])
    expect(person('letwin')?.statements.map((s) => s.text)).toEqual(['Shadow chancellor Oliver Letwin spoke first.'])
    expect(person('le bon')?.statements.map((s) => s.text)).toContain('"We wouldn\'t want to lose them," the singer said.')
  })
})

describe('names as an Everest row, a library handover and a lighthouse were told (docs/quality.md, item 71)', () => {
  // Written for this test in a podcast transcript's, a wire's, a council report's and a local
  // paper's styles.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Levy row\n\nThis week we talk to Pasang Dawa Sherpa of the guides\' association.\n\nPASANG DAWA: We are not against the levy.\n\nHOST: Pasang Dawa, thank you.\n\nPASANG DAWA: Thank you.\n\nPASANG DAWA: We carry the ropes.',
    'b.txt': 'Guides protest\n\n"We carry the ropes," the association\'s president, Pasang Dawa Sherpa, said on Tuesday.',
    'c.txt': 'Everest report\n\nThe association, led by its president Mr Pasang Dawa Sherpa, asked for a welfare fund.',
    'd.txt':
      'Library report\n\n3.2 The volunteer coordinator will be Mrs Eirlys Pugh, who served as Branch Librarian. ' +
      '6.1 The local member, County Councillor Gareth Pugh, supports the proposal. 6.2 On behalf of the Friends, Mrs Pugh wrote to the Cabinet Member: "We are asking for the keys."',
    'e.txt':
      'Lighthouse\n\nFor three months, the view from Peg Pelletier\'s window has been a painful one. "I sat down and cried," said Pelletier, 81, who was born Margaret Coffin and is the granddaughter of keeper Elias Coffin.',
    'k.txt': 'Court ruling\n\nA Seoul court ruled that a studio violated the copyright of webtoon artist Seo Ji-yeon. Coach John Lee said the team would appeal.',
    'f.txt': 'Grant awarded\n\nThe restoration has special meaning for Margaret Coffin Pelletier of Rockland, whose grandfather Elias Coffin kept the light. Mrs. Pelletier has pledged to donate the logbooks.',
  })

  it('names someone in full, however often a transcript cuts the name short', () => {
    expect(person('pasang dawa sherpa')?.name).toBe('Pasang Dawa Sherpa')
    expect(person('pasang dawa')?.articles).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })

  it('gives "Mrs Pugh" to the Pugh called Mrs, not the councillor named last', () => {
    expect(person('eirlys pugh')?.statements.map((s) => s.text)).toContain('6.2 On behalf of the Friends, Mrs Pugh wrote to the Cabinet Member: "We are asking for the keys."')
    expect(person('gareth pugh')?.statements ?? []).toEqual([])
    expect(person('gareth pugh')?.aliases ?? []).not.toContain('Mrs Pugh')
  })

  it('finds a Korean name with the given name\'s hyphen or without, and its surname in another romanization', () => {
    const artist = person('seo ji-yeon')
    expect(artist?.name).toBe('Seo Ji-yeon')
    for (const query of ['jiyeon seo', 'Seo Jiyeon', 'Jiyeon Suh', 'suh ji-yeon']) expect(person(query), query).toBe(artist)
    expect(person('Jiyeon Kim')).toBeUndefined()
    // Only beside a hyphened given name: John Lee is not "John Yi".
    expect(person('john yi')).toBeUndefined()
    expect(person('john lee')?.name).toBe('John Lee')
  })

  it('knows Peg for Margaret', () => {
    expect(person('peg pelletier')?.name).toBe('Margaret Coffin Pelletier')
    expect(people().filter((p) => p.name.endsWith('Pelletier'))).toHaveLength(1)
  })
})

describe('a name someone went by before, as a doping ban and a lifeboat crew were told (docs/quality.md, item 72)', () => {
  // Written for this test in a wire's, a running blog's and a local paper's styles.
  const { person } = writtenCoverage({
    'a.txt':
      'Runner banned\n\nUgandan marathon runner Rebecca Kwemoi was banned for four years on Monday. Kwemoi, 29, who competed as Rebecca Chelangat until her marriage in 2023, denied wrongdoing. Her husband Joel Kwemoi coaches her.',
    'b.txt':
      'Blog\n\nI have followed Rebecca Kwemoi since she was Rebecca Chelangat, a skinny teenager. Her sister, Sarah Chelangat, who runs for the same camp, told a local paper she would help.',
    'c.txt': 'Lifeboat\n\nCoxswain Tom Baird said the crew had done well. The rescued man was Tom Fraser, a fisherman from Wick, who said he was grateful.',
    'd.txt': 'Appeal\n\nHer brother, Peter Wanyama, said: "We are all behind her." "The ban is unfair," said her first coach, Grace Achieng.',
    'e.txt': 'Letter\n\nThe federation told his cousin, Paul Kato, about the ban. Director, Anna Mwesigwa, said the appeal would be heard in May.',
    'f.txt': 'Bike fines\n\nUtrecht has towed 2,340 bicycles from the Oudegracht. Alderman for mobility Marieke van den Broek-Jansen defended the policy. "Pavements are for people," she said.',
    'g.txt': 'Column\n\nThe bikes towed from the Oudegracht are a scandal. Let me be fair to the alderman, Marieke van den Broek. Van den Broek says she will look at the figures.',
    'h.txt':
      'Ferry cancelled\n\nLocal councillor Morag MacLeod, who grew up on Colonsay as Morag Currie before her marriage, said the island had been forgotten. Harbour master Colin Bell, who worked as Colin Reid until last year, disagreed.',
    'i.txt': 'Water row\n\nThe chair of Uig Community Council, Catriona Morrison, who grew up as Catriona Maciver in the township of Ardroil, urged both sides to lower the temperature.',
  })

  it('joins a full name by her given name to the name she has, when the coverage says she went by it before', () => {
    expect(person('rebecca chelangat')?.name).toBe('Rebecca Kwemoi')
    expect(person('rebecca chelangat')?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('sarah chelangat')?.name).toBe('Sarah Chelangat')
    expect(person('joel kwemoi')?.name).toBe('Joel Kwemoi')
  })

  it('reads a name given with "as" and "before her marriage" as the one she had', () => {
    expect(person('morag currie')?.name).toBe('Morag MacLeod')
    // "grew up as" gives the name she had too (docs/quality.md, item 81).
    expect(person('catriona maciver')?.name).toBe('Catriona Morrison')
    // "until" alone says when, not that a marriage changed it.
    expect(person('colin bell')?.name).toBe('Colin Bell')
    expect(person('colin reid')?.name).not.toBe('Colin Bell')
  })

  it('hears someone set between commas by a kinship or a description, as a title would set them', () => {
    expect(person('peter wanyama')?.statements.map((s) => s.text)).toEqual(['Her brother, Peter Wanyama, said: "We are all behind her."'])
    expect(person('grace achieng')?.statements.map((s) => s.text)).toEqual(['"The ban is unfair," said her first coach, Grace Achieng.'])
    // A title's word before the comma sets a speaker off as well (BBC: "Director, David Caldwell, said").
    expect(person('anna mwesigwa')?.statements.map((s) => s.source)).toEqual(['e.txt'])
    // Told of something, not telling it: a person (his cousin, item 81) who said nothing.
    expect(person('paul kato')?.statements).toEqual([])
  })

  it('joins a double surname after its particles to its first part, as a column shortens it', () => {
    const alderman = person('marieke van den broek-jansen')
    expect(alderman?.articles).toEqual(['f.txt', 'g.txt'])
    expect(person('marieke van den broek')).toBe(alderman)
    expect(person('marieke jansen')).toBe(alderman)
  })

  it('needs the words that say so: "the rescued man was Tom Fraser" names another man', () => {
    expect(person('tom fraser')?.name).toBe('Tom Fraser')
    expect(person('tom baird')?.name).toBe('Tom Baird')
  })
})

describe('names in more spellings, roles after an age, a name everybody calls someone (docs/quality.md, item 73)', () => {
  // Written for this test in a wire's, a fan blog's, a Q&A's and a Jakarta paper's styles.
  const { person } = writtenCoverage({
    'a.txt': 'Team banned\n\nTeam owner Chung Dae-hoon, 52, apologised to fans in Seoul on Sunday. "I did not know," Chung said.',
    'b.txt': 'Fan blog\n\nTeam owner Jung Dae-hoon posted a long apology on Monday. "A team is not a trophy cabinet," he wrote.',
    'c.txt':
      'Who found the painting?\n\nAnnelies Mertens-Claes, a 46-year-old schoolteacher from Sint-Niklaas, and her brother. "My legs went weak," Mertens-Claes said.',
    'd.txt':
      'Salmon escape\n\nHavbris chief executive Torbjørn Næss apologised on Tuesday. "We will pay for recapture," Næss said. Arne Myrvold, Laks-Arne as everybody calls him, leads the anglers. "This is our worst nightmare," said Myrvold.',
    'e.txt': 'Toll row\n\nPublic Works Minister Soetrisno Hadiwijaya said the tariff would be reviewed. "A toll road must serve the people," Soetrisno said.',
    'f.txt': 'Marathon\n\nThe race referee, Graeme McAllister, said the results stand. "The rules do not allow me to hand out time," McAllister said.',
    'g.txt':
      'Wind farm\n\nThe Minister for Climate, Energy and the Environment, Fionnuala Breathnach, called the scheme essential. The Secretary of State for Culture, Media and Sport, Tessa Jowell, said the licence fee would stay. Trump and the Prime Minister, Keir Starmer, met later.',
    'h.txt':
      'Solar plant\n\nThe hydrologist Youssef Benali said the comparison was misleading. Ranger Robin Hale said the wells were dry.',
  })

  it('joins a Korean surname in its other romanization beside the same hyphened given name', () => {
    const owner = person('jeong dae-hoon')
    expect(owner?.name).toBe('Chung Dae-hoon')
    expect(owner?.articles).toEqual(['a.txt', 'b.txt'])
    expect(person('jung dae-hoon')).toBe(owner)
  })

  it('reads what someone is after an age, by any noun WordNet says names a kind of person', () => {
    expect(person('annelies mertens-claes')?.roles).toEqual(['schoolteacher from Sint-Niklaas'])
  })

  it('finds a name typed without its letters: æ as "a", Indonesia\'s old "oe" as "u", a given name\'s other spelling', () => {
    expect(person('torbjorn nass')?.name).toBe('Torbjørn Næss')
    expect(person('torbjorn naess')?.name).toBe('Torbjørn Næss')
    expect(person('sutrisno hadiwijaya')?.name).toBe('Soetrisno Hadiwijaya')
    expect(person('graham mcalister')?.name).toBe('Graeme McAllister')
  })


  it('finds a given name from a script without vowels as English writes it: Yusuf is Youssef', () => {
    expect(person('yusuf benali')?.name).toBe('Youssef Benali')
    expect(person('yusef benali')?.name).toBe('Youssef Benali')
    // Another name, not another spelling: neither is marked as a transliteration.
    expect(person('ruben hale')).toBeUndefined()
  })

  it('reads a ministry\'s fields listed with commas as one title', () => {
    expect(person('fionnuala breathnach')?.roles).toEqual(['Minister for Climate, Energy and the Environment'])
    expect(person('tessa jowell')?.roles).toEqual(['Secretary of State for Culture, Media and Sport'])
    // Two people and a title are no list of fields.
    expect(person('keir starmer')?.roles).toEqual(['Prime Minister'])
  })

  it('takes the name before "as everybody calls him" for one the person goes by', () => {
    expect(person('laks-arne')?.name).toBe('Arne Myrvold')
  })
})

describe('ranks, honorifics after a name, maiden names, nicknames in the predicate (docs/quality.md, item 74)', () => {
  // Written for this test in a ministry's release, a water company's report, a rail blog, a
  // radio transcript, a local paper and a resident's blog.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Task force deployed\n\nThe Commander of the task force, Brigadier General Emmanuel Kwesi Ankrah, said operations would continue. "We are not here for a photograph," he said. The Minister for Lands and Natural Resources, Hon. Kwabena Asante-Mensah, MP, who toured the river on Saturday, said: "The River Pra is not a mining pit."',
    'b.txt': 'Intake report\n\nThe task force commander, Brigadier General E. K. Ankrah, visited the Pra headworks on 25 May.',
    'c.txt':
      'Line suspended\n\nHiroshi Sato, the company president of the Kitakami Kogen Railway, said the line would close. "This was the hardest decision," Sato said. Vice Governor Keiko Satō, who is not related to him, said the Kitakami Kogen Railway would get help.',
    'd.txt': 'Last train\n\nSatō-san, the company president, told the local TV station that the Kitakami Kogen Railway would run again in spring.',
    'e.txt':
      'Measles\n\nIon Grigoraș, 67, has been the family doctor in Broscăuți for 38 years and is known to almost everyone in the area as "Doctorul Nelu". "People here do not trust a minister on television," he said.',
    'f.txt': 'Interview\n\nThe paediatrician said Doctor Grigoraș had called her last week. Doctor Nelu, she said, knows every gate in the Broscăuți valley.',
    'g.txt':
      'Claims refused\n\nSharon Whitfield has paid her premiums for 22 years. "They said it was flood, and I\'m not covered for flood," said Mrs Whitfield (née Doyle), 54, a nurse at Murrumbah District Hospital.',
    'h.txt': 'Flood diary\n\nThen Sharon Whitfield stood up at the Murrumbah meeting. Older readers will remember her as Sharon Doyle, behind the counter of her mum\'s bakery.',
    'i.txt':
      'Roof collapse\n\nThe court heard an email from the then warehouse manager, Mairi Sinclair, who was known at the time by her maiden name of Cameron. "I\'m just glad nobody died," Mrs Sinclair said of the Glenbrae roof.',
    'j.txt': 'HSE report\n\nThe warehouse manager at the time, Ms Mairi Cameron, raised concerns about the Glenbrae roof in writing. She stated: "Every year it was on the list."',
    'k.txt':
      'Fire\n\nEleni Mavrou, 58, who owns the 64-room Thalassa Blue hotel on the seafront in Potos, said staff had walked guests to the jetty. Dr. Priya Venkataraman, medical director of the Red River clinic, said: "Returning too early is where the real danger lies."',
    'l.txt': 'Hague\n\nHe also told the paper he hopes to remain MP for Richmond, North Yorks, and start a family with wife Ffion.',
    'm.txt': 'Henry\n\nArsenal striker Thierry Henry scored twice. Thierry Henry is the best player in Europe, said his coach.',
    'n.txt':
      '"Miss Bevan" is back behind the desk\n\nOn Saturday Eirlys Pugh was back behind the desk at Llanerwen Library. Mrs Pugh, 72, is still known to most of the town as "Miss Bevan", the name she went by when she started there. The volunteer coordinator will be Mrs Eirlys Pugh, the council said.',
  })

  it('reads a brigadier as a rank, and finds someone by the middle name they go by, a slip in it', () => {
    const ankrah = person('kwasi ankrah')
    expect(ankrah?.name).toBe('Emmanuel Kwesi Ankrah')
    expect(ankrah?.articles).toEqual(['a.txt', 'b.txt'])
    expect(ankrah?.roles).toContain('task force commander')
    expect(person('kwesi ankrah')).toBe(ankrah)
  })

  it('reads an office "for" its fields before a comma, and past the name\'s own title after it', () => {
    expect(person('asante-mensah')?.roles).toEqual(['Minister for Lands and Natural Resources', 'MP'])
    // Not a place after an office a verb gives.
    expect(people().map((p) => p.name)).not.toContain('North Yorks')
  })

  it('sets a Japanese honorific after a name aside, and gives a lone surname to the one of two holding the office it is given', () => {
    const sato = person('hiroshi sato')
    expect(sato?.articles).toEqual(['c.txt', 'd.txt'])
    expect(person('keiko sato')?.articles).toEqual(['c.txt'])
    expect(people().map((p) => p.name)).not.toContain('Satō-san')
    // A long "o" typed as "oh" or "ou".
    expect(person('hiroshi satoh')).toBe(sato)
    expect(person('satou')).toBe(sato)
  })

  it('reads a nickname given in the predicate, and "Doctor" before a name as an honorific', () => {
    const doctor = person('doctor nelu')
    expect(doctor?.name).toBe('Ion Grigoraș')
    expect(doctor?.articles).toEqual(['e.txt', 'f.txt'])
  })

  it('reads a nickname after "is still known … as", a styled word that is that nickname as its owner, and a title after "will be"', () => {
    const pugh = person('eirlys bevan')
    expect(pugh?.name).toBe('Eirlys Pugh')
    expect(pugh?.mentions).toBe(4)
    expect(people().map((p) => p.name)).not.toContain('Miss Bevan')
    // A title someone is to hold: "The volunteer coordinator will be Mrs Eirlys Pugh".
    expect(pugh?.roles).toEqual(['volunteer coordinator'])
  })

  it('reads a title held at a named place after a copula, not an adjective\'s "the best player in Europe"', () => {
    expect(person('ion grigoras')?.roles).toEqual(['family doctor in Broscăuți'])
    expect(person('thierry henry')?.roles).toEqual(['Arsenal striker'])
  })

  it('joins a maiden name given after "Mrs" alone, "of" a maiden name, and one "readers will remember her as", showing the name she has', () => {
    const whitfield = person('sharon doyle')
    expect(whitfield?.name).toBe('Sharon Whitfield')
    expect(whitfield?.articles).toEqual(['g.txt', 'h.txt'])
    const sinclair = person('mairi cameron')
    expect(sinclair?.name).toBe('Mairi Sinclair')
    expect(sinclair?.articles).toEqual(['i.txt', 'j.txt'])
  })

  it('reads what someone owns after an age, and finds a long surname typed with its vowels changed, not its consonants', () => {
    expect(person('eleni mavrou')?.roles).toEqual(['owns the 64-room Thalassa Blue hotel on the seafront in Potos'])
    expect(person('priya venkatramen')?.name).toBe('Priya Venkataraman')
    expect(person('priya venkatrasen')).toBeUndefined()
  })
})

describe('a nickname past what someone is, "remember you as", a rugby prop, a namesake in full (docs/quality.md, item 75)', () => {
  // Written for this test in a Japanese paper's English edition, a Pacific radio transcript, a
  // Finnish trade newsletter and two sports wires.
  const { person, people } = writtenCoverage({
    'a.txt':
      'Visa error\n\nTongan international Tevita Lolohea, the 30-year-old loosehead prop of the Hamamatsu Red Herons, was turned away at Narita. Lolohea, a 40-cap international known to Red Herons supporters as "Big Tev", had been due to fly on Monday. "One letter," Lolohea said. He lives in the city with his wife, Mele Lolohea, and their two daughters.',
    'b.txt':
      'Radio Tonga\n\nGuests: Mele Lolohea, wife of Tonga prop Tevita Lolohea (by phone from Hamamatsu)\n\nHOST: Now on the line from Hamamatsu we have Mele Lolohea. Mele, many listeners will remember you as Mele Vaipulu, when you played netball for Tonga.\n\nMELE LOLOHEA: Yes, that was a long time ago.',
    'c.txt': 'Port strike\n\nThe National Conciliator, Riitta-Liisa Kärkkäinen, has held talks with both sides. "Both parties are at the table," Kärkkäinen said.',
    'd.txt': 'Hurdles\n\nOlympic champion Joanna Hayes won again in Madrid. "It is one of the biggest honours," Hayes said.',
    'e.txt': 'Six Nations\n\nLate scores from John Hayes and Gavin Duffy sealed victory. Peter Stringer put giant prop Hayes over in the right corner.',
  })

  it('reads a nickname given after what someone is ("a 40-cap international known to … as")', () => {
    expect(person('big tev')?.name).toBe('Tevita Lolohea')
    expect(person('tevita lolohea')?.roles).toContain('loosehead prop of the Hamamatsu Red Herons')
  })

  it('joins the name an interviewer says listeners remember a guest by', () => {
    expect(person('mele vaipulu')?.name).toBe('Mele Lolohea')
  })

  it('reads a conciliator as a title', () => {
    expect(person('karkkainen')?.roles).toEqual(['National Conciliator'])
  })

  it('never gives a titled surname to a namesake from another story when the article names someone else by it in full', () => {
    expect(person('joanna hayes')?.articles).toEqual(['d.txt'])
    expect(people().find((p) => p.name === 'Joanna Hayes')?.roles).toEqual(['Olympic champion'])
  })
})

describe('names read on a coverage of a hospital hack and a fishing quota (docs/quality.md, item 76)', () => {
  // Written for this test as a wire, a trade newsletter, an explainer and a radio interview write them.
  const { person, people } = writtenCoverage({
    'wire.txt':
      'Hospital hit by ransomware\n\n' +
      'Lieutenant Colonel Tomáš Vrba of the National Centre Against Organised Crime, who is leading the inquiry, said investigators were examining a contractor\'s account.\n\n' +
      '"It is one line of inquiry, not a conclusion," Vrba said.\n',
    'newsletter.txt':
      'Quota cut angers industry\n\n' +
      'SNP president Jorge Luis Benavides Ordóñez called the quota set on the advice of scientist Ximena Chumpitaz "a decision taken with one eye closed".\n\n' +
      '"A quota of this size barely covers the fixed costs of the fleet," Benavides said in a statement.\n',
    'explainer.txt':
      'What does the quota mean?\n\n' +
      'Ximena Chumpitaz found many juveniles. The National Fisheries Society says the stock is healthy. Its president, Jorge Luis Benavides, has warned of export losses.\n\n' +
      '"When the big boats come inside the five miles, they take in one night what we catch in a month," said Eusebio "Chebo" Quispe Huamán, president of the Chimbote Artisanal Fishers\' Federation.\n',
    'interview.txt':
      'HOST: Are the big boats fishing inside the zone?\n\n' +
      'CHUMPITAZ: That is a question for the ministry. Chebo Quispe and his people have been saying this for years, and the data are on their side.\n',
  })

  it('reads a body whose name has a capitalised connector whole, and no one in its last words', () => {
    expect(person('lieutenant colonel vrba')?.roles).toContain('National Centre Against Organised Crime')
    expect(people().map((p) => p.name)).not.toContain('Organised Crime')
  })

  it('joins two given names and a first surname to the name with both surnames', () => {
    const benavides = person('benavides')!
    expect(benavides.articles).toEqual(['explainer.txt', 'newsletter.txt'])
    expect([benavides.name, ...benavides.aliases]).toEqual(expect.arrayContaining(['Jorge Luis Benavides Ordóñez', 'Jorge Luis Benavides']))
  })

  it('finds a nickname with the first of two surnames', () => {
    expect(person('chebo')?.articles).toEqual(['explainer.txt', 'interview.txt'])
  })
})

describe('a nickname after "whom everybody calls", one with its article, a commandant (docs/quality.md, item 80)', () => {
  // Written for this test in a Maltese local paper's and a resident's blog's styles, and a wire's.
  const { person } = writtenCoverage({
    'paper.txt':
      'Tower refused\n\nSalvu Camilleri, 67, who has fished from the harbour for fifty years and is known in the village as il-Qarnita, said he had signed the appeal.\n',
    'blog.txt': 'Marsaxlokk diary\n\nI went to find Salvu Camilleri, whom everybody calls il-Qarnita because he could catch an octopus with his bare hands. "Today somebody said no," he told me.\n',
    'wire.txt': 'Cholera in camp\n\nSettlement commandant Geoffrey Okumu said 14 tankers were making daily runs. "No one in this settlement will go thirsty," Okumu said.\n',
  })

  it('reads the name others call someone in a clause after their name, and a nickname opening with its article', () => {
    expect(person('il-qarnita')?.name).toBe('Salvu Camilleri')
    expect(person('qarnita')?.articles).toEqual(['blog.txt', 'paper.txt'])
  })

  it('reads "commandant" as a title, so a lookup by it finds the one who holds it', () => {
    expect(person('commandant okumu')?.name).toBe('Geoffrey Okumu')
  })
})

describe("a body's name printed untranslated (docs/quality.md, item 79)", () => {
  // Written for this test as a wire and an explainer on a Bolivian lithium contract write them.
  const { people } = writtenCoverage({
    'wire.txt':
      'Lithium deal challenged\n\nThe state lithium company, Yacimientos de Litio Bolivianos, said the contract was legal. Its president, Rodrigo Vargas Lima, said the company had consulted widely.\n',
    'explainer.txt':
      'Who is lending?\n\nBanco de la Nación Argentina said it would lend $200m. The Vigo-based Grupo Mareira said it would buy the plant, according to Instituto Nacional de Estadística figures.\n',
  })

  it('reads a name opening with a Spanish, Portuguese, French or Italian word for a body as no one', () => {
    const names = people().map((p) => p.name)
    for (const body of ['Yacimientos de Litio Bolivianos', 'Banco de la Nación Argentina', 'Grupo Mareira', 'Instituto Nacional de Estadística']) expect(names).not.toContain(body)
    expect(names).toContain('Rodrigo Vargas Lima')
  })
})

describe('names read on a coverage of a whale stranding and a curling disqualification (docs/quality.md, item 77)', () => {
  // Written for this test as a wire and a Winnipeg paper write them.
  const { person } = writtenCoverage({
    'wire.txt':
      'Pilot whales stranded at Trial Harbour\n\n' +
      'Marine biologist Dr Imogen Fairweather, who is advising the rescue, said pilot whales were highly social. "When one or two get into trouble, the rest of the pod will not leave them," she said.\n',
    'curling.txt':
      'Team Brassard disqualified\n\n' +
      'Nova Scotia skip Heather MacInnes said her team had acted within the rules. "We asked a question, the officials answered it," MacInnes said.\n\n' +
      'Australian Nicole Pratt will next face compatriot Alicia Molik.\n',
  })

  it('keeps the noun that says what kind before a word for a kind of person', () => {
    expect(person('fairweather')?.roles).toEqual(['Marine biologist'])
    // Not a verb's object: "face" is no kind of compatriot.
    expect(person('molik')?.roles ?? []).not.toContain('face compatriot')
  })

  it('finds a "Mac" typed "Mc" with a slip besides', () => {
    expect(person('Heather McInnis')?.name).toBe('Heather MacInnes')
    expect(person('mcinnis')?.name).toBe('Heather MacInnes')
  })
})

describe('names read on a coverage of a tram crash, a pipeline ruling and a cocoa buyer (docs/quality.md, item 81)', () => {
  // Written for this test as an explainer, a Kraków paper, a column, a nation's statement and a Swiss paper write them.
  const { person, people } = writtenCoverage({
    'explainer.txt':
      'Was the driver to blame?\n\nAlmost certainly not. The driver, Oleksandr Tkachuk, a 44-year-old who moved to Kraków from Lviv in 2014, was sober and travelling at 18 km/h when the line 9 tram left the rails at Rondo Grzegórzeckie.\n',
    'paper.txt':
      'Tram crash: residents warned\n\nThe line 9 tram derailed on the curve at Rondo Grzegórzeckie. The driver, 44-year-old Ołeksandr Tkaczuk, who came to Poland from Ukraine twelve years ago, was not injured.\n\n' +
      'That should mitigate some of the risk, both for Carnival and its main competitor, Royal Caribbean. His predecessor, Marek Wolny, had chaired the transport board since 2019.\n',
    'column.txt':
      'Listen to the elders\n\nRosalie Paul is 86 years old. Everyone in the village calls her Granny Rose, and she is not a woman who wastes words.\n',
    'statement.txt':
      'Statement of the Nation\n\nThe Nation is especially grateful to Elder Rosalie Paul, affectionately known as Granny Rose, whose evidence was central to the decision.\n',
    'swiss.txt':
      'Chocolate maker pauses orders\n\n"We will not walk away from these farmers, and we will not pretend that nothing happened," Régis Aebischer, the company\'s chief executive and the fourth generation of his family to run it, said in an interview.\n',
  })

  it('reads a full name after a word for a kind of person and its comma as a person, and gives them that word', () => {
    const driver = person('aleksandr tkachuk')!
    expect([driver.name, ...driver.aliases]).toEqual(expect.arrayContaining(['Oleksandr Tkachuk', 'Ołeksandr Tkaczuk']))
    expect(driver.roles).toContain('driver')
    expect(driver.articles).toEqual(['explainer.txt', 'paper.txt'])
  })

  it('reads a name given an age as a person: "is 86 years old", "44-year-old" before it', () => {
    expect(person('rosalie paul')?.articles).toEqual(['column.txt', 'statement.txt'])
    expect(person('granny rose')?.name).toBe('Rosalie Paul')
    expect(person('elder paul')?.roles).toContain('Elder')
  })

  it('names no firm by the words business news puts before one ("its main competitor, Royal Caribbean,")', () => {
    expect(people().map((p) => p.name)).not.toContain('Royal Caribbean')
  })

  it('shows who someone is to another only when nothing says what they are', () => {
    expect(person('marek wolny')?.roles).toEqual(['predecessor'])
  })

  it('reads a title cut before a second description after "and", and who speaks after it', () => {
    const aebischer = person('aebischer')!
    expect(aebischer.roles).toEqual(["company's chief executive"])
    expect(aebischer.statements.map((s) => s.text)).toEqual([expect.stringContaining('We will not walk away from these farmers')])
  })
})

describe('a role that says who someone is to another, beside one that says what they are', () => {
  const { person } = writtenCoverage({
    'a.txt': 'Reshuffle\n\nHis predecessor, David Blunkett, resigned. Former home secretary David Blunkett said he would stay an MP.\n',
  })

  it('shows what they are, not "predecessor"', () => {
    expect(person('blunkett')?.roles).toEqual(['Former home secretary'])
  })
})

describe('a Quechua name in the "w" its own spelling writes for Spanish "hu" (docs/quality.md, item 81)', () => {
  const { person } = writtenCoverage({
    'a.txt': 'Lake alert\n\nFortunato Huamán, president of the Pumapampa peasant community, said 30 families refused to leave. Premier Huang Ming said nothing. "We will go," Huamán said.',
  })

  it('finds Huamán asked as "Waman", not a Chinese Huang asked as "Wang"', () => {
    expect(person('fortunato waman')?.name).toBe('Fortunato Huamán')
    expect(person('wang ming')).toBeUndefined()
  })
})

describe('suggestPeople', () => {
  it.each([
    ['', 3, ['Donald Trump', 'Vladimir Putin', 'Volodymyr Zelensky']],
    ['zel', 25, ['Volodymyr Zelensky']],
    ['ma', 25, ['Emmanuel Macron', 'Mark Rutte']],
    ['costa', 25, ['António Costa']],
    ['ant', 25, ['António Costa']],
    ['enskyy', 25, ['Volodymyr Zelensky']],
  ])('%j (limit %i) → %j', (typed, limit, names) => {
    expect(suggestPeople(people, typed, limit).map((p) => p.name)).toEqual(names)
  })
})

describe('dev set', () => {
  it('scores article recall and precision over the cards, not only exact sets', () => {
    const person = { name: 'Emmanuel Macron', aliases: [], roles: ['French President'], articles: ['a.txt', 'x.txt'], mentions: 2, statements: [] }
    const scores = scoreLeaders(
      [{ id: 'l1', query: 'macron', expect: 'found', names: ['Emmanuel Macron'], roles: [['French', 'President']], articles: ['a.txt', 'b.txt'] }],
      () => ({ query: 'macron', found: true, person, suggestions: [] }),
    )
    expect(scores).toMatchObject({ articleRecall: 0.5, articlePrecision: 0.5, articleSetExactMatch: 0, leader: 0 })
  })

  it('gets every leader of test/eval/dev.json fully right', () => {
    const scores = scoreLeaders(dev.leaders as DevLeader[], (q) => lookupLeader(people, q))
    expect(scores).toEqual({
      lookups: 5,
      foundRate: 1,
      canonicalNameAccuracy: 1,
      roleKeywordAccuracy: 1,
      articleSetExactMatch: 1,
      articleRecall: 1,
      articlePrecision: 1,
      statementsRecall: 1,
      falsePositiveRate: 0,
      leader: 1,
      misses: [],
    })
  })
})
