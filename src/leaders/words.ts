// Closed lists of English grammar the extractor needs: title words, honorifics, name particles,
// function words and speech verbs. No person names: who is a person is learned from the text.

/** Head nouns of a title: the word right before a name that says what the person is. */
export const TITLE_HEADS = new Set([
  // offices
  'president', 'chancellor', 'minister', 'premier', 'secretary', 'secretary-general',
  'envoy', 'chief', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair',
  'executive', 'director', 'director-general', 'boss', 'governor', 'senator', 'congressman', 'congresswoman',
  'mayor', 'ambassador', 'commissioner', 'controller', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh',
  'judge', 'justice', 'lawyer', 'attorney', 'prosecutor', 'counsel', 'adviser', 'advisor', 'aide', 'negotiator',
  'diplomat', 'official', 'officer', 'head', 'founder', 'owner', 'treasurer', 'whip', 'speaker',
  'mp', 'mep', 'msp', 'ceo', 'cfo', 'cto', 'coo', 'colonel', 'brigadier', 'lieutenant', 'sergeant', 'admiral', 'commander', 'commandant', 'inspector',
  'superintendent', 'detective', 'constable', 'economist', 'analyst', 'professor', 'editor', 'correspondent',
  'campaigner', 'activist', 'candidate', 'sheriff', 'marshal', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'alderman', 'assemblyman', 'assemblywoman', 'representative', 'taoiseach', 'tanaiste', 'cllr', 'cr', 'mec', 'mpp', 'mla',
  'mna', 'td',
  // professions papers put before a name or in an appositive ("a plant scientist at…", "consultant
  // in public health", "convener of the committee", "engineer Romualdo Sarmiento")
  'consultant', 'convener', 'convenor', 'scientist', 'researcher', 'engineer', 'physician', 'surgeon',
  'registrar', 'investigator', 'neurologist', 'volcanologist', 'seismologist', 'epidemiologist', 'virologist',
  'advocate', 'farmer', 'grower', 'chairperson', 'chef', 'steward',
  // who settles disputes ("The National Conciliator, Riitta-Liisa Kärkkäinen,", "the ombudsman")
  'conciliator', 'mediator', 'arbitrator', 'ombudsman',
  // care and teaching ("Tendai Moyo, lead research nurse for the trial")
  'nurse', 'midwife', 'paramedic', 'pharmacist', 'dentist', 'teacher', 'headteacher', 'headmaster', 'headmistress', 'principal', 'lecturer',
  'veterinarian', 'vet', 'coordinator', 'co-ordinator', 'administrator', 'curator', 'architect', 'physiotherapist', 'therapist',
  'provost', 'rector', 'bursar', 'chaplain',
  // travel and the mountains ("a guide with 20 years of experience", "its pilot Capt. Suresh Lamichhane")
  'guide', 'pilot',
  // law, faith and the emergency services ("the petitioner, Grace Kihoro,", "barrister Emma Lyle"),
  // and a community's or a church's elder ("Elder Rosalie Paul", "Kw'eyts'in elder Rosalie Paul")
  'barrister', 'solicitor', 'petitioner', 'claimant', 'appellant', 'priest', 'imam', 'rabbi', 'bishop', 'archbishop', 'cardinal',
  'pastor', 'vicar', 'firefighter', 'policeman', 'policewoman', 'fisherman', 'fisherwoman', 'elder',
  // money: how papers place owners and backers ("US tycoon Malcolm Glazer", "American investor
  // Brad Whitcomb", "a Denver-based private equity investor")
  'investor', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'millionaire', 'entrepreneur',
  'financier', 'magnate', 'banker', 'industrialist', 'philanthropist',
  // sport
  'coach', 'manager', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger',
  'forward', 'full-back', 'fly-half', 'scrum-half', 'prop', 'centre', 'player', 'champion', 'sprinter', 'athlete',
  'runner', 'boxer', 'golfer', 'cyclist', 'jockey', 'trainer', 'batsman', 'bowler', 'skipper', 'team-mate',
  'opener', 'wicketkeeper', 'all-rounder', 'pacer', 'paceman', 'seamer', 'spinner',
  'marathoner', 'footballer', 'cricketer', 'swimmer', 'rower', 'wrestler', 'skier', 'climber', 'referee',
  'grandmaster', 'master', 'commentator', 'olympian', 'paralympian',
  // chess's titles as papers abbreviate them ("Poland's GM Grzegorz Wierzbicki"), GM a general manager's too; not "IM", a Korean surname as "Im"
  'gm', 'wgm',
  // curling's and bowls' captain ("Swedish skip Henrik Lindqvist")
  'skip',
  'seed', 'star',
  // arts and media
  'actor', 'actress', 'singer', 'presenter', 'host', 'producer', 'author', 'writer', 'novelist', 'comedian',
  'rapper', 'musician', 'drummer', 'guitarist', 'designer', 'artist', 'songwriter', 'frontman', 'director',
  'film-maker', 'filmmaker', 'playwright', 'dj', 'broadcaster', 'journalist', 'star', 'pundit', 'impresario',
])

/**
 * Professions named by their endings, beyond the list: "the consultant geriatrician who led the
 * study", "paediatrician", "psychiatrist", "hydrologist", "photographer". Seven letters or more.
 * And kinds of fisherman ("crayfisherman Bruce McAlister").
 */
const PROFESSION_ENDING = /^[a-z]{3,}(?:ologist|ician|iatrist|ographer|fisherman)$/

/** A head noun of a title (TITLE_HEADS), or a profession by its ending, also shared, past or second ("co-president", "ex-minister", "Vice-Chancellor"). */
export function isTitleHead(key: string): boolean {
  const held = /^(?:co|ex|vice)-(.+)$/.exec(key)?.[1]
  return isHeadNoun(key) || (held !== undefined && isHeadNoun(held))
}
const isHeadNoun = (key: string) => TITLE_HEADS.has(key) || PROFESSION_ENDING.test(key)

/** Words that qualify a title ("Prime Minister", "Foreign Minister", "Secretary of State") but are not its head. */
export const TITLE_MODIFIERS = new Set([
  'prime', 'foreign', 'deputy', 'vice', 'former', 'acting', 'interim', 'shadow', 'junior', 'senior', 'assistant',
  'general', 'home', 'press', 'federal', 'first', 'state', 'chief', 'lord', 'high', 'grand', 'supreme', 'lead',
  'managing', 'principal', 'executive', 'finance', 'defence', 'defense', 'health', 'trade', 'culture', 'education',
  'interior', 'economy', 'treasury', 'justice', 'labour', 'environment', 'transport', 'media', 'sports', 'sport',
  'world', 'national', 'international', 'party', 'opposition', 'cabinet', 'union', 'club', 'team', 'veteran', 'top',
  // Portfolios beyond the classic ones ("Regional Economy Minister", "Housing Secretary"); not
  // "local" or "energy", which open names in BBC's news ("Energy Murambadoro", "Flight's local").
  'regional', 'housing', 'agriculture', 'development', 'security', 'communications', 'industry',
  'business', 'employment', 'climate', 'digital', 'infrastructure', 'public', 'works', 'tourism', 'transportation',
  'immigration', 'fisheries', 'welfare', 'pensions',
  // "returning officer Claudette Spence-Bryan": who runs a count in a Westminster-style election;
  // "Presiding judge Annelies van der Werff": who leads a bench.
  'returning', 'presiding',
])

/**
 * Titles as American wire copy abbreviates them before a name, always with a full stop ("Gov.
 * Miriam Castellanos", "state Sen. Warren Pike"), with the word each stands for. Only with the
 * stop: "Sen" alone is a surname (Amartya Sen).
 */
export const ABBREVIATED_TITLES = new Map(
  Object.entries({
    gov: 'governor', sen: 'senator', rep: 'representative', lt: 'lieutenant', gen: 'general', sgt: 'sergeant',
    col: 'colonel', capt: 'captain', cmdr: 'commander', cdr: 'commander', supt: 'superintendent', atty: 'attorney', det: 'detective',
  }),
)

/**
 * Titles abbreviated with no full stop, as British, Irish and Australian papers write them before
 * a name ("Cllr Máire O'Donovan", "Cr Rebecca Tran"), with the word each stands for. Title heads
 * too: neither is ever a name.
 */
export const SHORT_TITLES = new Map(Object.entries({ cllr: 'councillor', cr: 'councillor' }))

/** A company's offices by their initials, as members type them ("celine the port ceo", "who's the cto"), and the words papers write instead. */
export const OFFICE_INITIALS = new Map(
  Object.entries({ ceo: ['chief', 'executive'], cfo: ['chief', 'financial'], coo: ['chief', 'operating'], cto: ['chief', 'technology'] }),
)

/**
 * Titles as members type them from the coverage of Spanish-, Portuguese-, Italian-, French- and
 * Amharic-speaking countries ("comandante fontes", "presidente lula"), with the English title
 * the coverage gives: a lookup reads them as that title. Folded, as lookups are.
 */
export const FOREIGN_TITLES = new Map(
  Object.entries({
    comandante: 'commander', presidente: 'president', presidenta: 'president',
    ministro: 'minister', ministra: 'minister', ministre: 'minister', alcalde: 'mayor', alcaldesa: 'mayor', prefeito: 'mayor',
    prefeita: 'mayor', sindaco: 'mayor', maire: 'mayor', juez: 'judge', jueza: 'judge', juiz: 'judge', juiza: 'judge',
    gobernador: 'governor', governador: 'governor', senador: 'senator', senadora: 'senator', diputado: 'deputy',
    diputada: 'deputy', deputado: 'deputy', deputada: 'deputy', capitan: 'captain', capitao: 'captain', capitano: 'captain',
    entrenador: 'coach', treinador: 'coach', allenatore: 'coach', doutor: 'dr', doutora: 'dr', doctora: 'dr',
    // Amharic styles, as Ethiopian papers and aid workers write them before a given name ("Ato
    // Tsegaye"): in a lookup only, where Ghana's given name Ato still finds its surname.
    ato: 'mr', woizero: 'mrs', weizero: 'mrs',
  }),
)

/** Written after a surname: "Jr", "Sr." (American), "Jnr", "Snr" (British), a regnal number ("Nana Kwaku Amoako III"). */
export const REGNAL_NUMBERS = new Set(['ii', 'iii', 'iv'])
export const GENERATION_SUFFIXES = new Set(['jr', 'sr', 'jnr', 'snr', ...REGNAL_NUMBERS])

/** Honorifics: evidence of a person, not a role ("Mr Blair" is Blair; "Mr" is not what he is). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'rev', 'reverend', 'prof',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'prince', 'princess', 'king', 'queen', 'pope',
  // As Kenyan, Nigerian and Ghanaian papers style people: "Eng Grace Omondi" (an engineer),
  // "Alhaji Musa Danladi", "Hajiya Hauwa Maigari" (who have made the pilgrimage).
  'eng', 'engr', 'alhaji', 'alhaja', 'hajiya', 'hajia',
  // South African papers style an advocate "Adv Nomvula Qwabe-Sithole".
  'adv',
  // Nigerian papers a barrister "Barr. Chidi Okafor", and a union leader "Comrade Ibrahim
  // Danjuma"; East African papers an elder "Mzee Birgen", and a teacher "Mwalimu Josphat
  // Langat" (as Tanzania still calls Nyerere).
  'barr', 'comrade', 'mzee', 'mwalimu',
  // The religious, and a ward's senior nurse as Commonwealth hospitals title one: "Sister Agnes
  // Mokoena" (a nun, the school's principal), "Nursing Sister L. Sehloho", "Fr Benoît Gagné". Not
  // "Father" or "Brother" written out: BBC's "Father Christmas", "Big Brother".
  'sister', 'sr', 'sr.', 'fr', 'fr.',
  // Ranks as British and Irish papers shorten them before a name, without a stop: styles, like
  // "Dr" ("Supt Declan Moriarty", "Det Sgt Ann Lowe", "Lt Col Eric Schnaible", a coast guard's
  // "Cdr Ramon Villareal", as Philippine papers write it); capitalised only,
  // so a team sheet's "(capt)" is no one's.
  'supt', 'sgt', 'insp', 'det', 'cmdr', 'cdr', 'capt', 'lt', 'col', 'maj', 'brig', 'cpl', 'radm', 'vadm',
  // Malaysian styles ("Datuk J. Arumugam", "Puan Zaiton Abu Bakar", "Ir Chan Kah Seng", an
  // engineer) and Māori ones ("Kaumātua Aperahama Te Whare", "Matua Abe").
  'datuk', 'dato', 'datin', 'puan', 'encik', 'tun', 'haji', 'hajjah', 'ir', 'kaumatua', 'matua',
  // Ghanaian and Togolese ones: a chief or queen mother "Nana Kwaku Amoako III", an Ewe chief
  // "Togbui Agbesi Amégbédji IV", an elder "Opanin Yaw Darko-Amponsah", a woman "Madam Abena",
  // a market trader "Auntie Comfort Badu".
  'nana', 'togbui', 'togbe', 'opanin', 'madam', 'auntie',
  // Portuguese and Spanish ones, before a woman's given name: "Dona Fátima", "Doña Nélida".
  'dona',
  // Indian ones: "Shri Harshvardhan Kothari", "Smt Meena Iyer" (not "Sri", which starts Sri Lanka).
  'shri', 'shrimati', 'smt',
])

/**
 * Styles that also head the names of gods, temples and institutions ("the Shri Swaminarayan Mandir
 * Temple", "Shri Ram College"): read past like any style, but no evidence of a person by themselves.
 */
export const STYLES_NOT_ONLY_FOR_PEOPLE = new Set(['shri'])

/** Styles of two words: "Tan Sri Wong Kah Mun" ("Tan" alone is a surname), "Datuk Seri", "Toh Puan". */
export const TWO_WORD_STYLES = new Set(['tan sri', 'datuk seri', 'dato seri', 'dato sri', 'toh puan'])

/**
 * Honorifics as papers write them with a full stop, without it ("Dr. Tomasz Wierzbicki"): those
 * above written with one, and "Engr.", "Atty." (a lawyer, in Philippine papers), Nigerian
 * "Hon." for a legislator and "Ing." for an engineer (Ghanaian, Latin American and Central European
 * papers: "Ing. Dr. Abena Serwaa Kyei-Baffour"), only ever so.
 */
export const STOPPED_HONORIFICS = new Set([...[...HONORIFICS].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1)), 'engr', 'atty', 'hon', 'adv', 'barr', 'ing'])

/** Styles followed by a given name, not a surname: "Sir Howard" is Sir Howard Stringer, not Michael Howard. */
export const GIVEN_NAME_STYLES = new Set(['sir', 'dame', 'prince', 'princess', 'king', 'queen', 'pope', 'dona', 'sister', 'sr', 'sr.'])

/** Peerages: "Lord Goldsmith", "Baroness Kennedy" name a peer, not whoever else shares the word. */
export const PEERAGE_STYLES = new Set(['lord', 'lady', 'baroness', 'baron'])

/** Honorifics that say whether a person is a man or a woman: "Mrs Blair" is not Mr Blair. */
export type Sex = 'm' | 'f'

export const HONORIFIC_GENDER: Record<string, Sex> = {
  mr: 'm', 'mr.': 'm', sir: 'm', lord: 'm', baron: 'm', king: 'm', prince: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dame: 'f', lady: 'f', baroness: 'f', queen: 'f', princess: 'f', madam: 'f', auntie: 'f', dona: 'f',
  shri: 'm', shrimati: 'f', smt: 'f',
}

/** Kinds of organisation and work a name may follow ("anti-virus firm Sophos", "hit film Amelie"): the name is one, not a person. */
export const ORGANISATION_KINDS = new Set([
  'firm', 'firms', 'company', 'companies', 'giant', 'group', 'maker', 'manufacturer', 'provider', 'operator', 'bank',
  'organisers', 'organizers', 'analysts', 'consultancy', 'distributor', 'club', 'side', 'team', 'regulator', 'retailer',
  'carrier', 'airline', 'network', 'chain', 'studio', 'label', 'agency', 'site', 'fansite', 'website', 'film', 'show',
  'band', 'newspaper', 'paper', 'magazine', 'brand', 'charity', 'party', 'union', 'body', 'watchdog', 'insurer', 'lender',
])

/** What a company's registered name ends in: "OwoPay Mobile Services Limited", "Acme Holdings plc". Never a surname. */
export const COMPANY_ENDINGS = new Set(['limited', 'ltd', 'plc', 'inc', 'incorporated', 'llc', 'llp', 'gmbh', 'holdings'])

/**
 * Last words of a body's name, never of a person's: "Allander Institute", "Simon Wiesenthal
 * Center", "Electoral Commission", "Kraal Syndicate". Not words that are also surnames (Court,
 * Banks, Trust) nor "Group" or "Party", which close no name a paper gives a person either but
 * are rare enough to leave to the evidence.
 */
export const INSTITUTION_WORDS = new Set([
  'institute', 'institution', 'center', 'centre', 'commission', 'committee', 'council', 'authority', 'agency',
  'ministry', 'department', 'association', 'federation', 'tribunal', 'foundation', 'corporation', 'university',
  'society', 'organisation', 'organization', 'syndicate', 'league', 'union', 'consortium', 'directorate',
])

/**
 * Words that open a body's name in Spanish, Portuguese, French or Italian, as papers print it
 * untranslated: "Yacimientos de Litio Bolivianos", "Banco de la Nación Argentina", "Instituto
 * Nacional de Estadística", "Société Générale". No one's name begins with them.
 */
export const FOREIGN_BODY_HEADS = new Set([
  'banco', 'banca', 'banque', 'caixa', 'caisse', 'instituto', 'institut', 'istituto', 'ministerio', 'ministério', 'ministère',
  'yacimientos', 'petróleos', 'petroleos', 'empresa', 'compañía', 'compania', 'companhia', 'corporación', 'corporacion', 'société', 'societe',
  'sociedad', 'sociedade', 'grupo', 'agencia', 'agência', 'agence', 'agenzia', 'comisión', 'comision', 'comissão', 'commissione',
  'consejo', 'conselho', 'conseil', 'consiglio', 'fundación', 'fundacion', 'fundação', 'fondation', 'fondazione', 'universidad', 'universidade',
  'università', 'université', 'asociación', 'asociacion', 'associação', 'federación', 'federacion', 'federação', 'sindicato', 'confederación',
  'secretaría', 'secretaria', 'superintendencia', 'procuraduría', 'fiscalía', 'fiscalia', 'defensoría', 'contraloría', 'dirección', 'direccion',
  'autoridad', 'servicio', 'serviço', 'ferrocarriles', 'aerolíneas', 'aerolineas', 'cooperativa', 'partido', 'movimiento', 'frente',
])

/** Lower-case particles inside names ("Ursula von der Leyen", "Dominique de Villepin"). */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'des', 'la', 'le', 'bin', 'ibn', 'al',
  'ben', 'dos', 'das', 'ter', 'ten', 'zu', 'y', 'dela', 'delos', 'los',
])

/**
 * Capitalised particles that begin a surname and are never a given name: Irish (Ó Dálaigh, Ní
 * Fhlatharta, Mac Cárthaigh, Nic Giolla) and Māori (Te Huia). Not "Van", "De", "Al" or "Ben":
 * Van Morrison, Al Gore and Ben Stokes are given names.
 */
export const SURNAME_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mhic', 'Ua', 'Mac', 'Te'])

/** Function words: capitalised at a sentence start, never part of a name. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if',
  'when', 'while', 'as', 'because', 'although', 'though', 'since', 'until', 'unless', 'whether', 'after',
  'before', 'during', 'with', 'without', 'within', 'despite', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of',
  'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'among', 'amid', 'amidst', 'through',
  'following', 'according', 'however', 'meanwhile', 'also', 'then', 'there', 'here', 'what', 'why', 'how',
  'where', 'who', 'whom', 'whose', 'which', 'another', 'other', 'some', 'many', 'most', 'all', 'any', 'each',
  'every', 'no', 'not', 'both', 'either', 'neither', 'such', 'last', 'next', 'one', 'two', 'three', 'ten',
  'yesterday', 'today', 'tomorrow', 'now', 'still', 'even', 'only', 'just', 'once', 'instead', 'indeed',
  'asked', 'speaking', 'writing', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'dear', 'oh', 'yes', 'please', 'like',
  'unlike', 'via', 'per', 'plus', 'minus', 'towards', 'toward', 'upon', 'across', 'around', 'behind', 'beyond',
  'mrs', 'mr', 'ms',
])

/** Words right before a name that make it a thing or a place, not a person ("the White House", "in Eastern Europe"). */
export const NOT_PERSON_BEFORE = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'in', 'at', 'near', 'inside', 'outside'])

/** Prepositions: a name right after one is an object, not the subject of a speech verb. */
export const PREPOSITIONS = new Set([
  'with', 'to', 'by', 'about', 'of', 'for', 'between', 'on', 'against', 'from', 'among', 'like', 'than',
  'into', 'towards', 'under', 'over', 'behind', 'after', 'before', 'unlike', 'beside',
])

/** Speech and reporting verbs, every form we attribute. -ing forms attach to the clause's subject. */
export const SPEECH_VERBS = new Set([
  // Nouns with the same spelling ("heads of state", "a warning", "his claims", "comments") are left out.
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'stated', 'stating',
  'warn', 'warns', 'warned', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise',
  'emphasises', 'emphasised', 'emphasising', 'stressed', 'stressing', 'insist', 'insists',
  'insisted', 'insisting', 'adds', 'added', 'adding', 'argue', 'argues', 'argued', 'arguing',
  'claimed', 'claiming', 'announce', 'announces', 'announced', 'announcing', 'explain', 'explains',
  'explained', 'explaining', 'noted', 'noting', 'mention', 'mentions', 'mentioned',
  'mentioning', 'urge', 'urges', 'urged', 'urging', 'declare', 'declares', 'declared', 'declaring', 'suggest',
  'suggests', 'suggested', 'suggesting', 'admit', 'admits', 'admitted', 'admitting', 'acknowledges',
  'acknowledged', 'deny', 'denies', 'denied', 'denying', 'confirm', 'confirms', 'confirmed',
  'confirming', 'replied', 'responded', 'commented', 'spoke', 'predicted', 'predicts',
  'promised', 'pledged', 'vowed', 'believes', 'believed', 'expressed', 'expressing', 'assured',
  'assuring', 'wrote', 'writes', 'revealed', 'reveals', 'described', 'describes', 'conceded', 'concedes',
  'accused', 'accuses', 'criticised', 'criticized', 'praised', 'welcomed', 'dismissed', 'questioned',
  'asked', 'recalled', 'recalls', 'maintains', 'maintained', 'hoped', 'disagreed', 'signaled', 'signalled',
  // As Nigerian, Indian and translated papers attribute words ("…," the Chief Medical Director
  // remarked; «…», affirmed the president; he disclosed that…). Not "remarks", a noun as often.
  'remarked', 'affirmed', 'affirms', 'disclosed', 'discloses', 'observed', 'cautioned', 'asserted', 'asserts',
  'reiterated', 'reiterates', 'lamented', 'quipped', 'joked', 'complained', 'countered', 'averred',
])

/**
 * Verbs that quote someone's words only when a quotation follows ('Achterberg called the plan "a
 * slow-motion demolition"', 'branding it "a betrayal"'); alone they name things ("a group called").
 */
export const NAMING_VERBS = new Set(['called', 'calls', 'calling', 'branded', 'brands', 'branding', 'labelled', 'labeled', 'labelling', 'labeling', 'dubbed'])

/** Words between a subject and its speech verb that do not break the link ("Trump has also expressed"). */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'then', 'again', 'repeatedly',
  'previously', 'recently', 'once', 'had', 'did', 'does', 'do', 'continues', 'continued', 'continue', 'to', 'went',
  'on', 'not', 'never', 'always', 'firmly', 'publicly', 'privately', 'reportedly', 'himself', 'herself',
])

/** Modal verbs, whose next words are a verb's ("will next face compatriot Alicia Molik"). */
export const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', "won't", "can't"])

/**
 * Parties and their members, written before a name like a nationality ("Tory Liam Fox", "Lib Dem
 * Norman Baker", "Liberal Democrat Charles Kennedy"): not a given name. The last word of a
 * two-word party is enough, as everything before it is dropped too.
 */
export const PARTY_WORDS = new Set([
  'conservative', 'conservatives', 'tory', 'tories', 'labour', 'dem', 'dems', 'democrat', 'democrats',
  'republican', 'republicans', 'ukip', 'snp', 'cymru',
])

/** Auxiliaries between a name and a title given after it ("Hoddle has been unveiled as ..."). */
export const PREDICATIVE_AUXILIARIES = new Set(['is', 'was', 'has', 'have', 'had', 'been', 'will', 'be', 'to', 'being', 'set'])

/** Verbs that give a person a title after "as" ("named as", "unveiled as", "confirmed as"). */
export const PREDICATIVE_VERBS = new Set([
  'named', 'appointed', 'unveiled', 'confirmed', 'installed', 'elected', 're-elected', 'chosen', 'picked',
  // "Deputy Mayor Chen Wei-ling will serve as acting mayor".
  'serve', 'serves', 'served',
])

/** Verbs that give a title after "over as": "Deputy mayor Wei-ling Chen takes over as stand-in mayor". */
export const TAKE_OVER_VERBS = new Set(['take', 'takes', 'took'])

/** Pronouns that continue the last speaker's statements ("He emphasized ..."). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she'])
export const PRONOUN_SEX: Record<string, Sex> = { he: 'm', she: 'f' }

/**
 * Words for who someone is to another person, not what they do: "his predecessor, David
 * Blunkett,", "her mother, Dorota Kowalczyk,". Evidence of a person, and a role only when the
 * coverage gives them no other (toPerson); so are the words for anyone ("the man, Jeremy Jaynes,").
 */
export const RELATION_NOUNS = new Set([
  'man', 'woman', 'person', 'individual',
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'parent', 'child',
  'grandfather', 'grandmother', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin',
  'widow', 'widower', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'partner', 'friend', 'colleague',
  'predecessor', 'successor', 'deputy', 'neighbour', 'neighbor', 'ally', 'companion', 'collaborator', 'mentor',
])

