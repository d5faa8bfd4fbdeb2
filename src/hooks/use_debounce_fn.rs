//! Run a callback once things have been quiet for a while (leptos-use's
//! `use_debounce_fn`, reduced to what the widget needs). The pending timer is cleared
//! when the owner is disposed, so a callback never fires into a dropped widget.

use std::time::Duration;

use leptos::prelude::*;

/// What [`use_debounce_fn`] returns: call `run` with the work to do; each call
/// replaces the work still pending.
#[derive(Clone, Copy)]
pub struct UseDebounceFnReturn {
    pending: StoredValue<Option<TimeoutHandle>>,
    delay: Duration,
}

impl UseDebounceFnReturn {
    /// Schedules `work` after the delay, cancelling any work still pending.
    pub fn run(&self, work: impl FnOnce() + 'static) {
        if let Some(Some(handle)) = self.pending.try_get_value() {
            handle.clear();
        }
        self.pending
            .set_value(set_timeout_with_handle(work, self.delay).ok());
    }
}

/// A debouncer with `delay`, tied to the current reactive owner.
pub fn use_debounce_fn(delay: Duration) -> UseDebounceFnReturn {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    on_cleanup(move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
        }
    });
    UseDebounceFnReturn { pending, delay }
}
