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
