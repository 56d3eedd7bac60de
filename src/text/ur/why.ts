/** The phrases of an actor's "Why?" card in Urdu (src/text/why.ts puts them together). */
import type { WhyPhrases } from '../catalogue-types';

export const why: WhyPhrases = {
  headline: (actor, title) => `${actor}: ${title ?? 'کوئی ردعمل نہیں'}`,
  reading: (label, shown) => `${label} (${shown})`,
  yes: 'ہاں',
  no: 'نہیں',
  noOtherRule: 'اس ہفتے اس کا کوئی دوسرا اصول لاگو نہیں ہوا',
  modifiers: {
    difficulty: 'مشکل کی سطح',
    capability: 'اس کی طاقت اور حوصلہ',
    foothold: 'علاقوں میں اس کی گرفت',
    sanctuary: 'سرحد پار اس کی پناہ گاہ',
    deterrence: 'دفاعی دھاک',
    'kabul-restraint': 'ٹی ٹی پی کو روکنے پر کابل کی آمادگی',
    interdependence: 'پاکستان سے تجارت',
  },
  // Said in words, not with + or −, which right-to-left text would move to the number's far side.
  modifier: (what, points, t) =>
    `${what}: ${t.number(Math.abs(points))} ${points > 0 ? 'کا اضافہ' : 'کی کمی'}`,
  dice: (roll, chance, modifiers, t) =>
    `${t.percent(chance)} امکان کے مقابلے میں پانسہ ${t.number(roll)} آیا${modifiers.length > 0 ? ` (${modifiers.join('، ')})` : ''}`,
  notSo: (title, failed) => `${title}: ایسا نہیں ہوا، کیونکہ ${failed.join('؛ ')}`,
  diceSaidNo: (title, roll, chance, t) =>
    `${title}: شرائط پوری تھیں، مگر پانسے نے ساتھ نہ دیا (پانسہ ${t.number(roll)} آیا، ${t.number(chance)} سے کم درکار تھا)`,
  inWords: (e) =>
    `${e.headline}۔ ${e.outcome} وجہ: ${e.because.join('، ')}${e.dice ? `؛ ${e.dice}` : ''}۔`,
};
