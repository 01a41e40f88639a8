# Hardening (2): dates kern keeps, sizes kern reads, ids that can be file names, backups, repair.
harden2-date-out-of-range = { $date } is outside the dates kern keeps ({ $first } to { $last }); give a date in that range, written as YYYY-MM-DD (such as 2026-11-24)
harden2-id-reserved = '{ $id }' cannot be a file name: Windows keeps the names CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9 (in any case, with any extension) for devices
harden2-id-option = '{ $id }' cannot be a file name: it starts with '-', so commands would read it as an option
harden2-id-help = choose another id, such as one of two words joined by a hyphen ('con-stretch', 'bird-dog')
merge-refused-too-large = the entry is { $detail } bytes, more than kern reads back ({ $limit } bytes); it was not added. Shorten its note, or leave it out
harden2-import-too-large = { $path } is { $size } bytes; kern imports export files of at most { $limit } bytes. Export a shorter period (kern export --since, --until) and import the parts one by one.
harden2-import-not-a-file = { $path } is not a regular file (it is a folder, a device or a pipe); give the file made by 'kern export --format json', or '-' to read standard input
harden2-temp-removed = Removed { $path } (a temporary file left by an interrupted write).
harden2-temp-not-removed = Could not remove { $path }: { $reason }
harden2-temp-removed-count = { $count ->
    [0] No temporary file older than an hour to remove.
    [one] Removed 1 temporary file older than an hour.
   *[other] Removed { $count } temporary files older than an hour.
}
harden2-temp-repair-hint = 'kern doctor --repair' removes the ones older than an hour (never an entry).
harden2-link-outside = this is a symbolic link to a place outside the folder being read; kern does not follow it and reads nothing of what it points to
harden2-link-outside-help = copy the file into the folder (a bundle must hold its own files), or remove the link
harden2-backup-skipped = Left out { $path }: it is named like a journal entry but is not a file (a pipe, a socket, a device, a folder or a link to nothing). kern never wrote it; move it out of the journal folder.
harden2-backup-checkpoint = The session in progress is in the backup too; 'kern restore' brings it back.
harden2-restore-checkpoint = The session in progress from the backup is back: the coach offers to resume it.
harden2-restore-checkpoint-kept = The backup holds a session in progress, but one is in progress here already; yours stays as it is.
harden2-restore-checkpoint-unreadable = The session in progress in the backup cannot be read ({ $reason }); it was left out.
