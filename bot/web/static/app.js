// Firstline web chat. No framework, no build step; the pages work without it.
// With it: quick exit hides the page at once and replaces it (Back does not return),
// Shift pressed three times does the same, and each press swaps the screen in place,
// so the whole conversation is one entry in the browser's history.
(function () {
  "use strict";
  var SHIFT_WINDOW_MS = 5000;

  function exitUrl() {
    var link = document.querySelector("a.exit");
    return link ? link.href : "about:blank";
  }

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    var url = exitUrl();
    document.body.hidden = true; // nothing left to see while the next site loads
    document.title = "";
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.exit");
    if (link) { quickExit(event); }
  });

  var shifts = 0, timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { shifts = 0; return; }
    shifts += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { shifts = 0; }, SHIFT_WINDOW_MS);
    if (shifts >= 3) { quickExit(event); }
  });

  // The in-page Back: earlier screens, newest last. Each holds its own sealed state, so going
  // back and pressing on continues from there (the server keeps nothing to contradict it).
  var previous = [], MAX_PREVIOUS = 50;

  function current() {
    var root = document.documentElement;
    return { body: document.body, lang: root.lang, dir: root.dir, title: document.title };
  }

  function show(screen) {
    document.documentElement.lang = screen.lang;
    document.documentElement.dir = screen.dir;
    document.title = screen.title;
    document.body.replaceWith(screen.body);
    var bar = document.querySelector("header.bar"), back = bar && bar.querySelector("button.back");
    if (back) { back.remove(); }
    if (bar && previous.length) {
      back = document.createElement("button");
      back.type = "button";
      back.className = "back";
      back.textContent = bar.getAttribute("data-back");
      bar.insertBefore(back, bar.firstChild);
    }
    window.scrollTo(0, 0);
    var heading = document.querySelector("main h1");
    if (heading) { heading.focus(); } // screen readers start at the new screen
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    if (!doc.body || !doc.querySelector("main")) { throw new Error("not a page"); }
    var main = document.querySelector("main");
    if (main) { main.removeAttribute("aria-busy"); }
    previous.push(current());
    if (previous.length > MAX_PREVIOUS) { previous.shift(); }
    var root = doc.documentElement;
    show({ body: document.adoptNode(doc.body), lang: root.lang, dir: root.dir, title: doc.title });
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("header button.back") && previous.length) {
      show(previous.pop());
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target, button = event.submitter;
    // A download goes the plain way: the browser saves the file and the page stays.
    if (!form.matches("form.screen") || (button && button.hasAttribute("formaction"))) { return; }
    event.preventDefault();
    var main = document.querySelector("main");
    if (main.getAttribute("aria-busy") === "true") { return; } // one press at a time
    main.setAttribute("aria-busy", "true");
    var data = new URLSearchParams(new FormData(form));
    if (button && button.name) { data.append(button.name, button.value); } // the pressed button, as a plain submit sends it
    fetch(form.action, { method: "POST", body: data, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" })
      .then(function (response) { return response.text(); })
      .then(swap)
      .catch(function () {
        // Without a usable answer, send the form the plain way (one more history entry).
        main.removeAttribute("aria-busy");
        if (button && button.name) {
          var field = document.createElement("input");
          field.type = "hidden"; field.name = button.name; field.value = button.value;
          form.appendChild(field);
        }
        form.submit();
      });
  });
}());
