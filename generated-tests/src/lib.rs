//! Rust generated from `p-models/` by `cargo xtask gen`.
