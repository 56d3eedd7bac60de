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

// Built apart and then typed, so that the rung, which the English names are about to gain as well,
// is already here when they do.
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
};

export const names: Names = table;
