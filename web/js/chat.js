/* The chat widget: an opener button, a panel with the transcript (role="log",
 * polite announcements), quick-reply buttons, an input and a status line.
 *
 * Focus: opening puts it in the input, sending keeps it there, closing returns
 * it to the opener. Every message is appended once as one node, so a screen
 * reader announces each answer once; nothing already shown is changed again.
 * The wording of the widget's own messages is in index.html (data-* attributes
 * of #chat), the answers come from the bot. Each answer's text carries its
 * language (``lang``, which the bot sends with it) and every message's text
 * ``dir="auto"`` (an Arabic answer ``dir="rtl"``), so Arabic reads right to left
 * (WCAG 3.1.2, language of parts). The citizen's own text keeps the page's
 * language: nobody has said which it is.
 */
import { Connection } from "./connection.js";
import { appendText } from "./links.js";
import * as store from "./store.js";

const GREETING_PAYLOAD = "/greet";
const DELETE_HISTORY = "/delete_history";
const FEEDBACK_PAYLOAD = /^\/feedback_/u;
const LANGUAGE = /^[a-z]{2}$/u;
// Languages written right to left: their answers start with a German name ("Hörde: …"),
// which would turn dir="auto" left to right, so they get dir="rtl".
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur"]);
// Typed exactly, these do what the "Verlauf löschen" button does (the server understands more).
const DELETE_WORDS = new Set(["verlauf löschen", "/delete_history"]);

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
const wording = ui.panel.dataset;
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
const state = store.load();
let pendingDelete = false;

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
  group.setAttribute("aria-label", feedback ? wording.feedbackLabel : wording.repliesLabel);
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

/** Language of parts: the text's language (when known) and its direction from its letters. */
function inLanguage(node, lang) {
  node.dir = RIGHT_TO_LEFT.has(lang) ? "rtl" : "auto";
  if (LANGUAGE.test(lang ?? "")) node.lang = lang;
  return node;
}

function messageNode({ from, text, buttons, lang }) {
  const node = element("div", `msg msg-${from}`);
  node.append(element("span", "sr-only", from === "bot" ? wording.botPrefix : wording.userPrefix));
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

/** The status line; unchanged text is not set again, so it is not announced again. */
function setStatus(text, { retry = false } = {}) {
  if (ui.status.textContent !== text) ui.status.textContent = text;
  ui.retry.hidden = !retry;
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
    if (text || buttons.length) remember({ from: "bot", text, buttons, lang });
  },
  onProblem(problem) {
    setStatus(problem === "busy" ? wording.busy : wording.unreachable, { retry: true });
  },
});

function open() {
  ui.panel.hidden = false;
  ui.opener.setAttribute("aria-expanded", "true");
  state.open = true;
  store.save(state);
  if (!connection.ready) setStatus(wording.connecting);
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
  state.messages = [];
  store.save(state);
  ui.log.replaceChildren();
  if (connection.ready) connection.send(DELETE_HISTORY);
  else pendingDelete = true;
  ui.input.focus();
}

ui.opener.addEventListener("click", open);
ui.close.addEventListener("click", close);
ui.clear.addEventListener("click", clearHistory);
ui.retry.addEventListener("click", () => {
  setStatus(wording.connecting, { retry: true });
  connection.connect();
});
ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = ui.input.value.trim();
  ui.input.value = "";
  ui.input.focus();
  if (DELETE_WORDS.has(text.toLowerCase())) clearHistory();
  else if (text) say(text);
});

state.messages.forEach(show);
if (state.open) {
  ui.panel.hidden = false;
  ui.opener.setAttribute("aria-expanded", "true");
  setStatus(wording.connecting);
  connection.connect();
  ui.log.scrollTop = ui.log.scrollHeight;
}
