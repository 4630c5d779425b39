//! The allocator of the `syncmap` binary and of the linter's benchmark, which times what the
//! binary does.
//!
//! mimalloc rather than the system's: linting a large batch file makes and frees a few small
//! allocations per word and per command, on every core, and glibc's malloc spent about a
//! sixth of the linter's time in them (most of it freeing the parsed file; its per-thread
//! pools also make one thread's frees of another's memory wait). With mimalloc the same
//! lint takes about 8% less time (BENCHMARKS.md). Its `v2` series: on this workload it is a
//! little faster than `v3`, the crate's default. The browser build never sees this: the core
//! leaves the allocator to the program.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
