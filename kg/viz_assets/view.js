// kg network view. All article-derived text is put on the page with textContent (or as
// vis-network's plain-text tooltips), never as HTML, so an article cannot inject markup.
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"),
                                {nodes: nodes, edges: edges}, data.options);
  var details = document.getElementById("kg-details");
  var status = document.getElementById("kg-search-status");
  var colours = {};
  Object.keys(data.options.groups).forEach(function (t) { colours[t] = data.options.groups[t].color; });

  // For tests and the console: the data, the vis objects, and whether layout is done.
  var kg = window.kg = {data: data, nodes: nodes, edges: edges, network: network,
                        stabilized: data.nodes.length === 0};
  window.network = network;

  // Lay out once, then stop: a settled picture that does not drift while being read.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});
    network.fit({maxZoomLevel: 1.3});  // fit() alone never zooms a small graph past 1
    kg.stabilized = true;
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(box) { while (box.firstChild) box.removeChild(box.firstChild); return box; }
  function name(id) { return data.entities[id] ? data.entities[id].name : id; }
  function badge(type) {
    var b = el("span", type, "kg-badge");
    b.style.background = colours[type] || "#888";
    return b;
  }

  function relationSection(relId) {
    var r = data.relations[relId];
    var sec = el("section", null, "kg-rel");
    sec.appendChild(el("h4", name(r.source) + " —" + r.type + "→ " + name(r.target) +
                             "  (" + Number(r.confidence).toFixed(2) + ")"));
    var list = el("ol", null, "kg-evidence");
    r.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("q", ev.sentence));
      li.appendChild(el("cite", "《" + ev.title + "》" + (ev.date ? " · " + ev.date : "")));
      list.appendChild(li);
    });
    sec.appendChild(list);
    return sec;
  }

  function showNode(id) {
    var ent = data.entities[id];
    if (!ent) return;
    clear(details);
    details.appendChild(el("h2", ent.name));
    var meta = el("p", null, "kg-meta");
    meta.appendChild(badge(ent.type));
    meta.appendChild(document.createTextNode(
      "  " + ent.degree + " relations · " + ent.mentions + " mentions in " + ent.articles + " articles"));
    details.appendChild(meta);
    details.appendChild(el("h3", "Aliases · 别名"));
    if (ent.aliases.length) {
      var ul = el("ul", null, "kg-aliases");
      ent.aliases.forEach(function (a) { ul.appendChild(el("li", a)); });
      details.appendChild(ul);
    } else {
      details.appendChild(el("p", "none", "kg-hint"));
    }
    details.appendChild(el("h3", "Relations and evidence · 关系与证据"));
    ent.relations.forEach(function (rid) { details.appendChild(relationSection(rid)); });
  }

  function showEdge(visId) {
    var rels = data.edgeRelations[visId];
    if (!rels) return;
    clear(details);
    var first = data.relations[rels[0]];
    details.appendChild(el("h2", name(first.source) + " → " + name(first.target)));
    rels.forEach(function (rid) { details.appendChild(relationSection(rid)); });
  }
  kg.showNode = showNode;
  kg.showEdge = showEdge;

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // Search by name or alias: exact match first, then prefix, then substring; ties go to
  // the better connected node. NFKC + lower case, so full-width letters match too.
  function norm(s) { return String(s).normalize("NFKC").toLowerCase().trim(); }
  var keys = Object.keys(data.entities).map(function (id) {
    var e = data.entities[id];
    return {id: id, degree: e.degree, names: [e.name].concat(e.aliases).map(norm)};
  });
  var names = document.getElementById("kg-names");
  var seen = {};
  Object.keys(data.entities).forEach(function (id) {
    var e = data.entities[id];
    [e.name].concat(e.aliases).forEach(function (n) {
      if (seen[n]) return;
      seen[n] = true;
      var opt = document.createElement("option");
      opt.value = n;
      names.appendChild(opt);
    });
  });

  function find(query) {
    var q = norm(query);
    if (!q) return [];
    var scored = [];
    keys.forEach(function (k) {
      var best = 0;
      k.names.forEach(function (n) {
        var s = n === q ? 3 : n.indexOf(q) === 0 ? 2 : n.indexOf(q) >= 0 ? 1 : 0;
        if (s > best) best = s;
      });
      if (best) scored.push({id: k.id, score: best, degree: k.degree});
    });
    scored.sort(function (a, b) {
      return b.score - a.score || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return scored.map(function (s) { return s.id; });
  }

  function focusNode(id) {
    var box = document.querySelector('#kg-legend input[data-type="' + data.entities[id].type + '"]');
    if (box && !box.checked) { box.checked = true; applyFilter(); }  // show what was asked for
    network.selectNodes([id]);
    network.focus(id, {scale: 1.3, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    showNode(id);
  }
  kg.find = find;

  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = document.getElementById("kg-search").value;
    var hits = find(query);
    if (!hits.length) { status.textContent = "No node matches “" + query + "”."; return; }
    status.textContent = hits.length === 1 ? "1 match." :
      hits.length + " matches; showing " + name(hits[0]) + ".";
    focusNode(hits[0]);
  });

  // Type filter: the legend's checkboxes hide or show every node of a type (vis-network
  // then leaves out the edges of hidden nodes).
  function applyFilter() {
    var shown = {};
    document.querySelectorAll("#kg-legend input[data-type]").forEach(function (box) {
      shown[box.getAttribute("data-type")] = box.checked;
    });
    nodes.update(data.nodes.map(function (n) { return {id: n.id, hidden: !shown[n.group]}; }));
  }
  document.querySelectorAll("#kg-legend input[data-type]").forEach(function (box) {
    box.addEventListener("change", applyFilter);
  });
})();
