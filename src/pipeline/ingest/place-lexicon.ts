/**
 * Hand-kept word lists for place matching. Each list says why it exists; entries are Arabic
 * surface forms, folded to matching keys where they are used.
 */

/**
 * Spelling variants the press uses that neither the gazetteer nor Natural Earth lists, keyed by the
 * place's Wikidata id so they attach to whichever entry (curated or Natural Earth) carries it.
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Q406: ['إسطنبول', 'اسطنبول', 'أسطنبول', 'استانبول', 'إستانبول', 'اسطانبول'],
  Q42308: ['خاركيف', 'خاركوف', 'خاركييف'],
  Q1519: ['أبو ظبي', 'أبوظبي', 'ابو ظبي', 'أبو ظبى'],
  Q1899: ['كييف'],
  Q649: ['موسكو'],
  Q30: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولايات المتّحدة'],
  Q878: ['الإمارات'],
  Q851: ['المملكة العربية السعودية', 'السعودية'],
  Q212: ['أوكرانيا', 'اوكرانيا'],
  Q159: ['روسيا', 'روسيا الاتحادية'],
  Q43: ['تركيا'],
  Q3640: ['أنقرة'],
  Q3692: ['الرياض'],
  Q166: ['البحر الأسود'],
  Q756294: ['شبه جزيرة القرم', 'القرم'],
  Q61: ['واشنطن'],
  Q956: ['بكين', 'بيجينغ', 'بيجين'],
  Q145: ['بريطانيا', 'المملكة المتحدة'],
};

/** Aliases only the world index (ingest, eval) adds, by Wikidata id: not used by geo:build. */
export const WORLD_EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Q159: ['الاتحاد الروسي'],
};

/**
 * Surfaces that are never a place: everyday words that collide with a place name (كيف "how" vs
 * كييف, العيون "the eyes", بورصة "stock exchange", الأبيض "white"), and personal names that
 * collide with Natural Earth towns (أوستن as in Lloyd Austin, جورج, ماري).
 */
export const NOT_PLACE_WORDS: readonly string[] = [
  'كيف',
  'الأبيض',
  'المدينة',
  'العيون',
  'العين',
  'ميدان',
  'مالية',
  'ماليه',
  'خفي',
  'ليل',
  'عصب',
  'ختن',
  'فاس',
  'واو',
  'لاي',
  'ووي',
  'رين',
  'ليمون',
  'سول',
  'جيشى',
  'الكفرة',
  'زوارة',
  'بورصة',
  'الجنينة',
  'ولكوم',
  'صور',
  'سالم',
  'أوستن',
  'ديفيد',
  'جورج',
  'ماري',
  'بيير',
  'سيدني',
  'ليون',
  'نانسي',
  'روسو',
  'تشرشل',
  'كاسبر',
  'ديلي',
  'بيرث',
  'برث',
  'كاين',
  'روان',
  'نوك',
  'هيلو',
  'رابا',
  'ناين',
  'أبيا',
  'تيتي',
  'الخليل',
  'الزرقاء',
  'العقبة',
  'الباحة',
  'المنصورة',
  'الأقصر',
  'مطروح',
  'الرباط',
  'وجدة',
  'ناتال',
  'كاندي',
  'سايلم',
  'الأمل',
  'الوحدة',
  'فلاديمير',
  'أطار',
  'بيرا',
];

/**
 * Multiword names of institutions and media that contain a place name but are not that place:
 * they are consumed whole so the place inside does not match (واشنطن بوست is not Washington).
 * The White House and the Kremlin are institutions too (the annotation rules in geo/eval/README.md).
 */
export const NOT_PLACE_PHRASES: readonly string[] = [
  'البيت الأبيض',
  'الكرملين',
  'الكرملنج',
  'البنتاغون',
  'البنتاجون',
  'واشنطن بوست',
  'واشنطن تايمز',
  'واشنطن إكزامينر',
  'نيويورك تايمز',
  'نيويورك بوست',
  'موسكو تايمز',
  'كييف إندبندنت',
  'كييف بوست',
  'كييف بوست',
  'وول ستريت',
  'وول ستريت جورنال',
  'لوس أنجلوس تايمز',
  'داونينغ ستريت',
  'الإليزيه',
  'الأمم المتحدة',
  'الجامعة العربية',
  'الاتحاد الأوروبي',
  'الاتحاد السوفيتي',
  'الاتحاد السوفياتي',
  'مجلس الأمن',
  'سي آي إيه',
  'دويتشه فيله',
  'فرانس برس',
  'فرانس 24',
  'روسيا اليوم',
  'سكاي نيوز عربية',
  'بي بي سي',
];

/** Words before a name that make it a region (منطقة كورسك is the oblast, not the city). */
export const REGION_TRIGGERS: readonly string[] = [
  'منطقة',
  'مقاطعة',
  'إقليم',
  'أوبلاست',
  'ولاية',
  'محافظة',
  'جمهورية',
];

/** Words before a name that make it a city. */
export const CITY_TRIGGERS: readonly string[] = ['مدينة', 'بلدة'];

/** The capital of a country named by its adjective: العاصمة الإماراتية is Abu Dhabi. */
export const CAPITAL_WORDS: readonly string[] = ['العاصمة'];

/** Words that Natural Earth admin-1 names carry around the core name (خاركيف أوبلاست). */
export const REGION_NAME_AFFIXES: readonly string[] = [
  'أوبلاست',
  'كراي',
  'جمهورية',
  'مقاطعة',
  'منطقة',
  'أوكروغ',
];

/** Demonyms that do not follow from the country name by the regular nisba rule. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Q159: ['روس', 'روسي'],
  Q30: ['أمريكي', 'أميركي'],
  Q145: ['بريطاني'],
  Q878: ['إماراتي'],
  Q851: ['سعودي'],
};

/** ISO alpha-2 of the Arab League's members: their small towns often carry everyday words as names. */
export const ARAB_COUNTRIES: readonly string[] = [
  'DZ',
  'BH',
  'KM',
  'DJ',
  'EG',
  'IQ',
  'JO',
  'KW',
  'LB',
  'LY',
  'MR',
  'MA',
  'OM',
  'PS',
  'QA',
  'SA',
  'SO',
  'SD',
  'SY',
  'TN',
  'AE',
  'YE',
];

/** Words Natural Earth admin-1 names of the whole world carry around the core name. */
export const WORLD_REGION_AFFIXES: readonly string[] = [
  ...REGION_NAME_AFFIXES,
  'محافظة',
  'المحافظة',
  'ولاية',
  'إقليم',
  'الإقليم',
  'إدارة',
  'كانتون',
  'إمارة',
  'المنطقة',
  'بلدية',
  'مديرية',
  'جهة',
  'أبرشية',
];

/** Plural region words: مناطق بريانسك وكورسك وبيلغورود names three regions. */
export const PLURAL_REGION_TRIGGERS: readonly string[] = ['مناطق', 'مقاطعات', 'أقاليم', 'ولايات', 'محافظات'];

/**
 * Words after which an unknown name is proposed as a place from GeoNames' Latin names
 * (مدينة سودجا → Sudzha), with the kind the proposal should have. محطة and قاعدة are not here:
 * what follows them names a facility (FACILITY_WORDS), and GeoNames' cities hold no facilities.
 */
export const PROPOSAL_TRIGGERS: Readonly<Record<string, 'city' | 'region'>> = {
  مدينة: 'city',
  بلدة: 'city',
  قرية: 'city',
  منطقة: 'region',
  مقاطعة: 'region',
  ولاية: 'region',
};

/**
 * Facility words: محطة زابوروجيه النووية, منشأة زابوريجيا, قاعدة إلمندورف الجوية, مطار X name a
 * plant, a base or an airport after a place; the name right after the word (no preposition) is
 * part of the facility's name, not a mention of the place (geo/eval/README.md).
 */
export const FACILITY_WORDS: readonly string[] = ['محطة', 'منشأة', 'قاعدة', 'مطار', 'المحطة'];

/**
 * Outlet words: قناة اليمن, وكالة سبأ, صحيفة الرياض name media, not places. A name after one of them
 * is consumed with it (not a mention) unless the whole phrase is itself a place name.
 */
export const OUTLET_WORDS: readonly string[] = [
  'قناة',
  'وكالة',
  'صحيفة',
  'جريدة',
  'إذاعة',
  'تلفزيون',
  'راديو',
  'مجلة',
  'بوابة',
];

/**
 * World-gazetteer names that are everyday words or directions (الغرب is a Cameroonian region,
 * صباح a Malaysian state, أوروبا a French island, مايو an island of Cape Verde, أهمية as Natural
 * Earth writes Ehime): not indexed from the world sources.
 */
export const WORLD_NOT_PLACE_WORDS: readonly string[] = [
  'الغرب',
  'الشرق',
  'الشمال',
  'الجنوب',
  'غرب',
  'شرق',
  'شمال',
  'جنوب',
  'الوسط',
  'الأوسط',
  'الوسطى',
  'الضفة',
  'العاصمة',
  'صباح',
  'أوروبا',
  'مايو',
  'أهمية',
  'لولا',
  'الساحل',
  'الجزيرة',
  'الوادي',
  'الحدود',
  'المركز',
  'الجبل',
];

/**
 * Whole words that are never a place even though a proclitic-stripped stem or a close spelling
 * is one (world index only): بايدن is not ب + Aydın, بيسكوف (Peskov) is not Pskov, فيكتور is not
 * Victoria.
 */
export const NOT_PLACE_TOKENS: readonly string[] = [
  'بايدن',
  'بيسكوف',
  'فيكتور',
  'فيكتوريا',
  'سيرجي',
  'سيرغي',
  'ماريا',
  'ماركو',
  'ستيف',
  'أندري',
  'أندريه',
];

/**
 * Words after a place word that are not names: verbs and pronouns («أكبر مدينة كانت خاضعة»,
 * «أكبر بلدة تمكنوا من السيطرة عليها»). Plural verb endings (-وا, -ون) are refused by shape.
 */
export const NOT_PROPOSAL_WORDS: readonly string[] = [
  'كان',
  'كانت',
  'تقع',
  'يقع',
  'تعد',
  'يعد',
  'تضم',
  'يضم',
  'هي',
  'هو',
  'فيها',
  'بها',
  'قرب',
  'تبعد',
  'شهدت',
  'تشهد',
  'أخرى',
  'واحدة',
  'كبيرة',
  'صغيرة',
];

/**
 * The lexicon's own words (place, outlet and facility words), never indexed as world names:
 * Natural Earth's Maltese council Mdina is written مدينة.
 */
export const LEXICON_WORDS: readonly string[] = [
  ...REGION_TRIGGERS,
  ...CITY_TRIGGERS,
  ...PLURAL_REGION_TRIGGERS,
  ...Object.keys(PROPOSAL_TRIGGERS),
  ...FACILITY_WORDS,
  ...OUTLET_WORDS,
  'قرية',
];
