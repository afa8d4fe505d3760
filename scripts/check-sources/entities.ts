/** The named character references that official pages actually use; others are left as written. */
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "\u00ad",
  copy: "©", reg: "®", trade: "™", deg: "°", sect: "§", para: "¶", middot: "·", bull: "•",
  hellip: "…", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”",
  bdquo: "„", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", dagger: "†", Dagger: "‡",
  cent: "¢", pound: "£", euro: "€", yen: "¥", times: "×", divide: "÷", frac12: "½", frac14: "¼",
  frac34: "¾", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d",
  iexcl: "¡", iquest: "¿", ordf: "ª", ordm: "º", acute: "´", uml: "¨", cedil: "¸",
  aacute: "á", Aacute: "Á", eacute: "é", Eacute: "É", iacute: "í", Iacute: "Í", oacute: "ó",
  Oacute: "Ó", uacute: "ú", Uacute: "Ú", ntilde: "ñ", Ntilde: "Ñ", uuml: "ü", Uuml: "Ü",
  agrave: "à", egrave: "è", ograve: "ò", acirc: "â", ecirc: "ê", ocirc: "ô", ccedil: "ç", Ccedil: "Ç",
  auml: "ä", ouml: "ö", Auml: "Ä", Ouml: "Ö", szlig: "ß", atilde: "ã", otilde: "õ",
};

/** Decodes `&amp;`, `&#38;` and `&#x26;` style references in HTML text. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[name] ?? whole;
  });
}
