/* Start the rasa-webchat widget and make its messages accessible.
 *
 * The widget (npm package rasa-webchat, served from vendor/) talks to Rasa's
 * socket.io channel. This file only configures it, announces new messages to
 * screen readers, makes quick replies usable by keyboard, and turns phone
 * numbers and e-mail addresses in the bot's answers into tel:/mailto: links. Everything is built with DOM nodes and
 * textContent: no text from a message is ever parsed as HTML.
 */
(function () {
  "use strict";

  var config = window.SOZIALE_STADT_CONFIG || {};
  var PHONE = /\+49[\d ]{6,}\d/g;
  var EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
  var LINKS = new RegExp(PHONE.source + "|" + EMAIL.source, "g");

  function linkFor(text) {
    var link = document.createElement("a");
    link.textContent = text;
    link.href = text.indexOf("@") >= 0 ? "mailto:" + text : "tel:" + text.replace(/ /g, "");
    return link;
  }

  function linkify(node) {
    var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest("a")) texts.push(walker.currentNode);
    }
    texts.forEach(function (textNode) {
      var value = textNode.nodeValue;
      if (!value.match(LINKS)) return;
      var fragment = document.createDocumentFragment();
      var last = 0;
      value.replace(LINKS, function (match, _group, offset) {
        fragment.appendChild(document.createTextNode(value.slice(last, offset)));
        fragment.appendChild(linkFor(match));
        last = offset + match.length;
        return match;
      });
      fragment.appendChild(document.createTextNode(value.slice(last)));
      textNode.parentNode.replaceChild(fragment, textNode);
    });
  }

  // The widget's quick replies are plain <div>s: make them reachable and usable by keyboard.
  function makeKeyboardButton(reply) {
    reply.setAttribute("role", "button");
    reply.setAttribute("tabindex", "0");
    reply.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        reply.click();
      }
    });
  }

  function enhance(root) {
    var log = root.querySelector(".rw-messages-container");
    if (log && !log.hasAttribute("aria-live")) {
      log.setAttribute("role", "log");
      log.setAttribute("aria-live", "polite");
      log.setAttribute("aria-label", "Chatverlauf");
    }
    var input = root.querySelector(".rw-new-message");
    if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", "Ihre Frage");
    root.querySelectorAll(".rw-response").forEach(linkify);
    root.querySelectorAll(".rw-reply:not([tabindex])").forEach(makeKeyboardButton);
  }

  var root = document.getElementById("webchat");
  new MutationObserver(function () { enhance(root); })
    .observe(root, { childList: true, subtree: true });

  window.WebChat.default({
    socketUrl: config.socketUrl || window.location.origin,
    socketPath: "/socket.io/",
    initPayload: "/greet",
    embedded: true,
    title: "Soziale Stadt Dortmund",
    subtitle: "Ihr Chat-Assistent",
    inputTextFieldHint: "Ihre Frage, z. B. „Wer ist in meinem Stadtteil zuständig?“",
    connectingText: "Verbindung wird aufgebaut …",
    hideWhenNotConnected: false,
    showMessageDate: false,
    params: { storage: "session" },
    customMessageDelay: function () { return 0; }
  }, root);
})();
