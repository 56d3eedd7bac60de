/** The Settings dialog and its Sound part, in Urdu. */
import type { settings as english } from '../../en/ui/settings';

export const settings: typeof english = {
  title: 'ترتیبات',
  textSize: 'متن کا سائز',
  sizes: { normal: 'عام', large: 'بڑا', larger: 'زیادہ بڑا (پروجیکٹر)' },
  // M is the key's own letter, as the keyboard shows it.
  projector:
    'پروجیکٹر موڈ (بڑے حروف اور نقشے کے نام، زیادہ کنٹراسٹ، M دبانے تک میٹر پوشیدہ، آواز بند)',
  reducedMotion: 'کم حرکت (نقشے پر کوئی اینیمیشن نہیں)',
  patterns: 'نقشے پر رنگوں کے ساتھ نمونے بھی',
  remembered: 'ترتیبات اسی براؤزر میں محفوظ رہتی ہیں۔',
  sound: {
    legend: 'آواز',
    mute: 'تمام آوازیں بند کریں',
    music: 'موسیقی کی آواز',
    effects: 'صوتی اثرات کی آواز',
    status: {
      'waiting-for-gesture':
        'آواز آپ کے پہلے کلک، ٹچ یا کلید دبانے سے شروع ہوگی (براؤزر یہی تقاضا کرتے ہیں)۔',
      loading: 'آواز لوڈ ہو رہی ہے۔',
      running: 'آواز چل رہی ہے۔',
      suspended: 'براؤزر نے آواز روک دی ہے؛ آپ کے اگلے کلک یا کلید دبانے پر یہ دوبارہ شروع ہوگی۔',
      unavailable:
        'یہ براؤزر گیم کی آواز نہیں چلا سکتا۔ آواز جو کچھ بتاتی ہے وہ سب اسکرین پر بھی موجود ہے۔',
    },
    onScreen:
      'ہر آواز کا اسکرین پر بھی ایک نشان ہے: فہرست میں انتخاب، نقشے اور رپورٹ میں واقعہ، اوپر کشیدگی کی سیڑھی۔',
  },
};
