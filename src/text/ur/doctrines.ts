/**
 * The doctrines in Urdu: each rule's title, and each reading's words for a condition, made from the
 * condition's own data (its reading, operator, threshold and, for a few, a wording). A rule's title
 * is an infinitive phrase ("… کرنا"): it heads a "Why?" card and is the predicate of a forecast.
 */
import type { ConditionEntries, RuleTitles, Tools } from '../catalogue-types';
import type { PluralForms } from '../format';
import { rungName } from './names';

export const ruleTitles: RuleTitles = {
  'ttp/prove-survival': 'جوابی حملہ کر کے اپنی بقا ثابت کرنا',
  'ttp/regroup': 'سرحد پار پیچھے ہٹ کر ازسرِنو منظم ہونا',
  'ttp/spoil-talks': 'مذاکرات سبوتاژ کرنے کے لیے حملہ کرنا',
  'ttp/hit-soft-police': 'جہاں پولیس کمزور ہو وہاں اسے نشانہ بنانا',
  'ttp/recruit-on-grievance': 'شکایات کا فائدہ اٹھا کر بھرتی کرنا',
  'ttp/infiltrate': 'جنگجو سرحد پار بھیجنا',
  'jua/prove-survival': 'کسی شہر میں حملہ کر کے فضائی حملوں کا جواب دینا',
  'jua/urban-spectacle': 'کسی شہر میں بڑی اور نمایاں کارروائی کرنا',
  'jua/recruit-on-deportations': 'ملک بدری سے ناراض لوگوں میں بھرتی کرنا',
  'jua/plan': 'خفیہ منصوبہ بندی کرنا اور سیل دوبارہ بنانا',
  'iskp/sectarian-massacre': 'شیعہ یا کسی مخالف مذہبی اجتماع کو بم سے نشانہ بنانا',
  'iskp/recruit-on-grievance': 'شکایات کا فائدہ اٹھا کر بھرتی کرنا',
  'iskp/rebuild': 'اپنے سیل دوبارہ بنانا',
  'hgb/prove-survival': 'وزیرستان سے جوابی حملہ کرنا',
  'hgb/regroup': 'خوست اور پکتیکا میں ازسرِنو منظم ہونا',
  'hgb/quadcopters': 'پولیس کے خلاف کواڈ کاپٹر استعمال کرنا',
  'hgb/infiltrate': 'جنگجو واپس وزیرستان بھیجنا',
  'bla/hit-cpec': 'سی پیک اور چینی اہداف پر حملہ کرنا',
  'bla/exploit-crisis': 'مغربی سرحد پر مصروف فوج کی صورتحال سے فائدہ اٹھانا',
  'bla/recruit-on-grievance': 'شکایات کا فائدہ اٹھا کر بھرتی کرنا',
  'bla/wait': 'موقع کا انتظار کرنا اور خود کو دوبارہ منظم کرنا',
  'kabul/open-war': 'کھلی جنگ کا اعلان کرنا',
  'kabul/offensive': 'سرحدی چوکیوں پر جوابی یلغار کرنا',
  'kabul/miscalculated-offensive': 'سرحدی جھڑپ کو بڑھ کر یلغار بن جانے دینا',
  'kabul/answer-strikes': 'فضائی حملوں کا جواب سرحدی چوکیوں پر فائرنگ سے دینا',
  'kabul/contest-the-line': 'باڑ کے کام یا بند گزرگاہ پر فائرنگ کرنا',
  'kabul/restrain-ttp': 'خاموشی سے ٹی ٹی پی کو روکنا',
  'kabul/reject-blame': 'الزام مسترد کرنا اور لفظوں سے جواب دینا',
  'kabul/goodwill': 'خیرسگالی کا قدم اٹھانا',
  'kabul/deny': 'کسی کو بھی پناہ دینے سے انکار کرنا',
  'china/protect-cpec': 'سی پیک پر حملے کے بعد امن و سکون پر زور دینا',
  'china/offer-urumqi': 'سہ فریقی مذاکرات بلانے کی پیشکش کرنا',
  'china/urge-calm': 'دونوں فریقوں پر تحمل کے لیے زور دینا',
  'china/invest': 'سکون کا صلہ سرمایہ کاری سے دینا',
  'china/watch': 'نظر رکھنا اور انتظار کرنا',
  'iran/take-transit': 'افغان راہداری تجارت اپنی طرف کھینچنا',
  'iran/push-returns': 'افغانوں کی ملک بدری تیز کرنا',
  'iran/watch': 'نظر رکھنا اور انتظار کرنا',
  'qatar/offer-doha': 'دوحہ میں مذاکرات کی میزبانی کی پیشکش کرنا',
  'qatar/press-verification': 'کابل کو تصدیقی نظام کی طرف مائل کرنا',
  'qatar/watch': 'نظر رکھنا اور انتظار کرنا',
  'turkiye/press-verification': 'نگرانی کے نظام پر زور دینا',
  'turkiye/offer-istanbul': 'استنبول میں مذاکرات کے ایک دور کی میزبانی کی پیشکش کرنا',
  'turkiye/watch': 'نظر رکھنا اور انتظار کرنا',
  'saudi/offer-money': 'مشکل میں گھرے شراکت دار کو ڈپازٹس کی پیشکش کرنا',
  'saudi/offer-riyadh': 'ریاض میں ثالثی کی پیشکش کرنا',
  'saudi/watch': 'نظر رکھنا اور انتظار کرنا',
  'uae/offer-money': 'مالی مدد کی پیشکش کرنا',
  'uae/watch': 'دونوں دارالحکومتوں سے تعلقات برقرار رکھنا',
  'un/report-harm': 'افغانستان میں شہری ہلاکتوں کی رپورٹ دینا',
  'un/oppose-returns': 'جبری واپسی کی مخالفت کرنا',
  'un/urge-restraint': 'کشیدگی کم کرنے کی اپیل کرنا',
  'un/monitor': 'گنتی جاری رکھنا',
  'us/designate': 'عسکریت پسند رہنماؤں کو پابندیوں کی فہرست میں شامل کرنا',
  'us/endorse-strikes': 'اپنے دفاع کے حق کو تسلیم کرنا',
  'us/watch': 'دور سے نظر رکھنا',
};

type Threshold = { op: '>=' | '<='; value: number };

/** Weeks before a postposition ("… سے", "… میں"): the oblique forms. */
const WEEKS: PluralForms = { one: 'ہفتے', other: 'ہفتوں' };

/** "اس کا حوصلہ کم از کم ۳۰ ہے" / "اس کا حوصلہ ۴۴ یا اس سے کم ہے". */
const level =
  (subject: string) =>
  (c: Threshold, t: Tools): string =>
    c.op === '>='
      ? `${subject} کم از کم ${t.number(c.value)} ہے`
      : `${subject} ${t.number(c.value)} یا اس سے کم ہے`;

/** A yes/no reading: it holds when it must be yes (at least 1), and must not otherwise. */
const yesNo =
  (yes: string, no: string) =>
  (c: Threshold): string =>
    c.op === '>=' && c.value >= 1 ? yes : no;

const orMore = (c: Threshold) => (c.op === '>=' ? 'یا اس سے زیادہ' : 'یا اس سے کم');

/** The threshold in brackets: "(۶۵ یا اس سے زیادہ)". */
const bracket = (c: Threshold, t: Tools) => `(${t.number(c.value)} ${orMore(c)})`;

const SMALL = ['کوئی', 'ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس'];
const spelled = (value: number, t: Tools) => SMALL[value] ?? t.number(value);
const times = (value: number, t: Tools) =>
  `${value >= 1 && value <= 10 ? spelled(value, t) : t.number(value)} بار`;

const rung = (value: number) => `«${rungName(value)}»`;
/** The state of the border at each rung, for "… or worse". */
const RUNG_STATE = [
  'سرحد پر سکون ہے',
  'سخت بیان بازی ہو رہی ہے',
  'سرحدی واقعات ہو رہے ہیں',
  'سرحد پار حملے ہو رہے ہیں',
  'مسلسل جھڑپیں جاری ہیں',
  'کھلی جنگ جاری ہے',
];

/** "اس ہفتے دو یا اس سے زیادہ حملے ہوئے" / "اس ہفتے ایک حملہ ہوا". */
const thisWeek =
  (one: string, many: (count: string) => string, none: string) =>
  (c: Threshold, t: Tools): string =>
    c.op === '<='
      ? c.value === 0
        ? none
        : many(`${t.number(c.value)} یا اس سے کم`)
      : c.value <= 1
        ? one
        : many(`${spelled(c.value, t)} یا اس سے زیادہ`);

export const conditions: ConditionEntries = {
  strength: level('اس کی طاقت'),
  morale: level('اس کا حوصلہ'),
  grievance: level('شکایات کی سطح'),
  struckRecently: yesNo(
    'پچھلے دو ہفتوں میں اس پر حملہ ہوا',
    'پچھلے دو ہفتوں میں اس پر حملہ نہیں ہوا',
  ),
  weeksSinceAttack: (c, t) =>
    c.op === '>='
      ? `اس نے ${t.count(c.value, WEEKS)} یا اس سے زیادہ عرصے سے حملہ نہیں کیا`
      : `اس نے پچھلے ${t.count(c.value, WEEKS)} میں حملہ کیا`,
  weakestPoliceWherePresent: (c, t) =>
    c.op === '<='
      ? `جہاں یہ سرگرم ہے وہاں کہیں پولیس کمزور ہے (${t.number(c.value)} یا اس سے کم)`
      : `جہاں یہ سرگرم ہے وہاں ہر جگہ پولیس کی استعداد کم از کم ${t.number(c.value)} ہے`,
  stance: (c, t) =>
    c.op === '<='
      ? `اس کا رویہ ${t.number(c.value)} یا اس سے کم ہے`
      : c.wording === 'warm'
        ? `اس کا رویہ گرمجوش ہے ${bracket(c, t)}`
        : c.wording === 'neutral-warm'
          ? `اس کا رویہ کم از کم غیر جانبدار سے قدرے گرمجوش ہے ${bracket(c, t)}`
          : `اس کا رویہ کم از کم ${t.number(c.value)} ہے`,
  offerActive: yesNo('اس کی پیشکش برقرار ہے', 'اس کی کوئی پیشکش برقرار نہیں'),
  ladder: (c) =>
    c.op === '<='
      ? c.value <= 1
        ? `سرحد پر سکون ہے (کشیدگی کی سیڑھی ${rung(c.value)} یا اس سے نیچے)`
        : `کشیدگی کی سیڑھی ${rung(c.value)} یا اس سے نچلے درجے پر ہے`
      : c.wording === 'or-worse'
        ? `${RUNG_STATE[c.value] ?? `کشیدگی کی سیڑھی ${rung(c.value)} پر ہے`}، یا صورتحال اس سے بھی بدتر ہے`
        : `کشیدگی کی سیڑھی ${rung(c.value)} یا اس سے اونچے درجے پر ہے`,
  weeksOfHostilities: (c, t) => `جھڑپیں ${t.count(c.value, WEEKS)} ${orMore(c)} عرصے سے جاری ہیں`,
  talksActive: yesNo('مذاکرات یا جنگ بندی جاری ہے', 'نہ مذاکرات جاری ہیں نہ جنگ بندی'),
  truce: (c) =>
    c.op === '>=' && c.value >= 1
      ? 'جنگ بندی برقرار ہے'
      : c.wording === 'lapsed'
        ? 'جنگ بندی ختم ہو چکی ہے'
        : 'کوئی جنگ بندی نہیں',
  talksProgress: (c, t) =>
    c.op === '>='
      ? `مذاکرات میں پیش رفت ہوئی ہے ${bracket(c, t)}`
      : `مذاکرات زیادہ آگے نہیں بڑھے ${bracket(c, t)}`,
  verification: (c) =>
    c.op === '>=' && c.value >= 1
      ? 'تصدیقی نظام کام کر رہا ہے'
      : c.wording === 'yet'
        ? 'ابھی تک کوئی تصدیقی نظام نہیں'
        : 'کوئی تصدیقی نظام نہیں',
  deportedRecently: yesNo(
    'پاکستان نے پچھلے دو ہفتوں میں ملک بدری تیز کی',
    'پاکستان نے پچھلے دو ہفتوں میں ملک بدری تیز نہیں کی',
  ),
  fiscalRoom: level('پاکستان کی مالی گنجائش'),
  attacksThisWeek: thisWeek(
    'اس ہفتے ایک حملہ ہوا',
    (count) => `اس ہفتے ${count} حملے ہوئے`,
    'اس ہفتے کوئی حملہ نہیں ہوا',
  ),
  strikesThisWeek: thisWeek(
    'اس ہفتے سرحد پار حملے ہوئے',
    (count) => `اس ہفتے ${count} سرحد پار حملے ہوئے`,
    'اس ہفتے کوئی سرحد پار حملہ نہیں ہوا',
  ),
  strikesLastFourWeeks: (c, t) =>
    `پاکستان نے چار ہفتوں میں ${times(c.value, t)} ${orMore(c)} افغان سرزمین پر حملہ کیا`,
  borderWorkRecently: yesNo(
    'پاکستان نے اس ہفتے کوئی سرحدی گزرگاہ بند کی یا باڑ پر کام کیا',
    'پاکستان نے اس ہفتے نہ کوئی سرحدی گزرگاہ بند کی نہ باڑ پر کام کیا',
  ),
  afghanCiviliansThisWeek: thisWeek(
    'اس ہفتے حملوں میں افغان شہری جاں بحق ہوئے',
    (count) => `اس ہفتے حملوں میں ${count} افغان شہری جاں بحق ہوئے`,
    'اس ہفتے حملوں میں کوئی افغان شہری جاں بحق نہیں ہوا',
  ),
  cpecAttacksThisWeek: thisWeek(
    'اس ہفتے سی پیک کے ایک ہدف پر حملہ ہوا',
    (count) => `اس ہفتے سی پیک کے ${count} اہداف پر حملے ہوئے`,
    'اس ہفتے سی پیک کے کسی ہدف پر حملہ نہیں ہوا',
  ),
  closedTradeShare: (c, t) =>
    `تجارتی گزرگاہوں میں سے ${c.value === 50 ? 'آدھی' : t.percent(c.value)} ${orMore(c)} بند ہیں`,
  majorClosureWeeks: (c, t) =>
    `${t.crossing('torkham')} یا ${t.district('chaman')} ${t.count(c.value, WEEKS)} ${orMore(c)} عرصے سے بند ہے`,
  struckAfghanSoil: yesNo(
    'پاکستان نے پچھلے ہفتے افغان سرزمین پر حملہ کیا',
    'پاکستان نے پچھلے ہفتے افغان سرزمین پر حملہ نہیں کیا',
  ),
  capitalStruck: yesNo(
    'پاکستان نے اس ہفتے کابل پر حملہ کیا',
    'پاکستان نے اس ہفتے کابل پر حملہ نہیں کیا',
  ),
  humiliated: yesNo(
    'پاکستان نے پچھلے ہفتے طالبان کی چوکیوں یا شہروں پر حملہ کیا',
    'پاکستان نے پچھلے ہفتے طالبان کی چوکیوں یا شہروں پر حملہ نہیں کیا',
  ),
  blamedRecently: yesNo(
    'پاکستان نے پچھلے ہفتے کابل کو سرِعام ذمہ دار ٹھہرایا',
    'پاکستان نے پچھلے ہفتے کابل کو سرِعام ذمہ دار نہیں ٹھہرایا',
  ),
  hostility: (c, t) =>
    c.op === '<=' && c.wording === 'not-extreme'
      ? `کابل کی مخاصمت انتہا پر نہیں ${bracket(c, t)}`
      : level('مخاصمت')(c, t),
  hardliners: (c, t) =>
    c.op === '>='
      ? `سخت گیر عناصر کا پلڑا بھاری ہے ${bracket(c, t)}`
      : `سخت گیر عناصر قابو میں ہیں ${bracket(c, t)}`,
  restraint: level('ٹی ٹی پی کو روکنے پر آمادگی'),
  tradeDependence: (c, t) =>
    c.op === '>='
      ? `پاکستان سے تجارت اب بھی اہم ہے ${bracket(c, t)}`
      : `پاکستان سے تجارت کی اہمیت کم ہے ${bracket(c, t)}`,
  ttpSanctuary: (c, t) =>
    c.op === '>='
      ? 'ٹی ٹی پی کے پاس اب بھی کھونے کو پناہ گاہ ہے'
      : `ٹی ٹی پی کی پناہ گاہ ${t.number(c.value)} یا اس سے کم ہے`,
};
