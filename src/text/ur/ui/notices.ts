/** اسکرینوں کے مشترکہ اعلانات اور چھوٹے حصے: سیدھے راستے، نیا ورژن، کھیل کے دوران آنے والا لنک، پوری طرح خودکار محفوظ نہ ہونے والے کھیل کا سوال، اور فائل درآمد کرنے کا بٹن۔ */
import type { notices as english } from '../../en/ui/notices';
import type { Format } from '../../format';

export const notices: typeof english = {
  skipLinks: 'سیدھے راستے',
  update: {
    text: 'نیا ورژن تیار ہے۔ اسے استعمال کرنے کے لیے صفحہ دوبارہ لوڈ کریں: آپ کے محفوظ کھیل جوں کے توں رہیں گے، اور جاری کھیل اپنے ہفتے کے آغاز سے دوبارہ شروع ہو گا۔',
    reload: 'دوبارہ لوڈ کریں',
    later: 'بعد میں',
  },
  linkOffer: {
    label: 'کھیل کا لنک',
    text: (name: string, scenario: string, week: number, weeks: number, t: Format) =>
      `کسی دوسرے کھیل کا لنک کھولا گیا ہے: «${name}» (${scenario}، ${t.number(weeks)} میں سے ہفتہ ${t.number(week)})۔ کیا اسے نئے کھیل کے طور پر کھولیں؟ آپ کا جاری کھیل ہر صورت میں محفوظ رہے گا۔`,
    open: 'لنک والا کھیل کھولیں',
    keep: 'کھیلتے رہیں',
  },
  replaceUnsaved: {
    title: 'یہ کھیل پوری طرح خودکار محفوظ نہیں ہوا',
    ended: (scenario: string, week: number, t: Format) =>
      `${scenario}، ہفتہ ${t.number(week)} میں ختم ہوا`,
    playing: (scenario: string, week: number, weeks: number, t: Format) =>
      `${scenario}، ${t.number(weeks)} میں سے ہفتہ ${t.number(week)}`,
    lost: (game: string) =>
      `اگر اب کوئی دوسرا کھیل کھلا تو «${game}» کا جو حصہ خودکار محفوظ نہیں ہوا وہ ضائع ہو جائے گا۔ سب کچھ رکھنے کے لیے پہلے اسے فائل کے طور پر برآمد کریں۔`,
    exported: (fileName: string) =>
      `${fileName} کے نام سے برآمد ہو گیا: «محفوظ کھیل» میں «فائل درآمد کریں» اسے ہر ہفتے سمیت دوبارہ کھول دیتا ہے۔`,
    export: 'یہ کھیل برآمد کریں',
    open: 'دوسرا کھیل کھولیں',
    keep: 'یہی کھیل رکھیں',
  },
  importFile: 'فائل درآمد کریں',
};
