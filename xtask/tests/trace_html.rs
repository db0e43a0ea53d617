//! `cargo xtask trace` as a user runs it: the page it writes for a bug
//! trace, its exit codes, and (when Chromium is installed) the page as a
//! browser renders it, for the real trace of the TPS failover bug.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("the xtask binary runs")
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A fresh folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("xtask-trace-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).expect("temp dir");
    d
}

const FIXTURE: &str = "xtask/tests/fixtures/failover_nowait_small.trace.json";
const NOWAIT_ERROR: &str = "queue inbound (read) (in region-2) saw record 11 but expected record 9";

/// Writes the page for a trace and returns it.
fn page_for(trace: &str, out: &Path) -> String {
    let o = xtask(&["trace", trace, "--html", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(&format!("wrote {}", out.display())),
        "{}",
        stdout(&o)
    );
    fs::read_to_string(out).expect("the page was written")
}

/// What every page must be: one file, nothing loaded from elsewhere.
fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    for external in ["http://", "https://", "<link", " src=", "url(", "@import"] {
        assert!(!html.contains(external), "the page refers to {external}");
    }
}

/// The lifeline heading of a trace machine (`Queue(10)`), its text.
fn heading<'a>(html: &'a str, machine: &str) -> Option<(&'a str, &'a str)> {
    let at = html.find(&format!("data-lane=\"{machine}\">"))?;
    let start = html[..at].rfind("<div class=\"")? + "<div class=\"".len();
    let class = &html[start..start + html[start..].find('"')?];
    let text_start = at + html[at..].find('>')? + 1;
    let text = &html[text_start..text_start + html[text_start..].find('<')?];
    Some((class, text))
}

#[test]
fn the_page_shows_the_failing_lifeline_the_error_and_folds() {
    let d = temp_dir("fixture");
    let html = page_for(FIXTURE, &d.join("small.html"));
    assert_self_contained(&html);
    // The error at the top, with a link to its row.
    let top = &html[..html.find("<div class=\"chart\"").expect("a chart")];
    assert!(top.contains(NOWAIT_ERROR), "{top}");
    assert!(top.contains("href=\"#error\""), "{top}");
    assert!(html.contains("id=\"error\""));
    // The monitor the assertion is in, and the queue whose announcement it
    // was processing, named from its payloads and highlighted.
    assert!(
        top.contains("announced by <b>Queue(inbound, region:1)#10</b>"),
        "{top}"
    );
    assert_eq!(
        heading(&html, "ActivePassiveIsSafeAndLive"),
        Some(("h mon errlane", "ActivePassiveIsSafeAndLive"))
    );
    assert_eq!(
        heading(&html, "Queue(10)"),
        Some(("h trig", "Queue(inbound, region:1)#10"))
    );
    assert_eq!(
        heading(&html, "Queue(4)"),
        Some(("h", "Queue(inbound, region:0)#4"))
    );
    assert_eq!(
        heading(&html, "Route53DNSFailoverQ(16)"),
        Some(("h", "Route53DNSFailoverQ(in-dns)#16"))
    );
    // The forwarding system is not named after what it forwards.
    assert_eq!(
        heading(&html, "TransactionProcessingSystem(3)"),
        Some(("h", "TransactionProcessingSystem#3"))
    );
    // Hot and cold monitor states.
    assert!(html.contains("<span class=\"bx hot\""));
    assert!(html.contains("<span class=\"bx cold\""));
    // The four depth polls fold into one collapsed row, expandable.
    assert!(html.contains("<details class=\"fold\"><summary>"));
    assert!(html.contains("<b class=\"x\">×4</b>"), "no ×4 fold");
    assert!(!html.contains("<details class=\"fold\" open"));
    // Messages: delivered, dropped at a halted queue, never delivered.
    assert!(html.contains("dequeued at step 25"));
    assert!(html.contains("dropped: halted"));
    assert!(html.contains("not delivered"));
    assert!(html.contains("failing over the inbound DNS to region-2"));
    assert!(html.contains("raise eFailover"));
}

#[test]
fn without_html_it_says_where_it_would_write() {
    let o = xtask(&["trace", FIXTURE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("would write xtask/tests/fixtures/failover_nowait_small.html\n"),
        "{out}"
    );
    assert!(
        !Path::new(&repo_root())
            .join("xtask/tests/fixtures/failover_nowait_small.html")
            .exists()
    );
}

#[test]
fn unreadable_and_invalid_traces_exit_3_with_where() {
    let d = temp_dir("invalid");
    let o = xtask(&["trace", "no/such/trace.json", "--html", "x.html"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).starts_with("no/such/trace.json: error: cannot read the trace: "),
        "{}",
        stderr(&o)
    );

    let bad = d.join("bad.trace.json");
    fs::write(
        &bad,
        "{\n  \"test\": \"t\",\n  \"entries\": [\n    {\"step\": 1,}\n  ]\n}\n",
    )
    .unwrap();
    let o = xtask(&["trace", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).starts_with(&format!(
            "{}:4:16: error: not a valid P checker trace: trailing comma",
            bad.display()
        )),
        "{}",
        stderr(&o)
    );

    let not_trace = d.join("other.json");
    fs::write(
        &not_trace,
        "{\"test\": \"t\", \"bug\": null,\n \"entries\": [{\"step\": 0, \"type\": \"send\"}]}",
    )
    .unwrap();
    let out = d.join("never.html");
    let o = xtask(&[
        "trace",
        not_trace.to_str().unwrap(),
        "--html",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains(":2:") && stderr(&o).contains("missing field `sender`"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
}

/// Runs a command, its output to `stdout` if given, killing it after
/// `limit`; `None` if it did not start or finish.
fn run_with_timeout(
    cmd: &mut Command,
    stdout: Option<&Path>,
    limit: Duration,
) -> Option<std::process::ExitStatus> {
    let out = match stdout {
        Some(p) => Stdio::from(fs::File::create(p).ok()?),
        None => Stdio::null(),
    };
    let mut child = cmd.stdout(out).stderr(Stdio::null()).spawn().ok()?;
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Text as the page escapes it.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The browser (`XTASK_TEST_CHROMIUM` overrides it, e.g. to check the
/// skipping path).
fn chromium_path() -> PathBuf {
    std::env::var_os("XTASK_TEST_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn chromium(profile: &Path) -> Command {
    let mut c = Command::new(chromium_path());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=2200,1100",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// The real trace of the TPS failover bug (`tcActivePassiveFailoverNoWait`,
/// seed 1), drawn and rendered by headless Chromium when it is installed.
#[test]
fn the_nowait_failover_trace_renders_in_chromium() {
    let d = temp_dir("nowait");
    let o = xtask(&[
        "check",
        "p-models/tps",
        "--testcase",
        "tcActivePassiveFailoverNoWait",
        "--seed",
        "1",
        "-i",
        "1000",
        "-o",
        d.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1), "the bug is found: {}", stderr(&o));
    let trace = d.join("tcActivePassiveFailoverNoWait/tcActivePassiveFailoverNoWait_0.trace.json");
    // Kept where `cargo test` keeps test files, to look at.
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = keep.join("tcActivePassiveFailoverNoWait.html");
    let html = page_for(trace.to_str().unwrap(), &out);
    assert_self_contained(&html);

    // The component the assertion names: `queue inbound (read) (in
    // region-2)` is the inbound queue of REGION_2, printed `region:1`.
    let json = fs::read_to_string(&trace).unwrap();
    let bug: serde_json::Value = serde_json::from_str(&json).unwrap();
    let message = bug["bug"]["message"].as_str().expect("a bug message");
    let queue = message
        .split("queue ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .expect("the assertion names a queue");
    let region: u32 = message
        .split("(in region-")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .and_then(|n| n.parse().ok())
        .expect("the assertion names a region");
    let label = format!("Queue({queue}, region:{})#", region - 1);
    assert!(html.contains(&esc(message)), "the page shows the error");
    let (class, text) = heading(&html, &format!("Queue({})", lane_id(&html, &label)))
        .expect("a heading for the queue");
    assert_eq!(
        class, "h trig",
        "{text} is highlighted as what the monitor was processing"
    );
    assert!(text.starts_with(&label), "{text}");
    println!("page: {} ({} bytes)", out.display(), html.len());

    if !chromium_path().exists() {
        println!(
            "skipped: chromium not installed ({} is missing); the page itself was checked",
            chromium_path().display()
        );
        let _ = fs::remove_dir_all(&d);
        return;
    }
    let profile = d.join("chromium-profile");
    let url = format!("file://{}", out.display());
    let dom_file = d.join("dom.html");
    let status = run_with_timeout(
        chromium(&profile).args(["--dump-dom", &url]),
        Some(&dom_file),
        Duration::from_secs(120),
    );
    assert!(
        status.is_some_and(|s| s.success()),
        "chromium --dump-dom failed"
    );
    let dom = fs::read_to_string(&dom_file).expect("the rendered DOM");
    // Chromium serializes text escaping only `&`, `<` and `>`.
    let shown = message
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    assert!(dom.contains(&shown), "the rendered page shows the error");
    let trig = dom
        .split("<div class=\"h trig\"")
        .nth(1)
        .and_then(|s| s.split("</div>").next())
        .expect("the rendered page highlights the lifeline the monitor was processing");
    assert!(trig.contains(&label), "{trig} is not {label}");
    assert!(
        dom.contains("<details class=\"fold\">"),
        "folds survive rendering"
    );

    let png = keep.join("tcActivePassiveFailoverNoWait.png");
    let _ = fs::remove_file(&png);
    let status = run_with_timeout(
        chromium(&profile)
            .arg(format!("--screenshot={}", png.display()))
            .arg(&url),
        None,
        Duration::from_secs(120),
    );
    assert!(
        status.is_some_and(|s| s.success()),
        "chromium --screenshot failed"
    );
    let bytes = fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 20_000);
    println!("screenshot: {}", png.display());
    let _ = fs::remove_dir_all(&d);
}

/// The trace id (`10` of `Queue(10)`) of the lifeline labelled `label...`.
fn lane_id(html: &str, label: &str) -> String {
    let at = html
        .find(&format!("\">{label}"))
        .unwrap_or_else(|| panic!("no lifeline {label}"));
    let open = html[..at]
        .rfind("data-lane=\"Queue(")
        .expect("a queue lifeline")
        + "data-lane=\"Queue(".len();
    html[open..at].trim_end_matches(')').to_owned()
}
