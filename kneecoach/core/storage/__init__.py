"""Everything KneeCoach keeps on disk, and how.

- `files`: atomic writes, the last good copy, quarantine, the folder lock; every
  file the user's alone (0600) in folders that are too (0700).
- `versioned`: the one reader of versioned files, and `versioned_file`, which
  words what it found for the user and writes only when that is safe.
- The stores: `history_store` (with `history_files` and `history_reading`),
  `settings_store`, `app_state`, `user_file` (the user's own exercises and
  routines), `window_place`, `exchange` (import and export) and `log_file`.
"""
