//! The checker's JSON trace, as this viewer reads it: the schema documented
//! in `runtime/src/trace.rs`, mirrored here rather than imported so that the
//! viewer stays lenient: unknown fields are ignored, an entry type it does
//! not know is kept as [`Event::Other`], and a `create` may carry the new
//! machine's `payload` (used to name its lifeline when present).

use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// A whole trace file.
#[derive(Clone, Debug, Deserialize)]
pub struct Trace {
    /// The test case.
    pub test: String,
    /// The scheduler (`random`, `pct:3`, ...).
    #[serde(default)]
    pub scheduler: String,
    /// The seed of the schedule.
    #[serde(default)]
    pub seed: u64,
    /// Steps taken.
    #[serde(default)]
    pub steps: u64,
    /// The bug that ended the schedule, if any.
    pub bug: Option<Bug>,
    /// What happened, in order.
    pub entries: Vec<Entry>,
}

/// A bug, as the checker reports it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Bug {
    /// Its kind in kebab case (`assertion`, `liveness`, ...).
    pub kind: String,
    /// The message in P's terms.
    pub message: String,
    /// The P source location, if any.
    pub loc: Option<String>,
    /// The machine or monitor (`Name(id)` or the monitor's name), if any.
    pub machine: Option<String>,
}

/// One trace entry.
#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    /// The scheduling step.
    pub step: u64,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
}

/// What happened, one variant per entry `type`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Create {
        machine: String,
        creator: Option<String>,
        #[serde(default)]
        payload: Option<String>,
    },
    Enter {
        machine: String,
        state: String,
    },
    Exit {
        machine: String,
        state: String,
    },
    Send {
        sender: String,
        state: String,
        target: String,
        event: String,
        payload: Option<String>,
    },
    Dropped {
        target: String,
        event: String,
    },
    Dequeue {
        machine: String,
        state: String,
        event: String,
        payload: Option<String>,
    },
    Receive {
        machine: String,
        state: String,
        event: String,
        payload: Option<String>,
    },
    WaitReceive {
        machine: String,
        events: Vec<String>,
    },
    Raise {
        machine: String,
        state: String,
        event: String,
    },
    Announce {
        machine: String,
        event: String,
        payload: Option<String>,
    },
    MonitorProcess {
        monitor: String,
        state: String,
        event: String,
    },
    MonitorEnter {
        monitor: String,
        state: String,
        hot: bool,
    },
    Print {
        machine: String,
        text: String,
    },
    Choice {
        machine: String,
        value: String,
    },
    Halt {
        machine: String,
        #[serde(default)]
        dropped: usize,
    },
    Error {
        bug: Bug,
    },
    /// An entry type this viewer does not know (a newer checker).
    #[serde(other)]
    Other,
}

/// Why a trace could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io { path: String, error: String },
    /// The file is not JSON, or not a trace; `line`/`column` are 1-based
    /// and 0 when serde_json gives no position.
    Invalid {
        path: String,
        line: usize,
        column: usize,
        error: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => {
                write!(f, "{path}: error: cannot read the trace: {error}")
            }
            LoadError::Invalid {
                path,
                line,
                column,
                error,
            } => {
                if *line > 0 {
                    write!(f, "{path}:{line}:{column}: ")?;
                } else {
                    write!(f, "{path}: ")?;
                }
                write!(f, "error: not a valid P checker trace: {error}")
            }
        }
    }
}

/// Parses a trace from its JSON text; `path` names it in errors.
pub fn parse(path: &str, text: &str) -> Result<Trace, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        // serde_json appends " at line L column C": the position goes first.
        let error = match full.rfind(" at line ") {
            Some(i) if e.line() > 0 => full[..i].to_owned(),
            _ => full,
        };
        LoadError::Invalid {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            error,
        }
    })
}

/// Reads and parses a trace file.
pub fn load(path: &Path) -> Result<Trace, LoadError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| LoadError::Io {
        path: shown.clone(),
        error: e.to_string(),
    })?;
    parse(&shown, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{"test": "t", "scheduler": "random", "seed": 3, "steps": 2, "bug": null,
      "entries": [
        {"step": 0, "type": "create", "machine": "M(1)", "creator": null},
        {"step": 1, "type": "send", "sender": "M(1)", "state": "S", "target": "M(1)", "event": "e", "payload": null},
        {"step": 2, "type": "brand_new", "whatever": 1}
      ]}"#;

    #[test]
    fn reads_the_documented_schema_and_keeps_unknown_types() {
        let t = parse("t.json", SMALL).unwrap();
        assert_eq!(t.test, "t");
        assert_eq!(t.entries.len(), 3);
        assert_eq!(
            t.entries[0].event,
            Event::Create {
                machine: "M(1)".into(),
                creator: None,
                payload: None
            }
        );
        assert_eq!(t.entries[2].event, Event::Other);
    }

    #[test]
    fn syntax_errors_name_the_file_line_and_column() {
        let e = parse("x.json", "{\n  \"test\": \"t\",\n  oops\n}").unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.starts_with("x.json:3:3: error: not a valid P checker trace: "),
            "{shown}"
        );
    }

    #[test]
    fn schema_errors_name_what_is_missing() {
        let e = parse("x.json", "{\"test\": \"t\", \"bug\": null}").unwrap_err();
        let shown = e.to_string();
        assert!(shown.contains("missing field `entries`"), "{shown}");
        assert!(shown.starts_with("x.json:1:"), "{shown}");
        let e = parse(
            "x.json",
            "{\"test\": \"t\", \"bug\": null, \"entries\": [\n{\"step\": 1, \"type\": \"send\"}]}",
        )
        .unwrap_err();
        let shown = e.to_string();
        assert!(shown.contains("missing field `sender`"), "{shown}");
        assert!(shown.starts_with("x.json:2:"), "{shown}");
    }
}
