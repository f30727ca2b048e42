// Behind nginx the Rasa socket.io server is reached on the page's own origin.
window.SOZIALE_STADT_CONFIG = { socketUrl: null };
