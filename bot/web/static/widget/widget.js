/*
 * The study pre-screener's chat widget: one script tag embeds it on any site.
 *
 *   <script src="https://HOST/widget/widget.js" data-server-url="https://RASA-HOST" defer></script>
 *
 * Options (data-* attributes on that tag; README "Website widget"):
 *   data-server-url     the Rasa server (its socket.io channel); default: this page's host, port 5005
 *   data-title          the panel's heading
 *   data-primary-color  #rgb or #rrggbb; text on it is black or white, whichever contrasts more
 *   data-launcher-label the text of the button that opens the chat
 *   data-container      a CSS selector: show the chat inside that element instead of a floating panel
 *   data-open           "true": the floating panel starts open
 *   data-init-payload   sent (not shown) when a new conversation starts; default "/greet", "" for none
 *   data-socket-path    default "/socket.io/"
 *
 * It loads its stylesheet and the socket.io client from its own folder, so the embed stays one tag.
 * Bot text is only ever set with textContent (never parsed as HTML).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__copdWidgetLoaded) {
    return;
  }
  window.__copdWidgetLoaded = true;

  var BASE = new URL(".", script.src).href;
  var data = script.dataset;
  var config = {
    serverUrl: (data.serverUrl || (location.protocol + "//" + location.hostname + ":5005")).replace(/\/+$/, ""),
    title: data.title || "Study pre-screening chat",
    primary: parseColour(data.primaryColor) || "#1d4f91",
    launcherLabel: data.launcherLabel || "Chat: could I join the study?",
    container: data.container || "",
    startOpen: data.open === "true",
    initPayload: data.initPayload === undefined ? "/greet" : data.initPayload,
    socketPath: data.socketPath || "/socket.io/",
  };
  var MAX_KEPT_MESSAGES = 300;
  var REPLY_TIMEOUT_MS = 60000;
  // Keys carry the server URL, so two widgets for different servers on one site never mix.
  var SESSION_KEY = "copd-widget.session." + config.serverUrl;
  var OPEN_KEY = "copd-widget.open." + config.serverUrl;

  var ui = {};
  var socket = null;
  var sessionId = null;
  var ready = false; // true once the server confirmed our session on the current connection
  var queue = []; // messages typed while the connection was down, sent once it is back
  var transcript = [];
  var replyTimer = null;
  var idCounter = 0;

  // ------------------------------------------------------------ storage (never throws)

  function storageGet(store, key) {
    try {
      return window[store].getItem(key);
    } catch (error) {
      return null;
    }
  }

  function storageSet(store, key, value) {
    try {
      if (value === null) {
        window[store].removeItem(key);
      } else {
        window[store].setItem(key, value);
      }
    } catch (error) {
      /* private mode or full: the widget still works, it just forgets on reload */
    }
  }

  // The transcript stays in this tab only (sessionStorage): health answers should not linger on a
  // shared computer, while the session id (localStorage) lets the bot offer to carry on later.
  function transcriptKey() {
    return "copd-widget.transcript." + config.serverUrl + "." + sessionId;
  }

  function loadTranscript() {
    var raw = storageGet("sessionStorage", transcriptKey());
    try {
      var parsed = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed : [];
    } catch (error) {
      return [];
    }
  }

  function saveTranscript() {
    if (sessionId) {
      storageSet("sessionStorage", transcriptKey(), JSON.stringify(transcript.slice(-MAX_KEPT_MESSAGES)));
    }
  }

  // ------------------------------------------------------------ colours (WCAG contrast)

  function parseColour(value) {
    var match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value || "").trim());
    if (!match) {
      return null;
    }
    var hex = match[1];
    if (hex.length === 3) {
      hex = hex.replace(/(.)/g, "$1$1");
    }
    return "#" + hex.toLowerCase();
  }

  function luminance(hex) {
    var channels = [1, 3, 5].map(function (start) {
      var c = parseInt(hex.substr(start, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  function textColourOn(hex) {
    var l = luminance(hex);
    var onWhite = 1.05 / (l + 0.05);
    var onBlack = (l + 0.05) / 0.05;
    return onWhite >= onBlack ? "#ffffff" : "#000000";
  }

  // ------------------------------------------------------------ DOM helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function uid(name) {
    idCounter += 1;
    return "copdw-" + name + "-" + idCounter;
  }

  function loadStylesheet() {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = BASE + "widget.css";
    document.head.appendChild(link);
  }

  function loadSocketIo(callback) {
    if (typeof window.io === "function") {
      callback();
      return;
    }
    var tag = document.createElement("script");
    tag.src = BASE + "vendor/socket.io.min.js";
    tag.onload = callback;
    tag.onerror = function () {
      setStatus("The chat could not load. Reload the page to try again.", "offline");
    };
    document.head.appendChild(tag);
  }

  // ------------------------------------------------------------ building the widget

  function build() {
    var inline = false;
    var host = null;
    if (config.container) {
      host = document.querySelector(config.container);
      inline = Boolean(host);
    }
    var root = el("div", "copdw" + (inline ? " copdw-inline" : " copdw-floating"));
    root.style.setProperty("--copdw-primary", config.primary);
    root.style.setProperty("--copdw-on-primary", textColourOn(config.primary));
    ui.root = root;
    ui.inline = inline;

    var panelId = uid("panel");
    var titleId = uid("title");
    var inputId = uid("input");

    if (!inline) {
      ui.launcher = el("button", "copdw-launcher", config.launcherLabel);
      ui.launcher.type = "button";
      ui.launcher.setAttribute("aria-expanded", "false");
      ui.launcher.setAttribute("aria-controls", panelId);
      ui.launcher.addEventListener("click", function () {
        setOpen(!isOpen(), true);
      });
      root.appendChild(ui.launcher);
    }

    var panel = el("section", "copdw-panel");
    panel.id = panelId;
    panel.setAttribute("aria-labelledby", titleId);
    ui.panel = panel;

    var header = el("div", "copdw-header");
    var heading = el("h2", "copdw-title", config.title);
    heading.id = titleId;
    header.appendChild(heading);
    ui.status = el("p", "copdw-status", "");
    ui.status.setAttribute("role", "status");
    header.appendChild(ui.status);
    if (!inline) {
      var close = el("button", "copdw-close");
      close.type = "button";
      close.setAttribute("aria-label", "Close the chat");
      close.appendChild(el("span", "", "\u00d7")).setAttribute("aria-hidden", "true");
      close.addEventListener("click", function () {
        setOpen(false, true);
      });
      header.appendChild(close);
    }
    panel.appendChild(header);

    ui.log = el("div", "copdw-log");
    ui.log.setAttribute("role", "log");
    ui.log.setAttribute("aria-live", "polite");
    ui.log.setAttribute("aria-relevant", "additions");
    ui.log.setAttribute("aria-label", "Conversation");
    ui.log.tabIndex = 0; // keyboard users can scroll a long conversation
    panel.appendChild(ui.log);

    ui.typing = el("div", "copdw-typing");
    ui.typing.hidden = true;
    ui.typing.appendChild(el("span", "copdw-dot")).setAttribute("aria-hidden", "true");
    ui.typing.appendChild(el("span", "copdw-dot")).setAttribute("aria-hidden", "true");
    ui.typing.appendChild(el("span", "copdw-dot")).setAttribute("aria-hidden", "true");
    ui.typing.appendChild(el("span", "copdw-typing-text", "The assistant is typing\u2026"));
    panel.appendChild(ui.typing);

    var form = el("form", "copdw-form");
    form.setAttribute("autocomplete", "off");
    var label = el("label", "copdw-visually-hidden", "Your message");
    label.htmlFor = inputId;
    ui.input = el("input", "copdw-input");
    ui.input.id = inputId;
    ui.input.type = "text";
    ui.input.maxLength = 1000;
    ui.input.placeholder = "Type your message";
    ui.input.setAttribute("enterkeyhint", "send");
    var send = el("button", "copdw-send", "Send");
    send.type = "submit";
    form.appendChild(label);
    form.appendChild(ui.input);
    form.appendChild(send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = ui.input.value.trim();
      if (!text) {
        ui.input.focus();
        return;
      }
      ui.input.value = "";
      say(text, text);
      ui.input.focus();
    });
    panel.appendChild(form);

    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !ui.inline) {
        setOpen(false, true);
      }
    });

    root.appendChild(panel);
    (inline ? host : document.body).appendChild(root);

    // Any element with data-copdw-open on the page opens the chat (e.g. a "start" button).
    document.addEventListener("click", function (event) {
      var opener = event.target && event.target.closest && event.target.closest("[data-copdw-open]");
      if (opener) {
        event.preventDefault();
        setOpen(true, true);
      }
    });
  }

  function isOpen() {
    return ui.inline || ui.root.classList.contains("copdw-open");
  }

  function setOpen(open, moveFocus) {
    if (!ui.inline) {
      ui.root.classList.toggle("copdw-open", open);
      ui.launcher.setAttribute("aria-expanded", open ? "true" : "false");
      storageSet("sessionStorage", OPEN_KEY, open ? "1" : null);
    }
    if (open) {
      connect();
      if (moveFocus) {
        ui.input.focus();
      }
      scrollToEnd();
    } else if (moveFocus) {
      ui.launcher.focus();
    }
  }

  // ------------------------------------------------------------ messages

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function render(entry, withChoices) {
    var bubble = el("div", "copdw-msg copdw-" + entry.from);
    // Screen readers hear who speaks; the bubbles' sides and colours show it on screen.
    bubble.appendChild(el("span", "copdw-visually-hidden", entry.from === "bot" ? "Assistant: " : "You: "));
    bubble.appendChild(el("span", "copdw-text", entry.text));
    ui.log.appendChild(bubble);
    if (withChoices && entry.buttons && entry.buttons.length) {
      renderChoices(entry.buttons);
    }
    scrollToEnd();
  }

  function renderChoices(buttons) {
    var group = el("div", "copdw-choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Answer choices");
    buttons.forEach(function (choice) {
      var button = el("button", "copdw-choice", choice.title);
      button.type = "button";
      button.addEventListener("click", function () {
        say(choice.title, choice.payload);
        ui.input.focus(); // the buttons are gone now: keep the keyboard where the next answer goes
      });
      group.appendChild(button);
    });
    ui.log.appendChild(group);
  }

  function removeChoices() {
    var groups = ui.log.querySelectorAll(".copdw-choices");
    for (var i = 0; i < groups.length; i += 1) {
      groups[i].parentNode.removeChild(groups[i]);
    }
  }

  function renderTranscript() {
    ui.log.textContent = "";
    transcript.forEach(function (entry, index) {
      render(entry, index === transcript.length - 1);
    });
  }

  function remember(entry) {
    transcript.push(entry);
    if (transcript.length > MAX_KEPT_MESSAGES) {
      transcript = transcript.slice(-MAX_KEPT_MESSAGES);
    }
    saveTranscript();
  }

  function choicesOf(message) {
    var raw = message.quick_replies || message.buttons || [];
    if (!Array.isArray(raw)) {
      return [];
    }
    return raw
      .filter(function (b) {
        return b && typeof b.title === "string";
      })
      .map(function (b) {
        return { title: b.title, payload: typeof b.payload === "string" ? b.payload : b.title };
      });
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") {
      return;
    }
    var text = typeof message.text === "string" ? message.text : "";
    var buttons = choicesOf(message);
    if (!text && !buttons.length) {
      return; // images, custom payloads: nothing this widget shows
    }
    showTyping(false);
    removeChoices();
    var entry = { from: "bot", text: text, buttons: buttons };
    remember(entry);
    render(entry, true);
  }

  function say(shown, payload) {
    removeChoices();
    var entry = { from: "user", text: shown };
    remember(entry);
    render(entry, false);
    send(payload);
  }

  function send(payload) {
    showTyping(true);
    if (ready && socket && socket.connected) {
      socket.emit("user_uttered", { message: payload, session_id: sessionId });
    } else {
      queue.push(payload);
      connect();
    }
  }

  function flushQueue() {
    while (queue.length && ready && socket.connected) {
      socket.emit("user_uttered", { message: queue.shift(), session_id: sessionId });
    }
  }

  function showTyping(on) {
    ui.typing.hidden = !on;
    clearTimeout(replyTimer);
    if (on) {
      replyTimer = setTimeout(function () {
        ui.typing.hidden = true;
      }, REPLY_TIMEOUT_MS);
    }
  }

  function setStatus(text, state) {
    ui.status.textContent = text;
    ui.status.setAttribute("data-state", state);
  }

  // ------------------------------------------------------------ the connection

  function connect() {
    if (socket) {
      return;
    }
    if (typeof window.io !== "function") {
      return; // still loading; loadSocketIo's callback connects
    }
    setStatus("Connecting\u2026", "connecting");
    socket = window.io(config.serverUrl, { path: config.socketPath });

    socket.on("connect", function () {
      ready = false;
      // Rasa answers with session_confirm; the same id again continues the same conversation.
      socket.emit("session_request", { session_id: storageGet("localStorage", SESSION_KEY) });
    });

    socket.on("session_confirm", function (confirmed) {
      var id = typeof confirmed === "string" ? confirmed : confirmed && confirmed.session_id;
      if (!id) {
        return;
      }
      var isNew = id !== storageGet("localStorage", SESSION_KEY);
      if (id !== sessionId) {
        sessionId = id;
        transcript = loadTranscript();
        renderTranscript();
      }
      storageSet("localStorage", SESSION_KEY, id);
      ready = true;
      setStatus("Connected", "online");
      if (isNew && !transcript.length && !queue.length && config.initPayload) {
        send(config.initPayload);
      }
      flushQueue();
    });

    socket.on("bot_uttered", onBotMessage);

    socket.on("disconnect", function (reason) {
      ready = false;
      setStatus("Connection lost. Reconnecting\u2026", "offline");
      if (reason === "io server disconnect") {
        socket.connect(); // the server closed it: socket.io leaves reconnecting to us then
      }
    });

    socket.on("connect_error", function () {
      setStatus("Can\u2019t reach the chat server. Still trying\u2026", "offline");
    });
  }

  // ------------------------------------------------------------ start

  function start() {
    loadStylesheet();
    build();
    // A conversation already under way in this tab comes back as it was, before connecting.
    var known = storageGet("localStorage", SESSION_KEY);
    if (known) {
      sessionId = known;
      transcript = loadTranscript();
      renderTranscript();
    }
    var open = ui.inline || config.startOpen || storageGet("sessionStorage", OPEN_KEY) === "1";
    loadSocketIo(function () {
      if (isOpen()) {
        connect();
      }
    });
    if (open) {
      setOpen(true, false);
    } else {
      setStatus("", "idle");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
