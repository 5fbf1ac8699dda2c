## notices

## Notices in the status bar, and file dialogs
notice-opened = Opened { $path }
notice-opened-bundled = Opened the bundled scenario { $name }
notice-opened-link = Opened { $name } from the link, as it was shared. Your edits make it your own copy (Save downloads it; Copy link shares it).
notice-link-not-opened = The link's scenario could not be opened; showing the default scenario.
notice-not-opened = Could not open the file; the scenario on screen is unchanged.
notice-not-opened-default-shown = Could not open the file; showing the default scenario instead.
notice-more-problems = … and { $more } more
notice-no-file-picker = The browser did not open its file picker: { $why }
notice-saved = Saved { $path }
notice-saved-through-link = Saved to { $target } ({ $link } is a link to it)
notice-changes-kept-try-another-folder = Your changes are still here; try another folder.
notice-link-copied = Copied a link to this scenario ({ $characters } characters; the scenario is in the link itself, after #, and no server sees it)
notice-no-link = No link: { $why }. The scenario was downloaded as a file to share instead.
notice-scenario-not-written = Could not write the scenario: { $why }
notice-downloaded = Downloaded { $name }: the browser saved it with your downloads
notice-not-downloaded =
    Could not download { $name }: { $why }
    Your changes are still here.
notice-exported = Exported { $path }
notice-not-exported = { $path }: not exported: { $why }
notice-table-not-exported = Could not export the table: { $why }
notice-csv-name-wanted = { $path }: that is a scenario file name; choose a .csv name
notice-comparison-exported = Exported the comparison to { $path }
notice-nothing-written-try-another-folder = Nothing was written; try another folder.
notice-nothing-to-compare-export = Nothing to export yet: add a scenario to compare first (Compare menu)
notice-comparison-full = Two scenarios are already beside the current one; remove one first (Compare menu, or × in the comparison's key).
notice-comparing-with-file = Comparing with { $label } ({ $path })
notice-comparing-with = Comparing with { $label }
notice-not-compared = Could not compare with the file; the scenarios on screen are unchanged.
notice-pinned = Pinned { $label }: edit the scenario and compare
notice-no-longer-comparing = No longer comparing with { $label }
notice-compare-first = Add a scenario to compare first (Compare menu)
notice-restored = Restored the unsaved work of the last session
notice-autosave-set-aside-kept = The last session's autosave was not offered back because { $why }; it is kept as { $kept }.
notice-autosave-set-aside-left = The last session's autosave was not offered back because { $why }; it was left at { $path }.
dialog-open = Open a scenario
dialog-save-as = Save the scenario as
dialog-compare = Compare with a scenario
dialog-export = Export
dialog-export-csv = Export as CSV
dialog-export-comparison = Export the comparison as CSV

## Export: a name made to fit its format
notice-exported-renamed = Exported { $path }: the name given, { $typed }, did not end in .{ $extension }, as { $format } files do

## Export ▸ Animation
notice-animation-cancelled = Animation cancelled: nothing was written.
