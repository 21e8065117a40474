/// The stylesheet and script every page links; no inline style or script, so the CSP can forbid them.
package enum SiteAssets {
    /// `/assets/site.css`: responsive, readable, high-contrast, visible focus.
    package static let stylesheet = """
        :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --soft: #f6f8fa;
          --accent: #0b5cad; --accent-ink: #ffffff; --gap: #9a3412; --cloud: #0b5cad; --oss: #1a7f37;
          --independent: #8250df; font-size: 100%; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          background: var(--paper); display: grid; grid-template-columns: minmax(0, 1fr) 18rem;
          grid-template-areas: "header header" "main next" "footer footer"; column-gap: 2rem; }
        body > main { grid-area: main; padding: 0 0 2rem 1.5rem; min-width: 0; }
        .next-panel { grid-area: next; align-self: start; position: sticky; top: 1rem; margin: 1.5rem 1.5rem 0 0;
          padding: 1rem; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }
        .next-panel h2 { margin-top: 0; font-size: 1.1rem; }
        .next-panel ol { padding-left: 1.2rem; }
        .next-panel li { margin-bottom: .5rem; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 10; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .site-header { grid-area: header; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center;
          justify-content: space-between; padding: .75rem 1.5rem; border-bottom: 1px solid var(--line);
          background: var(--soft); }
        .site-header nav { display: flex; align-items: center; gap: 1.5rem; }
        .site-header ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        .site-header a { text-decoration: none; font-weight: 600; }
        .site-header a[aria-current] { text-decoration: underline; }
        .brand { font-size: 1.25rem; color: var(--ink) !important; }
        .site-search, .search-form { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
        input[type=search] { font: inherit; padding: .4rem .6rem; border: 1px solid var(--muted); border-radius: 6px;
          min-width: 14rem; }
        button, .button { font: inherit; font-weight: 600; padding: .45rem .9rem; border-radius: 6px; border: 0;
          background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none;
          display: inline-block; }
        .link-button { background: none; color: var(--accent); padding: 0; text-decoration: underline; font-weight: 400; }
        .site-footer { grid-area: footer; padding: 1rem 1.5rem; border-top: 1px solid var(--line); color: var(--muted); }
        h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.35rem; margin: 1.75rem 0 .5rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
        .lead { font-size: 1.125rem; max-width: 48rem; }
        .muted, .counts { color: var(--muted); }
        .crumbs { margin-top: 1rem; color: var(--muted); font-size: .95rem; }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; border: 1px solid var(--line);
          font-size: .8rem; background: var(--paper); color: var(--ink); }
        .kind-cloud.badge { border-color: var(--cloud); color: var(--cloud); }
        .kind-oss.badge { border-color: var(--oss); color: var(--oss); }
        .kind-independent.badge { border-color: var(--independent); color: var(--independent); }
        .link-health { padding: .4rem .75rem; border-left: 4px solid var(--line); background: var(--soft); }
        .link-ok { border-left-color: var(--oss); }
        .link-redirected { border-left-color: var(--accent); }
        .link-broken, .link-failing { border-left-color: var(--gap); }
        .badge.link-broken, .badge.link-failing { border-color: var(--gap); color: var(--gap); }
        .tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; }
        .tag { display: inline-block; padding: .1rem .6rem; border-radius: 999px; background: #ddf4ff;
          text-decoration: none; font-size: .9rem; color: #0a3069; }
        .topic-map { list-style: none; padding: 0; display: grid; gap: 1rem;
          grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
        .topic-card { border: 1px solid var(--line); border-radius: 10px; padding: 1rem; background: var(--paper); }
        .topic-card h3 { margin-top: 0; }
        .topic-card p { margin: .4rem 0; }
        .cards { list-style: none; padding: 0; display: grid; gap: .75rem; }
        .cards > li { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
        .lessons { padding-left: 1.5rem; }
        .lesson-item { margin: .45rem 0; }
        .lesson-item .facts { margin-left: .35rem; font-size: .9rem; }
        .lesson-item .note { color: var(--muted); font-size: .95rem; }
        .done { margin-right: .4rem; }
        .done input { width: 1.1rem; height: 1.1rem; vertical-align: -.15rem; accent-color: var(--oss); }
        .done-big { margin-left: 1rem; font-weight: 600; }
        .is-done > a { text-decoration: line-through; color: var(--muted); }
        .ecosystems { display: grid; gap: 1rem; grid-template-columns: repeat(3, minmax(0, 1fr)); }
        .ecosystem { border-top: 4px solid var(--line); padding-top: .25rem; min-width: 0; }
        .ecosystem.kind-cloud { border-color: var(--cloud); }
        .ecosystem.kind-oss { border-color: var(--oss); }
        .ecosystem.kind-independent { border-color: var(--independent); }
        .ecosystem .lessons { padding-left: 1.2rem; }
        .gap { color: var(--gap); }
        .around { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; align-items: center; }
        .around dt { font-weight: 600; }
        .around dd { margin: 0; }
        .around .tags { margin: 0; }
        td.gap { background: #fff1e6; font-weight: 600; }
        .search-layout { display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 1.5rem; margin-top: 1rem; }
        .facet h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .facet ul { list-style: none; padding: 0; margin: 0; }
        .facet li { margin: .15rem 0; }
        .facet a { text-decoration: none; }
        .facet a:hover { text-decoration: underline; }
        .facet .count { color: var(--muted); font-size: .85rem; }
        .facet .selected { font-weight: 700; }
        .pager { display: flex; gap: 1rem; margin-top: 1rem; }
        .steps { list-style: none; padding: 0; }
        .step { border-left: 3px solid var(--line); padding-left: 1rem; margin-bottom: 1rem; }
        .path-progress { font-weight: 600; }
        .step-done > h3::after { content: " \\2713  covered"; color: #1a7f37; font-size: .9rem; font-weight: 400; }
        .touches { margin: .75rem 0 .25rem; color: var(--muted); font-size: .9rem; }
        .objectives-label { margin: 0.5rem 0 0.25rem; color: var(--muted); }
        .objectives { margin-top: 0; }
        .module-heading h2 { margin-bottom: .25rem; }
        .reasons { font-size: .95rem; color: var(--muted); }
        .table-wrap { overflow-x: auto; }
        table.coverage { border-collapse: collapse; }
        .coverage th, .coverage td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: right; }
        .coverage th[scope=row], .coverage thead th:first-child { text-align: left; }
        .heat-1 { background: #e8f1fb; } .heat-2 { background: #c6dcf5; } .heat-3 { background: #93bdea; }
        .heat-4 { background: #5b9bd9; color: #0d1117; }
        .coverage .depth-1 { padding-left: 1.5rem; } .coverage .depth-2 { padding-left: 2.5rem; }
        .coverage .depth-3, .coverage .depth-4 { padding-left: 3.5rem; }
        .coverage { margin-bottom: 1.5rem; }
        @media (max-width: 60rem) {
          body { grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "main" "next" "footer"; }
          body > main { padding: 0 1rem 1rem; }
          .next-panel { position: static; margin: 0 1rem 1rem; }
          .ecosystems, .search-layout { grid-template-columns: minmax(0, 1fr); }
          input[type=search] { min-width: 0; flex: 1; }
          .site-header { padding: .5rem 1rem; }
          .site-header nav { flex-wrap: wrap; gap: .25rem 1rem; }
          .site-header ul { flex-wrap: wrap; gap: .25rem .9rem; }
          .site-search { width: 100%; }
          .around { grid-template-columns: minmax(0, 1fr); }
        }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6edf3; --muted: #9da7b3; --line: #30363d; --paper: #0d1117; --soft: #161b22;
            --accent: #58a6ff; --accent-ink: #0d1117; --gap: #ffa657; --cloud: #58a6ff; --oss: #3fb950;
            --independent: #bc8cff; }
          .tag { background: #0c2d6b; color: #cae8ff; }
          td.gap { background: #3d1f00; }
          .heat-1 { background: #0c2d6b; } .heat-2 { background: #143d80; } .heat-3 { background: #1f6feb; }
          .heat-4 { background: #58a6ff; color: #0d1117; }
        }

        """

    /// `/assets/site.js`: "done" checkboxes kept in localStorage, the "what next" fringe, and
    /// search for the static site. Pages work fully without it.
    package static let script = """
        (function () {
          "use strict";
          var KEY = "coursemap.done";
          var base = document.body.getAttribute("data-base") || "";
          function load() {
            try { return JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
          }
          function save(done) {
            try { localStorage.setItem(KEY, JSON.stringify(done)); } catch (e) { /* private mode: keep in memory */ }
          }
          var done = load();
          var graph = null;

          function el(tag, text, attrs) {
            var node = document.createElement(tag);
            if (text) { node.textContent = text; }
            if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
            return node;
          }

          // Lesson items carry their id and topics; their checkbox is made here, as it needs script.
          function addBoxes() {
            document.querySelectorAll("li.lesson-item[data-lesson]").forEach(function (item) {
              if (item.querySelector("input[data-done]")) { return; }
              var id = item.getAttribute("data-lesson");
              var link = item.querySelector("a");
              var title = link ? link.textContent : id;
              var label = el("label", "", { "class": "done" });
              label.appendChild(el("input", "", { type: "checkbox", "data-done": id,
                "data-topics": item.getAttribute("data-topics") || "", "data-title": title }));
              label.appendChild(el("span", "Done: " + title, { "class": "visually-hidden" }));
              item.insertBefore(label, item.firstChild);
            });
          }

          function paintBoxes() {
            document.querySelectorAll("input[data-done]").forEach(function (box) {
              var id = box.getAttribute("data-done");
              box.checked = Object.prototype.hasOwnProperty.call(done, id);
              box.parentElement.hidden = false;
              var item = box.closest(".lesson-item");
              if (item) { item.classList.toggle("is-done", box.checked); }
            });
            paintSteps();
          }

          // On a path page: which steps have a lesson marked done, and how many of them.
          function paintSteps() {
            var list = document.querySelector("ol.steps");
            var steps = document.querySelectorAll("ol.steps > li.step");
            if (!list || steps.length === 0) { return; }
            var covered = 0;
            steps.forEach(function (step) {
              var items = step.querySelectorAll("li.lesson-item[data-lesson]");
              var isCovered = Array.prototype.some.call(items, function (item) {
                return Object.prototype.hasOwnProperty.call(done, item.getAttribute("data-lesson"));
              });
              step.classList.toggle("step-done", isCovered);
              if (isCovered) { covered += 1; }
            });
            var status = document.getElementById("path-progress");
            if (!status) {
              status = el("p", "", { id: "path-progress", "class": "path-progress", role: "status" });
              list.parentNode.insertBefore(status, list);
            }
            status.textContent = covered === 0
              ? "Tick \\u201cdone\\u201d beside a lesson as you go: this counts the steps you have covered."
              : "You have covered " + covered + " of " + steps.length + " steps.";
          }

          function learnedTopics() {
            var learned = {};
            var byId = {};
            (graph ? graph.topics : []).forEach(function (t) { byId[t.id] = t; });
            Object.keys(done).forEach(function (id) {
              (done[id].t || []).forEach(function (topic) {
                var guard = 0;
                while (topic && !learned[topic] && guard < 20) {
                  learned[topic] = true;
                  topic = byId[topic] ? byId[topic].broader : "";
                  guard += 1;
                }
              });
            });
            return learned;
          }

          function byId(id) {
            return graph.topics.filter(function (t) { return t.id === id; })[0];
          }

          function suggestions() {
            if (!graph) { return []; }
            var learned = learnedTopics();
            var out = [];
            var byLesson = {};
            graph.topics.forEach(function (t) {
              if (learned[t.id]) { return; }
              if (!t.requires.every(function (r) { return learned[r] || !byId(r); })) { return; }
              if (t.broader && byId(t.broader) && !learned[t.broader]) { return; }
              var pick = t.best.filter(function (b) { return !done[b[0]]; })[0];
              if (!pick) { return; }
              if (byLesson[pick[0]]) { byLesson[pick[0]].topics.push(t.name); return; }
              if (out.length >= 5) { return; }
              byLesson[pick[0]] = { topics: [t.name], id: pick[0], title: pick[1], href: pick[2] };
              out.push(byLesson[pick[0]]);
            });
            return out;
          }

          function paintNext() {
            var panel = document.getElementById("next-panel");
            var list = document.getElementById("next-list");
            if (!panel || !list || !graph) { return; }
            list.textContent = "";
            var intro = panel.querySelector("p.muted");
            if (intro) {
              intro.textContent = Object.keys(done).length === 0
                ? "Where to start. Tick \\u201cdone\\u201d beside a lesson and this follows your progress."
                : "Based on the lessons you marked done in this browser.";
            }
            var items = suggestions();
            if (items.length === 0) {
              list.appendChild(el("li", "You have covered every topic. Well done."));
            }
            items.forEach(function (s) {
              var li = el("li", "", { "data-next": s.id });
              li.appendChild(el("a", s.title, { href: s.href }));
              li.appendChild(el("div", (s.topics.length > 1 ? "New topics: " : "New topic: ") + s.topics.join(", "),
                { "class": "muted" }));
              list.appendChild(li);
            });
            panel.hidden = false;
          }

          document.addEventListener("change", function (event) {
            var box = event.target;
            if (!box || !box.hasAttribute || !box.hasAttribute("data-done")) { return; }
            var id = box.getAttribute("data-done");
            if (box.checked) {
              done[id] = { t: (box.getAttribute("data-topics") || "").split(" ").filter(Boolean),
                n: box.getAttribute("data-title") || id };
            } else {
              delete done[id];
            }
            save(done);
            paintBoxes();
            paintNext();
          });

          var reset = document.getElementById("next-reset");
          if (reset) {
            reset.addEventListener("click", function () { done = {}; save(done); paintBoxes(); paintNext(); });
          }

          addBoxes();
          paintBoxes();
          fetch(base + "/assets/graph.json").then(function (r) { return r.json(); })
            .then(function (data) { graph = data; paintNext(); }).catch(function () {});

          var staticSearch = document.getElementById("static-search");
          if (staticSearch) {
            var params = new URLSearchParams(location.search);
            var q = (params.get("q") || "").toLowerCase().slice(0, 200);
            var topic = params.get("topic") || "";
            var kind = params.get("kind") || "";
            var format = params.get("format") || "";
            var input = document.getElementById("q");
            if (input) { input.value = params.get("q") || ""; }
            fetch(staticSearch.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
              var words = q.split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
              var topicNumber = index.t.findIndex(function (t) { return t[0] === topic; });
              // Lessons with every word; when there are none, those with the most words (as the server).
              var all = [], some = [], most = 0;
              index.l.forEach(function (l) {
                var course = index.c[l[2]];
                var text = (l[1] + " " + l[5] + " " + course[1] + " " +
                  l[3].map(function (n) { return index.t[n][1]; }).join(" ")).toLowerCase();
                if (topic && l[3].indexOf(topicNumber) < 0) { return; }
                if (kind && course[2] !== kind) { return; }
                if (format && l[4] !== format) { return; }
                var found = words.filter(function (w) { return text.indexOf(w) >= 0; }).length;
                if (found === words.length) { all.push(l); return; }
                if (found === 0 || found < most) { return; }
                if (found > most) { most = found; some = []; }
                some.push(l);
              });
              var partial = all.length === 0 && words.length > 1 && some.length > 0;
              var hits = partial ? some : all;
              staticSearch.textContent = "";
              staticSearch.appendChild(el("h2", hits.length + (hits.length === 1 ? " lesson" : " lessons"),
                { role: "status" }));
              if (partial) {
                staticSearch.appendChild(el("p", "No lesson has all " + words.length + " words; " +
                  (hits.length === 1 ? "this one has " : "these have ") + most + " of them.", { "class": "partial" }));
              }
              var ol = el("ol", "", { "class": "lessons" });
              hits.slice(0, 50).forEach(function (l) {
                var li = el("li", "", { "class": "lesson-item" });
                li.appendChild(el("a", l[1], { href: base + "/lessons/" + l[0] + "/" }));
                li.appendChild(el("span", " " + index.c[l[2]][1], { "class": "muted" }));
                ol.appendChild(li);
              });
              staticSearch.appendChild(ol);
            }).catch(function () {});
          }
        }());

        """
}
