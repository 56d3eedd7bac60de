/** کھیل کے اقدامات جب نہ ہو سکیں تو کیا کہتے ہیں، اور کھلاڑی کو کیا بتاتے ہیں۔ */
import type { actions as english } from '../../en/ui/actions';
import type { Format } from '../../format';

export const actions: typeof english = {
  noGame: 'کوئی کھیل جاری نہیں۔',
  nothingToDebrief: 'پہلا ہفتہ کھیلے جانے سے پہلے جائزے کے لیے کچھ نہیں۔',
  noDebrief: 'کوئی جائزہ کھلا نہیں۔',
  cannotBranchAt: (week: number, t: Format) =>
    `کھیل کو ہفتہ ${t.number(week)} پر شاخ میں نہیں بانٹا جا سکتا۔`,
  diverged: (week: number, t: Format) =>
    `ہفتہ ${t.number(week)} دوبارہ چلانے پر اپنے درج شدہ فنگر پرنٹ تک نہیں پہنچتا۔`,
  noReplay: 'کوئی ری پلے کھلا نہیں۔',
  endedByThisWeek: 'اس ہفتے تک کھیل ختم ہو چکا تھا؛ کسی پہلے ہفتے سے شاخ بنائیں۔',
  noTarget: 'کوئی اقدام ہدف کا منتظر نہیں۔',
  notStored: (why: string) => `تبدیلی یہاں دکھائی دے رہی ہے مگر محفوظ نہیں ہوئی۔ ${why}`,
  notesFixed: 'یہ نوٹس یہاں نہیں بدلے جا سکتے۔',
  slotNotLoaded: (name: string, why: string) => `«${name}» کھولا نہیں جا سکتا۔ ${why}`,
  slotNotReplayed: (name: string, why: string) => `«${name}» دوبارہ نہیں چلایا جا سکتا۔ ${why}`,
  slotNotExported: (name: string, why: string) => `«${name}» برآمد نہیں کیا جا سکتا۔ ${why}`,
  unnamedSave: 'بے نام محفوظ کھیل',
  importedGame: 'درآمد شدہ کھیل',
  sharedGame: 'بھیجا گیا کھیل',
  notALinkOrCode: 'یہ کھیل کا لنک یا نتیجے کا کوڈ نہیں (اس میں «#save=» نہیں)۔',
  unreadableAutosave: 'خودکار طور پر محفوظ کھیل جو پڑھا نہیں جا سکتا',
  unfinished: (scenario: string, week: number, weeks: number, t: Format) =>
    `${scenario}، ہفتہ ${t.number(week)} از ${t.number(weeks)}`,
  gameNotStored: 'یہ کھیل اس براؤزر میں محفوظ نہیں: اسے رکھنے کے لیے فائل کی صورت میں برآمد کریں۔',
  gameGone: 'وہ کھیل اب موجود نہیں (ممکن ہے ختم ہو گیا ہو، یا کسی اور ٹیب میں حذف ہو گیا ہو)۔',
  copyContinues:
    'یہ کھیل کسی اور ٹیب میں کھلا ہے، اس لیے اس کی ایک نقل یہاں جاری ہے۔ دوسرا ٹیب اپنی نقل رکھتا ہے۔',
  inPlayNotDeleted: 'یہ وہی کھیل ہے جو یہاں جاری ہے، اس لیے حذف نہیں کیا گیا۔',
  openElsewhere:
    'وہ کھیل کسی اور ٹیب میں کھلا ہے، اس لیے حذف نہیں کیا گیا۔ پہلے اسے وہاں بند کریں۔',
  playedElsewhere:
    'یہ فہرست دکھائے جانے کے بعد وہ کھیل کسی اور ٹیب میں آگے کھیلا گیا، اس لیے حذف نہیں کیا گیا۔',
  kept: (game: string) =>
    `آپ کا کھیل «${game}» محفوظ ہے: اسے «محفوظ کھیل» میں «نامکمل کھیل» کے تحت جاری رکھیں۔`,
  week: (week: number, weeks: number, t: Format) => `ہفتہ ${t.number(week)} از ${t.number(weeks)}`,
  weekOver: (week: number, weeks: number, t: Format) =>
    `ہفتہ ${t.number(week)} از ${t.number(weeks)} · کھیل ختم`,
};
