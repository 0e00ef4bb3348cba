// Renders a list counter in a Word numbering format (ST_NumberFormat), e.g. 3 as "三", "③", "C".
const CHINESE_DIGITS = "零一二三四五六七八九";
const CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case "decimal":
    case "decimalHalfWidth":
      return String(value);
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerLetter":
      return letters(value);
    case "upperRoman":
      return roman(value);
    case "lowerRoman":
      return roman(value).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographLegalTraditional":
      return chineseCounting(value, CHINESE_DIGITS);
    case "chineseLegalSimplified":
      return chineseCounting(value, CHINESE_LEGAL_DIGITS);
    case "ideographDigital":
    case "taiwaneseDigital":
    case "japaneseDigitalTenThousand":
      return String(value).replace(/\d/g, (d) => "〇一二三四五六七八九"[Number(d)]);
    case "ideographTraditional":
      return cyclic(value, HEAVENLY_STEMS);
    case "ideographZodiac":
      return cyclic(value, EARTHLY_BRANCHES);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosedCircle(value);
    case "decimalEnclosedFullstop":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2487 + value) : `${value}.`;
    case "decimalEnclosedParen":
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2473 + value) : `(${value})`;
    case "none":
      return "";
    default:
      return String(value);
  }
}

function letters(value: number): string {
  // Word repeats the letter: 27 → "aa", 28 → "bb".
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let result = "";
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      result += symbol;
      rest -= amount;
    }
  }
  return result;
}

/** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五, 1234 → 一千二百三十四. */
export function chineseCounting(value: number, digits: string): string {
  if (value === 0) return digits[0];
  if (value < 0 || value >= 100_000) return String(value);
  const units = ["", "十", "百", "千", "万"];
  const legal = digits !== CHINESE_DIGITS;
  const unitsUsed = legal ? ["", "拾", "佰", "仟", "万"] : units;
  const chars = String(value).split("").map(Number);
  let result = "";
  let pendingZero = false;
  chars.forEach((digit, index) => {
    const unit = unitsUsed[chars.length - 1 - index];
    if (digit === 0) {
      pendingZero = result !== "";
      return;
    }
    if (pendingZero) result += digits[0];
    pendingZero = false;
    const omitOne = !legal && digit === 1 && unit === unitsUsed[1] && index === 0;
    result += (omitOne ? "" : digits[digit]) + unit;
  });
  return result;
}

function cyclic(value: number, symbols: string): string {
  if (value < 1) return String(value);
  return symbols[(value - 1) % symbols.length];
}

function enclosedCircle(value: number): string {
  if (value >= 1 && value <= 20) return String.fromCharCode(0x2460 + value - 1);
  if (value >= 21 && value <= 35) return String.fromCharCode(0x3251 + value - 21);
  if (value >= 36 && value <= 50) return String.fromCharCode(0x32b1 + value - 36);
  return String(value);
}
