/**
 * Proper names as Urdu newspapers and broadcasters write them, keyed by id (the engine's content
 * tables keep English names only). Group acronyms are spelt in Urdu letters, as the media write them.
 */
import type {
  ActorId,
  CrossingId,
  DistrictId,
  GroupId,
  PowerId,
  ProvinceId,
  ResponseId,
  TalksHost,
} from '../../engine';
import type { Names } from '../catalogue-types';

const KP = 'خیبر پختونخوا';
const BALOCHISTAN = 'بلوچستان';

const DISTRICTS: Record<DistrictId, { name: string; region: string }> = {
  chitral: { name: 'چترال', region: KP },
  'upper-dir': { name: 'اپر دیر', region: KP },
  'lower-dir': { name: 'لوئر دیر', region: KP },
  bajaur: { name: 'باجوڑ', region: KP },
  mohmand: { name: 'مہمند', region: KP },
  khyber: { name: 'خیبر', region: KP },
  peshawar: { name: 'پشاور', region: KP },
  orakzai: { name: 'اورکزئی', region: KP },
  kurram: { name: 'کرم', region: KP },
  'north-waziristan': { name: 'شمالی وزیرستان', region: KP },
  'south-waziristan-upper': { name: 'جنوبی وزیرستان (اپر)', region: KP },
  'south-waziristan-lower': { name: 'جنوبی وزیرستان (لوئر)', region: KP },
  bannu: { name: 'بنوں', region: KP },
  'lakki-marwat': { name: 'لکی مروت', region: KP },
  tank: { name: 'ٹانک', region: KP },
  'dera-ismail-khan': { name: 'ڈیرہ اسماعیل خان', region: KP },
  zhob: { name: 'ژوب', region: BALOCHISTAN },
  quetta: { name: 'کوئٹہ', region: BALOCHISTAN },
  chaman: { name: 'چمن', region: BALOCHISTAN },
  karachi: { name: 'کراچی', region: 'سندھ' },
  islamabad: { name: 'اسلام آباد', region: 'اسلام آباد وفاقی علاقہ' },
};

const PROVINCES: Record<ProvinceId, string> = {
  nuristan: 'نورستان',
  kunar: 'کنڑ',
  nangarhar: 'ننگرہار',
  paktia: 'پکتیا',
  khost: 'خوست',
  paktika: 'پکتیکا',
  zabul: 'زابل',
  kandahar: 'قندھار',
  kabul: 'کابل',
};

const CROSSINGS: Record<CrossingId, string> = {
  torkham: 'طورخم',
  chaman: 'چمن – سپن بولدک',
  kharlachi: 'خرلاچی',
  'ghulam-khan': 'غلام خان',
  'angoor-adda': 'انگور اڈہ',
  arandu: 'ارندو',
};

const GROUPS: Record<GroupId, string> = {
  ttp: 'ٹی ٹی پی',
  jua: 'جماعت الاحرار',
  iskp: 'داعش خراسان',
  hgb: 'حافظ گل بہادر گروپ',
  bla: 'بی ایل اے',
};

/** A power's full name: "Saudi Arabia", "United Arab Emirates". */
const POWERS: Record<PowerId, string> = {
  china: 'چین',
  iran: 'ایران',
  qatar: 'قطر',
  turkiye: 'ترکیہ',
  saudi: 'سعودی عرب',
  uae: 'متحدہ عرب امارات',
  un: 'اقوام متحدہ',
  us: 'امریکہ',
};

/** Actors' short names as a card heads them: the groups' short names, Kabul, the powers. */
const ACTORS: Record<ActorId, string> = { ...GROUPS, kabul: 'کابل', ...POWERS };

const TALKS_CITIES: Record<TalksHost, string> = {
  qatar: 'دوحہ',
  turkiye: 'استنبول',
  saudi: 'ریاض',
  china: 'ارمچی',
};

/** Each response's title, as a noun phrase that also stands inside a sentence. */
const RESPONSES: Record<ResponseId, string> = {
  'close-crossing': 'سرحدی گزرگاہ کی بندش',
  'reopen-crossing': 'سرحدی گزرگاہ کی بحالی',
  'repair-fence': 'باڑ اور قلعوں کی مرمت',
  'transit-guarantees': 'راہداری تجارت کی ضمانتیں',
  'accelerate-deportations': 'وطن واپسی کے عمل میں تیزی',
  'pause-deportations': 'ملک بدری میں وقفہ اور پی او آر کارڈز میں توسیع',
  development: 'ضم شدہ ضلع کے لیے ترقیاتی منصوبے',
  compensation: 'متاثرین کو معاوضہ اور گھروں کی تعمیرِ نو',
  'cpec-security': 'سی پیک کی سیکیورٹی کے لیے فنڈز',
  'gulf-support': 'خلیجی ممالک سے مالی مدد کی درخواست',
  'blame-kabul': 'کابل پر سرِعام الزام',
  'ulema-edict': 'عسکریت پسندی کے خلاف علما کے فتوے کی حمایت',
  'apex-committee': 'ایپکس کمیٹی کا اجلاس',
  'provincial-compact': 'خیبر پختونخوا کے ساتھ سیکیورٹی معاہدہ',
  jirga: 'عمائدین کے ساتھ جرگہ',
  'talks-qatar': 'دوحہ میں مذاکرات (قطر)',
  'talks-turkiye': 'استنبول میں مذاکرات (ترکیہ)',
  'talks-saudi': 'ریاض میں مذاکرات (سعودی عرب)',
  'talks-china': 'ارمچی میں سہ فریقی مذاکرات (چین)',
  'propose-verification': 'مشترکہ تصدیقی نظام کی تجویز',
  'envoy-to-kabul': 'کابل کے لیے خصوصی ایلچی',
  'raise-at-un': 'سلامتی کونسل میں پناہ گاہوں کا معاملہ',
  'afghan-outreach': 'افغان عمائدین اور معاشرے سے رابطہ',
  'strike-camps': 'عسکریت پسندوں کے کیمپوں پر حملے',
  'leadership-strike': 'عسکریت پسند رہنماؤں پر ہدفی حملے',
  'strike-taliban-posts': 'طالبان کی چوکیوں اور شہروں پر حملے',
  'intelligence-based-operations': 'انٹیلی جنس کی بنیاد پر کارروائیاں',
  'area-clearance': 'علاقہ کلیئرنس آپریشن',
  curfew: 'کرفیو اور نقل و حرکت پر پابندیاں',
  'hunt-urban-cells': 'شہروں میں خفیہ سیلوں کی تلاش',
  'counter-drone': 'انسدادِ ڈرون حفاظتی نظام',
  'build-intelligence': 'سرحد پار انٹیلی جنس نیٹ ورک کی تعمیر',
  'police-capacity': 'سی ٹی ڈی اور پولیس کی استعداد میں اضافہ',
  'harden-stations': 'پولیس اسٹیشنوں کی مضبوطی',
  'speed-prosecutions': 'دہشت گردی کے مقدمات کی تیز سماعت',
};

/** The escalation ladder's rungs, lowest first (as the engine's LADDER_RUNGS). */
const RUNGS = [
  'سکون',
  'سخت بیان بازی',
  'سرحدی واقعات',
  'سرحد پار حملے',
  'مسلسل جھڑپیں',
  'کھلی جنگ',
] as const;

/** A rung of the escalation ladder by its level: 2 → "سرحدی واقعات". */
export const rungName = (level: number): string => RUNGS[level] ?? String(level);

// Built apart and then typed, so that the rung and the response, which the English names are about
// to gain as well, are already here when they do.
const table = {
  district: (id: DistrictId) => DISTRICTS[id].name,
  region: (id: DistrictId) => DISTRICTS[id].region,
  province: (id: ProvinceId) => PROVINCES[id],
  crossing: (id: CrossingId) => CROSSINGS[id],
  group: (id: GroupId) => GROUPS[id],
  power: (id: PowerId) => POWERS[id],
  actor: (id: ActorId) => ACTORS[id],
  talksCity: (host: TalksHost) => TALKS_CITIES[host],
  rung: rungName,
  response: (id: ResponseId) => RESPONSES[id],
};

export const names: Names = table;
