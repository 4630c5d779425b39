//! Running commands: echoed before they run, failing with the command in the message.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::Env;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative to the root, where the
/// steps run), else `target/` in the workspace.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|dir| !dir.is_empty())
        .map_or_else(|| root().join("target"), |dir| root().join(dir))
}

/// One command to run.
pub struct Step(Command);

impl Step {
    pub fn new(program: impl AsRef<OsStr>) -> Step {
        let mut command = Command::new(program);
        command.current_dir(root());
        Step(command)
    }

    pub fn args<I, S>(mut self, args: I) -> Step
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.0.args(args);
        self
    }

    pub fn arg_path(mut self, path: &Path) -> Step {
        self.0.arg(path);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Step {
        self.0.env(key, value);
        self
    }

    pub fn envs(mut self, env: &Env) -> Step {
        for (key, value) in &env.vars {
            self.0.env(key, value);
        }
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Step {
        self.0.current_dir(dir);
        self
    }

    fn describe(&self) -> String {
        let mut words = vec![self.0.get_program().to_string_lossy().into_owned()];
        words.extend(self.0.get_args().map(|a| a.to_string_lossy().into_owned()));
        words.join(" ")
    }

    /// Runs the command, its output going straight to ours.
    pub fn run(mut self) -> Result<(), String> {
        let described = self.describe();
        eprintln!("xtask: $ {described}");
        let status = self
            .0
            .status()
            .map_err(|e| format!("cannot run `{described}`: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{described}` failed ({status})"))
        }
    }

    /// Runs the command quietly and returns its standard output, or `None` if it cannot run or
    /// fails. For probing what is installed.
    pub fn probe(mut self) -> Option<String> {
        let output = self.0.output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// `cargo` with the given arguments, using the cargo that runs xtask.
pub fn cargo<I, S>(args: I) -> Step
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Step::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())).args(args)
}
