//! Events: the messages machines send, as a generated enum per program.

use std::fmt;

/// The number of an event kind in a program (`halt` and `null` included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(pub u16);

impl EventId {
    /// P's `null` event (fires `on null` handlers): every generated event
    /// enum numbers it 0.
    pub const NULL: EventId = EventId(0);
    /// P's predefined `halt` event: numbered 1.
    pub const HALT: EventId = EventId(1);
}

/// A program's events with their payloads (implemented by the generated
/// `Event` enum). Cloning an event copies its payload, as P's value
/// semantics require on send.
pub trait Event: Clone + fmt::Debug + Unpin + 'static {
    /// The `halt` event.
    const HALT: Self;
    /// The `null` event, handed to `on null` handlers.
    const NULL: Self;
    /// The kind of this event.
    fn id(&self) -> EventId;
    /// The P name of an event kind (`halt`, `null`, `eSend`, ...).
    fn name_of(id: EventId) -> &'static str;
    /// The payload printed the way P prints values, if there is one.
    fn payload_text(&self) -> Option<String>;
    /// The P name of this event.
    fn name(&self) -> &'static str {
        Self::name_of(self.id())
    }
}
