// Newsstream dashboard: the alert feed over Server-Sent Events, the rest polled every few seconds.
// No framework and no CDN, so the page works on a machine with no Internet access.
"use strict";

const MAX_SHOWN = 200;
const $ = (id) => document.getElementById(id);
let source = null;
let shown = 0;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === "class" ? (node.className = v) : node.setAttribute(k, v)));
  children.forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c ?? ""))));
  return node;
}

function timeOf(iso) {
  return iso ? new Date(iso).toLocaleTimeString() : "";
}

function showAlert(alert, fresh) {
  const feed = $("alerts");
  feed.querySelector(".empty")?.remove();
  const item = el("li", { class: alert.severity + (fresh ? " fresh" : ""), "data-article": alert.articleId,
      "data-id": alert.id, title: "Click for the article" },
    el("div", {},
      el("span", { class: "sev" }, alert.severity),
      el("span", { class: "entity" }, alert.entity || "(paragraph)"), " ",
      el("span", { class: "rule" }, "· " + alert.ruleId + " · ¶" + alert.paragraphIndex + " of " + alert.articleId),
      " ", el("span", { class: "time" }, timeOf(alert.detectionTime))),
    el("div", { class: "reason" }, alert.reason),
    el("div", { class: "evidence" }, /^["“‘']/.test(alert.evidence) ? alert.evidence : "“" + alert.evidence + "”"));
  item.addEventListener("click", () => showArticle(alert.articleId));
  feed.prepend(item);
  while (feed.children.length > MAX_SHOWN) feed.lastChild.remove();
  $("alert-count").textContent = String(++shown);
}

function connect() {
  if (source) source.close();
  const params = new URLSearchParams(new FormData($("filters")));
  [...params.keys()].forEach((k) => { if (!params.get(k)) params.delete(k); });
  params.set("backlog", "50");
  $("alerts").replaceChildren(el("li", { class: "empty" }, "Waiting for alerts…"));
  shown = 0;
  $("alert-count").textContent = "0";
  source = new EventSource("/api/alerts/stream?" + params);
  source.addEventListener("alert", (e) => showAlert(JSON.parse(e.data), true));
  source.onopen = () => setPill("connection", "ok", "live");
  source.onerror = () => setPill("connection", "bad", "reconnecting…");  // EventSource retries by itself
}

function setPill(id, kind, text) {
  const pill = $(id);
  pill.className = "pill pill-" + kind;
  pill.textContent = text;
}

async function getJson(url) {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

async function refreshHealth() {
  try {
    const { status, body } = await getJson("/health");
    const states = Object.entries(body.streams).map(([k, v]) => k + " " + v).join(", ");
    setPill("health", status === 200 ? "ok" : "bad", status === 200 ? "pipeline running" : (states || "starting"));
  } catch (e) {
    setPill("health", "bad", "server unreachable");
  }
}

async function refreshEntities() {
  const { body } = await getJson("/api/entities/top?window=10m&limit=12");
  const list = $("entities");
  if (!body.length) return;
  const max = body[0].mentions;
  list.replaceChildren(...body.map((e) => el("li", { title: e.type },
    el("span", { class: "name" }, e.canonical),
    el("span", {}, el("div", { class: "bar", style: "width:" + Math.max(4, (100 * e.mentions) / max) + "%" })),
    el("span", { class: "n" }, e.mentions))));
}

async function refreshSentiment() {
  const { body } = await getJson("/api/sentiment?window=30m&points=60");
  const svg = $("sentiment");
  const ns = "http://www.w3.org/2000/svg";
  const W = 400, H = 160, L = 28, B = 16;
  const now = Date.now(), from = now - 30 * 60 * 1000;
  const x = (t) => L + ((t - from) / (now - from)) * (W - L - 4);
  const y = (v) => 6 + ((1 - v) / 2) * (H - B - 6);
  const shape = (tag, attrs) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  };
  const text = (x0, y0, s) => { const t = shape("text", { x: x0, y: y0, class: "label" }); t.textContent = s; return t; };
  const parts = [
    shape("line", { x1: L, y1: y(0), x2: W, y2: y(0), class: "zero" }),
    shape("line", { x1: L, y1: 6, x2: L, y2: H - B, class: "axis" }),
    text(2, y(1) + 4, "+1"), text(6, y(0) + 3, "0"), text(2, y(-1) + 3, "−1"),
    text(L, H - 2, "−30 min"), text(W - 24, H - 2, "now"),
  ];
  const points = body.map((p) => [x(Date.parse(p.at)), y(p.mean), p]);
  if (points.length > 1) {
    parts.push(shape("polyline", { class: "line", points: points.map(([px, py]) => px + "," + py).join(" ") }));
  }
  points.forEach(([px, py, p]) => {
    const dot = shape("circle", { cx: px, cy: py, r: 3.5, class: p.mean >= 0 ? "dot-pos" : "dot-neg" });
    dot.append(shape("title", {}));
    dot.firstChild.textContent = p.mean.toFixed(2) + " over " + p.paragraphs + " paragraphs at " + timeOf(p.at);
    parts.push(dot);
  });
  if (!points.length) parts.push(text(W / 2 - 50, H / 2, "no paragraphs yet"));
  svg.replaceChildren(...parts);
}

async function showArticle(id) {
  const box = $("article");
  box.replaceChildren(el("p", { class: "empty" }, "Loading " + id + "…"));
  const { status, body } = await getJson("/api/articles/" + encodeURIComponent(id));
  if (status !== 200) {
    box.replaceChildren(el("p", { class: "empty" }, id + ": " + (body.error || "HTTP " + status)));
    return;
  }
  const names = el("dd", { class: "names" }, ...(body.entities || []).map((n) =>
    el("span", { title: n.type + ", " + n.mentions + " mention" + (n.mentions === 1 ? "" : "s") },
      n.canonical + " ×" + n.mentions)));
  box.replaceChildren(el("dl", { id: "article-summary" },
    el("dt", {}, "article"), el("dd", {}, body.title ? body.title + " (" + body.articleId + ")" : body.articleId),
    el("dt", {}, "paragraphs"), el("dd", {}, body.paragraphs +
      (body.syndicatedParagraphs ? " (" + body.syndicatedParagraphs + " syndicated)" : "")),
    el("dt", {}, "mean sentiment"), el("dd", {}, Number(body.meanSentiment || 0).toFixed(2)),
    el("dt", {}, "claims"), el("dd", {}, body.claims),
    el("dt", {}, "entities"), names,
    el("dt", {}, "speakers"), el("dd", { class: "names", id: "article-speakers" },
      ...(body.speakers || []).map((s) => el("span", { title: s.claims + " claim" + (s.claims === 1 ? "" : "s") },
        s.source + " ×" + s.claims))),
    el("dt", {}, "served by"), el("dd", {}, body.servedBy || "")));
}

// The story on show, with what it looked like when shown, so that it is redrawn when it grows.
let openStory = null;
const versionOf = (story) => story.lastSeen + "/" + story.articleCount;

function storyMeta(story) {
  const sources = (story.sources || []).slice(0, 3).join(", ") + (story.sourceCount > 3 ? ", …" : "");
  return story.articleCount + " article" + (story.articleCount === 1 ? "" : "s") + " · " +
    story.sourceCount + " source" + (story.sourceCount === 1 ? "" : "s") + (sources ? " (" + sources + ")" : "") +
    " · last seen " + timeOf(story.lastSeen);
}

function entityChips(story, max) {
  return el("div", { class: "names" }, ...(story.topEntities || []).slice(0, max).map((e) =>
    el("span", { title: (e.id || "no id") + ", " + e.mentions + " mention" + (e.mentions === 1 ? "" : "s") },
      e.canonical + " ×" + e.mentions)));
}

async function refreshStories() {
  const { body } = await getJson("/api/stories?limit=50");
  const list = $("stories");
  $("story-count").textContent = String(body.length);
  if (!body.length) {
    list.replaceChildren(el("li", { class: "empty" }, "No stories yet."));
    return;
  }
  list.replaceChildren(...body.map((story) => {
    const item = el("li", { "data-story": story.storyId, title: "Click for its articles",
        class: openStory && openStory.id === story.storyId ? "selected" : "" },
      el("div", { class: "headline" }, story.headline),
      el("div", { class: "meta" }, storyMeta(story)),
      entityChips(story, 5));
    item.addEventListener("click", () => showStory(story.storyId));
    return item;
  }));
  const shown = openStory && body.find((s) => s.storyId === openStory.id);
  if (shown && versionOf(shown) !== openStory.version) showStory(openStory.id);
}

async function showStory(id) {
  const box = $("story");
  const { status, body } = await getJson("/api/stories/" + encodeURIComponent(id));
  if (status !== 200) {
    box.replaceChildren(el("p", { class: "empty" }, id + ": " + (body.error || "HTTP " + status)));
    return;
  }
  openStory = { id, version: versionOf(body) };
  document.querySelectorAll("#stories li[data-story]").forEach((li) =>
    li.classList.toggle("selected", li.dataset.story === id));
  // Newest article first, as in every other list on the page.
  const articles = [...body.articles].reverse().map((a) => {
    const item = el("li", { "data-article": a.articleId, title: "Click for the article" },
      a.known ? (a.title || a.articleId) : a.articleId,
      el("span", { class: "meta" }, a.known
        ? " · " + (a.source || "unknown source") + " · " + a.paragraphs + " ¶"
        : " · summary not available"));
    item.addEventListener("click", () => showArticle(a.articleId));
    return item;
  });
  box.replaceChildren(
    el("h3", {}, body.headline),
    el("div", { class: "meta" }, storyMeta(body) + " · first seen " + timeOf(body.firstSeen) +
      (body.mergedInto ? " · merged into " + body.mergedInto : "")),
    entityChips(body, 10),
    el("ol", { id: "story-articles" }, ...articles));
}

function every(ms, fn) {
  const run = () => fn().catch(() => {});
  run();
  setInterval(run, ms);
}

$("filters").addEventListener("submit", (e) => { e.preventDefault(); connect(); });
connect();
every(3000, refreshHealth);
every(5000, refreshEntities);
every(5000, refreshSentiment);
every(5000, refreshStories);
