/** براؤزر کے ذخیرے نے کیا قبول نہیں کیا، اور اس کا کیا نقصان ہوا۔ */
import type { storage as english } from '../../en/ui/storage';

export const storage: typeof english = {
  blocked: 'یہ براؤزر کھیل کو کچھ بھی محفوظ کرنے کی اجازت نہیں دیتا۔',
  readRefused: 'براؤزر نے محفوظ ڈیٹا پڑھنے سے انکار کر دیا۔',
  writeProblem: {
    unavailable: (notKept: string) =>
      `یہ براؤزر کھیل کو کچھ بھی محفوظ کرنے نہیں دیتا، اس لیے ${notKept}۔`,
    full: (notKept: string) => `براؤزر کا ذخیرہ بھر چکا ہے، اس لیے ${notKept}۔`,
    refused: (notKept: string) =>
      `براؤزر نے اس کھیل کے لیے کچھ بھی محفوظ کرنے سے انکار کر دیا (ممکن ہے اس کی ترتیبات اس سائٹ کے لیے ذخیرہ روکتی ہوں)، اس لیے ${notKept}۔`,
  },
  settingsNotKept: 'آپ کی ترتیبات ابھی لاگو ہیں مگر اگلی بار یاد نہیں رہیں گی',
};
