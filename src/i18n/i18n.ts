import type { Language } from '../store/types.ts';

const en = {
  appTitle: 'Qanat',
  appSubtitle: 'Channels between Washington and Moscow during the war in Ukraine',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'عرض الواجهة بالعربية',
  playTour: 'Play tour',
  pauseTour: 'Pause tour',
  speed: 'Speed',
  chronologyList: 'Event list',
  chronology: 'Chronology',
  timeline: 'Timeline',
  timelineSlider: 'Event on the timeline',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventOf: 'Event {n} of {total}',
  places: 'Places',
  placePanel: 'What the articles say about {place}',
  closePlace: 'Close',
  noExcerpts: 'No excerpt mentions this place.',
  excerptsCount: 'Excerpts: {n} · events: {m}',
  source: 'Source',
  unknownPublisher: 'publisher not named in the text',
  publishedOn: 'published {date}',
  // Between the parts of a citation (publisher, date): the comma of the interface's script.
  listSeparator: ', ',
  reader: 'Article',
  closeReader: 'Close article',
  readerLoading: 'Loading the article…',
  readerFailed: 'The article could not be loaded.',
  readerMismatch: 'The excerpt was not found at its recorded position in this article.',
  map: 'Map',
  mapUnavailable:
    'The map cannot be shown: this browser has no WebGL. The timeline, the chronology list, the places and the excerpts still work.',
  mapLoading: 'Loading the map…',
  mapCodeFailed:
    'The map’s code could not be loaded (a network error or an outdated page). Reload the page; the timeline, list, places and excerpts still work.',
  mapWorkerFailed:
    'The map’s worker script could not be loaded. Reload the page; the timeline, list, places and excerpts still work.',
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
  about: 'About',
  introLead:
    'How Washington and Moscow kept a channel open during the war in Ukraine: the last calls of 2022, spy chiefs meeting in Ankara, talks in Riyadh and Istanbul, and the Abu Dhabi rounds of 2026.',
  introSources:
    'Told from five Arabic news articles (2022–2026). Every event is quoted word for word from them, with its source; English readers see a translation under each quote, and editor’s notes mark what the articles get wrong.',
  introHow:
    'Play the tour to follow the story chapter by chapter, or explore on your own: step along the timeline at the bottom, and click a place on the map to read what the articles say about it.',
  playTheTour: 'Play the tour',
  exploreMap: 'Explore the map',
  legend: 'Legend',
  closeLegend: 'Close the legend',
  legendMap: 'On the map',
  legendCity: 'A city or site; bigger where more of the story happens',
  legendArea: 'A country, region or sea; darker where more of the story happens',
  legendCurrent: 'The current event’s places; several countries get different colours',
  legendOpen: 'The place whose excerpts are open',
  legendLine:
    'A contact in the current event: a call between capitals, or a line from each party’s capital to where the talks were held',
  skipToTimeline: 'Skip to the timeline',
  tourProgress: 'Tour progress',
  tourMinutesLeft: 'about {n} min left',
  tourUnderAMinute: 'less than a minute left',
  chapterOf: 'Chapter {n} of {total}',
  tourNext: 'Next',
  tourPrevious: 'Previous',
  tourPlay: 'Play',
  speedTimes: '{n}×',
  tourPause: 'Pause',
  playAgain: 'Play again',
  tourTitleFacts: '{n} events in {c} chapters, from {from} to {to}.',
  tourEndTitle: 'End of the tour',
  tourEndText:
    'The five articles end on {date}: what happened after that is beyond these sources. Explore the map to read every excerpt, or open an article below.',
  sources: 'Sources',
  closeSources: 'Close the sources',
  sourcesLead:
    'The story is told from these {n} Arabic articles. Every excerpt on the map is an exact quotation of one of them.',
  basisDateline: 'date printed in the article',
  basisInferred: 'date inferred from its content',
  sourceSupports: '{n} events, {m} excerpts',
  dateEvidence: 'How the date is known',
  aboutSource: 'About this source',
  // export, share, print
  export: 'Export',
  exportLabel: 'Export the events',
  exportLead: '{n} events and {m} excerpts, with translations, editor’s notes and sources.',
  exportGeoJson: 'GeoJSON (for maps)',
  exportCsv: 'CSV (for spreadsheets)',
  exportDone: 'Downloaded {file}',
  exportFailed: 'The file could not be made.',
  print: 'Print the chronology',
  share: 'Share',
  shareLabel: 'Share this event',
  shareLink: 'Link to this event',
  copyLink: 'Copy link',
  embedCode: 'Embed on a website',
  copyEmbed: 'Copy embed code',
  copied: 'Copied.',
  copyByHand: 'Selected: press Ctrl+C (⌘C) to copy.',
  embedFrameTitle: 'Qanat: {title}',
  openFullMap: 'Open the full map',
  printFacts: '{n} events, from {from} to {to}.',
  printOnline: 'The interactive map',
  printPlaces: 'Places',
  readArticle: 'Read the article',
  noPlace: 'This event names no place on the map.',
  translation: 'Translation',
  editorsNote: 'Editor’s note',
  resetView: 'Show the whole story',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  mapCredits: 'Map credits',
  // search and filters
  search: 'Search',
  searchPlaceholder: 'Search events, places, quotes… ( / )',
  searchResults: 'Search results',
  searchNoMatch: 'Nothing matches. Try another spelling or fewer words.',
  searchPlace: 'Place',
  filters: 'Filters',
  filtersOn: 'Filters: {n} of {total}',
  filtersShowing: 'Showing {n} of {total} events.',
  clearFilters: 'Clear filters',
  filterKinds: 'Kind of event',
  filterActors: 'Who took part',
  filterArticles: 'Source article',
  eventOfFiltered: 'Event {n} of {total} (filtered from {all})',
  actor_un: 'United Nations',
  actor_eu: 'European Union',
  actor_hrw: 'Human Rights Watch',
  actor_wef: 'World Economic Forum',
  kind_talks: 'Talks',
  kind_call: 'Call',
  kind_meeting: 'Meeting',
  kind_statement: 'Statement',
  kind_military: 'Military',
  kind_strike: 'Strike',
  kind_exchange: 'Exchange',
  kind_treaty: 'Treaty',
  kind_other: 'Other',
  // timeline
  timelineZoom: 'Timeline zoom',
  timelineZoomIn: 'Zoom in on the timeline',
  timelineZoomOut: 'Zoom out of the timeline',
  timelineWholeStory: 'Show the whole story on the timeline',
  timelineKeysHint:
    'Keys: ← → step, Home/End first/last, PageUp/PageDown ten events, + − zoom the timeline, 0 whole story, Space play/pause',
  timelineEventsHere: 'Events here',
  timelineCloseChoices: 'Close the list',
  timelineMoreHere: '+{n} more here: click to choose',
  timelineLegend: 'Timeline',
  timelineLegendDay: 'An event on a known day',
  timelineLegendDays: 'An event over a few known days',
  timelineLegendFuzzy:
    'A date known only roughly (a month, a season, a year): the whole band, not how long it lasted',
  timelineLegendLanes: 'Events at the same time, in stacked rows',
  timelineLegendDensity: 'How many events fall there (darker: more)',
  timelineLegendBreak: 'Years without events, left out of the axis',
  timelineLegendCurrent: 'The current event, its date on the axis',
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
  chronologyList: 'قائمة الأحداث',
  chronology: 'التسلسل الزمني',
  timeline: 'الخط الزمني',
  timelineSlider: 'الحدث على الخط الزمني',
  previousEvent: 'الحدث السابق',
  nextEvent: 'الحدث التالي',
  eventOf: 'الحدث {n} من {total}',
  places: 'الأماكن',
  placePanel: 'ما تقوله المقالات عن {place}',
  closePlace: 'إغلاق',
  noExcerpts: 'لا يوجد مقتطف يذكر هذا المكان.',
  excerptsCount: 'المقتطفات: {n} · الأحداث: {m}',
  source: 'المصدر',
  unknownPublisher: 'ناشر غير مذكور في النص',
  publishedOn: 'نُشر في {date}',
  listSeparator: '، ',
  reader: 'المقال',
  closeReader: 'إغلاق المقال',
  readerLoading: 'جارٍ تحميل المقال…',
  readerFailed: 'تعذّر تحميل المقال.',
  readerMismatch: 'لم يُعثر على المقتطف في موضعه المسجّل في هذا المقال.',
  map: 'الخريطة',
  mapUnavailable:
    'لا يمكن عرض الخريطة: هذا المتصفح لا يدعم WebGL. ما زال الخط الزمني وقائمة التسلسل والأماكن والمقتطفات تعمل.',
  mapLoading: 'جارٍ تحميل الخريطة…',
  mapCodeFailed:
    'تعذّر تحميل شيفرة الخريطة (خطأ في الشبكة أو صفحة قديمة). أعد تحميل الصفحة؛ الخط الزمني والقائمة والأماكن والمقتطفات ما زالت تعمل.',
  mapWorkerFailed:
    'تعذّر تحميل ملف العامل الخاص بالخريطة. أعد تحميل الصفحة؛ الخط الزمني والقائمة والأماكن والمقتطفات ما زالت تعمل.',
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
  about: 'عن الخريطة',
  introLead:
    'كيف أبقت واشنطن وموسكو قناة مفتوحة خلال الحرب في أوكرانيا: آخر الاتصالات في 2022، ولقاء رئيسي الاستخبارات في أنقرة، ومحادثات الرياض وإسطنبول، وجولات أبوظبي في 2026.',
  introSources:
    'مرويّة من خمسة مقالات إخبارية عربية (2022-2026). كل حدث مقتبس منها حرفيًا مع مصدره، وتُنبّه ملاحظات المحرر إلى ما أخطأت فيه المقالات.',
  introHow:
    'شغّل الجولة لتتابع القصة فصلًا فصلًا، أو استكشف بنفسك: تنقّل على الخط الزمني في الأسفل، وانقر مكانًا على الخريطة لتقرأ ما تقوله المقالات عنه.',
  playTheTour: 'ابدأ الجولة',
  exploreMap: 'استكشف الخريطة',
  legend: 'مفتاح الخريطة',
  closeLegend: 'إغلاق مفتاح الخريطة',
  legendMap: 'على الخريطة',
  legendCity: 'مدينة أو موقع؛ تكبر الدائرة كلما كثرت أحداث القصة فيها',
  legendArea: 'دولة أو منطقة أو بحر؛ يشتد اللون كلما كثرت أحداث القصة فيها',
  legendCurrent: 'أماكن الحدث الحالي؛ لكل دولة لون إن تعددت الدول',
  legendOpen: 'المكان المفتوحة مقتطفاته',
  legendLine: 'اتصال في الحدث الحالي: مكالمة بين عاصمتين، أو خط من عاصمة كل طرف إلى مكان المحادثات',
  skipToTimeline: 'انتقل إلى الخط الزمني',
  tourProgress: 'تقدّم الجولة',
  tourMinutesLeft: 'بقي نحو {n} دقيقة',
  tourUnderAMinute: 'بقي أقل من دقيقة',
  chapterOf: 'الفصل {n} من {total}',
  tourNext: 'التالي',
  tourPrevious: 'السابق',
  tourPlay: 'تشغيل',
  speedTimes: '{n}×',
  tourPause: 'إيقاف مؤقت',
  playAgain: 'أعد الجولة',
  tourTitleFacts: '{n} حدثًا في {c} فصول، من {from} إلى {to}.',
  tourEndTitle: 'نهاية الجولة',
  tourEndText:
    'تنتهي المقالات الخمسة في {date}، وما حدث بعد ذلك خارج هذه المصادر. استكشف الخريطة لتقرأ كل المقتطفات، أو افتح أحد المقالات أدناه.',
  sources: 'المصادر',
  closeSources: 'إغلاق المصادر',
  sourcesLead: 'تُروى القصة من هذه المقالات العربية ({n}). كل مقتطف على الخريطة اقتباس حرفي من أحدها.',
  basisDateline: 'التاريخ مطبوع في المقال',
  basisInferred: 'التاريخ مستنتج من محتواه',
  sourceSupports: 'الأحداث: {n}، المقتطفات: {m}',
  dateEvidence: 'كيف عُرف التاريخ',
  aboutSource: 'عن هذا المصدر',
  // export, share, print
  export: 'تصدير',
  exportLabel: 'تصدير الأحداث',
  exportLead: 'الأحداث: {n}، المقتطفات: {m}، مع الترجمات وملاحظات المحرر والمصادر.',
  exportGeoJson: 'GeoJSON (للخرائط)',
  exportCsv: 'CSV (للجداول)',
  exportDone: 'نُزِّل الملف {file}',
  exportFailed: 'تعذّر إنشاء الملف.',
  print: 'طباعة التسلسل الزمني',
  share: 'مشاركة',
  shareLabel: 'مشاركة هذا الحدث',
  shareLink: 'رابط هذا الحدث',
  copyLink: 'نسخ الرابط',
  embedCode: 'التضمين في موقع',
  copyEmbed: 'نسخ رمز التضمين',
  copied: 'نُسخ.',
  copyByHand: 'حُدِّد النص: اضغط Ctrl+C (أو ⌘C) لنسخه.',
  embedFrameTitle: 'قناة: {title}',
  openFullMap: 'افتح الخريطة كاملة',
  printFacts: 'الأحداث: {n}، من {from} إلى {to}.',
  printOnline: 'الخريطة التفاعلية',
  printPlaces: 'الأماكن',
  readArticle: 'اقرأ المقال',
  noPlace: 'لا يذكر هذا الحدث مكانًا على الخريطة.',
  translation: 'ترجمة',
  editorsNote: 'ملاحظة المحرر',
  resetView: 'اعرض القصة كاملة',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fullscreen: 'ملء الشاشة',
  exitFullscreen: 'الخروج من ملء الشاشة',
  mapCredits: 'مصادر الخريطة',
  // search and filters
  search: 'بحث',
  searchPlaceholder: 'ابحث في الأحداث والأماكن والمقتطفات… ( / )',
  searchResults: 'نتائج البحث',
  searchNoMatch: 'لا نتائج. جرّب تهجئة أخرى أو كلمات أقل.',
  searchPlace: 'مكان',
  filters: 'تصفية',
  filtersOn: 'التصفية: {n} من {total}',
  filtersShowing: 'يظهر {n} من {total} حدثًا.',
  clearFilters: 'إلغاء التصفية',
  filterKinds: 'نوع الحدث',
  filterActors: 'الأطراف',
  filterArticles: 'المقال المصدر',
  eventOfFiltered: 'الحدث {n} من {total} (بعد التصفية، من أصل {all})',
  actor_un: 'الأمم المتحدة',
  actor_eu: 'الاتحاد الأوروبي',
  actor_hrw: 'هيومن رايتس ووتش',
  actor_wef: 'المنتدى الاقتصادي العالمي',
  kind_talks: 'محادثات',
  kind_call: 'اتصال',
  kind_meeting: 'لقاء',
  kind_statement: 'تصريح',
  kind_military: 'عسكري',
  kind_strike: 'ضربة',
  kind_exchange: 'تبادل',
  kind_treaty: 'معاهدة',
  kind_other: 'أخرى',
  // timeline
  timelineZoom: 'تكبير الخط الزمني',
  timelineZoomIn: 'كبّر الخط الزمني',
  timelineZoomOut: 'صغّر الخط الزمني',
  timelineWholeStory: 'اعرض القصة كاملة على الخط الزمني',
  timelineKeysHint:
    'المفاتيح: ← → للتنقل، Home/End للأول/الأخير، PageUp/PageDown عشرة أحداث، + − لتكبير الخط الزمني وتصغيره، 0 للقصة كاملة، المسافة للتشغيل/الإيقاف',
  timelineEventsHere: 'الأحداث هنا',
  timelineCloseChoices: 'أغلق القائمة',
  timelineMoreHere: '+{n} هنا أيضًا: انقر للاختيار',
  timelineLegend: 'الخط الزمني',
  timelineLegendDay: 'حدث في يوم معروف',
  timelineLegendDays: 'حدث على مدى أيام معروفة',
  timelineLegendFuzzy: 'تاريخ معروف تقريبًا (شهر أو فصل أو سنة): الشريط كله، لا مدة الحدث',
  timelineLegendLanes: 'أحداث في الوقت نفسه، في صفوف متراكبة',
  timelineLegendDensity: 'عدد الأحداث هناك (الأغمق: أكثر)',
  timelineLegendBreak: 'سنوات بلا أحداث، محذوفة من المحور',
  timelineLegendCurrent: 'الحدث الحالي، وتاريخه على المحور',
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

/**
 * The writing direction of a language: the page's `dir`, the canvas text and the side things
 * stand on all follow it.
 * @example textDirection('ar') // 'rtl'
 */
export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
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
