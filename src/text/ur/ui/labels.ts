/** قومی پیمانوں اور ہفتے کے واقعات کی قسموں کے نام، جو کئی حصے استعمال کرتے ہیں۔ */
import type { labels as english } from '../../en/ui/labels';
import type { Format } from '../../format';

export const labels: typeof english = {
  meters: {
    publicPressure: {
      label: 'عوامی دباؤ',
      hint: (t: Format) =>
        `ردعمل کا مطالبہ۔ یہ مسلسل چار ہفتے ${t.number(90)} یا اس سے زیادہ رہے تو عوام کا اعتماد ٹوٹ جاتا ہے۔`,
    },
    cohesion: {
      label: 'ادارہ جاتی ہم آہنگی',
      hint: () => 'وفاقی، صوبائی اور فوجی ادارے کس حد تک مل کر چلتے ہیں۔',
    },
    fiscalRoom: {
      label: 'مالی گنجائش',
      hint: () =>
        'کارروائیوں، پروگراموں اور امداد کے لیے بچی ہوئی رقم۔ یہ صفر ہو جائے تو مالی بحران کھیل ختم کر دیتا ہے۔',
    },
    legitimacy: {
      label: 'بین الاقوامی ساکھ',
      hint: () => 'دنیا پاکستان کے طرزِ عمل کو کس نظر سے دیکھتی ہے۔',
    },
    deterrence: {
      label: 'ڈیٹرنس کی ساکھ',
      hint: () => 'کیا عسکریت پسند اور کابل یقین رکھتے ہیں کہ حملوں کا جواب دیا جائے گا۔',
    },
  },
  eventKinds: {
    strike: 'سرحد پار کارروائی',
    attack: 'حملہ',
    operation: 'آپریشن',
    closure: 'بندش',
    reopening: 'دوبارہ کھلنا',
    talks: 'مذاکرات',
    truce: 'جنگ بندی',
    displacement: 'نقل مکانی',
    deportation: 'ملک بدری',
    statement: 'بیان',
    attribution: 'ذمہ داری کا تعین',
    policy: 'پالیسی',
    trade: 'تجارت',
    incident: 'سرحدی واقعہ',
  },
};
