/** The site's one HTML page: styles inline, the data and the app as sibling scripts (file:// safe). */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'">
<title>lifecycle status</title>
<style>
:root { color-scheme: light dark; --bg: #fff; --fg: #1d2330; --muted: #5b6475; --line: #c9ced8;
  --success: #2e8540; --failed: #c62828; --stale: #d08a00; --missing: #b8bfcc; --running: #1e6fd9;
  --cancelled: #7a5195; --card: #f5f6f8; }
@media (prefers-color-scheme: dark) { :root { --bg: #14171c; --fg: #e6e9ef; --muted: #9aa3b2;
  --line: #3a414d; --success: #4caf50; --failed: #ef5350; --stale: #f0b429; --missing: #4a5261;
  --running: #5c9cff; --cancelled: #b18cd9; --card: #1d2128; } }
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
header { display: flex; gap: 1em; align-items: baseline; padding: .5em 1em; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.2em; margin: 0; } .meta { color: var(--muted); }
main { padding: 0 1em 2em; } a { color: inherit; }
a:focus-visible, select:focus-visible { outline: 3px solid var(--running); outline-offset: 2px; }
.graph-wrap { overflow: auto; max-height: 70vh; border: 1px solid var(--line); border-radius: 6px; }
.graph .edges path { fill: none; stroke: var(--line); stroke-width: 1.2; }
.graph .node rect { fill: var(--card); stroke: var(--s, var(--missing)); stroke-width: 2; }
.graph .node text { fill: var(--fg); font-size: 12px; pointer-events: none; }
.graph .node.selected rect, .graph .node:focus rect { stroke-width: 4; }
.state-success { --s: var(--success); } .state-failed { --s: var(--failed); } .state-stale { --s: var(--stale); }
.state-missing { --s: var(--missing); } .state-running { --s: var(--running); } .state-cancelled { --s: var(--cancelled); }
.bar-row { display: flex; align-items: center; gap: .5em; margin: 2px 0; } .bar { width: 100%; height: 24px; }
.row-label { min-width: 8em; color: var(--muted); }
.bar .cell rect { fill: var(--s); } .bar .cell.selected rect { stroke: var(--fg); stroke-width: 2; }
.chip { display: inline-block; padding: 0 .5em; margin: 0 .3em; border-radius: 1em; border: 2px solid var(--s); }
.failures li, .runs li { margin: .2em 0; } .error-line { color: var(--failed); }
.runs li::before, .failures li::before { content: "●"; color: var(--s, var(--failed)); margin-right: .4em; }
pre.error { background: var(--card); border-left: 4px solid var(--failed); padding: .5em; overflow: auto; white-space: pre-wrap; }
table { border-collapse: collapse; margin: .5em 0; } td, th { border: 1px solid var(--line); padding: 2px 6px; text-align: left; }
.banner { padding: .5em 1em; border: 2px solid var(--running); border-radius: 6px; }
.plots { display: flex; gap: 1em; flex-wrap: wrap; } .plot polyline { fill: none; stroke: var(--running); stroke-width: 2; }
figure { margin: 0; } figcaption { color: var(--muted); font-size: 12px; }
</style>
</head>
<body>
<div id="app"><p>Loading…</p></div>
<script src="data.js"></script>
<script src="app.js"></script>
</body>
</html>
`;
