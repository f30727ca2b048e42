/* The transcript of this browser tab, kept in sessionStorage across reloads.
 *
 * It holds the socket.io session id (32 lowercase hex characters), whether the
 * chat is open, the messages shown and the language of the widget's wording. Closing the tab forgets it; "Verlauf
 * löschen" empties it. Without sessionStorage (blocked by the browser) the
 * chat still works, it only forgets on reload.
 */

const KEY = "soziale-stadt-chat";
const MAX_MESSAGES = 200;

/** A new session id: 32 lowercase hex characters from the browser's random source. */
export function newSessionId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function emptyState() {
  return { sessionId: newSessionId(), open: false, greeted: false, messages: [], lang: null };
}

/** The stored state of this tab, or a fresh one. */
export function load() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? "null");
    if (stored && Array.isArray(stored.messages) && /^[0-9a-f]{32}$/u.test(stored.sessionId)) {
      return { ...emptyState(), ...stored };
    }
  } catch {
    // unreadable or blocked storage: start afresh
  }
  return emptyState();
}

/** Store the state (the newest messages only). */
export function save(state) {
  const kept = { ...state, messages: state.messages.slice(-MAX_MESSAGES) };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // storage full or blocked: the chat goes on without persistence
  }
}
