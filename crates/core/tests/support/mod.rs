//! Scenario generators shared by the integration tests.

#![allow(dead_code)]

pub mod powershell;

use syncmap_core::endpoint::{DestinationKind, SourceKind};
use syncmap_core::scenario::*;
use syncmap_core::version::Version;

/// Characters that mean something to bash, to dsconfig or to a batch file, plus some non-ASCII.
pub const ALPHABET: &[char] = &[
    'a', 'Z', '0', '-', '_', '.', ' ', '\t', '\n', '\r', '\'', '"', '$', '`', '!', '\\', '{', '}',
    '(', ')', '*', '?', '[', ']', '~', '#', ';', '&', '|', '<', '>', '%', '^', '=', ':', ',', '@',
    '+', 'é', '€', '😀', '\u{2019}', '\u{7f}',
];

/// Hand-picked tokens that have broken generators before.
pub const KNOWN_HOSTILE: &[&str] = &[
    "",
    " ",
    "-",
    "--set",
    "-x",
    "$(id)",
    "`id`",
    "${HOME}",
    "$HOME",
    "!!",
    "!$",
    "a'b",
    "'",
    "''",
    "\"",
    "\\",
    "\\\n",
    "line\nbreak",
    "trailing\\",
    "*",
    "~",
    "#comment",
    "a;rm -rf /",
    "{a,b}",
    "userPassword;binary",
    "{{\"id\":\"x\"}}",
    "'\"'\"'",
    "\t",
    "a\u{2019}b",
];

/// A deterministic source of hostile strings (xorshift, fixed seed: failures reproduce).
pub struct Hostile {
    state: u64,
    known: usize,
    /// Leave control characters out: dsconfig batch files cannot hold them, so validation
    /// refuses them and round trips through a batch file do not apply.
    pub printable: bool,
}

impl Hostile {
    pub fn new(seed: u64) -> Hostile {
        Hostile {
            state: seed | 1,
            known: 0,
            printable: false,
        }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    /// The next hostile token: the known ones first, then generated ones.
    pub fn token(&mut self) -> String {
        let token: String = if self.known < KNOWN_HOSTILE.len() {
            self.known += 1;
            KNOWN_HOSTILE[self.known - 1].to_owned()
        } else {
            let len = (self.next() % 14) as usize;
            (0..len)
                .map(|_| ALPHABET[(self.next() % ALPHABET.len() as u64) as usize])
                .collect()
        };
        if self.printable {
            token.chars().filter(|c| !c.is_control()).collect()
        } else {
            token
        }
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// A scenario that exercises every command the renderer writes, with a hostile token in
    /// each free-text field. Returns the scenario and how many tokens went into it.
    pub fn scenario(&mut self) -> (Scenario, usize) {
        let mut used = 0;
        let mut t = || {
            used += 1;
            self.token()
        };
        let tokens: Vec<String> = (0..24).map(|_| t()).collect();
        let mut k = tokens.into_iter();
        let mut n = || k.next().unwrap_or_default();
        let source_kind = SourceKind::PingDirectory;
        let env = |n: &mut dyn FnMut() -> String| PingOneEnvironment {
            region: Region::Europe,
            environment_id: n(),
            client_id: n(),
            client_secret: Secret::Placeholder(n()),
            default_population_id: Some(n()),
        };
        let mut scenario = Scenario::new(source_kind, DestinationKind::PingOne);
        scenario.source.name = n();
        scenario.source.create = true;
        scenario.source.base_dns = vec![n()];
        scenario.source.servers = vec![LdapServer {
            name: n(),
            host: n(),
            port: 636,
            security: ConnectionSecurity::Ssl,
            bind_dn: n(),
            password: Secret::Placeholder(n()),
        }];
        scenario.destination.name = n();
        scenario.destination.create = true;
        scenario.destination.ping_one = Some(env(&mut n));
        scenario.attribute_map.name = n();
        scenario.attribute_map.mappings = vec![
            Mapping::Direct {
                to: "password".into(),
                from: n(),
            },
            Mapping::Constructed {
                to: n(),
                value_patterns: vec![n()],
                conditional_value_patterns: vec![n()],
            },
            Mapping::Dn {
                to: "manager".into(),
                from: n(),
                dn_maps: vec![n()],
            },
            Mapping::Json {
                to: "name".into(),
                fields: vec![JsonField {
                    name: n(),
                    from: Some(n()),
                    value_pattern: None,
                    json_type: "string".into(),
                }],
            },
        ];
        scenario.dn_maps = vec![DnMap {
            name: n(),
            from_pattern: n(),
            to_pattern: n(),
        }];
        scenario.password.changelog_encryption_key = Some(Secret::Placeholder(n()));
        scenario.sync_pipe = Some(SyncPipe {
            name: n(),
            start: true,
            class: SyncClass {
                name: n(),
                evaluation_order: Some(10),
                base_dns: vec![n()],
                filters: vec![n()],
                auto_mapped_source_attributes: vec!["-none-".into()],
                destination_correlation_attributes: vec!["username".into()],
                allow_destination_renames: Some(false),
                dn_maps: Vec::new(),
                json_attributes: vec![JsonAttribute {
                    name: "name".into(),
                    include_fields: vec!["given".into()],
                }],
            },
        });
        scenario.connection = Connection {
            hostname: Some(self.token()),
            port: Some(1636),
            bind_dn: Some(self.token()),
            bind_password_file: Some(self.token()),
            use_ssl: true,
            trust_all: false,
        };
        scenario.target_version = self.pick(&[Version::new(7, 3), Version::new(10, 2)]);
        (scenario, used + 3)
    }
}

/// What a batch file cannot carry, made equal on both sides: the kinds of endpoints the file
/// does not create, facts only the scenario holds, and mappings with nothing to map.
pub fn comparable(mut scenario: Scenario) -> Scenario {
    scenario.password.storage_scheme = None;
    let source_generated =
        scenario.source.create && scenario.source.kind.facts().generated.is_some();
    if !source_generated {
        scenario.source.kind = syncmap_core::SourceKind::OtherLdap;
        scenario.source.create = false;
        scenario.source.base_dns.clear();
        scenario.source.servers.clear();
        scenario.source.ping_one = None;
    }
    let destination_generated =
        scenario.destination.create && scenario.destination.kind.facts().generated.is_some();
    if !destination_generated {
        scenario.destination.kind = syncmap_core::DestinationKind::OtherLdap;
        scenario.destination.create = false;
        scenario.destination.base_dns.clear();
        scenario.destination.servers.clear();
        scenario.destination.ping_one = None;
    }
    if scenario.sync_pipe.is_none() {
        scenario.source.name.clear();
        scenario.destination.name.clear();
    }
    let no_passwords = scenario.source.kind == syncmap_core::SourceKind::PingOne;
    let password_to = scenario
        .destination
        .kind
        .facts()
        .password_attribute
        .to_owned();
    scenario.attribute_map.mappings.retain(|m| match m {
        Mapping::Direct { from, to } => {
            let unmapped = from.trim().is_empty() || (no_passwords && *to == password_to);
            !unmapped
        }
        _ => true,
    });
    if syncmap_core::plan::commands(&scenario, syncmap_core::plan::Script::Apply)
        .iter()
        .all(|c| c.subcommand != "set-global-sync-configuration-prop")
    {
        scenario.password.changelog_encryption_key = None;
    }
    scenario
}
