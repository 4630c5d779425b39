//! The work the page hands to its background worker, and the messages that carry it.
//!
//! The dsconfig import (the core's parser and linter), the password value checker and the change
//! scripts (the core's change engine) are not needed to draw the first screen, so they live in a second WebAssembly module,
//! `syncmap-worker`, that the page starts the first time the admin imports a file or checks a
//! value (`background.rs`). That keeps the first download small, and a large import runs off
//! the page's thread, so the page stays responsive meanwhile.
//!
//! Both sides speak JSON text through `postMessage`, encoded and decoded here only: the page
//! calls [`Request::to_message`] and [`Reply::from_message`]; the worker calls [`handle`]. The
//! page's module never calls [`run`], so the linker leaves the parser, the linter and the
//! inspector out of it. Pure, so it is tested natively.

use serde_json::{Value, json};
use syncmap_core::inspect::Inspection;
use syncmap_core::{Format, Scenario, SourceKind};

use crate::import::{self, DsconfigImport};

/// The message the worker sends once it listens: messages posted before would be lost.
pub const READY: &str = "{\"ready\":true}";

/// One piece of work.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// Read a dsconfig batch file called `name` into scenarios.
    Import { name: String, text: String },
    /// Inspect one stored password value, as a source of kind `source` stores it (the advice
    /// follows the source). It stays in the browser: the worker is part of the page, and
    /// neither side keeps or logs it.
    Inspect { value: String, source: SourceKind },
    /// The change script from the scenario `before` to `after` (both scenario JSON) in
    /// `format`, or, with `reverse`, the one from `after` back to `before`.
    Change {
        before: String,
        after: String,
        format: Format,
        reverse: bool,
    },
    /// The go-live runbook of the scenario (scenario JSON) in `format`.
    Runbook { scenario: String, format: Format },
}

/// What a change script in the Lines format, which holds commands only, shows and copies when
/// there is no command: the words of the other formats.
pub use syncmap_core::render::NO_CHANGES;

/// A job and the number that pairs it with its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: u32,
    pub job: Job,
}

/// What the worker did with a job.
#[derive(Debug)]
pub enum Answer {
    Import(DsconfigImport),
    Inspect(CheckedValue),
    /// The text of a script the worker wrote: a change script or the runbook.
    Script(String),
    /// The request could not be read: a page and a worker of two different versions.
    Refused(String),
}

/// What the worker says.
#[derive(Debug)]
pub enum Reply {
    /// It is listening.
    Ready,
    /// The answer to request `id`.
    Answer { id: u32, answer: Answer },
}

/// A password inspection as the page shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckedValue {
    /// The prefix between the braces, such as `SSHA256`.
    pub scheme: Option<String>,
    /// PingDirectory's storage scheme type for it, such as `salted-sha256`.
    pub storage_scheme_type: Option<String>,
    pub findings: Vec<CheckedFinding>,
}

/// One finding of an inspection.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedFinding {
    pub code: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    pub message: String,
    pub hint: Option<String>,
}

impl Request {
    pub fn to_message(&self) -> String {
        let job = match &self.job {
            Job::Import { name, text } => json!({ "import": { "name": name, "text": text } }),
            Job::Inspect { value, source } => {
                json!({ "inspect": { "value": value, "source": source.id() } })
            }
            Job::Change {
                before,
                after,
                format,
                reverse,
            } => json!({ "change": [before, after, format.id(), reverse] }),
            Job::Runbook { scenario, format } => json!({ "runbook": [scenario, format.id()] }),
        };
        json!({ "id": self.id, "job": job }).to_string()
    }

    pub fn from_message(text: &str) -> Result<Request, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let id = id_of(&value)?;
        let job = &value["job"];
        let field = |object: &Value, name: &str| -> Result<String, String> {
            object[name]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("/job: expected the string field {name:?}"))
        };
        let job = if let Some(import) = job.get("import") {
            Job::Import {
                name: field(import, "name")?,
                text: field(import, "text")?,
            }
        } else if let Some(inspect) = job.get("inspect") {
            let source = field(inspect, "source")?;
            Job::Inspect {
                value: field(inspect, "value")?,
                source: SourceKind::from_id(&source)
                    .ok_or_else(|| format!("/job/inspect/source: {source:?} is no source kind"))?,
            }
        } else if let Some(change) = job.get("change") {
            // [before, after, format, reverse]: an array is less code on the page than an
            // object, and the page has a size budget.
            let item = |i: usize, name: &str| {
                change[i]
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("/job/change/{i}: expected the {name} as a string"))
            };
            let format = item(2, "format")?;
            Job::Change {
                before: item(0, "scenario before")?,
                after: item(1, "scenario after")?,
                format: Format::from_id(&format)
                    .ok_or_else(|| format!("/job/change/2: {format:?} is no format"))?,
                reverse: change[3]
                    .as_bool()
                    .ok_or("/job/change/3: expected true or false")?,
            }
        } else if let Some(runbook) = job.get("runbook") {
            let item = |i: usize| {
                runbook[i]
                    .as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("/job/runbook/{i}: expected a string"))
            };
            let format = item(1)?;
            Job::Runbook {
                scenario: item(0)?,
                format: Format::from_id(&format)
                    .ok_or_else(|| format!("/job/runbook/1: {format:?} is no format"))?,
            }
        } else {
            return Err(
                "/job: expected \"import\", \"inspect\", \"change\" or \"runbook\"".to_owned(),
            );
        };
        Ok(Request { id, job })
    }
}

impl Reply {
    /// The worker's message for `answer` to request `id`.
    pub fn to_message(id: u32, answer: &Answer) -> String {
        let body = match answer {
            Answer::Import(import) => json!({ "import": {
                "report": import.report,
                "scenarios": import
                    .scenarios
                    .iter()
                    .map(syncmap_core::scenario::to_json)
                    .collect::<Vec<_>>(),
            } }),
            Answer::Inspect(checked) => json!({ "inspect": {
                "scheme": checked.scheme,
                "storage_scheme_type": checked.storage_scheme_type,
                "findings": checked.findings.iter().map(|f| json!({
                    "code": f.code,
                    "severity": f.severity,
                    "message": f.message,
                    "hint": f.hint,
                })).collect::<Vec<_>>(),
            } }),
            Answer::Script(text) => json!({ "script": text }),
            Answer::Refused(why) => json!({ "refused": why }),
        };
        json!({ "id": id, "answer": body }).to_string()
    }

    pub fn from_message(text: &str) -> Result<Reply, String> {
        if text == READY {
            return Ok(Reply::Ready);
        }
        let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let id = id_of(&value)?;
        let body = &value["answer"];
        let answer = if let Some(import) = body.get("import") {
            let report = string(&import["report"], "/answer/import/report")?;
            let scenarios = import["scenarios"]
                .as_array()
                .ok_or("/answer/import/scenarios: expected an array")?
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let text = string(s, "/answer/import/scenarios")?;
                    syncmap_core::scenario::from_json(&text)
                        .map_err(|e| format!("/answer/import/scenarios/{i}: {e}"))
                })
                .collect::<Result<Vec<Scenario>, String>>()?;
            Answer::Import(DsconfigImport { scenarios, report })
        } else if let Some(inspect) = body.get("inspect") {
            let optional = |v: &Value| v.as_str().map(str::to_owned);
            let findings = inspect["findings"]
                .as_array()
                .ok_or("/answer/inspect/findings: expected an array")?
                .iter()
                .map(|f| {
                    Ok(CheckedFinding {
                        code: string(&f["code"], "/answer/inspect/findings/code")?,
                        severity: string(&f["severity"], "/answer/inspect/findings/severity")?,
                        message: string(&f["message"], "/answer/inspect/findings/message")?,
                        hint: optional(&f["hint"]),
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            Answer::Inspect(CheckedValue {
                scheme: optional(&inspect["scheme"]),
                storage_scheme_type: optional(&inspect["storage_scheme_type"]),
                findings,
            })
        } else if let Some(text) = body.get("script") {
            Answer::Script(string(text, "/answer/script")?)
        } else if let Some(why) = body.get("refused") {
            Answer::Refused(string(why, "/answer/refused")?)
        } else {
            return Err(
                "/answer: expected \"import\", \"inspect\", \"script\" or \"refused\"".to_owned(),
            );
        };
        Ok(Reply::Answer { id, answer })
    }
}

impl From<&Inspection> for CheckedValue {
    fn from(inspection: &Inspection) -> CheckedValue {
        CheckedValue {
            scheme: inspection.scheme.clone(),
            storage_scheme_type: inspection.storage_scheme_type.map(str::to_owned),
            findings: inspection
                .findings
                .iter()
                .map(|f| CheckedFinding {
                    code: f.code.as_str().to_owned(),
                    severity: f.severity.as_str().to_owned(),
                    message: f.message.clone(),
                    hint: f.hint.map(str::to_owned),
                })
                .collect(),
        }
    }
}

/// Does one job: the worker's whole work.
pub fn run(job: Job) -> Answer {
    match job {
        Job::Import { name, text } => Answer::Import(import::dsconfig(&name, &text)),
        Job::Inspect { value, source } => Answer::Inspect(CheckedValue::from(
            &syncmap_core::inspect::inspect_from(&value, source),
        )),
        Job::Change {
            before,
            after,
            format,
            reverse,
        } => change(&before, &after, format, reverse).unwrap_or_else(Answer::Refused),
        Job::Runbook { scenario, format } => runbook(&scenario, format),
    }
}

/// The runbook of a [`Job::Runbook`], its header naming the scenario's errors as every script's
/// does.
fn runbook(scenario: &str, format: Format) -> Answer {
    match syncmap_core::scenario::from_json(scenario) {
        Ok(scenario) => Answer::Script(syncmap_core::render_with(
            &scenario,
            &syncmap_core::Options {
                format,
                script: syncmap_core::Script::Runbook,
                date: None,
            },
        )),
        Err(e) => Answer::Refused(format!("/job/runbook/0: {e}")),
    }
}

/// The change script of a [`Job::Change`]; the scenario that does not read, named.
fn change(before: &str, after: &str, format: Format, reverse: bool) -> Result<Answer, String> {
    let read = |text: &str, place: &str| {
        syncmap_core::scenario::from_json(text).map_err(|e| format!("/job/change/{place}: {e}"))
    };
    let (before, after) = (read(before, "0")?, read(after, "1")?);
    let (from, to) = if reverse {
        (&after, &before)
    } else {
        (&before, &after)
    };
    let text = syncmap_core::render_change(from, to, &syncmap_core::Options::new(format));
    Ok(Answer::Script(if text.is_empty() {
        NO_CHANGES.to_owned()
    } else {
        text
    }))
}

/// The worker's answer to one message from the page.
pub fn handle(message: &str) -> String {
    match Request::from_message(message) {
        Ok(request) => Reply::to_message(request.id, &run(request.job)),
        // Without a readable id the page cannot pair the answer: 0 is never a request's id,
        // and the page fails every job it waits for when it sees it.
        Err(why) => Reply::to_message(0, &Answer::Refused(format!("the request: {why}"))),
    }
}

fn id_of(value: &Value) -> Result<u32, String> {
    value["id"]
        .as_u64()
        .and_then(|id| u32::try_from(id).ok())
        .ok_or_else(|| "/id: expected a whole number".to_owned())
}

fn string(value: &Value, place: &str) -> Result<String, String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{place}: expected a string"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncmap_core::{Format, presets, render};

    fn answer_to(job: Job) -> Answer {
        let request = Request { id: 7, job };
        let reply = handle(&request.to_message());
        match Reply::from_message(&reply).unwrap() {
            Reply::Answer { id, answer } => {
                assert_eq!(id, 7);
                answer
            }
            Reply::Ready => panic!("an answer, not ready: {reply}"),
        }
    }

    #[test]
    fn requests_read_back_as_sent() {
        for job in [
            Job::Import {
                name: "a \"b\".dsconfig".into(),
                text: "dsconfig x\n\u{1F600}\\".into(),
            },
            Job::Inspect {
                value: "{SSHA}abc".into(),
                source: SourceKind::IbmDirectory,
            },
        ] {
            let request = Request { id: 42, job };
            assert_eq!(Request::from_message(&request.to_message()), Ok(request));
        }
    }

    #[test]
    fn an_import_through_the_worker_is_the_import() {
        let scenario = presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario();
        let text = render(&scenario, Format::Batch);
        let direct = import::dsconfig("p.dsconfig", &text);
        let Answer::Import(through) = answer_to(Job::Import {
            name: "p.dsconfig".into(),
            text,
        }) else {
            panic!("an import answer")
        };
        assert_eq!(through.report, direct.report);
        assert_eq!(through.scenarios, direct.scenarios);
        assert_eq!(through.scenarios.len(), 1);
    }

    #[test]
    fn an_inspection_through_the_worker_is_the_inspection() {
        let value = "{SSHA256}not base64!";
        let direct = CheckedValue::from(&syncmap_core::inspect::inspect(value));
        let Answer::Inspect(through) = answer_to(Job::Inspect {
            value: value.into(),
            source: SourceKind::PingDirectory,
        }) else {
            panic!("an inspect answer")
        };
        assert_eq!(through, direct);
        assert_eq!(through.scheme.as_deref(), Some("SSHA256"));
        assert!(
            through.findings.iter().any(|f| f.severity == "error"),
            "{through:?}"
        );
    }

    #[test]
    fn the_advice_follows_the_source() {
        let value = "{MD5}CY9rzUYh03PK3k6DJie09g==";
        let advice = |source| {
            let Answer::Inspect(checked) = answer_to(Job::Inspect {
                value: value.into(),
                source,
            }) else {
                panic!("an inspect answer")
            };
            checked
                .findings
                .iter()
                .filter_map(|f| f.hint.clone())
                .collect::<String>()
        };
        assert!(advice(SourceKind::PingDirectory).contains("Changelog Password Encryption"));
        let ibm = advice(SourceKind::IbmDirectory);
        assert!(!ibm.contains("Changelog Password Encryption"), "{ibm}");
        let refused =
            handle("{\"id\":4,\"job\":{\"inspect\":{\"value\":\"x\",\"source\":\"ibm\"}}}");
        assert!(refused.contains("/job/inspect/source"), "{refused}");
    }

    fn change(before: &Scenario, after: &Scenario, format: Format, reverse: bool) -> String {
        let job = Job::Change {
            before: syncmap_core::scenario::to_json(before),
            after: syncmap_core::scenario::to_json(after),
            format,
            reverse,
        };
        match answer_to(job) {
            Answer::Script(text) => text,
            other => panic!("a change answer, not {other:?}"),
        }
    }

    #[test]
    fn a_change_script_through_the_worker_is_the_core_s_both_ways() {
        let before = presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario();
        let mut after = before.clone();
        after.attribute_map.mappings.remove(1);
        for format in Format::ALL {
            let options = syncmap_core::Options::new(format);
            let forward = change(&before, &after, format, false);
            assert_eq!(
                forward,
                syncmap_core::render_change(&before, &after, &options)
            );
            assert!(forward.contains("delete-attribute-mapping"), "{forward}");
            let back = change(&before, &after, format, true);
            assert_eq!(back, syncmap_core::render_change(&after, &before, &options));
            assert!(back.contains("create-attribute-mapping"), "{back}");
        }
    }

    #[test]
    fn no_change_is_said_in_every_format() {
        let scenario = presets::all()[0].scenario();
        for format in Format::ALL {
            let text = change(&scenario, &scenario, format, false);
            assert!(text.contains(NO_CHANGES.trim_end()), "{format:?}: {text}");
            assert!(
                !text.lines().any(|l| l.starts_with("dsconfig")),
                "{format:?}: {text}"
            );
        }
        assert_eq!(
            change(&scenario, &scenario, Format::Lines, true),
            NO_CHANGES
        );
    }

    #[test]
    fn a_change_request_names_what_does_not_read() {
        let scenario = syncmap_core::scenario::to_json(&presets::all()[0].scenario());
        let job = Job::Change {
            before: scenario.clone(),
            after: "{\"schema\": 1}".into(),
            format: Format::Bash,
            reverse: true,
        };
        let request = Request { id: 3, job };
        assert_eq!(
            Request::from_message(&request.to_message()),
            Ok(request.clone())
        );
        match answer_to(request.job) {
            Answer::Refused(why) => assert!(why.starts_with("/job/change/1: "), "{why}"),
            other => panic!("refused, not {other:?}"),
        }
        let bad = handle(
            &json!({ "id": 5, "job": { "change": [scenario, scenario, "cobol", false] } })
                .to_string(),
        );
        assert!(bad.contains("/job/change/2"), "{bad}");
    }

    #[test]
    fn a_request_the_worker_cannot_read_is_refused_not_dropped() {
        for bad in ["", "{}", "{\"id\":3,\"job\":{\"paint\":{}}}", "[1]"] {
            match Reply::from_message(&handle(bad)).unwrap() {
                Reply::Answer {
                    id: 0,
                    answer: Answer::Refused(why),
                } => assert!(why.starts_with("the request: "), "{why}"),
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn replies_that_do_not_read_name_the_place() {
        assert!(matches!(Reply::from_message(READY), Ok(Reply::Ready)));
        let error =
            Reply::from_message("{\"id\":1,\"answer\":{\"import\":{\"report\":5}}}").unwrap_err();
        assert!(error.contains("/answer/import/report"), "{error}");
        let error = Reply::from_message("{\"answer\":{}}").unwrap_err();
        assert!(error.contains("/id"), "{error}");
    }

    #[test]
    fn the_runbook_through_the_worker_is_the_cores() {
        let scenario = presets::find("pingdirectory-to-pingone")
            .unwrap()
            .scenario();
        let json = syncmap_core::scenario::to_json(&scenario);
        for format in [Format::Bash, Format::PowerShell] {
            let Answer::Script(text) = answer_to(Job::Runbook {
                scenario: json.clone(),
                format,
            }) else {
                panic!("no script");
            };
            let expected = syncmap_core::render_with(
                &scenario,
                &syncmap_core::Options {
                    format,
                    script: syncmap_core::Script::Runbook,
                    date: None,
                },
            );
            assert_eq!(text, expected);
            assert!(text.contains("realtime-sync"), "{text}");
        }
        let Answer::Refused(why) = answer_to(Job::Runbook {
            scenario: "{".into(),
            format: Format::Bash,
        }) else {
            panic!("a broken scenario is refused");
        };
        assert!(why.starts_with("/job/runbook/0: "), "{why}");
    }
}
