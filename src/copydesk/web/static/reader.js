// The copydesk reader: plain DOM, text only. Every piece of article content is set with textContent,
// never parsed as HTML; links are built by this script, and an article's own URL is linked only when
// it is http(s). The Content-Security-Policy of the service forbids any other script.
"use strict";

const view = () => document.getElementById("view");

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function safeLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, text || parsed.href);
    }
  } catch (error) { /* not a URL: shown as text */ }
  return el("span", {}, text || String(url || ""));
}

async function api(path, init) {
  const response = await fetch(path, init);
  const data = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
  return data;
}

function show(...nodes) { view().replaceChildren(...nodes); }
function failure(error) { show(el("p", { class: "error" }, String(error.message || error))); }

async function corpusView(params) {
  const q = params.get("q") || "";
  const form = el("form", { class: "search", id: "search" },
    el("input", { type: "search", name: "q", value: q, placeholder: "Search the corpus", "aria-label": "search" }),
    el("input", { type: "date", name: "since", value: params.get("since") || "", "aria-label": "since" }),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const data = new FormData(form);
    for (const name of ["q", "since"]) if (data.get(name)) next.set(name, data.get(name));
    for (const name of ["site", "language"]) if (params.get(name)) next.set(name, params.get(name));
    location.hash = "#/?" + next.toString();
  });
  let listing;
  try {
    const filters = new URLSearchParams();
    for (const name of ["site", "language", "since"]) if (params.get(name)) filters.set(name, params.get(name));
    listing = await api("/articles?" + filters.toString());
  } catch (error) {
    show(form, el("p", {}, String(error.message)), el("p", {}, el("a", { href: "#/paste" }, "Paste a page or text instead")));
    return;
  }
  const facets = el("aside", { class: "facets" });
  for (const [name, counts] of Object.entries(listing.facets)) {
    facets.append(el("h3", {}, name));
    for (const [value, count] of Object.entries(counts)) {
      const next = new URLSearchParams(params);
      const on = params.get(name) === value;
      if (on) next.delete(name); else next.set(name, value);
      facets.append(el("a", { href: "#/?" + next.toString(), class: on ? "on" : null }, `${value || "(none)"} (${count})`));
    }
  }
  const results = el("section", { id: "results" });
  if (q) {
    const found = await api("/search?q=" + encodeURIComponent(q)).catch((error) => ({ hits: [], error }));
    results.append(el("p", { class: "meta" }, `${found.hits.length} results for “${q}”`));
    for (const hit of found.hits) {
      results.append(el("div", { class: "item" },
        el("a", { href: "#/article/" + encodeURIComponent(hit.id) }, hit.title || "(no title)"),
        el("div", { class: "meta" }, [hit.site, hit.published].filter(Boolean).join(" · ")),
        el("div", { class: "snippet" }, hit.snippet)));
    }
  } else {
    results.append(el("p", { class: "meta" }, `${listing.total} articles`));
    for (const item of listing.articles) {
      results.append(el("div", { class: "item" },
        el("a", { href: "#/article/" + encodeURIComponent(item.id) }, item.title || "(no title)"),
        el("div", { class: "meta" }, [item.site, item.language, item.published, item.dup_of ? "duplicate" : null]
          .filter(Boolean).join(" · "))));
    }
  }
  show(form, el("div", { class: "layout" }, facets, results));
}

function articleNode(article) {
  const body = el("article", {});
  body.append(el("h1", {}, article.title || "(no title)"));
  const meta = [article.site || article.site_name, (article.authors || []).join(", "), article.published, article.language]
    .filter(Boolean).join(" · ");
  body.append(el("p", { class: "meta" }, meta));
  if (article.url) body.append(el("p", { class: "meta" }, safeLink(article.url)));
  if (article.description) body.append(el("p", {}, el("strong", {}, article.description)));
  for (const block of article.blocks || []) {
    body.append(el(block.kind === "heading" ? "h2" : "p", { class: "block-" + block.kind }, block.text));
  }
  return body;
}

async function articleView(id) {
  const article = await api("/articles/" + encodeURIComponent(id));
  const links = el("p", { class: "meta" },
    el("a", { href: "#/changes/" + encodeURIComponent(id) }, "What changed"), " · ",
    el("a", { href: "#/cluster/" + encodeURIComponent(article.cluster_id || id) }, "Duplicate cluster"));
  show(links, articleNode(article));
}

// The original text with every removal and repair marked; offsets are into ``text``.
function changesNode(text, removed, repairs, doubts) {
  const marks = [];
  for (const r of removed || []) marks.push({ start: r.start, end: r.end, kind: "removed", label: r.reason });
  for (const r of repairs || []) marks.push({ start: r.start, end: r.end, kind: "repair", label: `${r.kind}: ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}` });
  for (const r of doubts || []) marks.push({ start: r.start, end: r.end, kind: "doubt", label: `kept, doubtful: ${r.reason}` });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const box = el("div", { class: "changes", id: "changes" });
  let position = 0;
  for (const mark of marks) {
    if (mark.start < position) continue;
    box.append(text.slice(position, mark.start));
    const span = el("span", { class: mark.kind, title: mark.label, "data-reason": mark.kind === "removed" ? mark.label : null },
      text.slice(mark.start, mark.end) || "⁁");
    box.append(span);
    position = Math.max(mark.end, mark.start);
  }
  box.append(text.slice(position));
  const legend = el("p", { class: "legend" }, el("span", { class: "removed" }, "removed"), el("span", { class: "repair" }, "repaired"),
    el("span", { class: "doubt" }, "kept, doubtful"));
  return el("section", {}, legend, box);
}

async function changesView(id) {
  const article = await api("/articles/" + encodeURIComponent(id));
  // the text before template removal: the kept blocks and the removed ones, each at its place
  const pieces = (article.blocks || []).map((block) => block.text);
  const removed = (article.removed || []).filter((r) => r.reason === "site-boilerplate");
  let text = "";
  let kept = 0;
  const spans = [];
  while (kept < pieces.length || spans.length < removed.length) {
    const next = removed[spans.length];
    if (next && next.start === text.length + (text ? 2 : 0)) {
      text += (text ? "\n\n" : "") + next.text;
      spans.push(next);
    } else if (kept < pieces.length) {
      text += (text ? "\n\n" : "") + pieces[kept++];
    } else {
      text += (text ? "\n\n" : "") + next.text;
      spans.push({ ...next, start: text.length - next.text.length, end: text.length });
    }
  }
  show(el("h1", {}, article.title || "(no title)"), el("p", { class: "meta" }, `${spans.length} blocks removed as the site's template`),
    changesNode(text, spans, [], []));
}

async function clusterView(id) {
  const listing = await api("/articles?per_page=200&cluster=" + encodeURIComponent(id));
  const list = el("section", { id: "cluster" }, el("h1", {}, `Cluster ${id}: ${listing.total} copies`));
  for (const item of listing.articles) {
    list.append(el("div", { class: "item" },
      el("a", { href: "#/article/" + encodeURIComponent(item.id) }, item.title || "(no title)"),
      el("div", { class: "meta" }, [item.site, item.published, item.dup_of ? "copy" : "canonical copy"].filter(Boolean).join(" · ")),
      item.url ? el("div", { class: "meta" }, safeLink(item.url)) : null));
  }
  show(list);
}

function pasteView() {
  const url = el("input", { type: "url", id: "paste-url", placeholder: "https://… a page to fetch and extract", size: 60 });
  const box = el("textarea", { id: "paste-box", placeholder: "Paste a page's HTML, or already-extracted text" });
  const result = el("section", { id: "paste-result" });
  const run = async (kind) => {
    result.replaceChildren(el("p", {}, "Working…"));
    try {
      let data;
      if (kind === "extract") {
        const payload = url.value ? { url: url.value } : { html: box.value };
        data = await api("/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
        result.replaceChildren(articleNode(data));
      } else {
        data = await api("/clean", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: box.value }) });
        result.replaceChildren(articleNode(data), el("h2", {}, "What changed"), changesNode(data.input, data.removed, data.repairs, data.doubts));
      }
    } catch (error) {
      result.replaceChildren(el("p", { class: "error" }, String(error.message)));
    }
  };
  const extract = el("button", { type: "button", id: "extract" }, "Extract the page");
  const cleaner = el("button", { type: "button", id: "clean" }, "Clean the text");
  extract.addEventListener("click", () => run("extract"));
  cleaner.addEventListener("click", () => run("clean"));
  show(el("h1", {}, "Paste a page or text"), el("p", {}, url), box, el("p", {}, extract, " ", cleaner), result);
}

async function route() {
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(1).split("?");
  const params = new URLSearchParams(query || "");
  try {
    if (path.startsWith("/article/")) await articleView(decodeURIComponent(path.slice(9)));
    else if (path.startsWith("/changes/")) await changesView(decodeURIComponent(path.slice(9)));
    else if (path.startsWith("/cluster/")) await clusterView(decodeURIComponent(path.slice(9)));
    else if (path === "/paste") pasteView();
    else await corpusView(params);
  } catch (error) {
    failure(error);
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
