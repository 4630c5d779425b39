//! Render and lint options from what the user gave, the same way for command-line flags and
//! HTTP API fields, so both front ends read the same input the same way.

use syncmap_core::{Format, Options, Script};

/// Render options: `date` absent means today (UTC), `none` leaves the date out.
pub fn render(format: Format, script: Script, date: Option<&str>) -> Options {
    let date = match date {
        None => Some(today_utc()),
        Some("none") => None,
        Some(date) => Some(date.to_owned()),
    };
    Options {
        format,
        script,
        date,
    }
}

/// Lint options from a target version and `TYPE:NAME` objects that exist already. Messages
/// begin with the name of the input they are about (`--target-version` on the command line,
/// `target_version` in the API), given as `names`.
pub fn lint(
    target_version: Option<&str>,
    exists: &[String],
    names: (&str, &str),
) -> Result<syncmap_core::lint::Options, String> {
    let (version_name, exists_name) = names;
    let target_version = target_version
        .map(|v| {
            v.parse::<syncmap_core::Version>()
                .map_err(|e| format!("{version_name}: {e}"))
        })
        .transpose()?;
    let existing = exists
        .iter()
        .map(|e| syncmap_core::lint::Existing::parse(e).map_err(|m| format!("{exists_name}: {m}")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(syncmap_core::lint::Options {
        target_version,
        existing,
        // Findings are all the command line and the API report.
        keep_scenarios: false,
        // As many threads as the machine runs at once: only large inputs use more than one.
        threads: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
    })
}

/// The source kind with the id `id`, the same for the command line and the API.
pub fn source_kind(id: &str) -> Result<syncmap_core::SourceKind, String> {
    use syncmap_core::SourceKind;
    SourceKind::from_id(id)
        .filter(|kind| kind.is_known())
        .ok_or_else(|| {
            let ids: Vec<&str> = SourceKind::ALL.iter().map(|k| k.id()).collect();
            format!(
                "'{id}' is not a source kind: expected one of {}",
                ids.join(", ")
            )
        })
}

/// Today's date in UTC as YYYY-MM-DD, from the system clock (the core has none).
fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(20_784), (2026, 11, 27));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
