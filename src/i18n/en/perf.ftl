# The journal index (kern doctor).
doctor-index-path = Index:          { $path }
doctor-index-fresh = The index is up to date ({ $files } files).
doctor-index-stale = The index missed changes: { $read } files read again, and the index brought up to date.
doctor-index-missing = There was no index yet: built from { $read } files.
doctor-index-unusable = The index could not be used ({ $reason }): rebuilt from { $read } files.
doctor-index-rebuilt = The index was rebuilt from { $read } files.
doctor-index-not-saved = The index could not be saved ({ $reason }); kern then reads the files themselves, which is slower but loses nothing.

# Progress lists the newest dose changes; the older ones stay in the journal.
progress-earlier-changes = { $count ->
    [one] …and one earlier change (kept in its session's journal entry).
   *[other] …and { $count } earlier changes (each kept in its session's journal entry).
}
