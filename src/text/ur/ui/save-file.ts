/**
 * محفوظ کھیل کا متن کیوں رد ہوا: اس کا حجم، اس کی انکوڈنگ، اس کی شکل اور ورژن، اور ہر وہ خانہ جو
 * جانچ میں غلط نکلا، جانچ کے اپنے اعداد کے ساتھ۔ خانوں کے راستے («notes.2.week») فائل کے اپنے نام ہیں
 * اور جوں کے توں دکھائے جاتے ہیں۔
 */
import type { saveFile as english } from '../../en/ui/save-file';
import type { Format } from '../../format';

type Source = 'file' | 'slot' | 'link' | 'autosave';

const WEEKS = { one: 'ہفتہ', other: 'ہفتے' };

/** محفوظ کھیل کس چیز میں ہے، جملے کے شروع میں۔ */
const holder: Record<Source, string> = {
  file: 'یہ فائل',
  slot: 'یہ خانہ',
  link: 'یہ لنک',
  autosave: 'خودکار محفوظ کاری',
};
/** خود محفوظ کھیل، جملے کے شروع میں۔ */
const theSave: Record<Source, string> = {
  file: 'یہ محفوظ کھیل',
  slot: 'اس خانے میں محفوظ کھیل',
  link: 'اس لنک میں محفوظ کھیل',
  autosave: 'خودکار محفوظ کاری',
};

export const saveFile: typeof english = {
  holder,
  theSave,
  tooLarge: (holder: string, max: number, t: Format) =>
    `${holder} محفوظ کھیل ہونے کے لیے بہت بڑی ہے (${t.plain(max)} بائٹ سے زیادہ)۔`,
  fileTooLarge: (size: number, max: number, t: Format) =>
    `یہ فائل محفوظ کھیل ہونے کے لیے بہت بڑی ہے (${t.plain(size)} بائٹ؛ حد ${t.plain(max)} ہے)۔`,
  unreadableFile: 'براؤزر یہ فائل نہیں پڑھ سکا۔',
  zeroBytes: (holder: string) =>
    `${holder} محفوظ کھیل نہیں: اس میں صفر بائٹ ہیں، اس لیے یہ یو ٹی ایف ۸ متن نہیں (ممکن ہے یہ بائٹ آرڈر نشان کے بغیر یو ٹی ایف ۱۶ ہو، یا سرے سے متن ہی نہ ہو)۔`,
  notUtf8: (holder: string) =>
    `${holder} محفوظ کھیل نہیں: یہ درست یو ٹی ایف ۸ متن نہیں (ممکن ہے خراب ہو، یا کسی اور انکوڈنگ میں ہو)۔`,
  notUtf16: (holder: string) =>
    `${holder} محفوظ کھیل نہیں: یہ یو ٹی ایف ۱۶ کے بائٹ آرڈر نشان سے شروع ہوتی ہے مگر درست یو ٹی ایف ۱۶ متن نہیں۔`,
  notJson: (holder: string) =>
    `${holder} محفوظ کھیل نہیں: یہ درست جے سان نہیں (ممکن ہے ادھوری یا خراب ہو)۔`,
  notOurs: (holder: string) => `${holder} سرحدی بحران کا محفوظ کھیل نہیں۔`,
  damaged: (save: string, problem: string) => `${save} خراب ہے: ${problem}۔`,
  damagedBecause: (save: string, sentence: string) => `${save} خراب ہے: ${sentence}`,
  noLongerReplays: (save: string, problem: string) => `${save} اب دوبارہ نہیں چلتا: ${problem}`,
  altered: (save: string, week: number, t: Format) =>
    `${save} میں ردوبدل ہوا ہے یا یہ خراب ہے: ہفتہ ${t.number(week)} دوبارہ چلانے پر اپنے درج شدہ فنگر پرنٹ تک نہیں پہنچتا۔`,
  notes: (problem: string) => `نوٹس: ${problem}۔`,
  classroom: (problem: string) => `کلاس روم: ${problem}۔`,
  format1WithNotes:
    'یہ محفوظ کھیل خود کو پہلی شکل کا بتاتا ہے، جس میں نوٹس نہیں ہوتے، پھر بھی اس میں نوٹس ہیں: ممکن ہے اسے ہاتھ سے بدلا گیا ہو۔',
  format2WithClassroom:
    'یہ محفوظ کھیل خود کو دوسری شکل کا بتاتا ہے، جس میں کلاس روم کے کھیل نہیں ہوتے، پھر بھی اس میں کلاس روم کے خانے ہیں: ممکن ہے اسے ہاتھ سے بدلا گیا ہو۔',
  noVersion: 'اس محفوظ کھیل کی شکل کا کوئی درست ورژن نہیں۔',
  newerFormat: (version: string, reads: number, t: Format) =>
    `یہ محفوظ کھیل سرحدی بحران کے نئے ورژن نے بنایا ہے (شکل ${version}؛ یہ کھیل زیادہ سے زیادہ ${t.plain(reads)} تک پڑھتا ہے)۔`,
  retiredFormat: (version: number, t: Format) =>
    `شکل ${t.plain(version)} کے محفوظ کھیل اب نہیں پڑھے جا سکتے۔`,
  otherRules: (rules: string, runs: number, t: Format) =>
    `یہ محفوظ کھیل قواعد کے ورژن ${rules} کے تحت کھیلا گیا تھا؛ یہ کھیل قواعد کا ورژن ${t.plain(runs)} چلاتا ہے، اس لیے اس کے ہفتے دوبارہ ویسے نہیں چلیں گے۔`,
  at: (path: string, problem: string) => `${path}: ${problem}`,
  field: {
    fingerprint: 'فنگر پرنٹ سولہ ہیکس ہندسوں کا ہوتا ہے',
    noteWhole: 'نوٹ کا ہفتہ پورا عدد ہوتا ہے',
    noteBelow: 'نوٹ کا ہفتہ آغاز سے پہلے کا نہیں ہو سکتا',
    noteAbove: (max: number, t: Format) => `نوٹ کا ہفتہ ${t.number(max)} سے زیادہ نہیں ہو سکتا`,
    noteEmpty: 'نوٹ خالی نہیں ہو سکتا',
    noteLong: (max: number, t: Format) => `نوٹ زیادہ سے زیادہ ${t.number(max)} حروف کا ہو سکتا ہے`,
    nameLong: (max: number, t: Format) => `نام زیادہ سے زیادہ ${t.number(max)} حروف کا ہو سکتا ہے`,
    justificationEmpty: 'جواز خالی نہیں ہو سکتا',
    justificationLong: (max: number, t: Format) =>
      `جواز زیادہ سے زیادہ ${t.number(max)} حروف کا ہو سکتا ہے`,
    studentEmpty: 'نام خالی نہیں ہو سکتا',
    studentLong: (max: number, t: Format) =>
      `نام زیادہ سے زیادہ ${t.number(max)} حروف کا ہو سکتا ہے`,
    prediction: 'پیش گوئی انہی ردعمل میں سے ایک ہونی چاہیے جنہیں یہ کھیل جانچ سکتا ہے',
    confidenceWhole: 'یقین کا درجہ پورا فیصد ہوتا ہے',
    confidenceBelow: (min: number, t: Format) =>
      `یقین کا درجہ ${t.percent(min)} سے کم نہیں ہو سکتا`,
    confidenceAbove: (max: number, t: Format) =>
      `یقین کا درجہ ${t.percent(max)} سے زیادہ نہیں ہو سکتا`,
    handsWhole: 'ہاتھوں کی گنتی پورا عدد ہوتی ہے',
    handsBelow: 'ہاتھوں کی گنتی منفی نہیں ہو سکتی',
    handsAbove: (max: number, t: Format) => `ہاتھوں کی گنتی ${t.number(max)} سے زیادہ نہیں ہو سکتی`,
    voteFew: 'رائے شماری میں کم از کم دو متبادل ہوتے ہیں',
    voteMany: (max: number, t: Format) =>
      `رائے شماری میں زیادہ سے زیادہ ${t.number(max)} متبادل ہوتے ہیں`,
    voteChosen: 'رائے شماری کا طے شدہ متبادل اسی کے متبادلوں میں سے ہونا چاہیے',
    weekWhole: 'ہفتہ پورا عدد ہوتا ہے',
    weekBelow: 'کلاس روم کا اندراج کسی کھیلے گئے ہفتے کا ہوتا ہے، پہلے ہفتے سے',
    weekAbove: (max: number, t: Format) => `ہفتہ ${t.number(max)} سے زیادہ نہیں ہو سکتا`,
    weekOrder: 'کلاس روم کے اندراج ہفتوں کی ترتیب میں ہوتے ہیں، ہر ہفتے ایک',
    tooManyNotes: (max: number, t: Format) =>
      `محفوظ کھیل میں زیادہ سے زیادہ ${t.number(max)} نوٹس ہو سکتے ہیں`,
    misplacedNote: (index: number, week: number, weeks: number, t: Format) =>
      `notes.${index}.week: یہ نوٹ ہفتہ ${t.number(week)} پر لگا ہے، مگر کھیل میں صرف ${t.count(weeks, WEEKS)} ہیں`,
    lateEntry: (index: number, week: number, weeks: number, t: Format) =>
      `classroom.weeks.${index}.week: یہ اندراج ہفتہ ${t.number(week)} کا ہے، مگر کھیل میں صرف ${t.count(weeks, WEEKS)} ہیں`,
    badLessonCode: (why: string) => `classroom.lessonCode: ${why}`,
    otherLesson:
      'classroom.lessonCode: یہ کلاس کوڈ محفوظ کیے گئے کھیل کے بجائے کوئی اور کھیل بناتا ہے',
  },
  issue: {
    noSuchField: (key: string) => `محفوظ کھیل میں ${key} نام کا کوئی خانہ نہیں ہوتا`,
    missing: 'یہ خانہ موجود نہیں',
    shouldBeGroup: (kind: string) => `خانوں کا مجموعہ ہونا چاہیے، ${kind} نہیں`,
    shouldBe: (expected: string) => `${expected} ہونا چاہیے`,
    shouldBeKind: (expected: string, kind: string) => `${expected} ہونا چاہیے، ${kind} نہیں`,
    whole: 'پورا عدد ہونا چاہیے',
    below: (min: number, t: Format) => `${t.number(min)} سے کم نہیں ہو سکتا`,
    above: (max: number, t: Format) => `${t.number(max)} سے زیادہ نہیں ہو سکتا`,
    entries: (max: number, t: Format) =>
      `اس میں زیادہ سے زیادہ ${t.number(max)} اندراج ہو سکتے ہیں`,
    characters: (max: number, t: Format) => `زیادہ سے زیادہ ${t.number(max)} حروف کا ہو سکتا ہے`,
    invalid: 'یہاں درست نہیں',
  },
  kind: {
    missing: 'غیر موجود',
    null: 'خالی قدر',
    list: 'فہرست',
    text: 'متن',
    number: (value: string) => `عدد ${value}`,
    true: 'درست',
    false: 'غلط',
    group: 'خانوں کا مجموعہ',
  },
  expected: {
    string: 'متن',
    number: 'عدد',
    array: 'فہرست',
    strict_object: 'خانوں کا مجموعہ',
    object: 'خانوں کا مجموعہ',
  },
};
