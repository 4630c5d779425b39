//! The page's side of the background worker (`jobs.rs` says what it does and why): started on
//! the first job, given the jobs in order, and its answers handed back to whoever asked.
//!
//! Written on `web_sys::Worker` rather than gloo-worker: gloo-worker 0.5 panics when a worker
//! cannot start and ignores the worker's `error` event, so a worker file that failed to load
//! would leave an import waiting forever. Here every failure reaches the job that waited for
//! it as a message, and the next job starts a fresh worker.

use std::cell::RefCell;
use std::collections::HashMap;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use crate::jobs::{Answer, Job, Reply, Request};

/// The worker's script, beside the page (`static/syncmap-worker_loader.js`).
const SCRIPT: &str = "syncmap-worker_loader.js";

/// How long the worker has to say it listens. It loads in well under a second; a worker that
/// never does (a network that hangs) must not leave a job waiting without a word.
const START_WITHIN_MS: u32 = 30_000;

type Done = Box<dyn FnOnce(Result<Answer, String>)>;

/// The running worker and the jobs it owes answers to.
struct Running {
    worker: Worker,
    /// Whether it has said it listens; until then, requests wait in `queue`.
    ready: bool,
    queue: Vec<String>,
    waiting: HashMap<u32, Done>,
    /// Fails the jobs if the worker has not said it listens in time; dropped when it has.
    deadline: Option<Timeout>,
    // Kept alive as long as the worker: the browser calls them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Gives `job` to the worker, starting it if needed; `done` gets the answer, or why there is
/// none (at once when the worker cannot start).
pub fn run(job: Job, done: impl FnOnce(Result<Answer, String>) + 'static) {
    // Boxed here, so each caller adds a box and not a copy of what follows: the first load
    // has a size budget.
    run_boxed(job, Box::new(done))
}

fn run_boxed(job: Job, done: Done) {
    let id = NEXT_ID.with(|next| {
        let mut next = next.borrow_mut();
        // 0 is the worker's "I could not read your request", never a request's id.
        *next = next.checked_add(1).unwrap_or(1);
        *next
    });
    let message = Request { id, job }.to_message();
    let mut done = Some(done);
    let outcome = RUNNING.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            *slot = Some(start()?);
        }
        let Some(running) = slot.as_mut() else {
            return Ok(());
        };
        if let Some(done) = done.take() {
            running.waiting.insert(id, done);
        }
        if running.ready {
            post(&running.worker, &message)
        } else {
            running.queue.push(message);
            Ok(())
        }
    });
    if let Err(why) = outcome {
        // A job already handed over is failed by `stop`; one the worker never took, here.
        stop(&why);
        if let Some(done) = done {
            done(Err(why));
        }
    }
}

fn start() -> Result<Running, String> {
    let worker = Worker::new(SCRIPT).map_err(|e| {
        format!(
            "the browser did not start syncmap's background worker ({})",
            describe(&e)
        )
    })?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        match event.data().as_string() {
            Some(text) => received(&text),
            None => stop("the background worker sent something other than text"),
        }
    });
    let on_error = Closure::<dyn FnMut(Event)>::new(|event: Event| {
        // A script that did not load is a plain `error` Event; a failure inside the worker is
        // an ErrorEvent with a message.
        let detail = event
            .dyn_ref::<ErrorEvent>()
            .map(ErrorEvent::message)
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| format!("{SCRIPT} did not load"));
        stop(&format!("syncmap's background worker stopped: {detail}"));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let deadline = Timeout::new(START_WITHIN_MS, || {
        // This timer is running: it is forgotten, not dropped from inside its own call.
        RUNNING.with(|slot| {
            if let Some(timer) = slot.borrow_mut().as_mut().and_then(|r| r.deadline.take()) {
                timer.forget();
            }
        });
        stop(&format!(
            "syncmap's background worker did not start within {} s",
            START_WITHIN_MS / 1000
        ))
    });
    Ok(Running {
        worker,
        ready: false,
        queue: Vec::new(),
        waiting: HashMap::new(),
        deadline: Some(deadline),
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn received(text: &str) {
    match Reply::from_message(text) {
        Ok(Reply::Ready) => {
            let flushed = RUNNING.with(|running| {
                let mut running = running.borrow_mut();
                let Some(running) = running.as_mut() else {
                    return Ok(());
                };
                running.ready = true;
                if let Some(deadline) = running.deadline.take() {
                    deadline.cancel();
                }
                std::mem::take(&mut running.queue)
                    .iter()
                    .try_for_each(|message| post(&running.worker, message))
            });
            if let Err(why) = flushed {
                stop(&why);
            }
        }
        Ok(Reply::Answer {
            id: 0,
            answer: Answer::Refused(why),
        }) => stop(&format!(
            "syncmap's background worker could not read a request ({why}); reload the page"
        )),
        Ok(Reply::Answer { id, answer }) => {
            // Called outside the borrow: `done` may well start the next job.
            if let Some(done) = take_waiting(id) {
                done(Ok(answer));
            }
        }
        Err(why) => stop(&format!(
            "syncmap's background worker answered something unreadable ({why}); reload the page"
        )),
    }
}

fn take_waiting(id: u32) -> Option<Done> {
    RUNNING.with(|running| running.borrow_mut().as_mut()?.waiting.remove(&id))
}

/// Ends the worker and fails every job it owed with `why`; the next job starts a new one.
fn stop(why: &str) {
    let stopped = RUNNING.with(|running| running.borrow_mut().take());
    if let Some(stopped) = stopped {
        stopped.worker.terminate();
        for (_, done) in stopped.waiting {
            done(Err(why.to_owned()));
        }
    }
}

fn post(worker: &Worker, message: &str) -> Result<(), String> {
    worker.post_message(&message.into()).map_err(|e| {
        format!(
            "the page could not reach syncmap's background worker ({})",
            describe(&e)
        )
    })
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no detail".to_owned())
}
