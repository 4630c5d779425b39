//! Whole-value tests: every scheme family with correctly built samples, every finding code
//! firing and not firing, malformed input, and that nothing of the value leaks into the output.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::*;
use crate::diagnostic::Severity;

/// `len` bytes that are not all alike, so the base64 is not a run of one letter.
fn bytes(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(37).wrapping_add(seed))
        .collect()
}

fn b64(len: usize) -> String {
    STANDARD.encode(bytes(len, 11))
}

fn codes(inspection: &Inspection) -> Vec<FindingCode> {
    inspection.findings.iter().map(|f| f.code).collect()
}

fn has(inspection: &Inspection, code: FindingCode) -> bool {
    codes(inspection).contains(&code)
}

/// A well-formed `{AES256}` value: version 0 with 5 padding bytes, salt, IV, a 32-byte ID, one
/// padded block plus the tag.
fn aes256_value() -> String {
    let mut raw = vec![0x05];
    raw.extend(bytes(32, 1));
    raw.push(32);
    raw.extend(bytes(32, 2));
    raw.extend(bytes(32, 3));
    format!("{{AES256}}{}", STANDARD.encode(raw))
}

const BCRYPT: &str = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";

const SALTED: [(&str, usize, &str); 4] = [
    ("SSHA", 20, "salted-sha1"),
    ("SSHA256", 32, "salted-sha256"),
    ("SSHA384", 48, "salted-sha384"),
    ("SSHA512", 64, "salted-sha512"),
];

#[test]
fn salted_sha_well_formed_is_accepted_by_pingone() {
    for (prefix, digest, storage) in SALTED {
        for salt in [1, 8, 16] {
            let value = format!("{{{prefix}}}{}", b64(digest + salt));
            let got = inspect(&value);
            assert_eq!(got.scheme.as_deref(), Some(prefix));
            assert_eq!(got.storage_scheme_type, Some(storage));
            assert!(got.known_to_pingdirectory);
            assert_eq!(got.kind, ValueKind::OneWayHash);
            assert_eq!(
                got.pingone_pre_encoded,
                PingOneAcceptance::Accepted,
                "{value}"
            );
            assert_eq!(
                got.payload,
                PayloadCheck {
                    status: PayloadStatus::WellFormed,
                    encoding: Some(PayloadEncoding::Base64),
                    length: value.len() - prefix.len() - 2,
                    decoded_length: Some(digest + salt),
                    digest_length: Some(digest),
                    salt_length: Some(salt),
                }
            );
            assert_eq!(
                codes(&got),
                [FindingCode::PingoneAcceptsPreEncoded],
                "{value}"
            );
            assert!(!got.has_errors());
        }
    }
}

#[test]
fn reference_base64_lengths_hold() {
    // Reference §4 table: base64 lengths with an 8-byte salt.
    for (prefix, length) in [
        ("SSHA", 40),
        ("SSHA256", 56),
        ("SSHA384", 76),
        ("SSHA512", 96),
    ] {
        let digest = SALTED.iter().find(|s| s.0 == prefix).unwrap().1;
        assert_eq!(b64(digest + 8).len(), length, "{prefix}");
        let got = inspect(&format!("{{{prefix}}}{}", b64(digest + 8)));
        assert_eq!(got.payload.length, length);
        assert_eq!(got.payload.salt_length, Some(8));
    }
}

#[test]
fn salt_missing_fires_only_for_a_bare_digest() {
    for (prefix, digest, _) in SALTED {
        let got = inspect(&format!("{{{prefix}}}{}", b64(digest)));
        assert!(has(&got, FindingCode::SaltMissing), "{prefix}");
        assert_eq!(got.payload.status, PayloadStatus::Malformed);
        assert_eq!(got.payload.salt_length, Some(0));
        assert!(got.has_errors());
        // A broken payload makes PingOne's verdict unconfirmed, never a plain "accepted".
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
        assert!(has(&got, FindingCode::PingoneAcceptanceUnconfirmed));
        assert!(!has(&got, FindingCode::PayloadLengthInvalid));

        let fine = inspect(&format!("{{{prefix}}}{}", b64(digest + 1)));
        assert!(!has(&fine, FindingCode::SaltMissing));
    }
}

#[test]
fn short_salted_payload_is_length_invalid() {
    let got = inspect(&format!("{{SSHA256}}{}", b64(20)));
    assert!(has(&got, FindingCode::PayloadLengthInvalid));
    assert!(!has(&got, FindingCode::SaltMissing));
    assert_eq!(got.payload.salt_length, None);
    assert_eq!(got.payload.decoded_length, Some(20));
    assert!(got.has_errors());
}

#[test]
fn salted_md5_is_checked_and_not_accepted() {
    let got = inspect(&format!("{{SMD5}}{}", b64(16 + 8)));
    assert_eq!(got.storage_scheme_type, Some("salted-md5"));
    assert_eq!(got.payload.status, PayloadStatus::WellFormed);
    assert_eq!(got.payload.salt_length, Some(8));
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(codes(&got), [FindingCode::HashNotAcceptedByPingone]);
    assert_eq!(got.max_severity(), Some(Severity::Warning));
}

#[test]
fn unsalted_digests_need_the_exact_length() {
    for (prefix, digest, storage) in [("SHA", 20, "sha1"), ("MD5", 16, "md5")] {
        let exact = inspect(&format!("{{{prefix}}}{}", b64(digest)));
        assert_eq!(exact.storage_scheme_type, Some(storage));
        assert_eq!(exact.payload.status, PayloadStatus::WellFormed);
        assert_eq!(exact.payload.digest_length, Some(digest));
        assert_eq!(exact.payload.salt_length, None);
        assert_eq!(exact.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
        assert_eq!(codes(&exact), [FindingCode::HashNotAcceptedByPingone]);

        let longer = inspect(&format!("{{{prefix}}}{}", b64(digest + 8)));
        let finding = longer
            .findings
            .iter()
            .find(|f| f.code == FindingCode::PayloadLengthInvalid)
            .expect("length finding");
        assert!(
            finding.hint.is_some(),
            "a longer value suggests the salted prefix"
        );

        let shorter = inspect(&format!("{{{prefix}}}{}", b64(digest - 1)));
        let finding = shorter
            .findings
            .iter()
            .find(|f| f.code == FindingCode::PayloadLengthInvalid)
            .expect("length finding");
        assert!(finding.hint.is_none());
    }
}

#[test]
fn payload_not_base64_names_the_problem_kind() {
    for (payload, words) in [
        ("abc*defgh", "not base64 at byte 4"),
        ("AAAAA", "valid base64 length"),
        (
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "padding",
        ),
        (
            "-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_",
            "URL-safe",
        ),
        ("AAAA AAAA", "not base64"),
    ] {
        let got = inspect(&format!("{{SSHA256}}{payload}"));
        let finding = got
            .findings
            .iter()
            .find(|f| f.code == FindingCode::PayloadNotBase64)
            .unwrap_or_else(|| panic!("{payload}: {:?}", codes(&got)));
        assert!(finding.message.contains(words), "{}", finding.message);
        assert_eq!(finding.severity, Severity::Error);
        assert_eq!(got.payload.status, PayloadStatus::Malformed);
        assert_eq!(got.payload.encoding, None);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
        assert!(!has(&got, FindingCode::PingoneAcceptsPreEncoded));
    }
    assert!(!has(
        &inspect(&format!("{{SSHA256}}{}", b64(40))),
        FindingCode::PayloadNotBase64
    ));
}

#[test]
fn hex_instead_of_base64_like_pingones_example() {
    // PingOne's API example: {SSHA512} followed by 128 hex digits.
    let hex: String = bytes(64, 9).iter().map(|b| format!("{b:02x}")).collect();
    let got = inspect(&format!("{{SSHA512}}{hex}"));
    assert!(
        has(&got, FindingCode::HexInsteadOfBase64),
        "{:?}",
        codes(&got)
    );
    assert!(!has(&got, FindingCode::PayloadNotBase64));
    assert!(!has(&got, FindingCode::SaltMissing));
    assert_eq!(got.payload.status, PayloadStatus::Suspect);
    assert_eq!(got.payload.encoding, Some(PayloadEncoding::Hex));
    assert_eq!(got.payload.decoded_length, Some(64));
    // The docs contradict each other: unconfirmed, not "no".
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
    assert!(has(&got, FindingCode::PingoneAcceptanceUnconfirmed));
    assert!(!got.has_errors());

    let upper: String = bytes(20, 3).iter().map(|b| format!("{b:02X}")).collect();
    let sha = inspect(&format!("{{SHA}}{upper}"));
    assert!(has(&sha, FindingCode::HexInsteadOfBase64));
    assert!(!has(&sha, FindingCode::PayloadLengthInvalid));

    // Real base64 does not trigger it, nor does hex too short for the digest.
    assert!(!has(
        &inspect(&format!("{{SSHA512}}{}", b64(72))),
        FindingCode::HexInsteadOfBase64
    ));
    let short = inspect("{SSHA512}abcdef0123456789");
    assert!(!has(&short, FindingCode::HexInsteadOfBase64));
}

#[test]
fn bcrypt_shape() {
    let good = inspect(&format!("{{BCRYPT}}{BCRYPT}"));
    assert_eq!(good.storage_scheme_type, Some("bcrypt"));
    assert_eq!(good.payload.status, PayloadStatus::WellFormed);
    assert_eq!(good.payload.encoding, Some(PayloadEncoding::ModularCrypt));
    assert_eq!(good.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
    assert_eq!(codes(&good), [FindingCode::PingoneAcceptanceUnconfirmed]);

    let bad = inspect("{BCRYPT}$2b$12$tooshort");
    assert!(has(&bad, FindingCode::BcryptShapeInvalid));
    assert_eq!(bad.payload.status, PayloadStatus::Suspect);
    // The bcrypt shape is inferred for PingDirectory: a warning, not an error.
    assert!(!bad.has_errors());
    assert_eq!(bad.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
}

#[test]
fn aes256_is_reversible_and_structure_checked() {
    let good = inspect(&aes256_value());
    assert_eq!(good.storage_scheme_type, Some("aes-256"));
    assert_eq!(good.kind, ValueKind::ReversibleEncryption);
    assert_eq!(good.payload.status, PayloadStatus::WellFormed);
    assert_eq!(good.payload.salt_length, Some(16));
    assert_eq!(good.payload.decoded_length, Some(1 + 32 + 1 + 32 + 32));
    assert_eq!(good.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(codes(&good), [FindingCode::ReversibleNotAcceptedByPingone]);
    assert!(
        good.findings[0]
            .hint
            .unwrap()
            .contains("Changelog Password Encryption")
    );

    let short = inspect(&format!("{{AES256}}{}", b64(40)));
    assert!(has(&short, FindingCode::Aes256StructureInvalid));
    assert_eq!(short.payload.status, PayloadStatus::Malformed);
    assert_eq!(short.payload.salt_length, None);
    assert!(short.has_errors());

    let not_b64 = inspect("{AES256}%%%%");
    assert!(has(&not_b64, FindingCode::PayloadNotBase64));
    assert!(!has(&not_b64, FindingCode::Aes256StructureInvalid));
}

#[test]
fn iterated_schemes_are_unconfirmed_for_pingone() {
    for (prefix, storage) in [
        ("PBKDF2", "pbkdf2"),
        ("SCRYPT", "scrypt"),
        ("ARGON2", "argon2"),
    ] {
        let got = inspect(&format!("{{{prefix}}}{}", b64(48)));
        assert_eq!(got.storage_scheme_type, Some(storage));
        assert_eq!(got.kind, ValueKind::OneWayHash);
        assert_eq!(
            got.pingone_pre_encoded,
            PingOneAcceptance::Unconfirmed,
            "{prefix}"
        );
        assert!(has(&got, FindingCode::PingoneAcceptanceUnconfirmed));
        assert!(has(&got, FindingCode::PayloadNotChecked));
        assert_eq!(got.payload.status, PayloadStatus::NotChecked);
        assert!(!got.has_errors());
    }
    assert!(!has(
        &inspect("{PBKDF2}x"),
        FindingCode::SchemePrefixUnconfirmed
    ));
}

#[test]
fn argon2_variant_prefixes_are_unconfirmed() {
    for (prefix, storage) in [
        ("ARGON2", "argon2"),
        ("ARGON2I", "argon2i"),
        ("ARGON2D", "argon2d"),
        ("ARGON2ID", "argon2id"),
    ] {
        let got = inspect(&format!(
            "{{{prefix}}}$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"
        ));
        assert_eq!(got.storage_scheme_type, Some(storage));
        assert!(got.known_to_pingdirectory);
        assert!(has(&got, FindingCode::SchemePrefixUnconfirmed), "{prefix}");
        // [?] facts never produce a hard "no".
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
        assert_ne!(got.max_severity(), Some(Severity::Error));
    }
}

#[test]
fn crypt_is_a_hash_pingone_does_not_list() {
    let got = inspect("{CRYPT}$6$rounds=5000$saltsalt$abcdefghijklmnop");
    assert_eq!(got.storage_scheme_type, Some("crypt"));
    assert_eq!(got.kind, ValueKind::OneWayHash);
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(
        codes(&got),
        [
            FindingCode::PayloadNotChecked,
            FindingCode::HashNotAcceptedByPingone
        ]
    );
}

#[test]
fn legacy_reversible_schemes() {
    for (prefix, storage) in [
        ("AES", "aes"),
        ("BLOWFISH", "blowfish"),
        ("RC4", "rc4"),
        ("3DES", "triple-des"),
    ] {
        let got = inspect(&format!("{{{prefix}}}{}", b64(32)));
        assert_eq!(got.storage_scheme_type, Some(storage));
        assert_eq!(got.kind, ValueKind::ReversibleEncryption);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
        assert!(has(&got, FindingCode::ReversibleNotAcceptedByPingone));
        assert!(!has(&got, FindingCode::HashNotAcceptedByPingone));
    }
}

#[test]
fn base64_scheme_is_an_encoding() {
    let got = inspect(&format!(
        "{{BASE64}}{}",
        STANDARD.encode("not a secret at all")
    ));
    assert_eq!(got.kind, ValueKind::Encoding);
    assert_eq!(got.storage_scheme_type, Some("base64"));
    assert_eq!(got.payload.status, PayloadStatus::WellFormed);
    assert_eq!(got.payload.decoded_length, Some(19));
    assert_eq!(codes(&got), [FindingCode::ReversibleNotAcceptedByPingone]);
    assert!(has(&inspect("{BASE64}@@@@"), FindingCode::PayloadNotBase64));
}

#[test]
fn clear_scheme() {
    let got = inspect("{CLEAR}Summer2024!");
    assert_eq!(got.kind, ValueKind::ClearText);
    assert_eq!(got.storage_scheme_type, Some("clear"));
    assert_eq!(got.payload.status, PayloadStatus::NotChecked);
    assert_eq!(got.payload.length, 11);
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(
        codes(&got),
        [
            FindingCode::ReversibleNotAcceptedByPingone,
            FindingCode::ClearTextValue
        ]
    );
}

#[test]
fn pingone_only_schemes() {
    for prefix in ["MSKCC_PBKDF2", "SCRYPT_RFC7914"] {
        let got = inspect(&format!("{{{prefix}}}{}", b64(40)));
        assert_eq!(got.scheme.as_deref(), Some(prefix));
        assert!(!got.known_to_pingdirectory);
        assert_eq!(got.storage_scheme_type, None);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::Accepted);
        assert_eq!(
            codes(&got),
            [
                FindingCode::PingoneOnlyScheme,
                FindingCode::PayloadNotChecked,
                FindingCode::PingoneAcceptsPreEncoded
            ]
        );
    }
    assert!(!has(
        &inspect(&format!("{{SSHA}}{}", b64(28))),
        FindingCode::PingoneOnlyScheme
    ));
}

#[test]
fn unknown_scheme_is_a_warning() {
    let got = inspect(&format!("{{PBKDF2-SHA256}}{}", b64(40)));
    assert_eq!(got.scheme.as_deref(), Some("PBKDF2-SHA256"));
    assert!(!got.known_to_pingdirectory);
    assert_eq!(got.kind, ValueKind::Unknown);
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(got.payload.status, PayloadStatus::NotChecked);
    assert_eq!(got.payload.length, 56);
    assert_eq!(codes(&got), [FindingCode::SchemeUnknown]);
    assert_eq!(got.max_severity(), Some(Severity::Warning));
    // An unknown scheme with nothing after it is still only unknown.
    assert_eq!(codes(&inspect("{FOO}")), [FindingCode::SchemeUnknown]);
}

#[test]
fn prefix_case() {
    let lower = inspect(&format!("{{ssha256}}{}", b64(40)));
    assert_eq!(lower.scheme.as_deref(), Some("ssha256"), "as written");
    assert_eq!(lower.storage_scheme_type, Some("salted-sha256"));
    assert_eq!(lower.payload.status, PayloadStatus::WellFormed);
    assert!(has(&lower, FindingCode::SchemeNotUpperCase));
    // Whether PingOne ignores case is not documented.
    assert_eq!(lower.pingone_pre_encoded, PingOneAcceptance::Unconfirmed);
    assert!(has(&lower, FindingCode::PingoneAcceptanceUnconfirmed));

    let mixed = inspect(&aes256_value().replace("AES256", "Aes256"));
    assert!(has(&mixed, FindingCode::SchemeNotUpperCase));
    assert_eq!(mixed.pingone_pre_encoded, PingOneAcceptance::NotAccepted);

    assert!(!has(
        &inspect(&aes256_value()),
        FindingCode::SchemeNotUpperCase
    ));
}

#[test]
fn payload_missing() {
    for value in [
        "{SSHA256}",
        "{CLEAR}",
        "{BCRYPT}",
        "{AES256}",
        "{PBKDF2}",
        "{sha}",
    ] {
        let got = inspect(value);
        assert!(has(&got, FindingCode::PayloadMissing), "{value}");
        assert_eq!(got.payload.status, PayloadStatus::Malformed);
        assert_eq!(got.payload.length, 0);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
        assert!(got.has_errors());
        assert!(!has(&got, FindingCode::PayloadNotBase64));
        assert!(!has(&got, FindingCode::PayloadNotChecked));
        assert!(!has(&got, FindingCode::PingoneAcceptsPreEncoded));
    }
}

#[test]
fn value_without_prefix_is_clear_text() {
    let got = inspect("correct horse battery staple");
    assert_eq!(got.scheme, None);
    assert_eq!(got.kind, ValueKind::ClearText);
    assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    assert_eq!(got.payload.length, 28);
    assert_eq!(got.payload.status, PayloadStatus::NotChecked);
    assert_eq!(codes(&got), [FindingCode::ClearTextValue]);
}

#[test]
fn unprefixed_hashes_are_suspected() {
    let hex: String = bytes(32, 5).iter().map(|b| format!("{b:02x}")).collect();
    for (value, encoding) in [
        (hex.as_str(), PayloadEncoding::Hex),
        (&b64(20), PayloadEncoding::Base64),
        (BCRYPT, PayloadEncoding::ModularCrypt),
    ] {
        let got = inspect(value);
        assert_eq!(
            codes(&got),
            [FindingCode::UnprefixedHashSuspected],
            "{value}"
        );
        assert_eq!(got.kind, ValueKind::Unknown);
        assert_eq!(got.payload.encoding, Some(encoding));
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    }
    assert_eq!(inspect(&hex).payload.decoded_length, Some(32));
    assert!(!has(
        &inspect("hunter2"),
        FindingCode::UnprefixedHashSuspected
    ));
}

#[test]
fn malformed_prefixes_are_read_as_clear_text() {
    for value in [
        "{",
        "{}",
        "{}abc",
        "{SSHA256",
        "{my password}x",
        "{🦀}",
        "{{SSHA}}x",
    ] {
        let got = inspect(value);
        assert_eq!(got.scheme, None, "{value}");
        assert_eq!(
            codes(&got),
            [FindingCode::PrefixMalformed, FindingCode::ClearTextValue],
            "{value}"
        );
        assert_eq!(got.kind, ValueKind::ClearText);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    }
    assert!(!has(&inspect("plain"), FindingCode::PrefixMalformed));
}

#[test]
fn empty_and_whitespace() {
    for value in ["", " ", "\t\n", "\u{3000}"] {
        let got = inspect(value);
        assert_eq!(codes(&got), [FindingCode::ValueEmpty], "{value:?}");
        assert_eq!(got.scheme, None);
        assert_eq!(got.kind, ValueKind::Unknown);
        assert_eq!(got.pingone_pre_encoded, PingOneAcceptance::NotAccepted);
    }
    assert!(!has(&inspect("x"), FindingCode::ValueEmpty));
}

#[test]
fn surrounding_whitespace_is_reported_then_ignored() {
    let value = format!("{{SSHA256}}{}   ", b64(40));
    let got = inspect(&value);
    assert_eq!(
        codes(&got),
        [
            FindingCode::SurroundingWhitespace,
            FindingCode::PingoneAcceptsPreEncoded
        ]
    );
    assert!(got.findings[0].message.contains("0 leading and 3 trailing"));
    assert_eq!(got.payload.status, PayloadStatus::WellFormed);
    assert!(!has(
        &inspect(&value[..value.len() - 3]),
        FindingCode::SurroundingWhitespace
    ));
}

/// One sample per code, so every code is known to fire.
fn samples() -> Vec<String> {
    let hex: String = bytes(64, 9).iter().map(|b| format!("{b:02x}")).collect();
    vec![
        String::new(),
        format!(" {{SSHA256}}{} ", b64(40)),
        "{".to_owned(),
        "Tr0ub4dor&3".to_owned(),
        b64(32),
        "{FOO}bar".to_owned(),
        format!("{{ARGON2ID}}{}", b64(48)),
        format!("{{ssha}}{}", b64(28)),
        format!("{{MSKCC_PBKDF2}}{}", b64(48)),
        format!("{{SSHA384}}{}", b64(56)),
        format!("{{PBKDF2}}{}", b64(48)),
        aes256_value(),
        format!("{{MD5}}{}", b64(16)),
        "{SSHA512}".to_owned(),
        "{SSHA512}not*base64".to_owned(),
        format!("{{SSHA512}}{hex}"),
        format!("{{SHA}}{}", b64(28)),
        format!("{{SSHA}}{}", b64(20)),
        "{BCRYPT}$2b$10$short".to_owned(),
        format!("{{AES256}}{}", b64(40)),
        "{CLEAR}x".to_owned(),
    ]
}

#[test]
fn every_code_fires_somewhere() {
    let fired: Vec<FindingCode> = samples().iter().flat_map(|v| codes(&inspect(v))).collect();
    for code in FindingCode::ALL {
        assert!(fired.contains(&code), "{} never fired", code.as_str());
    }
}

#[test]
fn severities_and_pingone_findings_are_consistent() {
    for value in samples() {
        let got = inspect(&value);
        for finding in &got.findings {
            assert_eq!(finding.severity, finding.code.severity());
            assert!(!finding.message.is_empty());
        }
        let accepted = got.pingone_pre_encoded == PingOneAcceptance::Accepted;
        let unconfirmed = got.pingone_pre_encoded == PingOneAcceptance::Unconfirmed;
        assert_eq!(
            accepted,
            has(&got, FindingCode::PingoneAcceptsPreEncoded),
            "{value}"
        );
        assert_eq!(
            unconfirmed,
            has(&got, FindingCode::PingoneAcceptanceUnconfirmed),
            "{value}"
        );
    }
}

#[test]
fn only_verified_or_standard_layouts_give_errors() {
    let errors: Vec<&str> = FindingCode::ALL
        .iter()
        .filter(|c| c.severity() == Severity::Error)
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        errors,
        [
            "payload-missing",
            "payload-not-base64",
            "payload-length-invalid",
            "salt-missing",
            "aes256-structure-invalid"
        ]
    );
}

#[test]
fn serializes_with_kebab_case_values() {
    let json = serde_json::to_value(inspect(&format!("{{SSHA256}}{}", b64(40)))).unwrap();
    assert_eq!(json["scheme"], "SSHA256");
    assert_eq!(json["storage_scheme_type"], "salted-sha256");
    assert_eq!(json["known_to_pingdirectory"], true);
    assert_eq!(json["kind"], "one-way-hash");
    assert_eq!(json["pingone_pre_encoded"], "accepted");
    assert_eq!(json["payload"]["status"], "well-formed");
    assert_eq!(json["payload"]["encoding"], "base64");
    assert_eq!(json["payload"]["salt_length"], 8);
    assert_eq!(json["findings"][0]["code"], "pingone-accepts-pre-encoded");
    assert_eq!(json["findings"][0]["severity"], "info");

    let clear = serde_json::to_value(inspect("hunter2")).unwrap();
    assert_eq!(clear["pingone_pre_encoded"], "not-accepted");
    assert_eq!(clear["kind"], "clear-text");
    assert_eq!(clear["scheme"], serde_json::Value::Null);
}

/// Distinctive payloads: no window of them may appear anywhere in the serialized output.
#[test]
fn output_never_contains_the_payload() {
    let secret_b64 = STANDARD.encode(b"Qz7#secret-salt-bytes-here!!XyZ0");
    let secret_hex: String = b"Qz7#secret-digest-material-64-bytes-long-for-the-sha512-example!"
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let payloads = [
        secret_b64.clone(),
        secret_hex,
        "Qz7#Hunter2!secret".to_owned(),
        "Qz7*nøt b@se64 ąt áll*".to_owned(),
        "$2b$12$Qz7xyzQz7xyzQz7xyzQz7xyzQz7xyzQz7xyzQz7xyzQz7xyzQz7xy".to_owned(),
        "Qz7ünïcødé-pässwörd".to_owned(),
    ];
    let mut prefixes: Vec<String> = schemes()
        .iter()
        .filter_map(|s| s.prefix)
        .map(|p| format!("{{{p}}}"))
        .collect();
    prefixes.extend([
        "".to_owned(),
        "{UNKNOWN}".to_owned(),
        "{".to_owned(),
        "{}".to_owned(),
    ]);
    for prefix in &prefixes {
        for payload in &payloads {
            for value in [
                format!("{prefix}{payload}"),
                format!("  {prefix}{payload}\n"),
            ] {
                let json = serde_json::to_string(&inspect(&value)).unwrap();
                let chars: Vec<char> = payload.chars().collect();
                for window in chars.windows(6) {
                    let window: String = window.iter().collect();
                    assert!(
                        !json.contains(&window),
                        "{value:?} leaked {window:?} in {json}"
                    );
                }
            }
        }
    }
    // The AES256 sample too: its base64 must not appear.
    let value = aes256_value();
    let json = serde_json::to_string(&inspect(&value)).unwrap();
    assert!(!json.contains(&value["{AES256}".len()..]));
}

#[test]
fn never_panics() {
    let huge = "A".repeat(1 << 20);
    let huge_unicode = "é🦀".repeat(1 << 16);
    let mut inputs = vec![
        String::new(),
        "{".to_owned(),
        "}".to_owned(),
        "{}".to_owned(),
        "{{}}".to_owned(),
        "{}{}".to_owned(),
        "{🦀}🦀".to_owned(),
        "{\u{0}}\u{0}".to_owned(),
        "\u{feff}{SSHA}".to_owned(),
        "{SSHA}=".to_owned(),
        "{SSHA}====".to_owned(),
        "{AES256}AA==".to_owned(),
        "$".to_owned(),
        "$$$".to_owned(),
        "$2b$".to_owned(),
        huge.clone(),
        format!("{{SSHA512}}{huge}"),
        format!("{{AES256}}{huge}"),
        format!("{{{huge}}}"),
        huge_unicode.clone(),
        format!("{{BCRYPT}}{huge_unicode}"),
    ];
    for prefix in schemes().iter().filter_map(|s| s.prefix) {
        for payload in ["", "=", "é", "{", "}", "AAAA", "0", "00", "$2b$99$", " "] {
            inputs.push(format!("{{{prefix}}}{payload}"));
        }
        for len in 0..80 {
            inputs.push(format!("{{{prefix}}}{}", b64(len)));
        }
    }
    for value in &inputs {
        let got = inspect(value);
        assert!(serde_json::to_string(&got).is_ok());
    }
}

#[test]
fn pingdirectory_advice_names_its_plugin_and_other_sources_never_do() {
    use crate::endpoint::SourceKind;
    let words = |i: &Inspection| -> String {
        i.findings
            .iter()
            .filter_map(|f| f.hint)
            .chain(i.findings.iter().map(|f| f.message.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for value in [aes256_value(), "{MD5}CY9rzUYh03PK3k6DJie09g==".to_owned()] {
        for source in [SourceKind::PingDirectory, SourceKind::PingDirectoryProxy] {
            let from_pd = inspect_from(&value, source);
            assert_eq!(from_pd, inspect(&value));
            assert!(words(&from_pd).contains("Changelog Password Encryption"));
        }
        for source in SourceKind::EVERY
            .into_iter()
            .filter(|s| !s.is_ping_directory())
        {
            let other = words(&inspect_from(&value, source));
            assert!(
                !other.contains("Changelog Password Encryption")
                    && !other.contains("PingDirectory can recover"),
                "{source:?}: {other}"
            );
        }
    }
    let ibm = inspect_from(&aes256_value(), SourceKind::IbmDirectory);
    assert!(
        ibm.findings[0].message.ends_with(
            "From IBM Security Directory / IBM Tivoli Directory, PingDataSync sends the value \
             as stored, so PingOne will not take it."
        ),
        "{}",
        ibm.findings[0].message
    );
    let ad = inspect_from("{MD5}CY9rzUYh03PK3k6DJie09g==", SourceKind::ActiveDirectory);
    assert!(ad.findings[0].hint.unwrap().contains("Password Sync Agent"));
}
