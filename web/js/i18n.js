/* The widget's own wording (buttons, labels, status messages) in the conversation's language.
 *
 * One file per language, web/i18n/<code>.json (like responses/<code>.yml for the
 * bot's answers), fetched from this origin when the conversation changes language
 * and kept. Before anything was said the widget speaks the first of the browser's
 * languages (navigator.languages) that the bot speaks, else German.
 */

export const GERMAN = "de";
export const LANGUAGES = ["de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru"];
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);
const loaded = new Map();

/** "rtl" for a language written right to left, else "ltr". */
export function direction(lang) {
  return RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr";
}

/** Whether the widget has wording in this language ("tr": yes, "fr": no). */
export function supported(lang) {
  return LANGUAGES.includes(lang);
}

/** The first browser language the bot speaks, as two letters; null when there is none. */
export function browserLanguage(tags = navigator.languages?.length ? navigator.languages : [navigator.language]) {
  for (const tag of tags ?? []) {
    const code = String(tag ?? "").slice(0, 2).toLowerCase();
    if (supported(code)) return code;
  }
  return null;
}

async function fetchLabels(lang) {
  const reply = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url), { credentials: "same-origin" });
  if (!reply.ok) throw new Error(`i18n/${lang}.json: ${reply.status}`);
  const labels = await reply.json();
  return Object.fromEntries(Object.entries(labels).filter(([, text]) => typeof text === "string"));
}

/**
 * The wording in ``lang``: {lang, labels}. German when that language cannot be loaded;
 * when not even German can, no labels (the page's German markup stays as it is).
 */
export async function labelsFor(lang) {
  const wanted = supported(lang) ? lang : GERMAN;
  if (!loaded.has(wanted)) {
    loaded.set(wanted, fetchLabels(wanted).catch(() => {
      loaded.delete(wanted);  // tried again next time
      return null;
    }));
  }
  const labels = await loaded.get(wanted);
  if (labels) return { lang: wanted, labels };
  return wanted === GERMAN ? { lang: GERMAN, labels: {} } : labelsFor(GERMAN);
}
