//! The allocator of the `syncmap` binary and of the linter's benchmark, which times what the
//! binary does.
//!
//! mimalloc rather than the system's: linting a large batch file makes and frees a few small
//! allocations per word and per command, on every core, and glibc's malloc spent about a
//! sixth of the linter's time in them (most of it freeing the parsed file; its per-thread
//! pools also make one thread's frees of another's memory wait). With mimalloc the same
//! lint takes about 10% less time, and the API serves a third more requests per core; the
//! price is a third more peak memory, mostly transparent huge pages, which count whole in the
//! resident size (BENCHMARKS.md). Its `v2` series: on this workload `v3`, the crate's
//! default, is slower and larger. The browser build never sees this: the core leaves the
//! allocator to the program.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
