//! Lighthouse against the release `syncmap serve`, as users' tools measure a served page: its
//! default mobile run (simulated slow 4G and a 4x slower processor), several times, with the
//! scores and the metrics of each run and their medians. It fails when the median performance
//! score is under [`MIN_PERFORMANCE`] or another category is under 100.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::run::Step;
use crate::tools::Env;

/// Runs, for a median that one noisy run cannot move.
const RUNS: usize = 3;
/// The lowest acceptable median performance score, in Lighthouse's 0 to 1.
const MIN_PERFORMANCE: f64 = 0.95;
/// The categories and metrics printed, in order: the JSON key and a label.
const CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];
const METRICS: [(&str, &str); 6] = [
    ("first-contentful-paint", "FCP ms"),
    ("largest-contentful-paint", "LCP ms"),
    ("total-blocking-time", "TBT ms"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI ms"),
    ("total-byte-weight", "bytes"),
];

/// Serves the web app with `binary` on a free loopback port and measures it.
pub fn measure(binary: &Path, env: &Env) -> Result<(), String> {
    let mut server = Command::new(binary)
        .args(["serve", "--addr", "127.0.0.1:0", "--log", "off"])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let result = (|| {
        let stdout = server
            .stdout
            .take()
            .ok_or("the server has no standard output")?;
        let mut first = String::new();
        BufReader::new(stdout)
            .read_line(&mut first)
            .map_err(|e| format!("cannot read the server's address: {e}"))?;
        let url = first
            .trim()
            .strip_prefix("syncmap: serving ")
            .ok_or_else(|| format!("the server printed {first:?}, not its address"))?
            .to_owned();
        runs(&url, env)
    })();
    let _ = server.kill();
    let _ = server.wait();
    result
}

fn runs(url: &str, env: &Env) -> Result<(), String> {
    let report = crate::run::target_dir().join("lighthouse.json");
    let mut scores: Vec<Vec<f64>> = Vec::new();
    let mut metrics: Vec<Vec<f64>> = Vec::new();
    println!(
        "{:>6} {}  {}",
        "run",
        CATEGORIES.join(" "),
        METRICS.map(|(_, label)| label).join(" ")
    );
    for run in 1..=RUNS {
        Step::new("lighthouse")
            .args([
                url,
                "--quiet",
                "--output=json",
                // What these machines need to run Chromium: as root, no sandbox; no calls home.
                "--chrome-flags=--headless=new --no-sandbox --disable-background-networking \
                 --disable-component-update --disable-sync --no-first-run",
            ])
            .args([format!("--output-path={}", report.display())])
            .envs(env)
            .env("CHROME_PATH", chromium(env)?)
            .run()?;
        let text = std::fs::read_to_string(&report)
            .map_err(|e| format!("cannot read {}: {e}", report.display()))?;
        let json: Value = serde_json::from_str(&text)
            .map_err(|e| format!("{}: not Lighthouse's JSON: {e}", report.display()))?;
        let score = |key: &str| json["categories"][key]["score"].as_f64();
        let metric = |key: &str| json["audits"][key]["numericValue"].as_f64();
        let run_scores = CATEGORIES
            .iter()
            .map(|key| score(key).ok_or(format!("no {key} score in the report")))
            .collect::<Result<Vec<_>, _>>()?;
        let run_metrics = METRICS
            .iter()
            .map(|(key, _)| metric(key).ok_or(format!("no {key} in the report")))
            .collect::<Result<Vec<_>, _>>()?;
        println!("{}", row(&run.to_string(), &run_scores, &run_metrics));
        scores.push(run_scores);
        metrics.push(run_metrics);
    }
    let medians: Vec<f64> = (0..CATEGORIES.len()).map(|i| median(&scores, i)).collect();
    let metric_medians: Vec<f64> = (0..METRICS.len()).map(|i| median(&metrics, i)).collect();
    println!("{}", row("median", &medians, &metric_medians));
    verdict(&medians)
}

/// One line of the table: the scores out of 100, then the metrics, rounded.
fn row(label: &str, scores: &[f64], metrics: &[f64]) -> String {
    let join = |values: &[f64], scale: f64| {
        values
            .iter()
            .map(|v| format!("{:.0}", v * scale))
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!("{label:>6} {}  {}", join(scores, 100.0), join(metrics, 1.0))
}

/// Fails when the median performance is under [`MIN_PERFORMANCE`] or another category under 1.
fn verdict(medians: &[f64]) -> Result<(), String> {
    let mut problems = Vec::new();
    for (key, score) in CATEGORIES.iter().zip(medians) {
        let floor = if *key == "performance" {
            MIN_PERFORMANCE
        } else {
            1.0
        };
        if *score < floor {
            problems.push(format!(
                "{key} {:.0} (at least {:.0})",
                score * 100.0,
                floor * 100.0
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Lighthouse, median of {RUNS} runs: {}",
            problems.join(", ")
        ))
    }
}

/// The median of column `i` of `rows`.
fn median(rows: &[Vec<f64>], i: usize) -> f64 {
    let mut column: Vec<f64> = rows.iter().map(|row| row[i]).collect();
    column.sort_by(f64::total_cmp);
    column[column.len() / 2]
}

fn chromium(env: &Env) -> Result<std::ffi::OsString, String> {
    env.vars
        .iter()
        .find(|(key, _)| key == "CHROME_BIN")
        .map(|(_, value)| value.clone())
        .ok_or_else(|| "no Chromium: run through `tools::browser`".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verdict_holds_performance_to_95_and_the_rest_to_100() {
        assert!(verdict(&[0.95, 1.0, 1.0, 1.0]).is_ok());
        let error = verdict(&[0.94, 1.0, 0.98, 1.0]).unwrap_err();
        assert!(
            error.contains("performance 94") && error.contains("best-practices 98"),
            "{error}"
        );
    }

    #[test]
    fn the_median_is_the_middle_run() {
        let rows = vec![vec![3.0], vec![1.0], vec![2.0]];
        assert_eq!(median(&rows, 0), 2.0);
    }
}
