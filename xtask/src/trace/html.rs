//! The chart as one self-contained HTML page: inline CSS, a few lines of
//! inline JS (opening folds when a link points into them; the page works
//! without it), no external resource. Rows are absolutely positioned
//! elements over a background of lifelines, one `div` per row, so a trace
//! of thousands of entries stays light; folds are `<details>` elements.

use super::layout::{Cause, Delivery, Item, LaneId, LaneKind, Layout, Row, RowId, RowKind};
use super::model::Trace;
use std::fmt::Write;

/// Width of the sticky left column (step and text of each row), in px.
const LW: usize = 340;
/// Width of a lifeline's column, in px.
const CW: usize = 132;

/// HTML-escapes text (for element content and quoted attributes).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn center(lane: LaneId) -> usize {
    LW + lane * CW + CW / 2
}

const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
a{color:inherit}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.banner{position:sticky;left:0;width:100vw;max-width:100vw;padding:10px 16px 8px;background:#f6f8fa;border-bottom:1px solid #d0d7de}
.banner h1{font-size:17px;margin:0 0 6px}
.bug{border:2px solid #cf222e;background:#ffebe9;border-radius:6px;padding:8px 12px;margin:4px 0 8px;max-width:1400px}
.bug.none{border-color:#1a7f37;background:#dafbe1}
.bug .kind{display:inline-block;font-weight:700;color:#fff;background:#cf222e;border-radius:4px;padding:0 6px;margin-right:6px;text-transform:uppercase;font-size:11px}
.bug .msg{font:600 14px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#82071e;white-space:pre-wrap;overflow-wrap:anywhere}
.bug .where{margin-top:4px}
.jump{font-weight:700;color:#cf222e}
.meta{color:#57606a}
.legend{margin-top:6px;color:#57606a;font-size:12px;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center}
.legend span{display:inline-flex;align-items:center;gap:4px}
.sw{display:inline-block;width:26px;height:12px;border-radius:6px;border:1px solid}
.tools{margin-top:6px}
.tools button{font-size:12px;margin-right:6px}
.chart{position:relative;background-image:repeating-linear-gradient(to right,transparent 0,transparent $C0px,#c9d1d9 $C0px,#c9d1d9 $C1px,transparent $C1px,transparent $CWpx);background-repeat:no-repeat;background-position:$LWpx 0;padding-bottom:40px}
.monband{position:absolute;top:0;bottom:0;background:rgba(130,80,223,.07);border-left:1px dashed #c3a6f5;border-right:1px dashed #c3a6f5}
.errline{position:absolute;top:0;bottom:0;width:8px;margin-left:-4px;background:rgba(207,34,46,.28)}
.trigline{position:absolute;top:0;bottom:0;width:6px;margin-left:-3px;background:rgba(219,109,40,.22)}
.head{position:sticky;top:0;z-index:6;height:58px;background:#fff;border-bottom:1px solid #8c959f}
.head .l{height:58px;font-weight:600;align-items:flex-end;padding-bottom:4px}
.h{position:absolute;top:3px;height:52px;width:126px;margin-left:-63px;padding:2px 3px;font-size:11px;line-height:1.2;text-align:center;overflow:hidden;overflow-wrap:anywhere;border:1px solid #d0d7de;border-radius:5px;background:#f6f8fa}
.h.mon{background:#f3eefe;border-color:#b395f5;color:#4c2889;font-weight:600}
.h.errlane{background:#ffebe9;border:2px solid #cf222e;color:#82071e;font-weight:700}
.h.trig{background:#fff1e5;border:2px solid #db6d28;color:#8a3c00;font-weight:700}
.r{position:relative;height:22px}
.r:target,.r.err{background:rgba(207,34,46,.12)}
.r.trig{background:rgba(219,109,40,.14)}
.r:target{outline:2px solid #0969da}
.l{position:sticky;left:0;z-index:4;width:$LWpx;height:22px;display:flex;align-items:center;gap:6px;padding:0 6px;background:#fff;border-right:1px solid #d0d7de;font:11.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.l>span{overflow:hidden;text-overflow:ellipsis}
.l:hover{overflow:visible;white-space:normal;height:auto;min-height:22px;z-index:7;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.l:hover>span{overflow:visible;overflow-wrap:anywhere}
.r.err .l,.r.trig .l{background:#fff5f5}
.s{color:#57606a;font-weight:400;min-width:38px;text-align:right;flex:none}
.a{position:absolute;top:14px;height:0;border-top:2px solid #3b4a5a;z-index:1}
.a>em{position:absolute;bottom:1px;left:4px;right:4px;text-align:center;font:11px system-ui,sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.a>em>a{text-decoration:none}
.a>em>a:hover{text-decoration:underline}
.a.R::after,.a.L::after{content:"";position:absolute;top:-7px;border-top:6px solid transparent;border-bottom:6px solid transparent}
.a.R::after{right:-1px;border-left:9px solid #3b4a5a}
.a.L::after{left:-1px;border-right:9px solid #3b4a5a}
.a.self{width:18px;height:9px;top:7px;border:2px solid #3b4a5a;border-left:0;border-radius:0 7px 7px 0}
.a.self::after{display:none}
.a.self>em{left:22px;right:auto;bottom:-3px;text-align:left;overflow:visible}
.a.rcv{border-top-color:#1a7f37}.a.rcv.R::after{border-left-color:#1a7f37}.a.rcv.L::after{border-right-color:#1a7f37}
.a.new{border-top:2px dashed #8c959f}.a.new.R::after{border-left-color:#8c959f}.a.new.L::after{border-right-color:#8c959f}
.a.lost{border-top:2px dashed #cf222e}.a.lost.R::after{border-left-color:#cf222e}.a.lost.L::after{border-right-color:#cf222e}
.a.stub{border-top:2px solid #8c959f;width:22px}.a.stub.R::after{border-left-color:#8c959f}.a.stub.L::after{border-right-color:#8c959f}
.a.ann{border-top:2px dashed #8250df}.a.ann.R::after{border-left-color:#8250df}.a.ann.L::after{border-right-color:#8250df}
.a.obs{top:19px;border-top:1px dotted #8250df}.a.obs::after{display:none}
.a.ann>em,.a.obs>em{color:#6639ba}
.note{position:absolute;top:3px;font:11px system-ui,sans-serif;white-space:nowrap;color:#57606a;z-index:1}
.note a{text-decoration:none}.note a:hover{text-decoration:underline}
.mk{position:absolute;top:3px;margin-left:-5px;font:11px system-ui,sans-serif;white-space:nowrap;z-index:2}
.mk.print{font-style:italic;color:#0550ae;background:rgba(255,255,255,.85)}
.mk.choice{color:#6e7781}
.mk.raise{color:#953800}
.mk.wait{color:#6e7781}
.mk.halt{color:#cf222e;font-weight:700}
.mk.gone{color:#cf222e;font-weight:600;background:#fff}
.mk.proc{color:#6639ba}
.mk.errm{top:2px;font:700 12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#fff;background:#cf222e;border-radius:4px;padding:1px 6px;margin-left:-9px}
.dot{position:absolute;top:9px;width:8px;height:8px;margin-left:-4px;border-radius:50%;background:#3b4a5a;z-index:2}
.bx{position:absolute;top:2px;height:18px;line-height:16px;width:124px;margin-left:-62px;font:11px system-ui,sans-serif;text-align:center;border:1px solid #8c959f;border-radius:9px;background:#f6f8fa;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;z-index:2}
.bx.new{border:2px solid #3b4a5a;background:#fff;font-weight:600}
.bx.exit{border-style:dashed;color:#6e7781;background:#fff}
.bx.hot{background:#ffe2cc;border:2px solid #db6d28;color:#8a2b00;font-weight:700}
.bx.cold{background:#ddf4ff;border:2px solid #0969da;color:#0a3069;font-weight:600}
.hb{position:absolute;top:0;height:22px;width:6px;margin-left:-3px;z-index:0}
.hb.hot{background:#fb8f44}
.hb.cold{background:#80ccff;width:4px;margin-left:-2px}
details.fold>summary{list-style:none;cursor:pointer}
details.fold>summary::-webkit-details-marker{display:none}
details.fold>summary .r{background:repeating-linear-gradient(135deg,rgba(9,105,218,.05) 0 6px,transparent 6px 12px)}
.x{flex:none;color:#fff;background:#0969da;border-radius:9px;padding:0 6px;font-weight:700}
details.fold>summary .x::before{content:"\25B8 "}
details.fold[open]>summary .x::before{content:"\25BE "}
details.fold[open]{border-left:3px solid #0969da}
"#;

const JS: &str = r#"
function reveal(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var t=document.getElementById(id);if(!t)return;for(var d=t.closest('details');d;d=d.parentElement.closest('details'))d.open=true;t.scrollIntoView({block:'center'});}
addEventListener('hashchange',reveal);addEventListener('DOMContentLoaded',reveal);
function folds(open){document.querySelectorAll('details.fold').forEach(function(d){d.open=open;});}
"#;

/// The stylesheet, with the geometry filled in.
fn css() -> String {
    CSS.replace("$LW", &LW.to_string())
        .replace("$CW", &CW.to_string())
        .replace("$C0", &(CW / 2 - 1).to_string())
        .replace("$C1", &(CW / 2 + 1).to_string())
}

/// Renders the whole page.
pub fn render(trace: &Trace, layout: &Layout) -> String {
    let mut r = Renderer {
        layout,
        out: String::with_capacity(64 * layout.rows.len() + 8192),
        hot: vec![None; layout.lanes.len()],
    };
    r.page(trace);
    r.out
}

struct Renderer<'a> {
    layout: &'a Layout,
    out: String,
    /// Each monitor's temperature so far (`Some(true)`: hot).
    hot: Vec<Option<bool>>,
}

impl Renderer<'_> {
    fn lane_label(&self, l: LaneId) -> &str {
        &self.layout.lanes[l].label
    }

    fn short(&self, l: LaneId) -> &str {
        &self.layout.lanes[l].short
    }

    fn page(&mut self, trace: &Trace) {
        let width = LW + CW * self.layout.lanes.len().max(1);
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width\">\
             <title>{} · P trace</title><style>{}</style></head>\n<body>\n",
            esc(&trace.test),
            css()
        );
        self.banner(trace);
        let _ = writeln!(
            self.out,
            "<div class=\"chart\" id=\"chart\" style=\"width:{width}px\">"
        );
        self.bands();
        self.header();
        for item in self.layout.items.clone() {
            match item {
                Item::Row(i) => self.row(i, None),
                Item::Fold {
                    start,
                    period,
                    repeats,
                } => self.fold(start, period, repeats),
            }
        }
        let _ = write!(self.out, "</div>\n<script>{JS}</script>\n</body></html>\n");
    }

    fn banner(&mut self, trace: &Trace) {
        let l = self.layout;
        let _ = write!(
            self.out,
            "<header class=\"banner\"><h1>P trace · {}</h1>",
            esc(&trace.test)
        );
        match &trace.bug {
            Some(bug) => {
                let _ = write!(
                    self.out,
                    "<div class=\"bug\" id=\"bug\"><span class=\"kind\">{}</span><div class=\"msg\">{}</div><div class=\"where\">",
                    esc(&bug.kind),
                    esc(&bug.message)
                );
                let mut parts = Vec::new();
                if let Some(loc) = &bug.loc {
                    parts.push(format!("at <code>{}</code>", esc(loc)));
                }
                let site = l.error.as_ref();
                if let Some(lane) = site.and_then(|s| s.lane) {
                    let what = match l.lanes[lane].kind {
                        LaneKind::Monitor => " (spec monitor)",
                        LaneKind::Machine => "",
                    };
                    parts.push(format!("in <b>{}</b>{what}", esc(self.lane_label(lane))));
                }
                match site.and_then(|s| s.cause) {
                    Some(Cause::Processing { row, from }) => {
                        let (verb, event) = match &l.rows[row].kind {
                            RowKind::Send { event, .. } => ("sent", event.as_str()),
                            RowKind::Announce { event, .. } => ("announced", event.as_str()),
                            RowKind::MonitorProcess { event, .. } => ("", event.as_str()),
                            _ => ("", ""),
                        };
                        let by = match from {
                            Some(f) if !verb.is_empty() => {
                                format!(" {verb} by <b>{}</b>", esc(self.lane_label(f)))
                            }
                            _ => String::new(),
                        };
                        parts.push(format!(
                            "while processing <b>{}</b>{by} (<a href=\"#r{row}\">step {}</a>)",
                            esc(event),
                            l.rows[row].step
                        ));
                    }
                    Some(Cause::HotSince { row }) => {
                        let state = match &l.rows[row].kind {
                            RowKind::MonitorEnter { state, .. } => state.as_str(),
                            _ => "",
                        };
                        parts.push(format!(
                            "hot in <b>{}</b> since <a href=\"#r{row}\">step {}</a>",
                            esc(state),
                            l.rows[row].step
                        ));
                    }
                    None => {}
                }
                match site.and_then(|s| s.row) {
                    Some(row) => parts.push(format!(
                        "<a class=\"jump\" href=\"#error\">jump to the error ↓ (step {})</a>",
                        l.rows[row].step
                    )),
                    None => parts.push("(the trace has no error entry)".into()),
                }
                self.out.push_str(&parts.join(" · "));
                self.out.push_str("</div></div>");
            }
            None => self
                .out
                .push_str("<div class=\"bug none\">No bug in this trace.</div>"),
        }
        let folds = l
            .items
            .iter()
            .filter(|i| matches!(i, Item::Fold { .. }))
            .count();
        let _ = write!(
            self.out,
            "<div class=\"meta\">scheduler <b>{}</b> · seed <b>{}</b> · {} steps · {} entries in {} rows ({} folded runs) · {} lifelines</div>",
            esc(&trace.scheduler),
            trace.seed,
            trace.steps,
            trace.entries.len(),
            l.rows.len(),
            folds,
            l.lanes.len()
        );
        self.out.push_str(
            "<div class=\"legend\">\
             <span><i class=\"sw\" style=\"background:#ffe2cc;border-color:#db6d28\"></i>hot monitor state</span>\
             <span><i class=\"sw\" style=\"background:#ddf4ff;border-color:#0969da\"></i>cold monitor state</span>\
             <span>── ▶ message, drawn when dequeued (green: <code>receive</code>)</span>\
             <span>● ▸ send point (links to its delivery)</span>\
             <span style=\"color:#cf222e\">- - ▶ ✕ not delivered</span>\
             <span style=\"color:#8250df\">- - ▶ announce / observed by a monitor</span>\
             <span><b class=\"x\">×N</b> folded run: click to expand</span>\
             <span>hover a row's text for all of it</span></div>\
             <div class=\"tools\"><button type=\"button\" onclick=\"folds(true)\">expand all folds</button>\
             <button type=\"button\" onclick=\"folds(false)\">collapse all folds</button></div>\
             </header>\n",
        );
    }

    fn bands(&mut self) {
        let l = self.layout;
        let monitors = l
            .lanes
            .iter()
            .filter(|x| x.kind == LaneKind::Monitor)
            .count();
        if monitors > 0 {
            let _ = writeln!(
                self.out,
                "<div class=\"monband\" style=\"left:{LW}px;width:{}px\"></div>",
                monitors * CW
            );
        }
        if let Some(site) = &l.error {
            if let Some(Cause::Processing { from: Some(t), .. }) = site.cause {
                if Some(t) != site.lane {
                    let _ = writeln!(
                        self.out,
                        "<div class=\"trigline\" style=\"left:{}px\"></div>",
                        center(t)
                    );
                }
            }
            if let Some(lane) = site.lane {
                let _ = writeln!(
                    self.out,
                    "<div class=\"errline\" style=\"left:{}px\"></div>",
                    center(lane)
                );
            }
        }
    }

    fn header(&mut self) {
        let l = self.layout;
        let err = l.error.as_ref().and_then(|s| s.lane);
        let trig = match l.error.as_ref().and_then(|s| s.cause) {
            Some(Cause::Processing { from, .. }) => from,
            _ => None,
        };
        self.out
            .push_str("<div class=\"head\"><div class=\"l\"><span class=\"s\">step</span><span>what happened</span></div>");
        for (i, lane) in l.lanes.iter().enumerate() {
            let mut class = String::from("h");
            if lane.kind == LaneKind::Monitor {
                class.push_str(" mon");
            }
            if Some(i) == err {
                class.push_str(" errlane");
            } else if Some(i) == trig {
                class.push_str(" trig");
            }
            let title = match lane.kind {
                LaneKind::Monitor => format!("spec monitor {}", lane.id),
                LaneKind::Machine => lane.id.clone(),
            };
            let _ = write!(
                self.out,
                "<div class=\"{class}\" style=\"left:{}px\" title=\"{}\" data-lane=\"{}\">{}</div>",
                center(i),
                esc(&title),
                esc(&lane.id),
                esc(&lane.label)
            );
        }
        self.out.push_str("</div>\n");
    }

    fn fold(&mut self, start: RowId, period: usize, repeats: usize) {
        let rows = &self.layout.rows;
        let end = start + period * repeats;
        let what: Vec<String> = (start..start + period)
            .map(|i| self.text(&rows[i]))
            .collect();
        let badge = if period == 1 {
            format!("×{repeats}")
        } else {
            format!("×{repeats} ({period} rows each)")
        };
        let steps = format!("steps {}–{}", rows[start].step, rows[end - 1].step);
        self.out.push_str("<details class=\"fold\"><summary>");
        self.row(
            start,
            Some(&format!(
                "<b class=\"x\">{badge}</b><span>{}: {}</span>",
                steps,
                esc(&what.join(" ; "))
            )),
        );
        self.out.push_str("</summary>\n");
        for i in start..end {
            self.row(i, None);
        }
        self.out.push_str("</details>\n");
    }

    /// The compact text of a row, for its left cell.
    fn text(&self, r: &Row) -> String {
        let s = |l: LaneId| self.short(l);
        let pl = |p: &Option<String>| match p {
            Some(p) => format!(" {p}"),
            None => String::new(),
        };
        match &r.kind {
            RowKind::Create {
                lane,
                creator,
                initial,
                payload,
            } => {
                let by = creator.map_or("the test".to_owned(), |c| s(c).to_owned());
                let init = initial
                    .as_ref()
                    .map_or(String::new(), |i| format!(", starts in {i}"));
                format!("{by} creates {}{init}{}", s(*lane), pl(payload))
            }
            RowKind::State { lane, exit, enter } => match (exit, enter) {
                (Some(x), Some(n)) => format!("{}: {x} → {n}", s(*lane)),
                (Some(x), None) => format!("{} exits {x}", s(*lane)),
                (None, Some(n)) => format!("{} enters {n}", s(*lane)),
                (None, None) => s(*lane).to_owned(),
            },
            RowKind::Send {
                from,
                to,
                state,
                event,
                payload,
                delivery,
            } => {
                let fate = match delivery {
                    Delivery::Delivered(d) => {
                        format!(" (dequeued at step {})", self.layout.rows[*d].step)
                    }
                    Delivery::Dropped(_) => " (dropped)".into(),
                    Delivery::Never => " (NOT DELIVERED)".into(),
                };
                format!(
                    "{} sends {event} to {} in {state}{fate}{}",
                    s(*from),
                    s(*to),
                    pl(payload)
                )
            }
            RowKind::Deliver {
                from,
                to,
                state,
                event,
                payload,
                receive,
                ..
            } => {
                let verb = if *receive { "receives" } else { "dequeues" };
                let src = from.map_or(String::new(), |f| format!(" from {}", s(f)));
                format!("{} {verb} {event}{src} in {state}{}", s(*to), pl(payload))
            }
            RowKind::Dropped { to, event, .. } => {
                format!("{event} to {} dropped: it has halted", s(*to))
            }
            RowKind::WaitReceive { lane, events } => {
                format!("{} waits to receive {}", s(*lane), events.join(" | "))
            }
            RowKind::Raise { lane, state, event } => {
                format!("{} raises {event} in {state}", s(*lane))
            }
            RowKind::Announce {
                from,
                event,
                payload,
            } => format!("{} announces {event}{}", s(*from), pl(payload)),
            RowKind::MonitorProcess { lane, state, event } => {
                format!("{} processes {event} in {state}", s(*lane))
            }
            RowKind::MonitorEnter { lane, state, hot } => {
                let t = if *hot { "hot" } else { "cold" };
                format!("{} enters {t} state {state}", s(*lane))
            }
            RowKind::Print { lane, text } => format!("{}: {text}", s(*lane)),
            RowKind::Choice { lane, value } => format!("{} chooses {value}", s(*lane)),
            RowKind::Halt { lane, dropped } => {
                format!("{} halts ({dropped} events dropped)", s(*lane))
            }
            RowKind::Error {
                kind, message, loc, ..
            } => {
                let at = loc.as_ref().map_or(String::new(), |l| format!(" at {l}"));
                format!("ERROR ({kind}){at}: {message}")
            }
            RowKind::Other => "(an entry type this viewer does not know)".into(),
        }
    }

    /// One row; `summary` replaces its text (the folded-run row).
    fn row(&mut self, i: RowId, summary: Option<&str>) {
        let l = self.layout;
        let r = &l.rows[i];
        let site = l.error.as_ref();
        let is_error = site.and_then(|s| s.row) == Some(i);
        let is_trigger = site.and_then(|s| s.cause).map(Cause::row) == Some(i);
        if let RowKind::MonitorEnter { lane, hot, .. } = r.kind {
            if summary.is_none() {
                self.hot[lane] = Some(hot);
            }
        }
        let class = if is_error {
            "r err"
        } else if is_trigger {
            "r trig"
        } else {
            "r"
        };
        match summary {
            Some(s) => {
                let _ = write!(
                    self.out,
                    "<div class=\"{class}\"><div class=\"l\">{s}</div>"
                );
            }
            None => {
                let id = if is_error {
                    "error".to_owned()
                } else {
                    format!("r{i}")
                };
                let _ = write!(
                    self.out,
                    "<div class=\"{class}\" id=\"{id}\"><div class=\"l\"><b class=\"s\">{}</b><span>{}</span></div>",
                    r.step,
                    esc(&self.text(r))
                );
            }
        }
        for (lane, hot) in self.hot.iter().enumerate() {
            if let Some(h) = hot {
                let _ = write!(
                    self.out,
                    "<i class=\"hb {}\" style=\"left:{}px\"></i>",
                    if *h { "hot" } else { "cold" },
                    center(lane)
                );
            }
        }
        let g = self.graphics(i);
        self.out.push_str(&g);
        self.out.push_str("</div>\n");
    }

    fn graphics(&self, i: RowId) -> String {
        let l = self.layout;
        let r = &l.rows[i];
        let mut g = String::new();
        let arrow = |g: &mut String, from: LaneId, to: LaneId, class: &str, label: &str| {
            let (a, b) = (center(from), center(to));
            if a == b {
                let _ = write!(
                    g,
                    "<span class=\"a self {class}\" style=\"left:{a}px\"><em>{label}</em></span>"
                );
            } else {
                let dir = if b > a { "R" } else { "L" };
                let _ = write!(
                    g,
                    "<span class=\"a {dir} {class}\" style=\"left:{}px;width:{}px\"><em>{label}</em></span>",
                    a.min(b),
                    a.abs_diff(b)
                );
            }
        };
        let mark = |g: &mut String, lane: LaneId, class: &str, text: &str| {
            let _ = write!(
                g,
                "<span class=\"mk {class}\" style=\"left:{}px\">{text}</span>",
                center(lane)
            );
        };
        let boxed = |g: &mut String, lane: LaneId, class: &str, text: &str, title: &str| {
            let _ = write!(
                g,
                "<span class=\"bx {class}\" style=\"left:{}px\" title=\"{}\">{}</span>",
                center(lane),
                esc(title),
                esc(text)
            );
        };
        match &r.kind {
            RowKind::Create {
                lane,
                creator,
                initial,
                ..
            } => {
                if let Some(c) = creator {
                    arrow(&mut g, *c, *lane, "new", "");
                }
                let t = initial.clone().unwrap_or_else(|| "created".into());
                boxed(
                    &mut g,
                    *lane,
                    "new",
                    &t,
                    &format!("{} created", self.lane_label(*lane)),
                );
            }
            RowKind::State { lane, exit, enter } => match (exit, enter) {
                (Some(x), Some(n)) => boxed(
                    &mut g,
                    *lane,
                    "",
                    &format!("{x} → {n}"),
                    &format!("{x} → {n}"),
                ),
                (Some(x), None) => boxed(&mut g, *lane, "exit", &format!("exit {x}"), x),
                (None, Some(n)) => boxed(&mut g, *lane, "", n, n),
                (None, None) => {}
            },
            RowKind::Send {
                from,
                to,
                event,
                delivery,
                ..
            } => {
                let _ = write!(
                    g,
                    "<i class=\"dot\" style=\"left:{}px\"></i>",
                    center(*from)
                );
                match delivery {
                    Delivery::Never => {
                        arrow(&mut g, *from, *to, "lost", &esc(event));
                        self.end_mark(&mut g, *from, *to, "not delivered");
                    }
                    Delivery::Delivered(d) | Delivery::Dropped(d) => {
                        let right = center(*to) >= center(*from);
                        let c = center(*from);
                        let (dir, left) = if right { ("R", c) } else { ("L", c - 22) };
                        let _ = write!(
                            g,
                            "<span class=\"a stub {dir}\" style=\"left:{left}px\"></span>"
                        );
                        let what = match delivery {
                            Delivery::Dropped(_) => "dropped",
                            _ => "dequeued",
                        };
                        let label = format!(
                            "<a href=\"#r{d}\">{} → {} ({what} at step {})</a>",
                            esc(event),
                            esc(self.short(*to)),
                            l.rows[*d].step
                        );
                        if right {
                            let _ = write!(
                                g,
                                "<span class=\"note\" style=\"left:{}px\">{label}</span>",
                                c + 26
                            );
                        } else {
                            let width = LW + CW * l.lanes.len();
                            let _ = write!(
                                g,
                                "<span class=\"note\" style=\"right:{}px\">{label}</span>",
                                width - (c - 26)
                            );
                        }
                    }
                }
                self.observers(&mut g, r, *from, event);
            }
            RowKind::Deliver {
                from,
                to,
                event,
                receive,
                sent,
                ..
            } => {
                let class = if *receive { "rcv" } else { "" };
                match (from, sent) {
                    (Some(f), Some(s)) => {
                        let label = format!(
                            "<a href=\"#r{s}\" title=\"sent at step {}\">{}</a>",
                            l.rows[*s].step,
                            esc(event)
                        );
                        arrow(&mut g, *f, *to, class, &label);
                    }
                    _ => mark(
                        &mut g,
                        *to,
                        "",
                        &format!("⇣ {} (its send is not in the trace)", esc(event)),
                    ),
                }
            }
            RowKind::Dropped {
                from, to, event, ..
            } => match from {
                Some(f) => {
                    arrow(&mut g, *f, *to, "lost", &esc(event));
                    self.end_mark(&mut g, *f, *to, "dropped: halted");
                }
                None => mark(&mut g, *to, "gone", "✕ dropped: halted"),
            },
            RowKind::WaitReceive { lane, events } => mark(
                &mut g,
                *lane,
                "wait",
                &format!("‖ receive {}", esc(&events.join(" | "))),
            ),
            RowKind::Raise { lane, event, .. } => {
                mark(&mut g, *lane, "raise", &format!("↺ raise {}", esc(event)))
            }
            RowKind::Announce { from, event, .. } => {
                if r.observers.is_empty() {
                    mark(&mut g, *from, "proc", &format!("◆ announce {}", esc(event)));
                } else {
                    for (k, (m, _)) in r.observers.iter().enumerate() {
                        let label = if k == 0 { esc(event) } else { String::new() };
                        arrow(&mut g, *from, *m, "ann", &label);
                    }
                }
            }
            RowKind::MonitorProcess { lane, event, .. } => {
                mark(&mut g, *lane, "proc", &format!("◇ {}", esc(event)))
            }
            RowKind::MonitorEnter { lane, state, hot } => {
                let (class, t) = if *hot {
                    ("hot", format!("{state} (hot)"))
                } else {
                    ("cold", state.clone())
                };
                boxed(&mut g, *lane, class, &t, &t);
            }
            RowKind::Print { lane, text } => {
                mark(&mut g, *lane, "print", &format!("✎ {}", esc(text)))
            }
            RowKind::Choice { lane, value } => {
                mark(&mut g, *lane, "choice", &format!("? {}", esc(value)))
            }
            RowKind::Halt { lane, .. } => mark(&mut g, *lane, "halt", "✕ halted"),
            RowKind::Error {
                lane,
                kind,
                message,
                ..
            } => {
                let text = format!("✖ {}: {}", esc(kind), esc(message));
                match lane {
                    Some(lane) => mark(&mut g, *lane, "errm", &text),
                    None => {
                        let _ = write!(
                            g,
                            "<span class=\"mk errm\" style=\"left:{}px\">{text}</span>",
                            LW + 12
                        );
                    }
                }
            }
            RowKind::Other => {}
        }
        g
    }

    /// A red note beyond the head of an arrow from `from` to `to` (not
    /// over the arrow).
    fn end_mark(&self, g: &mut String, from: LaneId, to: LaneId, text: &str) {
        let c = center(to);
        if to < from {
            let width = LW + CW * self.layout.lanes.len();
            let _ = write!(
                g,
                "<span class=\"mk gone\" style=\"right:{}px\">{text} ✕</span>",
                width - c + 12
            );
        } else {
            let _ = write!(
                g,
                "<span class=\"mk gone\" style=\"left:{}px\">✕ {text}</span>",
                c + 14
            );
        }
    }

    /// Dotted lines to the monitors that observed a send.
    fn observers(&self, g: &mut String, r: &Row, from: LaneId, event: &str) {
        for (m, state) in &r.observers {
            let (a, b) = (center(from), center(*m));
            let _ = write!(
                g,
                "<span class=\"a obs\" style=\"left:{}px;width:{}px\" title=\"{} observes {} in {}\"></span>",
                a.min(b),
                a.abs_diff(b),
                esc(self.short(*m)),
                esc(event),
                esc(state)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
