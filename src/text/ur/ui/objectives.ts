/** اہداف کا خانہ اور نقصان کی تنبیہیں: ہر اچھے انجام کی شرطیں موجودہ اعداد کے ساتھ، اور ہر نقصان کتنا قریب ہے۔ */
import type { objectives as english } from '../../en/ui/objectives';
import type { Format } from '../../format';

const WEEKS = { one: 'ہفتہ', other: 'ہفتے' };

export const objectives: typeof english = {
  title: 'اہداف',
  intro: (lastWeek: number, t: Format) =>
    `کھیل کا فیصلہ ہفتہ ${t.number(lastWeek)} کے آخر میں اس پر ہوتا ہے کہ کیا ہوا، اس پر نہیں کہ کتنی کوشش کی گئی: آخری ہفتوں میں کامیاب ہونے والے حملے اور مارے جانے والے پاکستانی، اس کے مقابلے میں کہ بحران کو اپنے حال پر چھوڑ دیا جائے تو کیا ہوتا ہے، اور اس وقت سرحد کی حالت۔`,
  goodEndings: 'اچھے انجام',
  metCount: (met: number, total: number, t: Format) =>
    `(اس وقت ${t.number(total)} میں سے ${t.number(met)} پوری)`,
  met: 'پوری:',
  notMet: 'پوری نہیں:',
  otherwise: (ending: string) => `دونوں سے کم ہر نتیجہ **${ending}** پر ختم ہوتا ہے۔`,
  losses: 'نقصانات، جو کھیل فوراً ختم کر دیتے ہیں',
  nearMark: 'تنبیہ',
  warning: 'تنبیہ',
  rung: (name: string) => `«${name}»`,
  goals: {
    attacksSince: (from: number, through: number, allowed: number, t: Format) =>
      `ہفتہ ${t.number(from)} سے کامیاب حملے: ${t.number(through)} — آخر تک ${t.number(allowed)} یا اس سے کم۔`,
    attacksAhead: (from: number, last: number, allowed: number, t: Format) =>
      `ہفتہ ${t.number(from)} سے ${t.number(last)} تک کامیاب حملے: ${t.number(allowed)} یا اس سے کم (گنتی ہفتہ ${t.number(from)} سے)۔`,
    harmSince: (from: number, harm: number, allowed: number, t: Format) =>
      `ہفتہ ${t.number(from)} سے مارے گئے پاکستانی: ${t.number(harm)} — آخر تک ${t.number(allowed)} یا اس سے کم۔`,
    harmAhead: (from: number, last: number, allowed: number, t: Format) =>
      `ہفتہ ${t.number(from)} سے ${t.number(last)} تک مارے گئے پاکستانی: ${t.number(allowed)} یا اس سے کم (گنتی ہفتہ ${t.number(from)} سے)۔`,
    strength: (strength: number, opening: number, t: Format) =>
      `عسکریت پسندوں کی طاقت: ${t.number(strength)} — آغاز سے زیادہ نہیں (${t.number(opening)})۔`,
    verificationWorking: 'تصدیقی نظام کام کر رہا ہے۔',
    verificationSuspended: 'تصدیقی نظام معطل ہے: اسے دوبارہ کام کرنا ہو گا۔',
    verificationNeeded:
      'تصدیقی نظام پر اتفاق اور اس کا کام کرنا ضروری ہے (مذاکرات وہاں تک لے جاتے ہیں)۔',
    crossingsOpen: 'طورخم اور چمن کھلے ہیں۔',
    crossingsNeeded: 'طورخم اور چمن دونوں کا کھلا ہونا ضروری ہے۔',
    calm: (rung: string, highest: string) => `سیڑھی: ${rung} — ${highest} یا اس سے نیچے۔`,
    pressure: (pressure: number, below: number, t: Format) =>
      `عوامی دباؤ: ${t.number(pressure)} — ${t.number(below)} سے کم۔`,
    legitimacy: (legitimacy: number, least: number, t: Format) =>
      `بین الاقوامی ساکھ: ${t.number(legitimacy)} — کم از کم ${t.number(least)}۔`,
  },
  lossWatch: {
    warNear: (rung: string, needs: string, hostility: number, hardliners: number, t: Format) =>
      `سیڑھی ${rung} پر ہے، کھلی جنگ سے ایک قدم دور۔ کابل جنگ کا اعلان تب کرتا ہے جب ${needs} (اس وقت دشمنی ${t.number(hostility)}، سخت گیر ${t.number(hardliners)})۔`,
    needsSeparator: '، ',
    warFar: (warningRung: string, rung: string) =>
      `کھلی جنگ تبھی آتی ہے جب سیڑھی ${warningRung} پر رہ چکی ہو (اس وقت ${rung})۔`,
    crisisRunning: (at: number, weeks: number, pressure: number, left: number, t: Format) =>
      `عوامی دباؤ ${t.count(weeks, WEEKS)} سے ${t.number(at)} یا اس سے زیادہ ہے (اس وقت ${t.number(pressure)}): مزید ${t.count(left, WEEKS)} اور عوام کا اعتماد ٹوٹ جائے گا۔`,
    collapseNear: (
      cohesion: number,
      pressure: number,
      collapseCohesion: number,
      collapsePressure: number,
      t: Format,
    ) =>
      `ادارہ جاتی ہم آہنگی ${t.number(cohesion)} تک گر گئی ہے اور عوامی دباؤ ${t.number(pressure)} ہے: ہم آہنگی ${t.number(collapseCohesion)} یا اس سے کم اور دباؤ ${t.number(collapsePressure)} یا اس سے زیادہ ہو تو عوام کا اعتماد فوراً ٹوٹ جاتا ہے۔`,
    confidence: (pressure: number, breaksAfter: number, at: number, t: Format) =>
      `عوامی دباؤ ${t.number(pressure)}: مسلسل ${t.count(breaksAfter, WEEKS)} ${t.number(at)} یا اس سے زیادہ رہے تو عوام کا اعتماد ٹوٹ جاتا ہے۔`,
    fiscalNear: (afterSpending: number, t: Format) =>
      `اس ہفتے کے اخراجات کے بعد مالی گنجائش ${t.number(afterSpending)} رہ جائے گی، اور ہفتے کا بجٹ مزید خرچ کی اجازت دیتا ہے: ${t.number(0)} پر خزانہ خالی ہو جاتا ہے اور کھیل ختم ہو جاتا ہے۔`,
    fiscal: (fiscalRoom: number, t: Format) =>
      `مالی گنجائش ${t.number(fiscalRoom)}: ${t.number(0)} پر خزانہ خالی ہو جاتا ہے۔`,
  },
};
