// Which language a text is in, by its letters: apart from segment/ so that `kg ner` can tell without loading
// the segmenter.
import { isAsciiLetter, isCjk } from './chars.js';

export function detectLanguage(text: string): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (isAsciiLetter(c)) latin++;
  }
  // Latin letters are about a fifth as informative as ideographs: a Chinese text with brand names stays zh.
  return latin > cjk * 5 && latin > 20 ? 'en' : 'zh';
}
