// Is an extracted text the noise a converter makes of a damaged file? (runs in the extraction worker)
/**
 * Text a Chinese work plan can plausibly contain: ASCII, Latin, Greek, Cyrillic, CJK and its
 * punctuation, full-width forms, the scripts of China's minority languages, symbols and emoji.
 * A damaged file that a converter (LibreOffice) read anyway comes out as U+FFFD, control
 * characters and random code points of every block.
 */
const PLAUSIBLE = /[\t\n\r\u0020-\u007E\u00A0-\u024F\u0370-\u04FF\u0600-\u06FF\u0F00-\u0FFF\u1800-\u18AF\u2000-\u2BFF\u2E80-\u2FDF\u3000-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uF900-\uFAFF\uFE10-\uFE1F\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{1F000}-\u{1FAFF}\u{20000}-\u{3134F}]/u;

export function isGarbled(text: string): boolean {
  let total = 0;
  let bad = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    total++;
    if (!PLAUSIBLE.test(ch)) bad++;
  }
  return total >= 10 && bad / total > 0.3;
}
