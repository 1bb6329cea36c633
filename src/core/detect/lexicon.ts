/**
 * Hand-written general knowledge of news English used by the detector: titles, designator
 * words, calendar words, number words, function words. Nothing here is specific to any article.
 * Word sets hold lowercase forms unless noted.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/));

/** Abbreviations that keep their trailing period as part of the token ("Gen.", "Oct."). */
export const ABBREVIATIONS = set(
  'mr|mrs|ms|dr|gen|lt|lieut|col|maj|capt|cpt|sgt|adm|radm|vadm|brig|cmdr|comdr|gov|sen|rep|prof|rev|st|jr|sr|ft|mt|no|vs|inc|ltd|corp|co|' +
    'jan|feb|mar|apr|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|pres|supt|cpl|pvt|pfc|spc|pp|p|amb|hon|dept|univ|messrs|' +
    // US states in AP style ("Pasadena, Calif.")
    'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|vt|va|wash|wis|wyo',
);

/** Person titles (lowercase; multi-word ones space-joined). Capitalised before a name they are outside the span. */
export const TITLES = set(
  'mr|mr.|mrs|mrs.|ms|ms.|madam|presidents|senior general|senior gen.|senior gen|dr|dr.|gen|gen.|general|general of the army|vice-president|vice-chancellor|vice-premier|vice-admiral|lt|lt.|lieut|lieut.|lieutenant|col|col.|colonel|maj|maj.|major|capt|capt.|captain|sgt|sgt.|sergeant|' +
    'adm|adm.|admiral|vice adm|vice adm.|vice admiral|rear adm|rear adm.|rear admiral|brig|brig.|brigadier|cmdr|cmdr.|comdr|comdr.|lt. comdr.|lt. cmdr.|lieutenant commander|commander|air commodore|group captain|wing commander|squadron leader|flight lieutenant|marshal|field marshal|president|vice president|prime minister|minister|' +
    'treasury secretary|deputy treasury secretary|national security adviser|national security advisor|attorney general|' +
    'foreign minister|defense minister|defence minister|interior minister|finance minister|deputy minister|deputy prime minister|' +
    'secretary|secretary of state|defense secretary|defence secretary|press secretary|home secretary|foreign secretary|secretary-general|secretary general|' +
    'senator|sen|sen.|rep|rep.|representative|congressman|congresswoman|governor|gov|gov.|mayor|king|queen|prince|princess|crown prince|' +
    'sheikh|sheik|emir|amir|mullah|ustad|ustaz|qari|mawlawi|maulvi|mawlvi|haji|hajji|imam|ayatollah|grand ayatollah|hojatolislam|hojatoleslam|hojjat ol-eslam|pope|judge|justice|chancellor|ambassador|envoy|special envoy|' +
    'chief|chairman|chairwoman|spokesman|spokeswoman|spokesperson|deputy|commissioner|director|director-general|sir|dame|lord|lady|professor|prof|prof.|' +
    'rev|rev.|reverend|father|bishop|archbishop|patriarch|cardinal|sultan|speaker|premier|warlord|dr|lt. gen.|maj. gen.|brig. gen.|lt. col.|' +
    // hyphenated ranks as South Asian papers write them ("Maj-Gen Athar Abbas", "Lt-Col")
    'maj-gen|maj-gen.|lt-gen|lt-gen.|brig-gen|lt-col|lt-col.|major-general|lieutenant-general|brigadier-general|lieutenant-colonel|senior lt.|senior lieutenant|' +
    'lieutenant general|major general|brigadier general|lieutenant colonel|sergeant major|gen.|pvt|pvt.|private|cpl|cpl.|corporal|cadet|midshipman|specialist|' +
    'president-elect|grand ayatollah|grand mufti|grand imam|sgt. 1st class|sgt. first class|sergeant first class|master sgt.|master sergeant|staff sgt.|staff sergeant|first sgt.|sgt. maj.|tánaiste|tanaiste|taoiseach|minister of defense|minister of defence|minister of interior|acting minister|acting minister of defense|acting defense minister|acting president|senior fellow|fellow|chief executive|leader|fm|qari|pm|eam|hon|hon.|honorable|honourable|ranking member|senators|secretary of defense|secretary of defence|ko|daw|u|ma|colonel-general|col.-gen.|colonel general|army general|wing commander|squadron leader|group captain|air marshal|air vice marshal|air chief marshal|cllr|cllr.|councillor|councilor|coordinator|humanitarian coordinator|resident coordinator|special representative|high commissioner|state councilor|state councillor|first lady|majority leader|minority leader|senate majority leader|house speaker|adviser|advisor|security adviser|national security adviser|national security advisor|mp|mna|mpa|chief cabinet secretary|cabinet secretary|attorney general|state secretary|commander-in-chief|sec.|sec|chief of staff|chief of general staff|chief of the general staff|' +
    // honorifics and police ranks of West Africa and South Asia ("Alhaji", "Mallam", "ASP", "DSP", "Maulana")
    // U.S. and Israeli rank abbreviations as official texts write them ("LTG Herzi Halevi", "RAdm. Daniel Hagari"), South Asian police ranks
    'shri|shrimati|smt.|h.e.|vice senior general|vice senior gen.|vice-senior general|corps commander|ltg|mg|bg|ltc|radm|radm.|vadm|vadm.|rdml|ssg|sfc|sgm|csm|ssp|sho|dpo|' +
    'alhaji|alhaja|alh.|mallam|malam|maulana|mufti|pir|asp|dsp|csp|acp|dcp|aig|dig|igp|insp.|inspector|superintendent|inspector general|' +
    'assistant superintendent|deputy superintendent|commissioner of police|' +
    // enlisted and junior ranks ("Senior Airman Taylor Crul", "Staff Sgt. Ryan Knauss"); an oblast's or republic's "Head"
    'airman|senior airman|airman first class|staff sgt|staff sgt.|staff sergeant|master sgt|master sgt.|master sergeant|tech. sgt.|technical sergeant|' +
    'lance cpl|lance cpl.|lance corporal|pfc|pfc.|private first class|spc|spc.|petty officer|chief petty officer|seaman|corpsman|hospital corpsman|' +
    'warrant officer|chief warrant officer|ensign|commodore|first lieutenant|second lieutenant|1st lt.|2nd lt.|head|' +
    // ministers by their portfolio ("Acting Minister of Interior Sirajuddin Haqqani")
    'acting minister of interior|acting minister of defence|minister of foreign affairs|minister of information|minister of justice|minister of finance|' +
    'minister of health|minister of education|minister of economy|minister of commerce|acting interior minister|acting foreign minister|acting defence minister|special rapporteur|rapporteur|' +
    'secretary of homeland security|director of national intelligence|homeland security secretary|' +
    // officials of courts and the United Nations ("ICC Prosecutor Karim Khan", "UN Under-Secretary-General Tom Fletcher")
    // Pakistani army ranks ("Havaldar Sabir Hussain", "Lance Naik Ghulam Farid") and British honorifics ("The Rt Hon")
    'prophet|havaldar|lance havaldar|havildar|lance havildar|naik|lance naik|sepoy|subedar|naib subedar|subedar major|sowar|rt hon|rt. hon.|rt hon.|right honourable|' +
    'prosecutor|chief prosecutor|prosecutor general|under-secretary-general|under-secretary|under secretary|assistant secretary-general|deputy secretary-general',
);

/** Lowercase role nouns that, right before a capitalised name, make it a person ("spokesman Zabihullah Mujahid"). */
export const ROLE_NOUNS = set(
  'photojournalist|photojournalists|spokesman|spokeswoman|spokesperson|envoy|commander|leader|kingpin|ringleader|chieftain|strongman|minister|president|governor|official|negotiator|warlord|elder|director|' +
    'chief|secretary|analyst|researcher|journalist|correspondent|photographer|general|colonel|senator|ambassador|mayor|deputy|founder|' +
    'resident|witness|farmer|doctor|activist|lawmaker|legislator|mp|premier|chairman|chairwoman|coordinator|head|nurse|teacher|student|' +
    'professor|lawyer|councillor|councilor|representative|cleric|poet|author|writer|reporter|editor|blogger|soldier|fighter|officer|' +
    'militant|commandant|strongman|rebel|ruler|dictator|king|queen|prince|emir|sheikh|mullah|judge|prosecutor|colleague|brother|sister|' +
    'son|daughter|father|mother|wife|husband|uncle|cousin|nephew|businessman|businesswoman|tycoon|owner|manager|economist|expert|scholar|' +
    'singer|actor|actress|player|coach|captain|pilot|driver|shopkeeper|trader|vendor|mechanic|engineer|diplomat|adviser|advisor|aide|' +
    'successor|predecessor|rival|opponent|ally|candidate|nominee|incumbent|deputies|spokesmen|officials|leaders|commanders|ministers|brothers|' +
    'sons|daughters|sisters|grandson|granddaughter|niece|aunt|friend|fiance|fiancé|fiancee|fiancée|classmate',
);

/** Organisation designators: a capitalised name containing one is an organisation ("Interior Ministry"). */
export const ORG_DESIGNATORS = set(
  'ministry|department|headquarters|apparatus|exchange|embassy|embassies|aviation|railways|customs|consulate|division|co.|corp.|inc.|ltd.|council|committee|commission|community|party|army|navy|force|forces|corps|agency|bureau|front|movement|alliance|union|' +
    'league|federation|organization|organisation|association|institute|institution|foundation|fund|bank|university|college|school|academy|museum|' +
    'group|network|brigade|brigades|battalion|regiment|command|authority|court|tribunal|parliament|assembly|senate|congress|' +
    'administration|service|services|police|guard|guards|militia|militias|brotherhood|company|corporation|inc|inc.|ltd|ltd.|corp|corp.|' +
    'airlines|airways|cabinet|directorate|secretariat|centre|center|society|church|club|board|coalition|initiative|programme|program|' +
    'mission|office|council|watch|team|patrol|international|industries|holdings|partners|systems|technologies|consortium|commissariat|chamber|' +
    'jirga|shura|caucus|faction|cartel|syndicate|trust|unit|units|division|taskforce|gendarmerie|intelligence|observatory|' +
    'clinic|crescent|cross|project|campaign|platform|collective|committees|councils|parties|ministries|' +
    'forum|conference|airborne|wing|survey|presidency|publishing|limited|llc|l.p.|plc|gmbh|lab|labs|ratings|solutions|analytics|consulting|consultancy|securities|investments|ventures|associates|operations|government|relations|interactive|entertainment|studios|pbc',
);

/** Designators of news outlets and agencies: such a name keeps a capitalised leading "The" ("The Oasis Reporters"). */
export const MEDIA_DESIGNATORS = set(
  'times|post|news|journal|herald|tribune|gazette|reporters|reporter|press|media|television|tv|radio|broadcasting|channel|magazine|' +
    'review|daily|weekly|observer|guardian|telegraph|monitor|chronicle|independent|economist|standard|express|mail|star|sun|mirror|' +
    'insider|wire|dispatch|courier|bulletin|digest|today|online|newswire|newspaper|post-gazette|inquirer|record|register|' +
    'examiner|globe|nation|gazette|informer|mercury|sentinel|statesman|voice',
);

/** Location designators after a name ("Helmand Province", "Guzara District"). */
export const LOC_SUFFIXES = set(
  'province|district|region|county|state|republic|abad|penitentiary|cantonment|valley|river|bandar|qala|field|airfield|mountains|mountain|hills|hill|lake|sea|ocean|gulf|bay|island|islands|peninsula|' +
    'desert|strait|pass|square|street|road|highway|bridge|airport|airbase|base|town|village|oblast|governorate|prefecture|municipality|' +
    'township|zone|corridor|crossing|port|dam|canal|park|plaza|palace|prison|stadium|territory|territories|plain|plains|plateau|coast|' +
    'heights|creek|forest|delta|basin|enclave|camp|refugee camp|neighborhood|neighbourhood|quarter|avenue|boulevard|lane|checkpoint|' +
    'gate|market|bazaar|mosque|cathedral|temple|shrine|airfield|harbor|harbour|channel|archipelago|atoll|cape|reef|oasis|glacier|range|' +
    'ridge|gorge|steppe|frontier|reservoir|hotel|hospital|cemetery|building|tunnel|barracks|prospekt|plant|citadel|fortress|castle|shoal|shoals|reefs|cay|cays|lagoon|cove|isthmus|volcano|highlands|lowlands|marshes|marsh|wetlands|savanna|' +
    // Persian and Pashto ones ("Qosh Tepa", "Shin Kalay", "Charbagh")
    'tepa|tapa|tappa|kalay|kelay|kot|khel|facility|chowk|pagoda',
);

/** Location designators before a name ("Camp Mike Span", "Mount Everest"). */
export const LOC_PREFIXES = set(
  'camp|fort|hotel|casa|teatro|palacio|mount|mt.|lake|cape|port|gulf|bay|isle|lake|forward operating base|fob|firebase|kampong|wadi|jebel|jabal|' +
    // words that begin place names in Arabic, Hebrew, Spanish and French ("Ain Zara", "Souq al-Juma", "Kfar Kila", "Deir al-Balah")
    'ain|ein|ayn|marsa|bir|bab|raf|bala|deir|dayr|tel|tal|tall|kfar|kafr|beit|ras|souq|souk|suq|qasr|nahr|jisr|marj|khirbet|sidi|oued|djebel|ksar|' +
    'ciudad|puerto|colonia|nueva|nuevo|kibbutz|moshav|kiryat|qiryat|ma\'ale|' +
    // and in Persian and Pashto ones ("Deh Salah", "Pul Alam", "Dasht Qala", "Chahar Bolak")
    'deh|pul|dasht|shahr|chahar|kariz|bagh|darah|darra|' +
    // Pakistani usage, the designator first ("resident of District Khushab", "Tehsil Mastung")
    'district|tehsil',
);

/** Lowercase nouns after a name that make it a place ("Logar province", "Kandahar city", "the Iran border"). */
export const LOC_CUE_AFTER = set(
  'mosque|shrine|gurdwara|temple|church|prison|jail|dam|canal|' +
  'province|provinces|district|districts|city|town|village|villages|region|area|border|borders|crossing|airport|base|valley|river|governor|' +
    'provincial|county|state|prefecture|camp|camps|stadium|mine|highway|road|checkpoint|post|market|neighborhood|neighbourhood|suburb|outskirts|capital|' +
    'frontier|oblast|governorate|municipality|township|countryside|embassy|consulate|airspace|port|coast|front|frontline|sector|enclave|' +
    'mountains|hills|highlands|islands|island|shoal|reef|atoll|lake|department|commune|hamlet|settlement|neighbourhoods|neighborhoods|slum|slums|waters',
);

/** Lowercase nouns after a name that make it an organisation ("Hamas fighters"). */
export const ORG_CUE_AFTER = set(
  'fighters|militants|insurgents|rebels|militia|militiamen|members|spokesman|spokeswoman|spokesperson|leadership|leaders|commanders|' +
    'delegation|negotiators|movement|group|insurgency|takeover|faction|offensive|cadres|gunmen|loyalists|operatives|affiliate|' +
    'statement|website|report|reporters|correspondent|journalists|poll|survey|data|account|post|app|platform|headquarters|chief|executives|stake|' +
    'gang|gangs|coalition|alliance|cartel|guerrilla|guerrillas|guerillas|paramilitaries|paramilitary|jihadists|network',
);

/** Lowercase nouns after a single name that make it a person ("the Biden administration"). */
export const PERSON_CUE_AFTER = set('administration|administrations|government|regime|presidency|campaign|family|loyalists|era|aides|government’s|himself|herself');

/** Prepositions that cue a place for an otherwise unknown name ("in Nawa"). */
export const LOC_PREPOSITIONS = set('in|at|near|outside|into|from|across|toward|towards|around|through|inside|within|throughout|via|to|between|beyond|entered|reached|captured|seized|besieged|overran|recaptured|retook|shelled|bombed|visited|fled');

/** Words before "of" that make the following name a place ("the capital of Qatar"). */
export const LOC_OF_HEADS = set('hamlet|hamlets|settlement|commune|municipality|department|county|township|neighborhood|neighbourhood|island|islands|city|town|village|district|province|region|capital|outskirts|suburbs|crossing|border|centre|center|heart|north|south|east|west|northeast|northwest|southeast|southwest|parts|part|people|residents|governor|mayor|streets|republic|kingdom|state|island|port|coast|area|areas|country|countries|' +
  // plural place nouns ("the Panjshir districts of Dara and Khenj", "the towns of Hola Prystan and Oleshky")
  'districts|provinces|villages|towns|cities|regions|neighborhoods|neighbourhoods|counties|valleys');

/** Speech verbs: "X said" / "said X" cue a speaker. */
export const SPEECH_VERBS = set('said|says|told|tweeted|added|wrote|asked|explained|insisted|claimed|stated|noted|recalled|warned|argued|acknowledged|confirmed|denied|announced|declared|posted|replied|responded|continued|urged|vowed|admitted|reported|estimated|cautioned|complained|conceded|contended|countered|emphasized|stressed|agreed|believes|thinks|believed|thought|wants|wanted');

/** Directions that are not part of a place name unless the whole is a known name ("Southern Nimroz Province"). */
export const DIRECTIONS = set('north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|mid|middle|inner|outer|far');

/** Demonyms and faiths of two words, never entities on their own ("a Sri Lankan television channel", "a Roman Catholic priest"). */
export const TWO_WORD_DEMONYMS = set('sri lankan|sri lankans|saudi arabian|saudi arabians|costa rican|costa ricans|puerto rican|puerto ricans|sierra leonean|sierra leoneans|new zealander|new zealanders|el salvadoran|east timorese|papua new guinean|roman catholic|roman catholics|greek orthodox|russian orthodox');

/** Adjectives of groups and religions that, like demonyms, are never entities on their own. */
export const GROUP_ADJECTIVES = set(
  'briton|britons|yugoslav|yugoslavs|ottoman|ottomans|nazi|nazis|baathist|baathists|ba\'athist|ba\'athists|mesopotamian|assyrian|assyrians|brits|ismaili|ismailis|hanafi|shafi|hanbali|jafari|zaydi|zaydis|zaidi|zaidis|salafi|salafis|salafist|salafists|wahhabi|wahhabis|deobandi|deobandis|barelvi|barelvis|peul|peuls|' +
  'kuchi|kuchis|amharic|tigrinya|farsi|republican|republicans|democrat|democrats|mujahideen|mujahedeen|mujahidin|mujahedin|islamist|islamists|jihadist|jihadists|pashtun|pashtuns|tajik|tajiks|hazara|hazaras|uzbek|uzbeks|sunni|sunnis|shia|shiite|shiites|shi\'ite|shi\'ites|shi’ite|shi’ites|sufi|sufis|' +
    'muslim|muslims|christian|christians|jewish|jews|arab|arabs|kurdish|kurds|kurd|soviet|soviets|western|westerners|eastern|northwestern|northeastern|southwestern|southeastern|european|' +
    'europeans|asian|asians|african|africans|islamic|baluch|baloch|turkmen|alawite|druze|druse|yazidi|yazidis|rohingya|bamar|tigrayan|tigrayans|' +
    'amhara|oromo|fulani|tuareg|darfuri|hutu|tutsi|pashto|dari|persian|urdu|english|french|arabic|latin|catholic|protestant|orthodox|' +
    'hindu|hindus|buddhist|buddhists|sikh|sikhs|communist|communists|marxist|maoist|maoists|democrat|democrats|republican|republicans|' +
    'conservative|conservatives|liberal|liberals|socialist|socialists|nationalist|nationalists|separatist|separatists|zionist|' +
    'anglo|latino|hispanic|slavic|baltic|nordic|scandinavian|balkan|caucasian|sahelian|saharan|mediterranean|atlantic|pacific|' +
    'british|irish|danish|swedish|finnish|polish|spanish|kyrgyz|montenegrin|cypriot|somali|somalis|mozambican|burkinabe|burkinabè|burkinabé|serb|serbs|bosniak|bosniaks|kosovar|kosovars|kosovan|maronite|maronites|togolese|kokang|' +
    // peoples of Sudan, Nigeria, China and the Caucasus ("Masalit civilians", "Uyghur detainees")
    // languages and faiths ("in Haitian Creole", "practicing Vodou")
    'creole|vodou|voodoo|swahili|sango|zaidi|zaidis|khawarij|khwarij|' +
    // peoples of South Sudan and Darfur ("Dinka soldiers", "Nuer civilians")
    'dinka|nuer|shilluk|murle|berti|' +
    'masalit|zaghawa|misseriya|beja|hausa|yoruba|igbo|kanuri|uyghur|uyghurs|uighur|uighurs|chechen|chechens|tatar|tatars|bedouin|bedouins|berber|berbers|amazigh|copt|copts|coptic|' +
    // peoples of the Caucasus and Turkey ('Ossetian peacekeepers', 'Abkhaz separatists', 'Many Turks')
    'ossetian|ossetians|abkhaz|abkhazian|abkhazians|ingush|avar|avars|circassian|circassians|adyghe|lezgin|lezgins|turks|laz|' +
    // peoples of Sri Lanka ('the ethnic Tamil minority', 'the Sinhalese-majority south')
    'tamil|tamils|sinhalese|sinhala|' +
    // and of Central Asia ('a Turkic people', 'the Karakalpaks')
    'turkic|karakalpak|karakalpaks|' +
    'middle eastern|central asian|south asian|east asian|southeast asian|north african|west african|east african|sub-saharan',
);

export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
    ['september', 9], ['october', 10], ['november', 11], ['december', 12],
    ['jan.', 1], ['feb.', 2], ['mar.', 3], ['apr.', 4], ['jun.', 6], ['jul.', 7], ['aug.', 8], ['sep.', 9], ['sept.', 9],
    ['oct.', 10], ['nov.', 11], ['dec.', 12],
  ],
);

export const WEEKDAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon.|tue.|tues.|wed.|thu.|thurs.|fri.|sat.|sun.');

/** Weekdays abbreviated without a period ("Tue 11 Feb 2025"): a date only before a day and month. */
/**
 * Months of the Solar Hijri calendar of Afghanistan and Iran ("8 Saratan 1400") and of the Ethiopian
 * calendar ("Tir 10, 2017"): dates only beside a day or a year.
 */
export const CALENDAR_MONTHS = set(
  'hamal|sawr|saur|jawza|jauza|saratan|asad|sunbula|sonbola|mizan|aqrab|qaws|jadi|dalw|hut|hoot|' +
    'meskerem|tikimt|tikemet|hidar|hedar|tahsas|tir|ter|yekatit|megabit|miyazya|miazia|ginbot|sene|hamle|nehase|pagume',
);

export const WEEKDAY_ABBREVIATIONS = set('mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun');

export const SEASONS = set('spring|summer|autumn|fall|winter');

/** Calendar units usable in relative dates ("last week", "three weeks ago"). */
export const DATE_UNITS = set('day|week|month|year|weekend|decade|century|night|morning|afternoon|evening|days|weeks|months|years|decades|centuries|fortnight|quarter');

/** Units of duration: a number counting them is a duration, not a quantity ("20 years"). */
export const TIME_UNITS = set('second|seconds|sec|secs|min|minute|minutes|hr|hour|hours|day|days|week|weeks|fortnight|fortnights|month|months|year|years|decade|decades|century|centuries|night|nights|hrs|mins|yrs|millennia|millennium|weekend|weekends|semester|semesters|term|terms');

/** Relative-date openers. */
export const RELATIVE = set('last|next|this|previous|past|coming|following|early|late');

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000], ['million', 1e6],
  ['billion', 1e9], ['trillion', 1e12], ['dozen', 12], ['a dozen', 12], ['half a dozen', 6], ['a hundred', 100], ['a thousand', 1000],
  ['a million', 1e6], ['a billion', 1e9], ['a quarter', 0.25], ['a third', 1 / 3], ['a half', 0.5], ['a fifth', 0.2],
]);

/** Scale words following a number ("3 million", "$281 million"). */
export const SCALES = set('hundred|thousand|million|billion|trillion|bn|m|mn|k|b|crore|crores|lakh|lakhs');

/** Fraction words ("two-thirds", "one-half", "a quarter"). */
export const FRACTION_WORDS = set('half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|tenth|tenths|twelfth|twelfths|fourth|fourths|hundredth|hundredths');

/** Percent words. */
export const PERCENT_WORDS = set('percent|per cent|pc|percentage points|percentage point|points');

/** Currencies' letters glued to the amount, which the tokenizer splits off ("Rs1 million", "KSh200", "N30 million", "LE1,200"), longest first. */
export const CURRENCY_PREFIXES = ['Afs', 'CFA', 'SR', 'QR', 'NT$', 'US $', 'US$', 'HK$', 'NZ$', 'MX$', 'A$', 'C$', 'S$', 'R$', 'Rs.', 'Rs', 'KSh', 'Ksh', 'TSh', 'USh', 'Sh', 'Tk', 'Dh', 'LE', 'N', 'R', 'K'];

/** Currency symbols and words. */
export const CURRENCY_SYMBOLS = new Set([
  '$', '€', '£', '¥', '₹', '₽', '₦', '₱', '₩', '₪', '₺', '₴', '฿', '₫', '₵', '৳', '₸', '₼', '₾', '₲', '₡', '₭', 'Af',
  ...CURRENCY_PREFIXES,
]);

/** ISO 4217 codes of the currencies in the news, written before the amount ("NIS 15 billion"); the tokenizer makes them symbols. */
export const CURRENCY_CODES = new Set(
  ('NIS|ILS|USD|EUR|GBP|INR|PKR|KES|NGN|ZAR|EGP|AED|SAR|QAR|CHF|JPY|CNY|RMB|UAH|RUB|TRY|IRR|AFN|ETB|SDG|SSP|XOF|XAF|BDT|LKR|NPR|' +
    'MMK|THB|IDR|PHP|VND|KRW|TWD|MXN|BRL|COP|ARS|VES|GHS|UGX|TZS|RWF|CDF|SOS|YER|SYP|LBP|JOD|IQD|LYD|TND|DZD|MAD|AZN|AMD|GEL|KZT|UZS|HTG').split('|'),
);
for (const c of CURRENCY_CODES) CURRENCY_SYMBOLS.add(c);
export const CURRENCY_WORDS = set('toman|tomans|rials|rial|dollars|dollar|euros|euro|pounds|yuan|rupees|afghanis|roubles|rubles|hryvnias|dinars|riyals|dirhams|francs|shillings|naira|kyat|pesos|yen|lira|usd|eur|birr|cedis|cedi|kwacha|taka|rupiah|ringgit|baht|manat|somoni|tenge|lari|dram|leones|rand');

/** Plural-less counted nouns (collectives and irregular plurals). */
export const COLLECTIVE_NOUNS = set('people|police|personnel|children|men|women|staff|cattle|livestock|sheep|fish|aircraft|feet|teeth|geese|mice|infantry|clergy|crew|militia|youth|families|persons|deer|offspring|folk|kin|gunmen|policemen|servicemen|tribesmen|militiamen|fishermen|spacecraft|hovercraft|equipment|ammunition|artillery');

/** Function words that end a counted noun phrase. */
export const NP_STOP = set(
  'a|an|the|this|that|these|those|his|her|its|their|our|my|your|of|in|on|at|to|from|by|with|for|and|or|but|nor|as|than|into|onto|' +
    'over|under|across|around|near|after|before|since|until|during|about|against|between|among|through|without|within|toward|towards|' +
    'is|are|was|were|be|been|being|have|has|had|will|would|shall|should|can|could|may|might|must|do|does|did|not|no|who|whom|whose|' +
    'which|what|when|where|why|how|there|here|also|still|now|then|so|too|very|just|only|even|already|each|every|all|both|either|' +
    'neither|per|ago|apiece|each|while|if|because|though|although|whether|he|she|it|they|we|i|you|them|us|him|me|' +
    'said|says|say|according|including|like|unlike|plus|minus|via|amid|despite|alone|later|earlier|away|back|out|up|down|off|left|right|' +
    'respectively|altogether|together|overall|yet|ever|never|again|once|twice|east|west|north|south|northeast|northwest|southeast|southwest',
);

/** Lowercase words allowed inside capitalised names ("Ministry of Defense", "Doctors Without Borders"). */
export const NAME_CONNECTORS = set('ag|es|wa|of|for|and|the|de|del|della|di|da|das|do|dos|du|des|la|le|el|al|bin|ibn|bint|van|von|der|den|ter|y|e|ul|ud|on|to|against|in|delos|dela');

/** Particles inside personal names ("Abdul Rashid al Dostum", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('de|del|della|di|da|das|do|dos|du|des|la|las|los|le|el|al|bin|ibn|bint|van|von|der|den|ter|ul|ud|abu|ben|es|wa|ag|delos|dela');

/** Given-name morphology common across Arabic, Persian and Pashto names. */
export const GIVEN_NAME_SUFFIX = /(?:ullah|ollah|uddin|eddine|uddin|allah)$/i;

/** Words that introduce photo credits and sources; they are not part of a name. */
export const CREDIT_WORDS = set('credit|credits|photo|photograph|photos|source|image|images|picture|video|file|courtesy|via|illustration');

/** Credit-line words after "Agency/" that are no names ("REUTERS/Stringer", "AFP/Handout"). */
export const CREDIT_JUNK = set('stringer|handout|pool|staff|file|str');

/** Words that introduce bylines ("By", OCR "Bv", "Compiled by", "Reporting by"). */
export const BYLINE_WORDS = set('by|bv');

/** Capitalised abbreviations that are not organisations ("IED", "ET", "GDP"), and proper words that name no entity on their own ("Nobel", "Quran"). */
export const NON_ORG_ACRONYMS = set(
  'fw|fwd|siv|sivs|login|logout|signin|signup|kml|kmz|gpx|wgs84|rss|cc|csv|json|xml|html|jpg|jpeg|png|gif|mp4|mov|ios|sim|sims|vpn|ip|et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|cest|am|pm|a.m.|p.m.|tv|ceo|cfo|coo|id|ok|pdf|gdp|gnp|hiv|aids|covid|covid-19|sars|phd|mp|mps|' +
    'ied|ieds|rpg|rpgs|ak|ak-47|ak-47s|apc|apcs|mrap|mraps|uav|uavs|vbied|vbieds|svbied|isbn|url|faq|vip|vips|usd|eur|rip|pow|pows|' +
    'idp|idps|ngo|ngos|fyi|diy|lgbt|lgbtq|dna|gps|sms|atm|suv|suvs|hq|ops|op-ed|op|ed|nb|ps|re|vs|aka|etc|eg|ie|ii|iii|iv|vi|vii|viii|ix|xi|xii|nobel|quran|koran|bible|torah|talmud|sharia|hadith|jst|ist|pkt|eat|cat|wat|msk|aest|aedt|hkt|kst|gst|ast|eet|eest|wib|ict|pht|sast|skip|advertisement|reprints|subscribe|newsletter|menu|kalashnikov|kalashnikovs|humvee|humvees|toyota|hilux',
);

/**
 * Given names common in the regions the news covers (Arabic, Persian, Pashto and Urdu, Turkish and
 * Kurdish, East and West African, South and Southeast Asian, Slavic), which the English given-name
 * list of data/words.ts lacks. General knowledge; words that are also common English words are
 * dropped when the gazetteer loads.
 */
export const WORLD_GIVEN_NAMES = set(
  // common Afghan, Pakistani and Arabic given names
  'rahim|fahim|najim|naim|ahad|sharif|hakim|bashir|qadir|jalal|zabihullah|hashim|haroon|jamshid|jamil|latif|mahmood|masood|nadir|naqib|nazir|nematullah|obaid|qasim|rasul|sadiq|saleh|shafiq|shams|wali|yasin|zahir|zaki|zia|ghulam|hayat|hekmat|homayoun|humayun|ikram|inayat|jafar|kabir|lutfullah|mirwais|nasrullah|parwiz|qais|rafi|rahmat|raza|shafi|waris|ehsan|farhad|freshta|gulalai|hamida|nargis|parwana|shabana|shakila|soraya|taimoor|timur|dawood|' +
  'seif|saif|jan|gul|bashar|'+
  'muhammad|mohammed|mohammad|mohamed|mohamud|mahamat|ahmad|ahmed|ahmet|ali|hassan|hasan|hussein|husain|hussain|husayn|omar|umar|osman|usman|' +
    'uthman|othman|abdullah|abdallah|abdul|abdel|abdi|abdirahman|abdulkadir|abdiweli|abdulrahman|abdelaziz|abdelfattah|ibrahim|ibrahima|' +
    'ismail|ismael|yusuf|youssef|yousef|yousuf|khalid|khaled|tariq|tarek|tarik|walid|waleed|hamid|hamed|mahmoud|mahmud|mustafa|mostafa|' +
    'karim|kareem|rashid|rasheed|saeed|sayed|sayyid|salim|saleem|samir|sameer|nasser|nasir|jamal|kamal|faisal|faysal|fahad|fahd|bilal|' +
    'zaid|zayed|ziad|hamza|hamzah|anwar|ayman|basel|bassam|emad|imad|hisham|hesham|majid|majed|nabil|naveed|navid|imran|irfan|asif|arif|' +
    'shahid|zahid|sajid|wajid|javed|javid|pervez|parvez|nawaz|shehbaz|shahbaz|asad|asim|aamir|fawad|farhan|junaid|kashif|nadeem|naeem|' +
    'rizwan|salman|shoaib|sohail|suhail|tahir|talha|usama|osama|waqar|yasir|yasser|zafar|zeeshan|zulfiqar|fazl|fazal|ayesha|aisha|fatima|' +
    'fatma|maryam|mariam|zainab|zeinab|khadija|amina|aminata|halima|hafsa|nadia|rania|layla|leila|salma|samira|yasmin|yasmeen|noor|nour|' +
    'hina|saima|sana|shazia|rubina|farah|farida|malala|benazir|bushra|maryam|reza|mehdi|mahdi|hossein|akbar|abbas|javad|jawad|mojtaba|' +
    'morteza|masoud|massoud|masrour|nechirvan|bafel|qubad|ashraf|amrullah|hamdullah|najib|najibullah|gulbuddin|zalmay|zalmai|farid|' +
    'fawzia|roya|shukria|mahbouba|zarifa|sima|habiba|wahid|waheed|mujib|mujibur|hasina|khaleda|tarique|recep|tayyip|mesut|mehmet|' +
    'hakan|kemal|bulent|bülent|selahattin|ekrem|dilan|shilan|rojda|abiy|tedros|getachew|mulugeta|tesfaye|haile|kebede|alemu|girma|dawit|' +
    'yohannes|mekonnen|berhane|desta|tigist|meron|selam|kaleab|isaias|juma|baraka|wanjiru|wambui|njeri|uhuru|raila|kalonzo|adebayo|' +
    'olusegun|oluwaseun|chukwuemeka|emeka|chinedu|ngozi|chioma|adaeze|babatunde|tunde|yemi|femi|kemi|sani|aliyu|abubakar|yakubu|garba|' +
    'danjuma|bola|kwame|kofi|kwabena|akosua|yaw|kojo|mamadou|moussa|oumar|amadou|boubacar|seydou|ousmane|cheikh|aliou|fatou|mariama|' +
    'awa|assimi|idriss|faustin|narendra|rahul|amit|sanjay|vijay|rajesh|suresh|ramesh|sunil|anil|ajay|arvind|priya|pooja|anjali|deepak|' +
    'manoj|ravi|sachin|shashi|mamata|aung|kyaw|zaw|thant|hla|soe|myint|vladimir|volodymyr|sergei|sergey|serhiy|dmitry|dmitri|dmytro|' +
    'oleksandr|oleksiy|andriy|mykola|yevgeny|yevgeniy|mikhail|nikolai|alexei|alexey|igor|yuri|yulia|oksana|olena|iryna|svetlana|natalia|' +
    'tatiana|viktor|valery|valeriy|gennady|arkady|ramzan|vitaliy|vitaly|petro|taras|bohdan|kyrylo|denys|ilham|nikol|ilir|aleksandar',
);

/** Nouns a number names rather than dates or counts ("Resolution 1701", "Flight 1549", "Route 2020"). */
export const DOCUMENT_NOUNS = new Set(['para', 'hearing', 'resolution', 'section', 'article', 'articles', 'sections', 'paragraphs', 'episode', 'postale', 'chapter', 'clause', 'paragraph', 'route', 'highway', 'flight', 'room', 'gate', 'platform', 'decree', 'bill', 'directive', 'regulation', 'case', 'no.', 'ref.', 'ref', 'item', 'page', 'rule', 'code', 'model', 'type', 'class', 'version', 'unit', 'protocol', 'hull', 'pennant', 'vessel', 'patrol', 'channel', 'frequency']);

/** Model designations: "F-16", "C-17", "T-72B3", "A400M", "MQ-9". */
const MODEL_CODE = /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}{1,2})-?\d{1,4}(?:\p{Lu}{1,2}\d?)?s?$/u;

/**
 * A digit among a word's second to eighth UTF-16 units: what every model or weapon designation has
 * ("F-16", "A400M", "MiG-29"; three letters, a hyphen, even as surrogate pairs), tested before their patterns.
 */
export function digitNear(w: string): boolean {
  for (let i = 1; i < 8 && i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A model designation ("UH-60", "F-16s", "A400M", "Su-25"): MODEL_CODE, after the cheap digit test. */
export const isModelCode = (w: string): boolean => digitNear(w) && MODEL_CODE.test(w);

/** Street words after a number's name ("1775 Massachusetts Avenue"): the number is the street's, not a year or a count. */
export const STREET_WORDS = set('avenue|ave.|ave|street|st.|road|rd.|boulevard|blvd.|plaza|square|place|drive|lane|way');
