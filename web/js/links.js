/* Message text as DOM nodes, never as HTML.
 *
 * Web addresses (https://…, www.…) become links, e-mail addresses mailto:
 * links, phone numbers ("+49 231 50-2 31 14", "0231 50 12345") tel: links.
 * Every piece of text is a text node; hrefs are built from the matched text
 * and only with the schemes https:, http:, mailto: and tel:. Links read left
 * to right (dir="ltr"), so a phone number stays in order inside Arabic text.
 */

const LINKS = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"'„“”«»]+)`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<phone>(?:\+49|\b0)[ (]*\d[\d ()\/-]{4,}\d)`,
  ].join("|"),
  "gu",
);
// An address may end a sentence, also an Arabic one ("،" and "؛" are its comma and semicolon).
const TRAILING_PUNCTUATION = /[.,;:!?)\]،؛]+$/u;
// "Quelle:" in each language of responses/ (tests/components/test_responses.py keeps them in step).
const SOURCE_PREFIXES = ["Quelle:", "Source:", "Kaynak:", "المصدر:", "Źródło:", "Sursa:",
  "Източник:", "Джерело:", "Источник:"];

/** The href for a matched address, or null when it is not a safe web link. */
function hrefFor(kind, text) {
  if (kind === "email") return `mailto:${text}`;
  if (kind === "phone") return `tel:${text.replace(/[^\d+]/gu, "")}`;
  try {
    const url = new URL(text.startsWith("www.") ? `https://${text}` : text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Append one line of text, with its addresses as links, to ``parent``. */
function appendLine(parent, line) {
  let last = 0;
  for (const match of line.matchAll(LINKS)) {
    const kind = Object.keys(match.groups).find((name) => match.groups[name] !== undefined);
    const text = match[0].replace(TRAILING_PUNCTUATION, "");
    const href = hrefFor(kind, text);
    if (!href) continue;
    parent.append(document.createTextNode(line.slice(last, match.index)));
    const link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    link.dir = "ltr";
    if (kind === "url") link.rel = "noopener";
    parent.append(link);
    last = match.index + text.length;
  }
  parent.append(document.createTextNode(line.slice(last)));
}

/**
 * Append a message's text to ``parent``: lines with links, and a line that
 * starts with "Quelle:" (or its translation) as a small source note.
 */
export function appendText(parent, text) {
  String(text ?? "").split("\n").forEach((line, index) => {
    if (SOURCE_PREFIXES.some((prefix) => line.trimStart().startsWith(prefix))) {
      const note = document.createElement("span");
      note.className = "msg-source";
      appendLine(note, line.trim());
      parent.append(note);
      return;
    }
    if (index > 0 && !parent.lastChild?.classList?.contains("msg-source")) {
      parent.append(document.createElement("br"));
    }
    appendLine(parent, line);
  });
}
