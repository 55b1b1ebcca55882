## Set-up, staff PIN, classes and pupils, pupil sign-in

loading = Loading…
cancel = Cancel
save = Save
saved = Saved.
edit = Edit
remove = Remove
demo-school-name = Demo School (sample data)

setup-heading = Set up this tablet
setup-intro = A coordinator does this once per device. Records stay on this tablet; nothing is sent anywhere.
setup-how = Is this the school's first ByteSmart device?
setup-new-school = Yes: start a new school
setup-join-school = No: join our school with an enrolment code from another device
setup-school-name = School name
setup-year = Current academic year
setup-year-hint = UK academic years run from 1 September to 31 August.
setup-code = Enrolment code
setup-code-file = Or choose an enrolment file
setup-code-not-code = That is not a ByteSmart enrolment code. Copy it again from the coordinator's device (it starts with BSE1).
setup-code-damaged = This enrolment code is damaged or incomplete. Copy the whole code again, or use the enrolment file.
setup-pin = Staff PIN (4 to 8 digits)
setup-pin-again = Type the PIN again
setup-pin-hint = Teachers and the coordinator use this PIN to open staff screens. Pupils must not know it.
setup-pin-length = The PIN must be 4 to 8 digits long.
setup-pin-digits = The PIN can only contain digits.
setup-pin-easy = That PIN is too easy to guess. Avoid repeated digits and runs like 1234.
setup-pin-mismatch = The two PINs are different. Please type them again.
setup-name-missing = Please enter the school's name.
setup-submit = Set up this tablet
setup-demo = Try it with a demo school
setup-demo-hint = The demo school has two classes of made-up pupils. It is clearly labelled and can be removed in one step.
setup-needed-heading = This tablet is not set up yet
setup-needed-body = The school's online-safety coordinator sets up each tablet once.
setup-start = Set up now

pin-heading = Staff only
pin-explain = Enter the staff PIN to continue.
pin-label = Staff PIN
pin-unlock = Unlock
pin-checking = Checking…
pin-wrong = That PIN is not right. Please try again.
pin-wrong-wait = That PIN is not right. Please wait { $seconds } seconds before trying again.
pin-wait = Too many wrong PINs. Please wait { $seconds } seconds.
pin-lock = Lock

teacher-nav-label = Teacher tools
teacher-link-classes = Classes and pupils
teacher-link-classes-hint = Add classes, add or import pupils, move or remove them
back-to-teacher = Back to teacher tools
back-to-classes = Back to classes
back-to-class = Back to the class
classes-heading = Classes
classes-empty = There are no classes yet. Add the first one below.
classes-show-archived = Show archived classes ({ $count })
class-year-band = Year { $year } · { $band }
class-archived = Archived
class-add-heading = Add a class
class-name = Class name
class-name-missing = Please give the class a name.
class-year = Year group
class-add = Add class
class-edit = Rename or change year group
class-archive = Archive this class
class-unarchive = Bring this class back
class-not-found = This class no longer exists.
class-pupils-heading = { $count ->
    [one] One pupil
   *[other] { $count } pupils
}
class-no-pupils = No pupils yet. Add them one by one or import a class list.
class-import-csv = Import a class list (CSV)

pupil-add-heading = Add a pupil
pupil-name = Name the pupil will recognise
pupil-name-hint = A first name and initial is enough. No birth dates or addresses are kept.
pupil-adno = Admission number (optional)
pupil-symbol = Picture to find their name
pupil-add = Add pupil
pupil-added = { $name } has been added.
pupil-saved = { $name } has been saved.
pupil-removed = { $name } and all their records have been removed from this tablet.
pupil-name-missing = Please enter the pupil's name.
pupil-move = Class
pupil-remove-confirm = Remove { $name }? Their lessons, quiz answers and signatures on this tablet will be deleted too.
pupil-remove-yes = Yes, remove

roster-heading = Import a class list into { $class }
roster-explain = Choose a CSV file exported from your school's information system. You will see every row before anything is saved.
roster-choose = CSV file
roster-unreadable-file = That file could not be read.
roster-empty = The file is empty.
roster-no-names = No column in this file looks like pupil names. It needs a heading such as Name, Forename or Surname.
roster-preview = { $count ->
    [one] One pupil will be added
   *[other] { $count } pupils will be added
}
roster-windows-1252 = This file used an older text encoding (Windows-1252); accents have been read correctly.
roster-table-caption = Rows in the file and what will happen to each
roster-col-line = Line
roster-col-status = What happens
roster-will-add = Will be added
roster-missing-name = Skipped: no name
roster-duplicate = Skipped: same pupil as line { $line }
roster-already = Skipped: already in this class
roster-unreadable = Skipped: this row could not be read
roster-import-button = { $count ->
    [one] Import one pupil
   *[other] Import { $count } pupils
}
roster-imported = { $count ->
    [one] One pupil was imported.
   *[other] { $count } pupils were imported.
}

pupil-nav-label = My activities
pupil-not-set-up = This tablet is not set up yet. Please ask your teacher.
pupil-choose-class = Choose your class
pupil-no-classes = There are no classes on this tablet yet. Please ask your teacher.
pupil-continue-as = Are you { $name }?
pupil-continue = Yes, carry on
pupil-not-me = No, that's not me
pupil-back-to-classes = Back to classes
pupil-tap-name = Tap your name
pupil-class-empty = There are no pupils in this class yet. Please ask your teacher.
pupil-who-heading = Who are you?
pupil-pick-name = Find my name
pupil-hello = Hello, { $name }!
pupil-finished = I've finished
reading-help = Reading help
reading-dyslexia = Easier-to-read text (font, spacing and shorter lines)
reading-contrast = Strong colours (high contrast)

coord-nav-label = Coordinator tools
coord-school-ref = school reference { $reference }
coord-demo-notice = This is the demo school. Its pupils are made up. Remove it before adding real classes.
coord-demo-remove = Remove the demo school
coord-demo-remove-confirm = This deletes every record on this tablet and returns to set-up. Continue?
coord-demo-remove-yes = Yes, remove everything
coord-storage-heading = Storage on this device
coord-storage-persisted = This browser has agreed to keep ByteSmart's records.
coord-storage-not-persisted = Warning: this browser may delete ByteSmart's records if the device runs short of space or the app is not used for a while. Export a backup regularly, or add ByteSmart to the home screen.
coord-storage-use = Using { $used } MB of { $quota } MB available.
coord-last-backup = Last backed up (exported): { $date }
coord-never-backed-up = Records on this tablet have never been exported. Export a backup regularly.
coord-enrol-heading = Add another device to this school
coord-enrol-explain = Open ByteSmart on the other device, choose "join our school" and paste this code or load the file. Keep it private: it contains the school key.
coord-enrol-show = Show enrolment code
coord-enrol-code = Enrolment code
coord-enrol-download = Download enrolment file
coord-enrol-hide = Hide code
