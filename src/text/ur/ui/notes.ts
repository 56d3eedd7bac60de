/** ہفتوں کے ساتھ لگے نوٹ: کھیل اور ری پلے کا نوٹس کا خانہ، اور ری پلے میں نوٹ والے ہفتوں کے نشان۔ */
import type { notes as english } from '../../en/ui/notes';
import type { Format } from '../../format';

export const notes: typeof english = {
  week: (week: number, t: Format) => (week === 0 ? 'آغاز' : `ہفتہ ${t.number(week)}`),
  heading: (week: string) => `${week} کے نوٹ`,
  empty: (week: string) => `${week} پر کوئی نوٹ نہیں۔`,
  readOnly: 'یہاں یہ نوٹ صرف پڑھے جا سکتے ہیں۔',
  cannotChange: 'یہ نوٹ بدلے نہیں جا سکتے۔',
  newNote: (week: string) => `${week} پر نیا نوٹ`,
  pin: 'نوٹ لگائیں',
  pinned: (week: string) => `نوٹ ${week} کے ساتھ لگا دیا گیا۔`,
  edit: 'ترمیم',
  editLabel: 'نوٹ میں ترمیم کریں',
  save: 'نوٹ محفوظ کریں',
  saved: 'نوٹ محفوظ ہو گیا۔',
  delete: 'مٹائیں',
  deleteQuestion: 'کیا یہ نوٹ ہمیشہ کے لیے مٹا دیں؟',
  confirmDelete: 'مٹانے کی تصدیق کریں',
  deleted: 'نوٹ مٹا دیا گیا۔',
  problems: {
    blank: 'نوٹ میں کچھ لکھنا ضروری ہے۔',
    tooLong: (most: number, count: number, t: Format) =>
      `نوٹ زیادہ سے زیادہ ${t.plain(most)} حروف کا ہو سکتا ہے (اس میں ${t.plain(count)} ہیں)۔`,
    noSuchWeek: (week: number, t: Format) =>
      `اس کھیل میں ہفتہ ${t.plain(week)} نہیں جس پر نوٹ لگایا جائے۔`,
    full: (most: number, t: Format) =>
      `ایک کھیل میں زیادہ سے زیادہ ${t.plain(most)} نوٹ ہو سکتے ہیں۔ نیا لگانے کے لیے کوئی ایک مٹائیں۔`,
    gone: 'وہ نوٹ اب موجود نہیں۔',
  },
  marks: {
    label: 'نوٹ والے ہفتے',
    title: 'نوٹ',
    none: 'ابھی کوئی نہیں',
    opening: 'آغاز',
    week: (week: number, t: Format) => `ہفتہ ${t.number(week)}`,
  },
};
