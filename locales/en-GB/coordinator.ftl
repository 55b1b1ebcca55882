# Coordinator: export, import and merge, dashboard and governors' report, retention.

coord-link-dashboard = School dashboard
coord-link-dashboard-hint = Completion, signatures, strands and SMART scores, with a printable report
coord-link-export = Export records
coord-link-export-hint = Encrypted bundle, spreadsheet (CSV) or full data (JSON)
coord-link-import = Import from tablets
coord-link-import-hint = Bring every tablet's records together on this device
coord-link-retention = Delete old records
coord-link-retention-hint = Remove a leaver or a past academic year, with a receipt

export-heading = Export records
export-explain = Take a copy of every record on this device: for a backup, for the coordinator's device or for the school's systems.
export-bundle-heading = Encrypted bundle (recommended)
export-bundle-explain = A ZIP file locked with AES-256. It holds the full records, two spreadsheets and the signatures. 7-Zip and ByteSmart open it with the passphrase.
export-pass-label = Passphrase for this bundle
export-pass-hint = At least 12 characters. Three or four unrelated words work well. It is never stored: tell the person opening the file in person or by phone, not in the same email.
export-pass-strength = Passphrase strength
export-strength-0 = Very weak
export-strength-1 = Weak
export-strength-2 = Fair
export-strength-3 = Good
export-strength-4 = Strong
export-pass-too-short = Use at least 12 characters.
export-pass-too-simple = Mix kinds of character, or use three or more words.
export-pass-repetitive = Avoid repeated characters and runs like "abcd" or "1234".
export-pass-common = This is a well-known password: choose something else.
export-pass-not-strong = Choose a stronger passphrase first.
export-bundle-button = Download encrypted bundle
export-plain-heading = Unencrypted files
export-plain-warning = These files hold pupils' personal data without encryption. Keep them on school systems only.
export-csv-button = Download pupil spreadsheet (CSV)
export-events-button = Download event log (CSV)
export-json-button = Download full records (JSON)
export-done = Saved { $file }.

import-heading = Import from tablets
import-explain = Choose the bundles or JSON files exported on the school's other devices. Each file is checked first; a file that fails is refused whole and changes nothing.
import-pass-label = Passphrase of the bundles
import-files-label = Choose files to import
import-drop-hint = Or drop the files here.
import-progress-label = Files checked
import-progress = { $done } of { $total } files checked
import-summary-heading = Import finished
import-new-pupils = { $count ->
    [one] 1 new pupil
   *[other] { $count } new pupils
}
import-updated-progress = { $count ->
    [one] 1 lesson record new or further on
   *[other] { $count } lesson records new or further on
}
import-new-attempts = { $count ->
    [one] 1 new quiz attempt
   *[other] { $count } new quiz attempts
}
import-new-signatures = { $count ->
    [one] 1 new signature
   *[other] { $count } new signatures
}
import-conflicts = { $count ->
    [one] 1 record differed between devices and was resolved
   *[other] { $count } records differed between devices and were resolved
}
import-refused-heading = Files refused
import-refused-nothing-changed = Nothing from these files was added.
import-refused-corrupt = this is not a ByteSmart export, or it is damaged.
import-refused-truncated = the file is incomplete (the copy or download was cut short).
import-refused-passphrase = the passphrase does not open this bundle.
import-refused-tampered = the bundle has been changed since it was made.
import-refused-passphrase-needed = this bundle is encrypted: type its passphrase first.
import-refused-other-school = these records belong to another school ({ $school }).
import-refused-future = made by a newer version of ByteSmart (format { $version }): update this device first.
import-refused-unreadable = the file could not be read.
import-uncertain-heading = Is this the same pupil?
import-uncertain-explain = These pupils have the same name in the same class but no admission number to tell them apart.
import-uncertain-item = Two records for { $name }
import-uncertain-same = Same pupil: join the records
import-uncertain-different = Different pupils: keep apart

dash-heading = School dashboard
dash-print = Print governors' report
dash-report-for = { $school }, academic year { $year }. Report printed on { $date }.
dash-no-data = No records on this device yet.
dash-school-heading = Whole school
dash-pupils = Pupils
dash-lessons-completed = Lessons completed
dash-signed = Pupils who signed this year's AUP
dash-cosigned = Parents or carers who co-signed
dash-of = { $part } of { $whole } ({ $percent }%)
dash-classes-heading = Classes
dash-completion-chart = Lesson completion by class
dash-completion-chart-desc = Bar chart: percentage of available lessons completed in each class. The same numbers are in the table.
dash-classes-caption = Completion and AUP status by class
dash-col-class = Class
dash-col-pupils = Pupils
dash-col-completion = Completion
dash-col-signed = Signed
dash-col-cosigned = Co-signed
dash-col-due = Signature due
dash-mastery-heading = SMART rules: start of year and now
dash-mastery-chart = Latest SMART quiz scores by rule
dash-mastery-chart-desc = Bar chart: average latest score on each SMART rule. The table compares it with the baseline.
dash-mastery-caption = Average score per rule, baseline and latest
dash-col-rule = Rule
dash-col-baseline = Baseline
dash-col-latest = Latest
dash-none = no data
dash-strands-heading = Strands taught
dash-strands-caption = Education for a Connected World strands taught to each year group (pupil lessons and class lessons)
dash-col-strand = Strand
dash-year = Year { $year }
dash-taught = Taught
dash-not-taught = Not yet
dash-chase-heading = Chase list
dash-chase-none = Every pupil has signed and every parent or carer has co-signed.
dash-chase-caption = Pupils with a signature or co-signature missing this year
dash-col-pupil = Pupil
dash-col-missing = Missing
dash-missing-signature = Pupil signature
dash-missing-cosignature = Parent or carer co-signature

retention-heading = Delete old records
retention-policy = The school keeps records for { $years ->
    [one] 1 academic year
   *[other] { $years } academic years
}. Delete a pupil who has left, or a whole past year.
retention-pupil-heading = A pupil who has left
retention-pupil-label = Pupil
retention-pupil-none = Choose a pupil
retention-pupil-button = Delete this pupil's records
retention-choose-pupil = Choose a pupil first.
retention-year-heading = A past academic year
retention-year-label = Academic year
retention-year-none = Choose a year
retention-year-button = Delete this year's records
retention-choose-year = Choose a year first.
retention-not-past = Only past academic years can be deleted.
retention-confirm-pupil = Delete every record of { $name } from this device?
retention-confirm-year = Delete the records of academic year { $year } from this device?
retention-counts = This deletes: { $pupils } pupils, { $progress } lesson records, { $attempts } quiz attempts, { $signatures } signatures, { $cosignatures } co-signatures, { $deliveries } class lessons, { $classes } classes.
retention-cannot-undo = This cannot be undone. Export a backup first if you may need them.
retention-confirm-button = Yes, delete
retention-done = Deleted. { $what } A receipt has been kept.
retention-receipts-heading = Deletion receipts
retention-receipt = { $date }, by { $role }: { $summary }

coord-link-sheets = Signed AUP sheets
coord-link-sheets-hint = Print each pupil's signed agreement, a whole class at a time
sheets-heading = Signed AUP sheets
sheets-print = Print these sheets
sheets-explain = One page per pupil: the promises exactly as signed, both signatures, the dates and the version of the text.
sheets-class = Class
sheets-pupil = Pupil
sheets-whole-class = The whole class
sheets-none = There are no pupils in this class.
sheets-pupil-heading = Signed online safety agreement: { $name }
sheets-class-line = Class: { $class }
sheets-not-signed = The pupil has not signed the agreement yet.
sheets-not-cosigned = No parent or carer has co-signed yet.
sheets-text-unknown = The text that was signed is not stored on this device. The version code below identifies it.
sheets-pupil-signed-heading = Signed by the pupil
sheets-parent-signed-heading = Co-signed by a parent or carer
sheets-pupil-signature-label = Signature of { $name }
sheets-parent-signature-label = Signature of { $name }, parent or carer
sheets-typed-name = Name typed
sheets-date = Date
sheets-year = Academic year
sheets-hash = Version code of the text
sheets-parent-name = Name
sheets-relationship = Relationship
sheets-where = Where
sheets-in-class = In school, on the class tablet
sheets-at-home = At home, from the letter
sheets-other-text = The parent or carer co-signed a different version of the text from the one the pupil signed.
class-sheets-link = Print signed AUP sheets
dash-range-heading = Report period
dash-range-from = From
dash-range-to = To
dash-range-reset = This academic year
dash-range-line = Period: { $from } to { $to } (both days included).
dash-letters-explain = Print a letter for every parent or carer on the chase list who has not co-signed yet.
dash-letters-language = Language of the letters
dash-letters-print = Print letters for the chase list
dash-letters-close = Close the letters
dash-letters-none = Every parent or carer on the chase list has co-signed, so there are no letters to print.
coord-keep-heading = Keeping records
coord-keep-period = The school keeps records for { $years ->
    [one] 1 academic year
   *[other] { $years } academic years
}: this device keeps records from { $oldest } onwards.
coord-keep-label = Keep records for
coord-keep-option = { $years ->
    [one] 1 academic year
   *[other] { $years } academic years
}
coord-keep-nudge = { $count ->
    [one] 1 record on this device is older than the school keeps (from before { $before }).
   *[other] { $count } records on this device are older than the school keeps (from before { $before }).
}
coord-keep-nudge-years = Academic years to delete: { $years }.
coord-keep-nudge-link = Go to delete old records
export-share = Share
export-share-bundle = Share encrypted bundle
export-share-csv = Share pupil spreadsheet (CSV)
export-share-events = Share event log (CSV)
export-share-json = Share full records (JSON)
export-shared = Shared { $file }.
export-share-ready = { $file } is ready. Tap Share to send it.
