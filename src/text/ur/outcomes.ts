/** What each actor's reaction did, in Urdu, for its "Why?" card and the week's report. */
import type { OutcomeEntries } from '../catalogue-types';
import type { PluralForms } from '../format';

const PEOPLE: PluralForms = { one: 'شخص', other: 'افراد' };

export const outcomes: OutcomeEntries = {
  'no-foothold': () =>
    'اس نے ہدف تلاش کیا، مگر جہاں حملے کا ارادہ تھا وہاں اس کی کوئی گرفت نہیں تھی۔',
  attacked: (w, t) => {
    const where = `${t.district(w.district)} میں حملہ کیا (وہاں اس کی موجودگی ${t.number(w.presence)}، ${w.defence === 'police' ? 'پولیس کی استعداد' : 'سیکیورٹی'} ${t.number(w.defenceLevel)})`;
    return w.foiled
      ? `اس نے ${where}؛ حملہ ناکام بنا دیا گیا۔`
      : `اس نے ${where}: ${t.count(w.deaths, PEOPLE)} جاں بحق۔`;
  },
  recruited: (w, t) =>
    `اس نے بھرتی کی: طاقت ${t.number(w.before)} سے بڑھ کر ${t.number(w.after)} ہو گئی۔`,
  regrouped: (w, t) =>
    `اس نے ازسرِنو منظم ہونے کے لیے جنگجو ${t.province(w.province)} واپس بلا لیے: حوصلہ ${t.number(w.morale)}۔`,
  'no-sanctuary-near-border': () =>
    'سرحد کے قریب اس کی کوئی پناہ گاہ نہیں تھی جہاں سے جنگجو بھیجے جا سکتے۔',
  'kept-from-the-line': () =>
    'اس نے جنگجو سرحد پار بھیجنے کی کوشش کی، مگر کابل نے انہیں سرحد تک نہیں جانے دیا۔',
  infiltrated: (w, t) =>
    `اس نے جنگجو ${t.district(w.district)} میں داخل کیے (وہاں سیکیورٹی ${t.number(w.security)}): موجودگی میں ${t.number(w.gain)} کا اضافہ۔`,
  'lay-low': (w, t) =>
    `اس نے خاموشی اختیار کی اور ${t.district(w.district)} میں اپنے سیل دوبارہ منظم کیے۔`,
  'fired-on-posts': (w, t) =>
    `اس نے ${t.district(w.district)} میں سرحدی چوکیوں پر فائرنگ کا حکم دیا: ${t.count(w.soldiers, { one: 'پاکستانی فوجی', other: 'پاکستانی فوجی' })} جاں بحق۔`,
  'launched-offensive': (w, t) =>
    `اس نے ${t.district(w.district)} کے قریب سرحدی چوکیوں پر یلغار کی: ${t.count(w.deaths, PEOPLE)} جاں بحق۔`,
  'declared-open-war': () => 'اس نے کھلی جنگ کا اعلان کر دیا۔',
  'restrained-ttp': (w, t) =>
    `اس نے خاموشی سے ${w.provinces.map((p) => t.province(p)).join(' اور ')} میں ${t.group('ttp')} کے جنگجوؤں کو سرحد سے دور منتقل کر دیا۔`,
  'rejected-accusation': () => 'اس نے الزام مسترد کر دیا اور پاکستان کو خبردار کیا۔',
  'goodwill-gesture': () => 'اس نے خیرسگالی کا ایک قدم اٹھایا۔',
  'denied-harbouring': () =>
    'اس نے پاکستان کے خلاف کسی بھی گروپ کو پناہ دینے سے انکار کیا (جیسا کہ کابل ہمیشہ کرتا ہے)۔',
  'offered-mediation': (w, t) =>
    `اس نے ثالثی کی پیشکش کی (یہ پیشکش ہفتہ نمبر ${t.number(w.until)} تک برقرار ہے)۔`,
  'offered-funding': (w, t) => `اس نے مالی مدد کی پیشکش کی (ہفتہ نمبر ${t.number(w.until)} تک)۔`,
  'urged-restraint': () => 'اس نے دونوں فریقوں سے تحمل کی اپیل کی۔',
  'pressed-for-monitoring': (w, t) =>
    `اس نے کابل پر نگرانی قبول کرنے کے لیے زور دیا: ${t.group('ttp')} کو روکنے پر آمادگی اب ${t.number(w.restraint)}۔`,
  'took-transit-trade': () => 'اس نے افغان راہداری تجارت حاصل کرنے کے لیے فیسیں کم کر دیں۔',
  deported: (w, t) =>
    `اس نے تقریباً ${t.number(Math.round(w.people / 1000) * 1000)} افغانوں کو ملک بدر کیا۔`,
  'reported-harm': (w, t) =>
    `اس نے ${t.count(w.civilians, { one: 'افغان شہری', other: 'افغان شہریوں' })} کی ہلاکت کی اطلاع دی۔`,
  'criticised-returns': () => 'اس نے جبری واپسی پر تنقید کی۔',
  sanctioned: (w, t) => `اس نے ${t.group(w.group)} کے رہنماؤں پر پابندیاں لگا دیں۔`,
  'acknowledged-self-defence': () => 'اس نے پاکستان کے اپنے دفاع کے حق کو تسلیم کیا۔',
  'released-cpec-funds': () => 'اس نے سی پیک کے فنڈز جاری کر دیے۔',
  watched: () => 'اس نے صورتحال پر نظر رکھی اور انتظار کیا۔',
  'did-nothing': () => 'اس نے کچھ نہیں کیا۔',
};
