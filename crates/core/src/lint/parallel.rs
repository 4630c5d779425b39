//! Work spread over threads where the platform has them: the command line and the server lint
//! large server profiles on every core, the browser on its one thread. Each job's result is
//! kept in the job's place, so that the report is the same on any number of threads.
//!
//! std's scoped threads and one atomic counter are all it takes. rayon would do the same
//! through a pool and four more crates in the core, which the browser build (one thread, a
//! size budget) would have to leave out behind a feature.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The most threads a lint uses: its sequential parts (the graph, joining the results) leave
/// little for more.
const MAX_THREADS: usize = 8;

/// Whether the platform runs one thread only: WebAssembly in the browser.
const ONE_THREAD: bool = cfg!(target_arch = "wasm32");

/// How many threads to use when `wanted` are asked for: at least one, at most
/// [`MAX_THREADS`], and one in the browser, where threads cannot be started. How many the
/// machine has is the caller's to say: asking would be I/O, which the core does none of.
pub(super) fn threads(wanted: usize) -> usize {
    if ONE_THREAD {
        return 1;
    }
    wanted.clamp(1, MAX_THREADS)
}

/// `run` applied to each of `jobs`, on up to `threads` threads (the calling one included), the
/// results in the jobs' order. Threads take the next job as they finish one, so a long job does
/// not hold the others up. A thread that cannot be started leaves its share to the rest.
pub(super) fn map<'j, J: Sync, R: Send>(
    jobs: &'j [J],
    threads: usize,
    run: impl Fn(&'j J) -> R + Sync,
) -> Vec<R> {
    map_with(jobs, threads, || (), |(), job| run(job))
}

/// [`map`], with state each thread makes with `init` and keeps from one job to the next (a
/// cache of look-ups, say).
pub(super) fn map_with<'j, J: Sync, S, R: Send>(
    jobs: &'j [J],
    threads: usize,
    init: impl Fn() -> S + Sync,
    run: impl Fn(&mut S, &'j J) -> R + Sync,
) -> Vec<R> {
    // The browser has one thread: a constant condition there, which leaves the threaded code
    // out of its bundle.
    if threads <= 1 || jobs.len() <= 1 || ONE_THREAD {
        let mut state = init();
        return jobs.iter().map(|job| run(&mut state, job)).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return done;
            };
            done.push((i, run(&mut state, job)));
        }
    };
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(jobs.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(jobs.len()))
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut place = |done: Vec<(usize, R)>| {
            for (i, result) in done {
                results[i] = Some(result);
            }
        };
        place(work());
        for helper in helpers {
            match helper.join() {
                Ok(done) => place(done),
                // A job that panicked would have panicked on one thread too.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    // Every job was taken by a thread that returned, so every place is filled.
    results.into_iter().flatten().collect()
}

/// `work`, while `items` are dropped on the other threads where there are threads, and by the
/// calling one too once `work` is done: freeing a large parsed file is a great many small frees,
/// and the report is quicker to make than they are. The other threads take items from the
/// front, the caller from the back, so that a caller that made the last items frees them
/// itself (the allocator keeps memory per thread, and frees into another thread's are slower).
pub(super) fn drop_beside<T: Send, R>(
    threads: usize,
    items: Vec<T>,
    work: impl FnOnce() -> R,
) -> R {
    if threads <= 1 || items.is_empty() || ONE_THREAD {
        let done = work();
        drop(items);
        return done;
    }
    let helpers = threads.min(items.len()) - 1;
    let queue = std::sync::Mutex::new(std::collections::VecDeque::from(items));
    // The lock is held only to take an item, never to drop one, so a panic in a destructor
    // cannot leave it poisoned; were it poisoned, the queue inside is still whole.
    let take = |front: bool| {
        let mut queue = queue
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if front {
            queue.pop_front()
        } else {
            queue.pop_back()
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..helpers {
            // A thread that cannot be started leaves its items to the others.
            let _ = std::thread::Builder::new().spawn_scoped(scope, || {
                while let Some(item) = take(true) {
                    drop(item);
                }
            });
        }
        let done = work();
        while let Some(item) = take(false) {
            drop(item);
        }
        done
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_jobs_order_on_any_number_of_threads() {
        let jobs: Vec<u64> = (0..1_000).collect();
        let expected: Vec<u64> = jobs.iter().map(|j| j * j).collect();
        for threads in [0, 1, 2, 3, 16] {
            assert_eq!(map(&jobs, threads, |j| j * j), expected, "{threads}");
        }
        assert_eq!(map(&[] as &[u64], 4, |j| *j), Vec::<u64>::new());
    }

    #[test]
    fn each_thread_keeps_its_state_from_job_to_job() {
        let jobs: Vec<usize> = (0..100).collect();
        for threads in [1, 2, 4] {
            // Each thread counts the jobs it ran: as many jobs were a thread's first as
            // threads took part, and no thread started its count over.
            let counts = map_with(
                &jobs,
                threads,
                || 0usize,
                |seen, _| {
                    *seen += 1;
                    *seen
                },
            );
            let firsts = counts.iter().filter(|&&c| c == 1).count();
            assert!((1..=threads).contains(&firsts), "{threads}: {counts:?}");
        }
    }

    #[test]
    fn drop_beside_drops_everything_and_returns_the_work() {
        use std::sync::Arc;
        let counted = Arc::new(());
        for threads in [1, 2, 8] {
            let items: Vec<Arc<()>> = (0..10).map(|_| Arc::clone(&counted)).collect();
            assert_eq!(drop_beside(threads, items, || threads * 2), threads * 2);
            assert_eq!(Arc::strong_count(&counted), 1, "{threads}");
        }
        assert_eq!(drop_beside(2, Vec::<Arc<()>>::new(), || 7), 7);
    }

    #[test]
    fn at_least_one_thread_and_at_most_the_cap() {
        let host = |n| if cfg!(target_arch = "wasm32") { 1 } else { n };
        assert_eq!(threads(0), 1);
        assert_eq!(threads(3), host(3));
        assert_eq!(threads(1_000), host(MAX_THREADS));
    }
}
