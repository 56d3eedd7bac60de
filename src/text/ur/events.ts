/** The week's events in Urdu, told as news: one sentence (or two) per event id the engine emits. */
import type { AttackStyle } from '../../engine';
import type { EventEntries } from '../catalogue-types';
import type { PluralForms } from '../format';

/** What the militants did, in the perfect: "… پر حملہ کیا". */
const DONE: Record<AttackStyle, string> = {
  security: 'ایک سیکیورٹی چوکی پر حملہ کیا',
  police: 'پولیس پر حملہ کیا',
  urban: 'ایک شہری ہدف کو نشانہ بنایا',
  sectarian: 'ایک پُرہجوم اجتماع میں بم دھماکا کیا',
  cpec: 'سی پیک سے منسلک ایک ہدف پر حملہ کیا',
  quadcopter: 'کواڈ کاپٹروں سے ایک پولیس اسٹیشن پر بارود گرایا',
  spoiler: 'مذاکرات سبوتاژ کرنے کے لیے فوجیوں پر حملہ کیا',
};

/** What the militants tried, before "کی کوشش کی": "… پر حملے". */
const TRIED: Record<AttackStyle, string> = {
  security: 'ایک سیکیورٹی چوکی پر حملے',
  police: 'پولیس پر حملے',
  urban: 'ایک شہری ہدف کو نشانہ بنانے',
  sectarian: 'ایک پُرہجوم اجتماع میں بم دھماکے',
  cpec: 'سی پیک سے منسلک ایک ہدف پر حملے',
  quadcopter: 'کواڈ کاپٹروں سے ایک پولیس اسٹیشن پر بارود گرانے',
  spoiler: 'مذاکرات سبوتاژ کرنے کے لیے فوجیوں پر حملے',
};

const SOLDIERS: PluralForms = { one: 'فوجی', other: 'فوجی' };
const POLICE: PluralForms = { one: 'پولیس اہلکار', other: 'پولیس اہلکار' };
const CIVILIANS: PluralForms = { one: 'شہری', other: 'شہری' };
const AFGHAN_CIVILIANS: PluralForms = { one: 'افغان شہری', other: 'افغان شہری' };
const MILITANTS: PluralForms = { one: 'عسکریت پسند', other: 'عسکریت پسند' };
const PEOPLE: PluralForms = { one: 'شخص', other: 'افراد' };
const DISPLACED: PluralForms = { one: 'بے گھر شخص', other: 'بے گھر افراد' };
/** Weeks before a postposition ("… کے لیے"): the oblique forms. */
const WEEKS_OBLIQUE: PluralForms = { one: 'ہفتے', other: 'ہفتوں' };

/** "About 31,000": a large number of people to the nearest thousand. */
const thousands = (people: number, t: { number(value: number): string }) =>
  t.number(Math.round(people / 1000) * 1000);

export const events: EventEntries = {
  // Scenario events.
  'captured-attacker': () =>
    'فوج کا کہنا ہے کہ کراچی میں گرفتار ہونے والا حملہ آور افغان شہری ہے۔ کابل کا کہنا ہے کہ کوئی افغان سرزمین استعمال نہیں ہوئی۔ اس دعوے کی آزادانہ تصدیق ممکن نہیں۔',
  'red-crescent-count': (_, t) =>
    `افغان ہلالِ احمر کے مطابق گزشتہ ہفتے کے حملوں میں ننگرہار میں ${t.count(18, PEOPLE)} ہلاک ہوئے؛ کابل انہیں شہری کہتا ہے اور اسلام آباد عسکریت پسند۔ یہ تعداد متنازع ہے۔`,
  'istanbul-round': (w) =>
    w.truceHeld
      ? 'استنبول میں وفود نے جنگ بندی میں توسیع کر دی اور نگرانی و تصدیق کے ایک نظام پر «اصولی طور پر» اتفاق کیا۔ تفصیلات بعد کے لیے چھوڑ دی گئیں۔'
      : 'جنگ بندی ختم ہو جانے کے باوجود استنبول میں وفود کی ملاقات ہوئی اور نگرانی و تصدیق کے ایک نظام پر «اصولی طور پر» اتفاق ہوا۔ تفصیلات بعد کے لیے چھوڑ دی گئیں۔',
  'istanbul-collapse': () =>
    'استنبول میں مذاکرات کا ایک اور دور کسی معاہدے کے بغیر ختم ہو گیا؛ دونوں فریقوں نے ایک دوسرے پر بدنیتی کا الزام لگایا۔',
  'capital-bombing': (_, t) =>
    `حکومت نے اسلام آباد کچہری دھماکے کا ذمہ دار ${t.group('ttp')} کے ایک سیل کو ٹھہرایا؛ ${t.group('jua')} کے دعوے کی تردید خود گروپ کے اندر سے ہوئی۔ وانا میں کیڈٹ کالج پر حملہ ناکام بنا دیا گیا۔`,
  'riyadh-offer': () => 'سعودی عرب نے دونوں وفود کو ریاض آنے کی دعوت دی۔',
  'soldiers-freed': () => 'کابل نے گرفتار تین پاکستانی فوجی سعودی ثالثوں کے حوالے کر دیے۔',
  'eid-truce-request': () =>
    'سعودی عرب، قطر اور ترکیہ نے مشترکہ طور پر دونوں فریقوں سے عید پر جنگ بندی کی اپیل کی اور مذاکرات کی میزبانی کی پیشکش کی۔',
  'urumqi-pledge': () =>
    'چین نے دونوں فریقوں کو ارمچی مدعو کیا اور زور دیا کہ وہ کشیدگی مزید نہ بڑھانے کا عہد کریں۔',
  'medicine-ban': () =>
    'کابل نے پاکستانی ادویات کی درآمد پر پابندی لگا دی اور تاجروں کو دوسرے سپلائر تلاش کرنے کے لیے چند ماہ کی مہلت دی۔',
  'contested-hospital-strike': () =>
    'کابل کا کہنا ہے کہ ایک حملے میں منشیات کے عادی افراد کی بحالی کا ایک ہسپتال نشانہ بنا اور سینکڑوں افراد ہلاک ہوئے؛ پاکستان کا کہنا ہے کہ اس نے اسلحے کے ایک ذخیرے کو نشانہ بنایا۔ اقوام متحدہ کے انسانی حقوق کے دفتر نے تحقیقات کا مطالبہ کیا ہے۔ دونوں دعوے متنازع ہیں۔',
  'quadcopter-spread': () =>
    'بنوں اور شمالی وزیرستان میں عسکریت پسندوں نے پولیس چوکیوں پر بارود گرانے کے لیے سستے کواڈ کاپٹر استعمال کرنا شروع کر دیے۔',
  'bla-designation': (_, t) =>
    `واشنگٹن نے ${t.group('bla')} اور اس کے مجید بریگیڈ کو غیر ملکی دہشت گرد تنظیم قرار دے دیا۔`,
  'saudi-defence-pact': () =>
    'پاکستان اور سعودی عرب نے باہمی دفاع کے ایک اسٹریٹجک معاہدے پر دستخط کیے۔',

  // Strikes, attacks, displacement and crossings.
  strike: (w, t) => {
    const what =
      w.target === 'camps' ? 'عسکریت پسندوں کے کیمپوں' : 'طالبان کی چوکیوں اور فوجی تنصیبات';
    const groups = w.groups.map((g) => t.group(g)).join('، ') || 'کوئی معلوم گروپ نہیں';
    const harm =
      w.civilians > 0
        ? ` کابل اور مقامی حکام کے مطابق ${t.count(w.civilians, CIVILIANS)} جاں بحق ہوئے؛ اسلام آباد اس تعداد کو تسلیم نہیں کرتا۔`
        : ' کسی شہری کی ہلاکت کی اطلاع نہیں۔';
    return `پاکستان نے ${t.province(w.province)} میں ${what} پر حملے کیے (${groups})۔ اس کا دعویٰ ہے کہ ${t.count(w.militants, MILITANTS)} ہلاک ہوئے۔${harm}`;
  },
  'truce-broken-by-strike': () => 'کابل نے اعلان کیا کہ پاکستانی حملے سے جنگ بندی ٹوٹ گئی ہے۔',
  'verification-suspended-by-strike': () =>
    'کابل نے مشترکہ تصدیقی نظام معطل کر دیا: پاکستان نے نگرانوں کا انتظار کیے بغیر حملہ کیا۔',
  displacement: (w, t) =>
    `${t.district(w.district)} میں تقریباً ${t.count(w.people, PEOPLE)} اپنا گھر چھوڑنے پر ${t.noun(w.people, { one: 'مجبور ہوا', other: 'مجبور ہوئے' })}۔`,
  'crossing-closed': (w, t) =>
    `${w.by === 'kabul' ? t.actor('kabul') : 'پاکستان'} نے ${t.crossing(w.crossing)} کی سرحدی گزرگاہ بند کر دی؛ دونوں جانب ٹرکوں کی قطاریں لگ گئیں۔`,
  'crossing-reopened': (w, t) =>
    `${t.crossing(w.crossing)} کی سرحدی گزرگاہ تجارت اور مسافروں کے لیے دوبارہ کھل گئی۔`,
  'attack-foiled': (w, t) =>
    `عسکریت پسندوں نے ${t.district(w.district)} میں ${TRIED[w.style]} کی کوشش کی؛ حملہ ناکام بنا دیا گیا۔`,
  attack: (w, t) => {
    const claim =
      w.claimedBy === 'none'
        ? 'کسی گروپ نے ذمہ داری قبول نہیں کی۔'
        : `${t.group(w.claimedBy)} نے ذمہ داری قبول کر لی۔`;
    const toll = `${t.count(w.soldiers, SOLDIERS)}، ${t.count(w.police, POLICE)}، ${t.count(w.civilians, CIVILIANS)}`;
    const deadliest = w.massCasualty ? ' یہ برسوں کے مہلک ترین حملوں میں سے ایک ہے۔' : '';
    return `عسکریت پسندوں نے ${t.district(w.district)} میں ${DONE[w.style]}: ${t.count(w.deaths, PEOPLE)} جاں بحق (${toll})۔${deadliest} ${claim}`;
  },
  'truce-collapses-after-attack': (w, t) =>
    `${t.district(w.district)} کے حملے کے بعد جنگ بندی ختم ہو گئی؛ دونوں فریق ایک دوسرے کو ذمہ دار ٹھہراتے ہیں۔`,

  // Drifts.
  attribution: (w, t) => {
    const place = t.district(w.district);
    const author = t.group(w.author);
    const finding =
      w.claimedBy === w.author
        ? `تفتیش کاروں نے تصدیق کی کہ ${place} کے حملے میں ${author} کا ہاتھ تھا۔`
        : `تفتیش کار اب ${place} کے حملے کو ${author} سے منسوب کرتے ہیں${w.claimedBy === 'none' ? '' : `، نہ کہ ${t.group(w.claimedBy)} سے جیسا کہ پہلے دعویٰ کیا گیا تھا`}۔`;
    const hollow = w.blameRingsHollow
      ? ` اسلام آباد نے کابل کو ذمہ دار ٹھہرایا تھا، لیکن ${author} اور طالبان میں کوئی دوستی نہیں؛ بیرونِ ملک یہ الزام بے وزن لگتا ہے۔`
      : '';
    return finding + hollow;
  },
  'kabul-reroutes-trade': () =>
    'کابل نے افغان تاجروں کو ہدایت کی کہ وہ ایران اور وسطی ایشیا کے راستے تجارت کریں، اور پاکستان سے درآمدات محدود کر دیں۔',
  'truce-runs-out': () => 'جنگ بندی کی مدت تجدید کے بغیر ختم ہو گئی۔',
  'verification-lapses': () =>
    'کئی ہفتوں سے مذاکرات کا کوئی دور نہ ہونے کے باعث مشترکہ نگرانوں کے اجلاس رک گئے؛ تجدید تک تصدیقی نظام معطل رہے گا۔',

  // Reactions of Kabul and the powers.
  'border-fire': (w, t) =>
    `طالبان فورسز نے ${t.district(w.district)} میں پاکستانی سرحدی چوکیوں پر فائرنگ کی: ${t.count(w.soldiers, SOLDIERS)} جاں بحق۔ کابل نے اسے افغان سرزمین کی خلاف ورزیوں کا جواب قرار دیا۔`,
  offensive: (w, t) =>
    `طالبان فورسز نے ${t.district(w.district)} کے قریب سرحد پر «جوابی کارروائی» شروع کی: فائرنگ اور گولہ باری سے ${t.count(w.soldiers, SOLDIERS)} اور ${t.count(w.civilians, CIVILIANS)} جاں بحق۔ کابل کہیں زیادہ ہلاکتوں کا دعویٰ کرتا ہے۔`,
  'kabul-declares-war': () =>
    'کابل نے پوری سرحد پر فوج متحرک کر دی اور اعلان کیا کہ افغانستان پاکستان کے ساتھ حالتِ جنگ میں ہے۔',
  'ttp-moved-from-border': (_, t) =>
    `اطلاعات کے مطابق طالبان نے ${t.group('ttp')} کے کچھ جنگجوؤں اور ان کے خاندانوں کو سرحد سے دور منتقل کر دیا ہے، جبکہ عوامی سطح پر وہ ان کی موجودگی سے انکار کرتے ہیں۔`,
  'kabul-rejects-accusation': () =>
    'کابل کے ترجمان نے پاکستان کے الزامات کو اس کی اپنی سیکیورٹی ناکامیوں پر پردہ ڈالنے کی کوشش قرار دے کر مسترد کر دیا۔',
  'kabul-goodwill': () =>
    'کابل نے زیرِ حراست پاکستانی تاجروں کو رہا کر دیا اور برادرانہ تعلقات پر زور دیا۔',
  'mediation-offered': (w, t) =>
    `${t.power(w.power)} نے اسلام آباد اور کابل کے درمیان مذاکرات کی میزبانی کی پیشکش کی۔`,
  'funding-signalled': (w, t) =>
    `${t.power(w.power)} نے اشارہ دیا کہ درخواست کی صورت میں ڈپازٹس کی مدت بڑھائی جا سکتی ہے۔`,
  'restraint-urged': (w, t) =>
    `${t.power(w.power)} نے دونوں فریقوں سے تحمل کا مظاہرہ کرنے اور بات چیت کی طرف لوٹنے کی اپیل کی۔`,
  'iran-transit-fees': () =>
    'ایران نے افغان سامان کے لیے بندرگاہی فیسیں کم کر دیں؛ مزید افغان تجارت ایرانی بندرگاہوں کا رخ کر رہی ہے۔',
  'iran-returns': (w, t) =>
    `ایران نے اس ہفتے تقریباً ${thousands(w.people, t)} افغانوں کو سرحد پار واپس بھیجا؛ امدادی اداروں نے کیمپوں میں گنجائش سے زیادہ رش کا انتباہ دیا ہے۔`,
  'un-harm-report': (w, t) =>
    `اقوام متحدہ کے مبصرین کے مطابق اس ہفتے سرحد پار حملوں میں ${t.count(w.civilians, AFGHAN_CIVILIANS)} جاں بحق ہوئے؛ انہوں نے تحقیقات کا مطالبہ کیا ہے۔`,
  'un-criticises-returns': () =>
    'اقوام متحدہ کے ادارہ برائے پناہ گزین نے پاکستان پر زور دیا کہ افغانستان کی طرف جبری واپسی روک دی جائے۔',
  sanctions: (w, t) =>
    `واشنگٹن نے ${t.group(w.group)} کے رہنماؤں کو اپنی پابندیوں کی فہرست میں شامل کر لیا۔`,
  'cpec-tranche': () => 'چین نے سی پیک منصوبوں کے لیے رکی ہوئی ایک قسط جاری کر دی۔',

  // Pakistan's responses.
  'leadership-hit': (w, t) =>
    `حکام کے مطابق ${t.province(w.province)} میں ایک حملے میں ${t.group(w.group)} کا ایک سینئر کمانڈر مارا گیا۔`,
  'leadership-missed': (w, t) =>
    `${t.province(w.province)} میں ایک حملہ اپنے ہدف سے چوک گیا؛ کہا جاتا ہے کہ ${t.group(w.group)} کا کمانڈر کئی دن پہلے وہاں سے جا چکا تھا۔`,
  'un-strike-report': (w, t) =>
    `اقوام متحدہ کے مبصرین کے مطابق ${t.province(w.province)} پر حملوں میں ${t.count(w.civilians, AFGHAN_CIVILIANS)} جاں بحق ہوئے؛ پاکستان کا کہنا ہے کہ اس نے صرف فوجی اہداف کو نشانہ بنایا۔`,
  raids: (w, t) =>
    `${t.district(w.district)} میں انٹیلی جنس کی بنیاد پر کارروائیاں: ${t.count(w.militants, MILITANTS)} کی ہلاکت کی اطلاع؛ ${t.count(w.soldiers, SOLDIERS)} جاں بحق۔`,
  clearance: (w, t) =>
    `${t.district(w.district)} میں علاقہ کلیئرنس آپریشن: ${t.count(w.militants, MILITANTS)} کی ہلاکت کی اطلاع؛ ${t.count(w.soldiers, SOLDIERS)} اور ${t.count(w.civilians, CIVILIANS)} بھی جاں بحق ہوئے۔`,
  curfew: (w, t) => `${t.district(w.district)} میں کرفیو نافذ کر دیا گیا؛ سڑکیں اور بازار بند ہیں۔`,
  'ctd-arrests': (w, t) =>
    `${t.district(w.district)} میں انسداد دہشت گردی پولیس نے کئی سیل توڑ دیے اور ${t.count(w.suspects, { one: 'مشتبہ شخص', other: 'مشتبہ افراد' })} کو گرفتار کر لیا۔`,
  'counter-drone': (w, t) =>
    `${t.district(w.district)} میں پولیس اسٹیشنوں کے گرد انسدادِ ڈرون ٹیمیں تعینات کر دی گئیں۔`,
  'intelligence-coverage': (w, t) =>
    `انٹیلی جنس اداروں نے ${t.province(w.province)} میں اپنی نگرانی کا دائرہ بڑھا دیا۔`,
  'police-expansion': (w, t) =>
    `${t.district(w.district)} میں پولیس اور سی ٹی ڈی کی توسیع شروع ہو گئی۔`,
  'stations-fortified': (w, t) =>
    `${t.district(w.district)} میں پولیس اسٹیشنوں کو مضبوط بنا دیا گیا۔`,
  'speed-prosecutions': () =>
    'انسداد دہشت گردی عدالتوں کو نئے بینچ اور گواہوں کے تحفظ کا نظام مل گیا۔',
  'fence-repaired': (w, t) =>
    `انجینئروں نے ${t.district(w.district)} میں سرحد کے ساتھ باڑ کی مرمت کی اور قلعے تعمیر کیے۔`,
  'transit-guarantees': () =>
    'اسلام آباد نے افغان تاجروں کو کراچی بندرگاہ سے تیز تر کسٹمز اور محفوظ راہداری کی پیشکش کی۔',
  deportations: (w, t) =>
    `اس ہفتے تقریباً ${thousands(w.people, t)} افغانوں کو سرحد پار واپس بھیجا گیا؛ اقوام متحدہ کے ادارہ برائے پناہ گزین نے اعتراض کیا ہے۔`,
  'pause-deportations': () =>
    'پی او آر (ثبوتِ رجسٹریشن) کارڈز کی مدت بڑھا دی گئی اور جبری واپسی روک دی گئی۔',
  development: (w, t) =>
    `${t.district(w.district)} کے لیے ایک ترقیاتی پیکیج کا اعلان کیا گیا: سڑکیں، اسکول اور روزگار۔`,
  compensation: (w, t) =>
    `${t.district(w.district)} کے متاثرہ خاندانوں کو معاوضہ مل گیا؛ ${t.count(w.returning, DISPLACED)} ${t.noun(w.returning, { one: 'گھر لوٹ آیا', other: 'گھر لوٹ آئے' })}۔`,
  'cpec-security': () =>
    'سی پیک منصوبوں اور چینی کارکنوں کی حفاظت کے لیے ایک نئے سیکیورٹی ڈویژن کے فنڈز منظور کر دیے گئے۔',
  'gulf-deposits': (w, t) =>
    `خلیجی شراکت داروں نے ڈپازٹس اور ادائیگیوں کی مہلت پر اتفاق کیا${w.offered ? '، جیسا کہ انہوں نے پیشکش کی تھی' : ''}؛ مالی گنجائش میں ${t.number(w.amount)} کا اضافہ ہوا۔`,
  'blame-kabul': () =>
    'اسلام آباد کا کہنا ہے کہ حالیہ حملوں کی منصوبہ بندی افغان سرزمین پر ہوئی، اور وہ اس کا ذمہ دار کابل کو ٹھہراتا ہے۔',
  'ulema-edict': () =>
    'سینکڑوں علما نے ایک فتوے پر دستخط کیے جس میں خودکش حملوں اور ریاست پر حملوں کو حرام قرار دیا گیا ہے۔',
  'apex-committee': () =>
    'ایپکس کمیٹی کا اجلاس ہوا: وفاقی، صوبائی اور عسکری قیادت نے ایک مشترکہ منصوبے پر اتفاق کیا۔',
  'provincial-compact': () =>
    'اسلام آباد اور پشاور نے سیکیورٹی کے ایک معاہدے پر دستخط کیے: مشترکہ فنڈز، اور انسداد دہشت گردی پولیس کی مشترکہ کمان۔',
  jirga: (w, t) =>
    `${t.district(w.district)} کے عمائدین کے جرگے نے پولیس کی حمایت پر اتفاق کیا${w.returning > 0 ? `؛ ${t.count(w.returning, DISPLACED)} ${t.noun(w.returning, { one: 'گھر لوٹ گیا', other: 'گھر لوٹ گئے' })}` : ''}۔`,
  'talks-round': (w, t) =>
    `${t.power(w.host)} کی میزبانی میں ${t.talksCity(w.host)} میں وفود کی ملاقات ہوئی؛ مذاکرات میں پیش رفت ${t.number(w.before)} سے بڑھ کر ${t.number(w.after)} ہو گئی۔`,
  'truce-agreed': (w, t) =>
    `${t.talksCity(w.host)} میں ${t.count(w.weeks, WEEKS_OBLIQUE)} کے لیے جنگ بندی پر اتفاق ہو گیا۔ سرحد پر بندوقیں خاموش ہو گئیں — فی الحال۔`,
  'verification-accepted': () =>
    'کابل نے مشترکہ تصدیقی نظام قبول کر لیا: نگران سرحد پار حملوں کے دعووں کی جانچ کریں گے۔',
  'verification-rejected': () =>
    'کابل نے تصدیقی نظام کو اپنی خودمختاری کی توہین قرار دے کر مسترد کر دیا؛ مذاکرات تعطل کا شکار ہو گئے۔',
  'envoy-to-kabul': () => 'پاکستان کے خصوصی ایلچی نے کابل میں طالبان وزرا سے ملاقات کی۔',
  'raise-at-un': (_, t) =>
    `پاکستان نے سلامتی کونسل کو افغانستان میں ${t.group('ttp')} کی پناہ گاہوں کے بارے میں بریفنگ دی؛ کابل نے اسے بہتان قرار دیا۔`,
  'afghan-outreach': () =>
    'پاکستانی حکام نے خاموشی سے افغان قبائلی عمائدین، علما اور تاجروں کی میزبانی کی۔',
};
