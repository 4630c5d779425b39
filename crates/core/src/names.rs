//! Checks on names: LDAP attribute descriptions and configuration object names.

/// Why a string is not an LDAP attribute description (RFC 4512: a descriptor or numeric OID,
/// then options after `;`), or `None` when it is one.
///
/// The descriptor starts with an ASCII letter and goes on with letters, digits and hyphens; each
/// option is non-empty and made of letters, digits and hyphens (ldapsdk's `Attribute.nameIsValid`).
pub fn attribute_description_problem(name: &str) -> Option<String> {
    let mut parts = name.split(';');
    let base = parts.next().unwrap_or_default();
    if base.is_empty() {
        return Some("the attribute name is empty".into());
    }
    let is_oid = base.chars().next().is_some_and(|c| c.is_ascii_digit());
    if is_oid {
        let arcs_ok = base.split('.').all(|arc| {
            !arc.is_empty()
                && arc.chars().all(|c| c.is_ascii_digit())
                && (arc == "0" || !arc.starts_with('0'))
        });
        if !arcs_ok {
            return Some(format!(
                "'{base}' starts with a digit but is not a numeric OID such as 2.5.4.3"
            ));
        }
    } else if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Some(format!("'{base}' must start with a letter"));
    } else if let Some(bad) = base
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return Some(format!(
            "'{base}' contains {}, but only letters, digits and '-' are allowed",
            describe_char(bad)
        ));
    }
    for option in parts {
        if option.is_empty() {
            return Some("an option after ';' is empty".into());
        }
        if let Some(bad) = option
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            return Some(format!(
                "the option '{option}' contains {}, but only letters, digits and '-' are allowed",
                describe_char(bad)
            ));
        }
    }
    None
}

/// A problem with a configuration object name or other free-text token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// Empty, or only white space.
    Missing,
    /// Contains a line break or another control character.
    ControlCharacter(char),
    /// Starts with `-`.
    LeadingDash,
    /// Starts or ends with white space.
    SurroundingWhitespace,
}

/// Every problem with `name`, most serious first.
pub fn name_problems(name: &str) -> Vec<NameProblem> {
    let mut problems = Vec::new();
    if name.trim().is_empty() {
        problems.push(NameProblem::Missing);
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        problems.push(NameProblem::ControlCharacter(c));
    }
    if name.starts_with('-') {
        problems.push(NameProblem::LeadingDash);
    }
    if !name.is_empty() && name.trim() != name && !problems.contains(&NameProblem::Missing) {
        problems.push(NameProblem::SurroundingWhitespace);
    }
    problems
}

/// The edit distance between two strings, in characters, counting a swap of two neighbours as
/// one edit (optimal string alignment): `emial` is one edit from `email`, as a typist sees it.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: distance between a[..i] and b[..j]; three rows are enough.
    let mut before = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut previous, current);
    }
    previous[b.len()]
}

/// A character as people read it in a message: `'_'`, or its name for invisible ones.
pub fn describe_char(c: char) -> String {
    match c {
        '\n' => "a line break".into(),
        '\r' => "a carriage return".into(),
        '\t' => "a tab".into(),
        ' ' => "a space".into(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_attribute_descriptions() {
        for name in [
            "userPassword",
            "userPassword;binary",
            "cn;lang-fr",
            "x-1",
            "2.5.4.35",
            "0.1",
        ] {
            assert_eq!(attribute_description_problem(name), None, "{name}");
        }
    }

    #[test]
    fn invalid_attribute_descriptions_say_why() {
        let cases = [
            ("", "empty"),
            ("db_password", "'_'"),
            ("1abc", "not a numeric OID"),
            ("2.5..4", "not a numeric OID"),
            ("-cn", "must start with a letter"),
            ("userPassword;", "empty"),
            ("cn;lang fr", "a space"),
            ("user Password", "a space"),
        ];
        for (name, expected) in cases {
            let problem = attribute_description_problem(name).expect(name);
            assert!(problem.contains(expected), "{name}: {problem}");
        }
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("emial", "email"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn name_problems_are_all_reported() {
        assert_eq!(name_problems("Users_Map"), vec![]);
        assert_eq!(name_problems("SunDS>DS Attr Map"), vec![]);
        assert_eq!(name_problems(""), vec![NameProblem::Missing]);
        assert_eq!(name_problems("  "), vec![NameProblem::Missing]);
        assert_eq!(
            name_problems("-x\n"),
            vec![
                NameProblem::ControlCharacter('\n'),
                NameProblem::LeadingDash,
                NameProblem::SurroundingWhitespace
            ]
        );
    }
}
