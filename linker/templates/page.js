(function () {
  "use strict";
  var open = null, openFor = null, timer = 0, pointer = "mouse", quiet = false, wasOpen = false;
  var mentions = Array.prototype.slice.call(document.querySelectorAll("a.lk"));

  function popFor(el) { return document.getElementById(el.getAttribute("aria-describedby")); }
  function pieces(el) {
    return document.querySelectorAll('a.lk[data-mention="' + el.getAttribute("data-mention") + '"]');
  }
  function mark(el, on) {
    Array.prototype.forEach.call(pieces(el), function (p) { p.classList.toggle("lk-active", on); });
  }
  function place(pop, el) {
    var r = el.getClientRects()[0] || el.getBoundingClientRect();
    pop.hidden = false;
    var w = pop.offsetWidth, h = pop.offsetHeight;
    var left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 8 && r.top - h - 6 > 8) { top = r.top - h - 6; }
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (top + window.scrollY) + "px";
  }
  function show(el) {
    var pop = popFor(el);
    if (!pop) { return; }
    clearTimeout(timer);
    if (open && (open !== pop || openFor !== el)) { hide(); }
    openFor = el; open = pop;
    mark(el, true);
    place(pop, el);
  }
  function hide() {
    clearTimeout(timer);
    if (!open) { return; }
    open.hidden = true;
    if (openFor) { mark(openFor, false); }
    open = null; openFor = null;
  }
  function hideSoon() { clearTimeout(timer); timer = setTimeout(hide, 250); }
  function focusables() {
    return Array.prototype.filter.call(
      document.querySelectorAll("a[href], button, [tabindex]:not([tabindex='-1'])"),
      function (n) { return !n.closest(".pop") && n.tabIndex >= 0 && n.offsetParent !== null; });
  }
  function focusQuietly(el) { quiet = true; el.focus(); quiet = false; }

  mentions.forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("mouseleave", hideSoon);
    el.addEventListener("focus", function () { if (!quiet) { show(el); } });
    el.addEventListener("blur", function (e) {
      if (!open || !open.contains(e.relatedTarget)) { hideSoon(); }
    });
    el.addEventListener("pointerdown", function (e) {
      pointer = e.pointerType || "mouse";
      wasOpen = !!(open && !open.hidden && openFor && pieces(openFor)[0] === pieces(el)[0]);
    });
    el.addEventListener("click", function (e) {
      // On touch screens the first tap opens the preview; a second tap follows the link.
      if (pointer === "touch" && !wasOpen) {
        e.preventDefault();
        show(el);
      }
      pointer = "mouse";
      wasOpen = false;
    });
    el.addEventListener("keydown", function (e) {
      if (e.key === "Tab" && !e.shiftKey && open && openFor === el) {
        var first = open.querySelector("a[href]");
        if (first) { e.preventDefault(); first.focus(); }
      }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll(".pop"), function (pop) {
    pop.addEventListener("mouseenter", function () { clearTimeout(timer); });
    pop.addEventListener("mouseleave", hideSoon);
    pop.addEventListener("focusout", function (e) {
      if (!pop.contains(e.relatedTarget) && e.relatedTarget !== openFor) { hideSoon(); }
    });
    pop.addEventListener("keydown", function (e) {
      if (e.key !== "Tab" || !openFor) { return; }
      var links = pop.querySelectorAll("a[href]");
      var owner = openFor;
      if (e.shiftKey && document.activeElement === links[0]) {
        e.preventDefault(); focusQuietly(owner);
      } else if (!e.shiftKey && document.activeElement === links[links.length - 1]) {
        var all = focusables(), i = all.indexOf(owner);
        e.preventDefault(); hide();
        if (i >= 0 && i + 1 < all.length) { all[i + 1].focus(); } else { owner.blur(); }
      }
    });
  });

  document.addEventListener("keydown", function (e) {
    if ((e.key === "Escape" || e.key === "Esc") && open) {
      var owner = openFor, inside = open.contains(document.activeElement);
      hide();
      if (inside && owner) { focusQuietly(owner); }
    }
  });
  document.addEventListener("pointerdown", function (e) {
    var t = e.target;
    if (open && t instanceof Element && !open.contains(t) && !t.closest("a.lk")) { hide(); }
  });
  window.addEventListener("resize", hide);

  function flash(target) {
    if (!target) { return; }
    target.classList.remove("lk-flash");
    void target.offsetWidth;
    target.classList.add("lk-flash");
  }
  // Jumps: a table entry to a mention (focus it, which opens its preview), a preview to its
  // table entry (focus the entry).
  document.addEventListener("click", function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a) { return; }
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target) { return; }
    if (a.closest(".pop")) { hide(); }
    window.setTimeout(function () {
      if (target.matches("a.lk")) { target.focus(); } else { target.focus({ preventScroll: true }); }
      flash(target);
    }, 0);
  });
})();
