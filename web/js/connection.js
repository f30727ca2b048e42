/* The socket.io connection to Rasa's socket.io channel (socket.io-client 4).
 *
 * On connect it asks for its session (``session_request`` with the tab's id);
 * the server confirms the id it accepted (``session_confirm``), which is used
 * from then on. Messages go out as ``user_uttered`` {message, session_id,
 * metadata: {language_hint}} (the first browser language the bot speaks, a hint
 * only: the language of the greeting and of the widget's own wording at the start), answers
 * come in as ``bot_uttered``. Messages typed while
 * the connection is not ready wait in an outbox and go out once it is.
 */
import { io } from "../vendor/socket.io.esm.min.js";
import { browserLanguage } from "./i18n.js";

const SESSION_ID = /^[0-9a-f]{32}$/u;
const HTTP_TOO_MANY_REQUESTS = 429;

/** Why the connection is not usable: "busy" (429) or "unreachable". */
function problemOf(error) {
  const status = error?.description ?? error?.context?.status;
  return status === HTTP_TOO_MANY_REQUESTS ? "busy" : "unreachable";
}

function confirmedId(data) {
  const id = typeof data === "string" ? data : data?.session_id;
  return typeof id === "string" && id.length > 0 ? id : null;
}

export class Connection {
  /**
   * @param {string|null} url Rasa's origin (null: the page's own origin).
   * @param {string} sessionId The id to ask for.
   * @param {{onSession: Function, onReady: Function, onMessage: Function, onProblem: Function}} handlers
   */
  constructor(url, sessionId, handlers) {
    this.url = url;
    this.sessionId = SESSION_ID.test(sessionId) ? sessionId : null;
    this.handlers = handlers;
    this.ready = false;
    this.outbox = [];
    this.socket = null;
  }

  /** Connect (again); a no-op while connected. */
  connect() {
    if (!this.socket) this.socket = this.open();
    if (!this.socket.connected) this.socket.connect();
  }

  /** Send a text or a button payload now, or as soon as the session is confirmed. */
  send(text, { first = false } = {}) {
    if (first) this.outbox.unshift(text);
    else this.outbox.push(text);
    this.flush();
  }

  open() {
    const options = { path: "/socket.io/", autoConnect: false, reconnectionAttempts: 5 };
    const socket = this.url ? io(this.url, options) : io(options);
    socket.on("connect", () => socket.emit("session_request", { session_id: this.sessionId }));
    socket.on("session_confirm", (data) => this.confirm(data));
    socket.on("bot_uttered", (message) => this.handlers.onMessage(message ?? {}));
    socket.on("connect_error", (error) => this.fail(problemOf(error)));
    socket.on("disconnect", (reason) => {
      if (reason !== "io client disconnect") this.fail("lost");
    });
    return socket;
  }

  confirm(data) {
    const id = confirmedId(data);
    if (!id) return;
    this.sessionId = id;
    this.ready = true;
    this.handlers.onSession(id);
    this.handlers.onReady();
    this.flush();
  }

  fail(problem) {
    this.ready = false;
    this.handlers.onProblem(problem);
  }

  flush() {
    while (this.ready && this.socket?.connected && this.outbox.length > 0) {
      const metadata = { language_hint: browserLanguage() ?? "" };
      this.socket.emit("user_uttered",
        { message: this.outbox.shift(), session_id: this.sessionId, metadata });
    }
  }
}
