// Applies the week chosen on the slider to the map, the legend, the events and the chart.
// Everything it shows comes from the JSON above it; scenario text is only ever set as text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var F = data.frames, M = data.map, C = data.chart, W = data.words;
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var value = {};
  for (var i = 0; i < DIGITS.length; i += 1) value[DIGITS.charCodeAt(i)] = i;

  var cells = Array.prototype.slice.call(document.querySelectorAll("#cells path"));
  var outlines = cells.map(function (p) { return p.getAttribute("d"); });
  var $ = function (id) { return document.getElementById(id); };
  var slider = $("slider"), play = $("play"), list = $("events");
  var last = F.days.length - 1;
  var current = -1, timer = null;

  // A cell's palette entry: its digits in a frame's string, most significant first.
  function entry(frame, c) {
    var s = F.cells[frame], e = 0;
    for (var d = 0; d < F.digits; d += 1) e = e * 64 + value[s.charCodeAt(F.digits * c + d)];
    return e;
  }

  function show(k) {
    k = Math.max(0, Math.min(last, k));
    current = k;
    var held = F.held_count[k], r = M.mark;
    var crosses = [], rings = [], heldPaths = [], line = [];
    var isHeld = function (c) { return F.rank[c] < held; };
    for (var c = 0; c < cells.length; c += 1) {
      var e = entry(k, c), fill = F.fills[e];
      cells[c].style.fill = fill;
      cells[c].style.stroke = fill;
      var x = M.centres[c][0], y = M.centres[c][1];
      if (F.marks[e] === 1) {
        var a = Math.round(r * 0.7);
        crosses.push("M" + (x - a) + " " + (y - a) + "l" + 2 * a + " " + 2 * a +
          "M" + (x - a) + " " + (y + a) + "l" + 2 * a + " " + -2 * a);
      } else if (F.marks[e] === 2) {
        var q = Math.round(r * 0.8);
        rings.push("M" + (x - q) + " " + y + "a" + q + " " + q + " 0 1 0 " + 2 * q + " 0" +
          "a" + q + " " + q + " 0 1 0 " + -2 * q + " 0");
      }
      if (isHeld(c)) heldPaths.push(outlines[c]);
    }
    for (var n = 0; n < M.edges.length; n += 1) {
      var edge = M.edges[n];
      if (isHeld(edge[0]) !== isHeld(edge[1])) {
        line.push("M" + edge[2] + " " + edge[3] + "L" + edge[4] + " " + edge[5]);
      }
    }
    $("crosses").setAttribute("d", crosses.join(""));
    $("rings").setAttribute("d", rings.join(""));
    $("held").setAttribute("d", heldPaths.join(""));
    $("line").setAttribute("d", line.join(""));

    $("date").textContent = F.dates[k];
    $("day").textContent = F.day_labels[k];
    for (var t = 0; t < F.totals[k].length; t += 1) {
      var total = $("total-" + t);
      if (total) total.textContent = F.totals[k][t];
    }
    $("events-heading").textContent = F.events_heading[k];
    while (list.firstChild) list.removeChild(list.firstChild);
    F.events[k].forEach(function (ev) {
      var li = document.createElement("li");
      var when = document.createElement("span");
      when.className = "when";
      when.textContent = ev[0] + ": ";
      li.appendChild(when);
      li.appendChild(document.createTextNode(ev[1]));
      list.appendChild(li);
    });
    $("no-events").hidden = F.events[k].length > 0;

    var cx = C.left + (F.days[k] / C.horizon) * (C.right - C.left);
    $("cursor").setAttribute("x1", cx.toFixed(1));
    $("cursor").setAttribute("x2", cx.toFixed(1));
    slider.value = String(k);
    slider.setAttribute("aria-valuetext", F.day_labels[k] + ", " + F.dates[k]);
  }

  function pause() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = W.play;
    play.setAttribute("aria-pressed", "false");
  }

  function start() {
    if (current >= last) show(0);
    play.textContent = W.pause;
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(function () {
      if (current >= last) pause();
      else show(current + 1);
    }, data.frame_ms);
  }

  function toggle() {
    if (timer === null) start();
    else pause();
  }

  play.addEventListener("click", toggle);
  slider.addEventListener("input", function () {
    pause();
    show(Number(slider.value));
  });
  // A click on the chart shows the week nearest the day clicked.
  $("chart").addEventListener("click", function (event) {
    var box = $("chart").getBoundingClientRect();
    var x = ((event.clientX - box.left) / box.width) * C.width;
    var day = ((x - C.left) / (C.right - C.left)) * C.horizon;
    var nearest = 0;
    F.days.forEach(function (d, k) {
      if (Math.abs(d - day) < Math.abs(F.days[nearest] - day)) nearest = k;
    });
    pause();
    show(nearest);
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var onSlider = event.target === slider;
    var onButton = event.target instanceof HTMLButtonElement;
    var to = null;
    switch (event.key) {
      // Time runs left to right on the slider and the chart in every language.
      case "ArrowRight": case "ArrowUp": to = current + 1; break;
      case "ArrowLeft": case "ArrowDown": to = current - 1; break;
      case "Home": to = 0; break;
      case "End": to = last; break;
      case " ":
        // A focused button takes Space as a click of its own.
        if (onButton) return;
        event.preventDefault();
        toggle();
        return;
      default: return;
    }
    // The slider moves itself on these keys and reports it as input.
    if (onSlider) return;
    event.preventDefault();
    pause();
    show(to);
  });
  show(0);
})();
