import type { Language } from '../store/types.ts';

const en = {
  appTitle: 'Qanat',
  appSubtitle: 'Channels between Washington and Moscow during the war in Ukraine',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'عرض الواجهة بالعربية',
  playTour: 'Play tour',
  pauseTour: 'Pause tour',
  speed: 'Speed',
  showList: 'Show chronology list',
  hideList: 'Hide chronology list',
  chronology: 'Chronology',
  timeline: 'Timeline',
  timelineSlider: 'Event on the timeline',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  currentEvent: 'Current event',
  eventOf: 'Event {n} of {total}',
  places: 'Places',
  placePanel: 'What the articles say about {place}',
  closePlace: 'Close',
  noExcerpts: 'No excerpt mentions this place.',
  excerptsCount: 'Excerpts: {n} · events: {m}',
  source: 'Source',
  unknownPublisher: 'Unknown publisher',
  publishedOn: 'published {date}',
  // Between the parts of a citation (publisher, date): the comma of the interface's script.
  listSeparator: ', ',
  openArticle: 'Read the article: {publisher}, {date}',
  reader: 'Article',
  closeReader: 'Close article',
  readerLoading: 'Loading the article…',
  readerFailed: 'The article could not be loaded.',
  readerMismatch: 'The excerpt was not found at its recorded position in this article.',
  map: 'Map',
  mapUnavailable:
    'The map cannot be shown: this browser has no WebGL. The timeline, the chronology list, the places and the excerpts still work.',
  mapLoading: 'Loading the map…',
  loading: 'Loading the story…',
  errorTitle: 'The story could not be shown',
  errorHint:
    'Check that the data was built (“npm run geo:build”; for ?dataset=synthetic-10k, “npm run synthetic”), then reload the page.',
  reload: 'Reload',
  page: 'Page {n} of {total}',
  earlier: 'Earlier events',
  previousPlaces: 'Previous places',
  morePlaces: 'More places',
  later: 'Later events',
  dataset: 'Dataset: {name}',
  keysHint: 'Keys: ← → step, Home/End first/last, Space play/pause',
} as const;

export type MessageKey = keyof typeof en;

const ar: Record<MessageKey, string> = {
  appTitle: 'قناة',
  appSubtitle: 'القنوات بين واشنطن وموسكو خلال الحرب في أوكرانيا',
  switchLanguage: 'English',
  switchLanguageLabel: 'Show the interface in English',
  playTour: 'تشغيل الجولة',
  pauseTour: 'إيقاف الجولة مؤقتًا',
  speed: 'السرعة',
  showList: 'عرض التسلسل الزمني كقائمة',
  hideList: 'إخفاء قائمة التسلسل الزمني',
  chronology: 'التسلسل الزمني',
  timeline: 'الخط الزمني',
  timelineSlider: 'الحدث على الخط الزمني',
  previousEvent: 'الحدث السابق',
  nextEvent: 'الحدث التالي',
  currentEvent: 'الحدث الحالي',
  eventOf: 'الحدث {n} من {total}',
  places: 'الأماكن',
  placePanel: 'ما تقوله المقالات عن {place}',
  closePlace: 'إغلاق',
  noExcerpts: 'لا يوجد مقتطف يذكر هذا المكان.',
  excerptsCount: 'المقتطفات: {n} · الأحداث: {m}',
  source: 'المصدر',
  unknownPublisher: 'ناشر غير معروف',
  publishedOn: 'نُشر في {date}',
  listSeparator: '، ',
  openArticle: 'اقرأ المقال: {publisher}، {date}',
  reader: 'المقال',
  closeReader: 'إغلاق المقال',
  readerLoading: 'جارٍ تحميل المقال…',
  readerFailed: 'تعذّر تحميل المقال.',
  readerMismatch: 'لم يُعثر على المقتطف في موضعه المسجّل في هذا المقال.',
  map: 'الخريطة',
  mapUnavailable:
    'لا يمكن عرض الخريطة: هذا المتصفح لا يدعم WebGL. ما زال الخط الزمني وقائمة التسلسل والأماكن والمقتطفات تعمل.',
  mapLoading: 'جارٍ تحميل الخريطة…',
  loading: 'جارٍ تحميل القصة…',
  errorTitle: 'تعذّر عرض القصة',
  errorHint:
    'تحقّق من بناء البيانات بالأمر «npm run geo:build» (ولمجموعة synthetic-10k بالأمر «npm run synthetic») ثم أعد تحميل الصفحة.',
  reload: 'إعادة التحميل',
  page: 'الصفحة {n} من {total}',
  earlier: 'أحداث أقدم',
  previousPlaces: 'الأماكن السابقة',
  morePlaces: 'أماكن أخرى',
  later: 'أحداث أحدث',
  dataset: 'مجموعة البيانات: {name}',
  keysHint: 'المفاتيح: ← → للتنقل، Home/End للأول/الأخير، المسافة للتشغيل/الإيقاف',
};

export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, ar };

/**
 * The interface string for a key, with `{name}` placeholders filled in.
 * @example t('en', 'eventOf', { n: 2, total: 9 }) // 'Event 2 of 9'
 */
export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? formatNumber(language, values[name]) : whole,
  );
}

// One formatter per language: constructing an Intl.NumberFormat costs more than a whole step.
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(language: Language, value: string | number | undefined): string {
  if (typeof value !== 'number') return String(value);
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeFor(language));
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** The Intl locale for an interface language; Arabic keeps Western digits, as the articles do. */
export function localeFor(language: Language): string {
  return language === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
}

/**
 * The interface language from the browser's preferences: Arabic if it comes before English.
 * @example languageFromNavigator(['ar-EG', 'en']) // 'ar'
 */
export function languageFromNavigator(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ar') return 'ar';
    if (base === 'en') return 'en';
  }
  return 'en';
}
