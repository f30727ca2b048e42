/* The chat widget: an opener button, a panel with the transcript (role="log",
 * polite announcements), quick-reply buttons, an input and a status line.
 *
 * Focus: opening puts it in the input, sending keeps it there, closing returns
 * it to the opener. Every message is appended once as one node, so a screen
 * reader announces each answer once; nothing already shown is changed again.
 * The answers come from the bot. Each answer's text carries its language
 * (``lang``, which the bot sends with it) and every message's text
 * ``dir="auto"`` (an Arabic answer ``dir="rtl"``), so Arabic reads right to left
 * (WCAG 3.1.2, language of parts). The widget's own wording (i18n.js) follows
 * the language of the latest answer to the citizen; before the citizen has said
 * anything it is the browser's, and so is the greeting's (the server greets in the
 * browser's language when the bot speaks it, see connectors/guard.py). The panel and
 * the opener carry that ``lang`` and ``dir`` (WCAG 3.1.1/3.1.2), and so does
 * the citizen's own text, as the likeliest guess; it is kept with the transcript. A typed or pressed request to
 * delete the history is answered with ``history_deleted``: the transcript here
 * is emptied too.
 */
import { Connection } from "./connection.js";
import { browserLanguage, direction, GERMAN, labelsFor } from "./i18n.js";
import { appendText } from "./links.js";
import * as store from "./store.js";

const GREETING_PAYLOAD = "/greet";
const DELETE_HISTORY = "/delete_history";
const FEEDBACK_PAYLOAD = /^\/feedback_/u;
const LANGUAGE = /^[a-z]{2}$/u;

const $ = (id) => document.getElementById(id);
const ui = {
  opener: $("chat-open"),
  panel: $("chat"),
  close: $("chat-close"),
  clear: $("chat-clear"),
  log: $("chat-log"),
  status: $("chat-status"),
  retry: $("chat-retry"),
  form: $("chat-form"),
  input: $("chat-input"),
};
// Where each label goes: element id -> [wording key, attribute (none: the text)].
const LABELS = {
  "chat-open": ["opener"], "chat-title": ["title"], "chat-clear": ["clear"], "chat-close": ["close"],
  "chat-log": ["log", "aria-label"], "chat-retry": ["retry"], "chat-input-label": ["input"],
  "chat-send": ["send"], "chat-hint": ["hint"],
};
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
const state = store.load();
let pendingDelete = false;
let wording = {};
let speaking = GERMAN;
let statusKey = "";
let incoming = Promise.resolve();

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Buttons of a bot message: each sends its payload and shows its title as the citizen's message. */
function replyButtons(buttons) {
  const group = element("div", "msg-replies");
  group.setAttribute("role", "group");
  const feedback = buttons.every((button) => FEEDBACK_PAYLOAD.test(button.payload));
  group.setAttribute("aria-label", (feedback ? wording.feedback : wording.replies) ?? "");
  for (const { title, payload } of buttons) {
    const button = element("button", "reply", title);
    button.type = "button";
    button.addEventListener("click", () => {
      say(title, payload);
      ui.input.focus();
    });
    group.append(button);
  }
  return group;
}

/** Language of parts: the text's language (when known) and its direction from its letters.
 * Right-to-left answers start with a German name ("Hörde: …"), which would turn dir="auto"
 * left to right, so they get dir="rtl". */
function inLanguage(node, lang) {
  node.dir = direction(lang) === "rtl" ? "rtl" : "auto";
  if (LANGUAGE.test(lang ?? "")) node.lang = lang;
  return node;
}

function messageNode({ from, text, buttons, lang }) {
  const node = element("div", `msg msg-${from}`);
  const prefix = element("span", "sr-only", from === "bot" ? wording.botPrefix : wording.userPrefix);
  prefix.lang = speaking;  // the widget's word, in the widget's language at the time
  node.append(prefix);
  const body = inLanguage(element("p", "msg-text"), lang);
  appendText(body, text);
  node.append(body);
  if (buttons?.length) node.append(inLanguage(replyButtons(buttons), lang));
  return node;
}

function show(message) {
  ui.log.append(messageNode(message));
  ui.log.scrollTo({ top: ui.log.scrollHeight, behavior: reducedMotion.matches ? "auto" : "smooth" });
}

function remember(message) {
  state.messages.push(message);
  store.save(state);
  show(message);
}

/** The citizen says something: shown as ``shown``, sent as ``sent`` (a payload for buttons). */
function say(shown, sent = shown) {
  remember({ from: "user", text: shown });
  connection.send(sent);
}

function buttonsOf(message) {
  const buttons = message.quick_replies ?? message.buttons ?? [];
  return buttons
    .filter((button) => typeof button?.title === "string" && typeof button?.payload === "string")
    .map(({ title, payload }) => ({ title, payload }));
}

/** The status line (a wording key, "" for none); unchanged text is not set again, so it is
 * not announced again. */
function setStatus(key, { retry = false } = {}) {
  statusKey = key;
  const text = key ? wording[key] ?? "" : "";
  if (ui.status.textContent !== text) ui.status.textContent = text;
  ui.retry.hidden = !retry;
}

/** The widget's own wording, lang and dir in a language (only what changes is touched). */
function speak({ lang, labels }) {
  wording = labels;
  speaking = lang;
  for (const node of [ui.panel, ui.opener]) {
    if (node.lang !== lang) node.lang = lang;
    if (node.dir !== direction(lang)) node.dir = direction(lang);
  }
  for (const [id, [key, attribute]] of Object.entries(LABELS)) {
    const node = $(id);
    const text = labels[key];
    if (typeof text !== "string") continue;
    if (attribute && node.getAttribute(attribute) !== text) node.setAttribute(attribute, text);
    if (!attribute && node.textContent !== text) node.textContent = text;
  }
  if (statusKey) setStatus(statusKey, { retry: !ui.retry.hidden });
}

/** Speak the language, once its wording is loaded, and keep it for a reload. */
async function switchTo(lang) {
  if (!lang || lang === speaking) return;
  speak(await labelsFor(lang));
  state.lang = speaking;
  store.save(state);
}

function forgetTranscript() {
  state.messages = [];
  store.save(state);
  ui.log.replaceChildren();
}

const connection = new Connection(window.SOZIALE_STADT_CONFIG?.socketUrl ?? null, state.sessionId, {
  onSession(id) {
    state.sessionId = id;
    store.save(state);
  },
  onReady() {
    const retryHadFocus = document.activeElement === ui.retry;
    setStatus("");
    if (retryHadFocus || document.activeElement === document.body) ui.input.focus();
    if (!state.greeted) connection.send(GREETING_PAYLOAD, { first: true });
    if (pendingDelete) connection.send(DELETE_HISTORY, { first: true });
    pendingDelete = false;
    state.greeted = true;
    store.save(state);
  },
  onMessage(message) {
    const text = typeof message.text === "string" ? message.text : "";
    const buttons = buttonsOf(message);
    const lang = LANGUAGE.test(message.lang ?? "") ? message.lang : undefined;
    incoming = incoming.then(async () => {  // in order, each after its language's wording
      const answering = message.history_deleted === true || state.messages.some((m) => m.from === "user");
      if (answering) await switchTo(lang);  // the greeting: already in the browser's language
      if (message.history_deleted === true) forgetTranscript();
      if (text || buttons.length) remember({ from: "bot", text, buttons, lang });
    });
  },
  onProblem(problem) {
    setStatus(problem === "busy" ? "busy" : "unreachable", { retry: true });
  },
});

function open() {
  ui.panel.hidden = false;
  ui.opener.setAttribute("aria-expanded", "true");
  state.open = true;
  store.save(state);
  if (!connection.ready) setStatus("connecting");
  connection.connect();
  ui.log.scrollTop = ui.log.scrollHeight;
  ui.input.focus();
}

function close() {
  ui.panel.hidden = true;
  ui.opener.setAttribute("aria-expanded", "false");
  state.open = false;
  store.save(state);
  ui.opener.focus();
}

function clearHistory() {
  forgetTranscript();
  if (connection.ready) connection.send(DELETE_HISTORY);
  else pendingDelete = true;
  ui.input.focus();
}

ui.opener.addEventListener("click", open);
ui.close.addEventListener("click", close);
ui.clear.addEventListener("click", clearHistory);
ui.retry.addEventListener("click", () => {
  setStatus("connecting", { retry: true });
  connection.connect();
});
ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = ui.input.value.trim();
  ui.input.value = "";
  ui.input.focus();
  if (text) say(text);  // "Verlauf löschen", "Geçmişimi sil": the server deletes and says so
});

speak(await labelsFor(LANGUAGE.test(state.lang ?? "") ? state.lang : browserLanguage() ?? GERMAN));
state.messages.forEach(show);
if (state.open) {
  ui.panel.hidden = false;
  ui.opener.setAttribute("aria-expanded", "true");
  setStatus("connecting");
  connection.connect();
  ui.log.scrollTop = ui.log.scrollHeight;
}
