<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="41"/>
        <source>About caseintake</source>
        <translation>Tungkol sa caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="52"/>
        <source>Encrypted, offline case intake for legal-aid teams protecting children from online sexual exploitation.</source>
        <translation>Naka-encrypt at offline na case intake para sa mga legal-aid team na nagtatanggol sa mga bata laban sa online na sekswal na pagsasamantala.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="61"/>
        <source>Version:</source>
        <translation>Bersyon:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="62"/>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="63"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="64"/>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="65"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="66"/>
        <source>Data folder:</source>
        <translation>Folder ng data:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="77"/>
        <source>caseintake makes no network connection. All case data is in one encrypted database file and its key file, both in the data folder.</source>
        <translation>Hindi kumokonekta sa network ang caseintake. Lahat ng data ng mga case ay nasa iisang naka-encrypt na database file at sa key file nito, na parehong nasa folder ng data.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="86"/>
        <source>&amp;Licences…</source>
        <translation>Mga &amp;lisensya…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="88"/>
        <source>The components caseintake is built from and their licences</source>
        <translation>Ang mga bahaging bumubuo sa caseintake at ang mga lisensya nila</translation>
    </message>
</context>
<context>
    <name>AccountForms</name>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="60"/>
        <source>at least %1 characters</source>
        <translation>hindi bababa sa %1 character</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="70"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Hindi magkapareho ang dalawang bagong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="100"/>
        <source>At least %1 characters; four random words work well.</source>
        <translation>Hindi bababa sa %1 character; mainam ang apat na salitang walang kaugnayan sa isa&apos;t isa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="108"/>
        <source>Strong enough.</source>
        <translation>Sapat na ang tibay.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="94"/>
        <source>&amp;Add user</source>
        <translation>&amp;Idagdag ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="96"/>
        <source>Add a user</source>
        <translation>Magdagdag ng user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="101"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="102"/>
        <source>e.g. mreyes</source>
        <translation>hal. mreyes</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="106"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="109"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="114"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="115"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Buong pangalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="116"/>
        <source>&amp;Role:</source>
        <translation>&amp;Tungkulin:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="117"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="118"/>
        <source>Repeat passphrase</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="119"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="123"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>U&amp;litin ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="126"/>
        <source>The new user signs in with this user name and passphrase. Give the passphrase in person; they can change it later under Change my passphrase.</source>
        <translation>Gagamitin ng bagong user ang user name at passphrase na ito sa pag-sign in. Ibigay nang personal ang passphrase; mapapalitan nila ito mamaya sa Palitan ang aking passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="139"/>
        <source>Enter a user name.</source>
        <translation>Ilagay ang user name.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="146"/>
        <source>Choose a passphrase for the new user.</source>
        <translation>Pumili ng passphrase para sa bagong user.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="166"/>
        <source>Adding the account…</source>
        <translation>Idinadagdag ang account…</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../caseintake/ui/agenda/model.py" line="62"/>
        <source>%1 (%2) at %3</source>
        <extracomment>Column keys; their headers are the `agenda_column` labels of `caseintake.ui.labels`. Amber with transparency reads as a warning on both light and dark palettes.</extracomment>
        <translation>%1 (%2) sa %3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/model.py" line="69"/>
        <source>Possible clash: %1 has another hearing within two hours on the same day: %2.</source>
        <translation>Maaaring magkasabay: may iba pang hearing si %1 sa loob ng dalawang oras sa parehong araw: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/model.py" line="148"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="72"/>
        <source>Hearings agenda</source>
        <extracomment>The size the agenda opens at when the screen has room: calendar, six columns, a month of rows.</extracomment>
        <translation>Agenda ng mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="84"/>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="85"/>
        <source>Choose a day; days with a possible clash are marked</source>
        <translation>Pumili ng araw; may marka ang mga araw na maaaring may magkasabay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="96"/>
        <source>&amp;Today</source>
        <translation>&amp;Ngayon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="99"/>
        <source>Bold days have hearings; orange days have a possible clash.</source>
        <translation>May hearing ang mga araw na naka-bold; maaaring may magkasabay sa mga araw na kulay orange.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="113"/>
        <source>&amp;Mine</source>
        <translation>&amp;Akin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="115"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Lahat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="125"/>
        <source>Only hearings where you are the lawyer</source>
        <translation>Mga hearing lang kung saan ikaw ang abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="130"/>
        <source>Period shown</source>
        <translation>Panahong ipinapakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="132"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="133"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="134"/>
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="138"/>
        <source>&amp;Show:</source>
        <translation>&amp;Ipakita:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="141"/>
        <source>Export .ics…</source>
        <translation>I-export bilang .ics…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="145"/>
        <source>Save the hearings of the period as a calendar file: case reference, kind and court only.</source>
        <translation>I-save ang mga hearing ng panahon bilang calendar file: reference ng case, uri at korte lang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="166"/>
        <source>Hearings</source>
        <translation>Mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="300"/>
        <source>The calendar marks days up to %1 only: this month holds too many hearings to mark.</source>
        <translation>Hanggang %1 lamang ang mga araw na minamarkahan ng kalendaryo: napakaraming hearing ngayong buwan para markahan lahat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="304"/>
        <source>There are too many hearings to list at once: shown up to %1. Choose a week or a day, or Mine, to see the rest; Export .ics… writes the whole period.</source>
        <translation>Napakaraming hearing para ilista nang sabay-sabay: ipinapakita hanggang %1. Pumili ng isang linggo o isang araw, o Akin, para makita ang iba pa; isinusulat ng I-export bilang .ics… ang buong panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="309"/>
        <source>There are too many hearings on %1 to list at once: the first %2 are shown. Choose Mine to see the rest; Export .ics… writes the whole period.</source>
        <translation>Napakaraming hearing sa %1 para ilista nang sabay-sabay: ang unang %2 ang ipinapakita. Piliin ang Akin para makita ang iba pa; isinusulat ng I-export bilang .ics… ang buong panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="332"/>
        <source>Possible clash of hearings on this day</source>
        <translation>Maaaring magkasabay ang mga hearing sa araw na ito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="341"/>
        <source>My hearings</source>
        <translation>Aking mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="341"/>
        <source>All hearings</source>
        <translation>Lahat ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="347"/>
        <source>%1 with a possible clash</source>
        <translation>%1 na maaaring magkasabay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="370"/>
        <location filename="../../caseintake/ui/agenda/window.py" line="387"/>
        <source>Export hearings as a calendar</source>
        <translation>I-export ang mga hearing bilang kalendaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="372"/>
        <source>Calendar files (*.ics)</source>
        <translation>Mga calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="382"/>
        <source>Checking and writing the calendar…</source>
        <translation>Sinusuri at isinusulat ang kalendaryo…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="388"/>
        <source>Checking the calendar for protected details and writing it…</source>
        <translation>Sinusuri kung may protektadong detalye sa kalendaryo at isinusulat ito…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="402"/>
        <source>Wrote %1 hearing to %2.</source>
        <translation>Naisulat ang %1 hearing sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="402"/>
        <source>Wrote %1 hearings to %2.</source>
        <translation>Naisulat ang %1 hearing sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="408"/>
        <source>Calendar blocked</source>
        <translation>Hinarang ang kalendaryo</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="29"/>
        <source>Back up</source>
        <translation>Mag-backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="32"/>
        <source>Backup written to %1.</source>
        <translation>Naisulat ang backup sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="38"/>
        <source>The backup was cancelled: no backup file was written and the database was not changed.</source>
        <translation>Kinansela ang backup: walang naisulat na backup file at walang nabago sa database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="51"/>
        <source>Writing the backup to %1…</source>
        <translation>Isinusulat ang backup sa %1…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="139"/>
        <source>Your role cannot open new cases.</source>
        <extracomment>A newer version of the open case known to be on disk (a refused save or the watch found it); None while the editor holds the latest. Run once the case being opened is shown (forms reopened after an unlock). Told the reference (and new record ids) of the save a lock started; see save_for_lock.</extracomment>
        <translation>Hindi makapagbukas ng bagong case ang tungkulin mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="167"/>
        <source>Nothing to save.</source>
        <translation>Walang ise-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="227"/>
        <source>Select a case in the list, or press Ctrl+N to open a new one.</source>
        <translation>Pumili ng case sa listahan, o pindutin ang Ctrl+N para magbukas ng bago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="239"/>
        <source>Unsaved changes</source>
        <translation>May mga pagbabagong hindi pa naka-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="240"/>
        <source>This case has changes that are not saved yet. Save them first?</source>
        <translation>May mga pagbabago sa case na ito na hindi pa naka-save. I-save muna?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="256"/>
        <source>Opening %1…</source>
        <translation>Binubuksan ang %1…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="286"/>
        <source>Preparing a new case…</source>
        <translation>Inihahanda ang bagong case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="337"/>
        <source>Saved %1.</source>
        <translation>Na-save ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="356"/>
        <source>Not saved: %1. Everything you typed is still here.</source>
        <translation>Hindi na-save: %1. Nandito pa ang lahat ng tinype mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="358"/>
        <source>The case was not saved.</source>
        <translation>Hindi na-save ang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="384"/>
        <source>Show their version</source>
        <translation>Ipakita ang bersyon nila</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="386"/>
        <source>Show the case as it was saved elsewhere? The changes you made here and did not save will be lost.</source>
        <translation>Ipakita ang case ayon sa pagkaka-save nito sa ibang lugar? Mawawala ang mga pagbabagong ginawa mo rito na hindi mo na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="395"/>
        <source>Showing the case as it was saved elsewhere.</source>
        <translation>Ipinapakita ang case ayon sa pagkaka-save nito sa ibang lugar.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="421"/>
        <source>Not saved: the case was changed elsewhere. Everything you typed is still here.</source>
        <translation>Hindi na-save: binago ang case sa ibang lugar. Nandito pa ang lahat ng tinype mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="424"/>
        <source>This case was changed elsewhere since you opened it.</source>
        <translation>Binago ang case na ito sa ibang lugar mula nang buksan mo ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="471"/>
        <source>This case was changed elsewhere; it now shows the saved version.</source>
        <translation>Binago ang case na ito sa ibang lugar; ipinapakita na ngayon ang naka-save na bersyon.</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="40"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="42"/>
        <source>Person %1</source>
        <translation>Tao %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="46"/>
        <source>Referral to %1</source>
        <translation>Referral sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="48"/>
        <source>Note of %1</source>
        <translation>Tala noong %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="53"/>
        <source>%1 on %2</source>
        <translation>%1 noong %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="58"/>
        <source>Evidence %1</source>
        <translation>Ebidensya %1</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="63"/>
        <source>Search cases</source>
        <extracomment>The answer to a search (its text) is on screen: the table has painted the new rows, or had nothing to repaint. For timing keystroke to results (`benchmarks/gui_probe.py`).</extracomment>
        <translation>Maghanap ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="64"/>
        <source>Reference, pseudonym, summary or note text</source>
        <translation>Reference, pseudonym, buod o teksto ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="65"/>
        <source>Search reference, pseudonym, summary, notes…  (Ctrl+F)</source>
        <translation>Hanapin sa reference, pseudonym, buod, mga tala…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="69"/>
        <source>Show cases with status</source>
        <translation>Ipakita ang mga case na may status na</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="70"/>
        <source>Any status</source>
        <translation>Kahit anong status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="75"/>
        <source>Show cases in region</source>
        <translation>Ipakita ang mga case sa rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="76"/>
        <source>Any region</source>
        <translation>Kahit anong rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="81"/>
        <source>Show cases assigned to</source>
        <translation>Ipakita ang mga case na naka-assign kay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="82"/>
        <source>Anyone</source>
        <translation>Kahit sino</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="86"/>
        <source>Cases</source>
        <translation>Mga case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="87"/>
        <source>Press Enter to open the selected case in the editor</source>
        <translation>Pindutin ang Enter para buksan sa editor ang napiling case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="234"/>
        <source> · scroll for more</source>
        <translation> · mag-scroll para sa iba pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="236"/>
        <source>Searching…</source>
        <translation>Naghahanap…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="236"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="239"/>
        <source>No cases match.</source>
        <translation>Walang katugmang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="239"/>
        <source>No cases yet.</source>
        <translation>Wala pang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="242"/>
        <source>%1 case shown</source>
        <translation>%1 case ang ipinapakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="242"/>
        <source>%1 cases shown</source>
        <translation>%1 case ang ipinapakita</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="66"/>
        <source>&amp;Overview</source>
        <extracomment>Where the first segment of an error&apos;s field path lives: a tab, or an Overview field.</extracomment>
        <translation>&amp;Kabuuan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="67"/>
        <source>&amp;People</source>
        <translation>&amp;Mga tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="68"/>
        <source>&amp;Referrals</source>
        <translation>Mga &amp;referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="69"/>
        <source>&amp;Notes</source>
        <translation>Mga ta&amp;la</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="70"/>
        <source>Hearin&amp;gs</source>
        <translation>Mga &amp;hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="71"/>
        <source>Ev&amp;idence</source>
        <translation>E&amp;bidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="72"/>
        <source>Co&amp;urt</source>
        <translation>K&amp;orte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="74"/>
        <source>His&amp;tory</source>
        <translation>Kasaysa&amp;yan</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="33"/>
        <source>Change my passphrase</source>
        <translation>Palitan ang aking passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="37"/>
        <source>Changing your passphrase takes effect at once, on this computer. The cases and other users&apos; passphrases are not affected.</source>
        <translation>Agad na magkakabisa ang bagong passphrase mo sa computer na ito. Walang epekto ito sa mga case at sa passphrase ng ibang user.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="43"/>
        <source>Current passphrase</source>
        <translation>Kasalukuyang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="45"/>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="47"/>
        <source>Repeat new passphrase</source>
        <translation>Ulitin ang bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="49"/>
        <source>Signed in as:</source>
        <translation>Naka-sign in bilang:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="50"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Kasalukuyang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="51"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="54"/>
        <source>R&amp;epeat new passphrase:</source>
        <translation>U&amp;litin ang bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="57"/>
        <source>C&amp;hange</source>
        <translation>&amp;Palitan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="72"/>
        <source>Enter your current passphrase.</source>
        <translation>Ilagay ang kasalukuyan mong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="80"/>
        <source>Changing the passphrase…</source>
        <translation>Pinapalitan ang passphrase…</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="82"/>
        <source>C&amp;hange role</source>
        <translation>&amp;Palitan ang tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="84"/>
        <source>Change a user&apos;s role</source>
        <translation>Palitan ang tungkulin ng isang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="93"/>
        <source>New role</source>
        <translation>Bagong tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="97"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="98"/>
        <source>Role now:</source>
        <translation>Tungkulin ngayon:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="99"/>
        <source>&amp;New role:</source>
        <translation>&amp;Bagong tungkulin:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="102"/>
        <source>Lawyers and supervisors may reveal the identities of every case; a social worker only those of the cases assigned to her or him. The change applies when the person next signs in. An office always keeps at least one active supervisor.</source>
        <translation>Maaaring ipakita ng mga abogado at supervisor ang pagkakakilanlan sa bawat case; ang social worker, sa mga case lang na naka-assign sa kanya. Magkakabisa ang pagbabago sa susunod na pag-sign in ng tao. Laging may kahit isang aktibong supervisor ang isang opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="111"/>
        <source>Changing the role…</source>
        <translation>Pinapalitan ang tungkulin…</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../caseintake/ui/clipboard_guard.py" line="88"/>
        <source>The copy was held back: it could not be checked.</source>
        <translation>Hindi itinuloy ang pagkopya: hindi ito nasuri.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="40"/>
        <source>This case was changed elsewhere (another window or computer) since you opened it.</source>
        <extracomment>How often the open case is looked at while the window is in use (milliseconds).</extracomment>
        <translation>Binago ang case na ito sa ibang lugar (ibang window o computer) mula nang buksan mo ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="55"/>
        <source>Load the case as it is saved now; your unsaved changes are lost</source>
        <translation>I-load ang case ayon sa pagkaka-save nito ngayon; mawawala ang mga pagbabago mong hindi pa naka-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="60"/>
        <source>Save the fields and records you changed; the rest keeps the other change</source>
        <translation>I-save ang mga field at record na binago mo; mananatili ang ibang pagbabago sa iba</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="52"/>
        <source>Show their version…</source>
        <translation>Ipakita ang bersyon nila…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="57"/>
        <source>Keep m&amp;y changes and save over theirs</source>
        <translation>&amp;I-save ang mga pagbabago ko at palitan ang sa kanila</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="62"/>
        <source>Keep editing</source>
        <translation>Ituloy ang pag-edit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="64"/>
        <source>Close this message; nothing is saved or lost</source>
        <translation>Isara ang mensaheng ito; walang mase-save o mawawala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="89"/>
        <source>Your changes were not saved, and they are all still here.</source>
        <translation>Hindi na-save ang mga pagbabago mo, at nandito pa ang lahat ng ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="92"/>
        <source>Your unsaved changes are still here; saving now would overwrite the other change.</source>
        <translation>Nandito pa ang mga pagbabago mong hindi naka-save; kapag nag-save ka ngayon, mapapalitan ang ibang pagbabago.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="55"/>
        <source>Sync conflicts</source>
        <translation>Mga conflict sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="67"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="68"/>
        <source>Record · Field</source>
        <translation>Record · Field</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="69"/>
        <source>Was</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="70"/>
        <source>Office now</source>
        <translation>Sa opisina ngayon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="71"/>
        <source>Field value</source>
        <translation>Value mula sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="72"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="73"/>
        <source>Changed at</source>
        <translation>Binago noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="74"/>
        <source>Decision</source>
        <translation>Pasya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="77"/>
        <source>Conflicts</source>
        <translation>Mga conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="93"/>
        <source>&amp;Keep office value</source>
        <translation>&amp;Panatilihin ang value ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="95"/>
        <source>The office value stays; the laptop&apos;s value is set aside</source>
        <translation>Mananatili ang value ng opisina; itatabi ang value mula sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="96"/>
        <source>&amp;Take field value…</source>
        <translation>&amp;Kunin ang value mula sa laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="98"/>
        <source>The laptop&apos;s value replaces the office value in the case</source>
        <translation>Papalitan ng value mula sa laptop ang value ng opisina sa case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="99"/>
        <source>&amp;Open case</source>
        <translation>&amp;Buksan ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="101"/>
        <source>Show &amp;resolved conflicts</source>
        <translation>Ipakita ang mga na-&amp;resolve na conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="146"/>
        <source>The same field was changed at the office and on a laptop. Until you decide, the office value stays in the case and the laptop&apos;s value is kept here. Taking the field value changes the case, and every laptop holding it learns the choice at its next sync.</source>
        <translation>Binago ang iisang field sa opisina at sa isang laptop. Hangga&apos;t hindi ka nagpapasya, mananatili sa case ang value ng opisina at nakatabi rito ang value mula sa laptop. Kapag kinuha ang value mula sa laptop, mababago ang case, at malalaman ng bawat laptop na may hawak nito ang pasya sa susunod nitong sync.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="155"/>
        <source>Resolved at the office: these fields were changed both here and at the office. Until a supervisor decides, the office value stays, also on this laptop; your value is kept at the office and comes back if it is chosen.</source>
        <translation>Sa opisina nire-resolve: binago ang mga field na ito kapwa dito at sa opisina. Hangga&apos;t hindi nagpapasya ang isang supervisor, mananatili ang value ng opisina, pati sa laptop na ito; nakatabi sa opisina ang value mo at babalik ito kapag ito ang pinili.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="171"/>
        <source>No conflicts: every change merged.</source>
        <translation>Walang conflict: napagsama ang bawat pagbabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="173"/>
        <source>No conflicts yet.</source>
        <translation>Wala pang conflict.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="209"/>
        <source>(a case not held here)</source>
        <translation>(case na wala rito)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="217"/>
        <source>this laptop (%1)</source>
        <translation>laptop na ito (%1)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="220"/>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="233"/>
        <source>%1 · %2, changed on %3 at %4.
Was: %5
Office now: %6
Field value: %7</source>
        <translation>%1 · %2, binago sa %3 noong %4.
Dati: %5
Sa opisina ngayon: %6
Value mula sa laptop: %7</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="252"/>
        <source>Resolved at the office</source>
        <translation>Sa opisina nire-resolve</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="254"/>
        <source>A supervisor resolves conflicts</source>
        <translation>Supervisor ang nagre-resolve ng mga conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="275"/>
        <source>Take the field value</source>
        <translation>Kunin ang value mula sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="277"/>
        <source>Replace the office value of %1 in %2 with the laptop&apos;s?

Office now: %3
Field value: %4</source>
        <translation>Palitan ng value mula sa laptop ang value ng opisina sa %1 ng %2?

Sa opisina ngayon: %3
Value mula sa laptop: %4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="307"/>
        <source>%1: the office value stays.</source>
        <translation>%1: mananatili ang value ng opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="309"/>
        <source>%1: the field value is now in the case.</source>
        <translation>%1: nasa case na ang value mula sa laptop.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../caseintake/ui/country_picker.py" line="59"/>
        <source>Not known. Type a country or a nationality, e.g. Filipino</source>
        <extracomment>Matches nothing in the list (see `_CountryCompleter.splitPath`).</extracomment>
        <translation>Hindi alam. Mag-type ng bansa o nasyonalidad, hal. Filipino</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../caseintake/ui/counts/chart.py" line="56"/>
        <source>suppressed</source>
        <translation>nakatago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/chart.py" line="59"/>
        <source>suppressed: hidden to protect small counts (marker not to scale)</source>
        <translation>nakatago: itinago para protektahan ang maliliit na bilang (hindi eksakto ang laki ng marka)</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="53"/>
        <location filename="../../caseintake/ui/counts/dialog.py" line="302"/>
        <source>Anonymized counts</source>
        <translation>Mga anonymized na bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="61"/>
        <source>Counts of cases for donors and partners. Small counts are hidden (x), and so are counts that would let them be worked out; what you see here is what the file will hold.</source>
        <translation>Bilang ng mga case para sa mga donor at partner. Nakatago (x) ang maliliit na bilang, pati ang mga bilang na makapagtuturo sa mga ito; ang nakikita mo rito ang mismong laman ng file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="67"/>
        <source>&amp;Preview</source>
        <translation>&amp;Silipin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="90"/>
        <source>Counts</source>
        <translation>Mga bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="117"/>
        <source>Export &amp;CSV…</source>
        <translation>I-export bilang &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="120"/>
        <source>Export P&amp;DF…</source>
        <translation>I-export bilang P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="152"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="169"/>
        <source>Counting…</source>
        <translation>Binibilang…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="186"/>
        <source>Cases by %1</source>
        <translation>Mga case ayon sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="206"/>
        <source>No earlier export overlaps this table: it is protected on its own.</source>
        <translation>Walang naunang export na sumasapaw sa talahanayang ito: protektado ito nang mag-isa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseintake/ui/counts/dialog.py" line="208"/>
        <source>Protected together with %n earlier export(s) that overlap it: cells they published stay published, cells they hid stay hidden, and more may be hidden so that nothing can be worked out by setting the files side by side.</source>
        <translation>
            <numerusform>Protektado ito kasama ang %n naunang export na sumasapaw dito: mananatiling nakalathala ang mga cell na inilathala nila, mananatiling nakatago ang mga itinago nila, at maaaring may itago pa para walang matuklasan sa pagtatabi-tabi ng mga file.</numerusform>
            <numerusform>Protektado ito kasama ang %n naunang export na sumasapaw dito: mananatiling nakalathala ang mga cell na inilathala nila, mananatiling nakatago ang mga itinago nila, at maaaring may itago pa para walang matuklasan sa pagtatabi-tabi ng mga file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="220"/>
        <source>Cases opened %1 to %2 (month of opening) · threshold K = %3: counts from 1 to %4 are hidden</source>
        <translation>Mga case na binuksan mula %1 hanggang %2 (buwan ng pagbukas) · threshold K = %3: nakatago ang mga bilang mula 1 hanggang %4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="226"/>
        <source>All cases, whatever their consent to statistics (your choice)</source>
        <translation>Lahat ng case, anuman ang consent nila sa statistics (pinili mo)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="228"/>
        <source>Only cases whose consent to statistics is yes</source>
        <translation>Mga case lang na oo ang consent sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="230"/>
        <source>%1 row</source>
        <translation>%1 hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="230"/>
        <source>%1 rows</source>
        <translation>%1 hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="231"/>
        <source>%1 suppressed</source>
        <translation>%1 nakatago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="236"/>
        <source>A case with several values (%1) counts once for each.</source>
        <translation>Ang case na may ilang value (%1) ay binibilang nang isang beses sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="258"/>
        <source>Export anonymized counts</source>
        <translation>I-export ang mga anonymized na bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="269"/>
        <source>Checking and writing %1…</source>
        <translation>Sinusuri at isinusulat ang %1…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="276"/>
        <source>Wrote %1 row</source>
        <translation>Naisulat ang %1 hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="276"/>
        <source>Wrote %1 rows</source>
        <translation>Naisulat ang %1 hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="278"/>
        <source>%1 (%2 suppressed) to %3.</source>
        <translation>%1 (%2 nakatago) sa %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/model.py" line="44"/>
        <source>suppressed to protect small counts</source>
        <extracomment>The editor&apos;s vocabulary for each coded dimension; the rest (periods, age bands, nationality codes) are shown as published.</extracomment>
        <translation>itinago para protektahan ang maliliit na bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/model.py" line="99"/>
        <source>Count</source>
        <translation>Bilang</translation>
    </message>
</context>
<context>
    <name>CountsOptionsForm</name>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="66"/>
        <source>Count by, level %1</source>
        <translation>Bilangin ayon sa, antas %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="69"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="70"/>
        <source>then</source>
        <translation>saka</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="77"/>
        <source>The chart shows the totals of this first dimension.</source>
        <translation>Ipinapakita ng chart ang kabuuan ng unang dimensyong ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="80"/>
        <source>&amp;From</source>
        <translation>&amp;Mula</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="82"/>
        <source>Count from a month</source>
        <translation>Magbilang mula sa isang buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="84"/>
        <source>From month</source>
        <translation>Mula sa buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="85"/>
        <source>&amp;To</source>
        <translation>&amp;Hanggang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="87"/>
        <source>Count up to a month</source>
        <translation>Magbilang hanggang sa isang buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="89"/>
        <source>To month</source>
        <translation>Hanggang sa buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="98"/>
        <source>Unticked: from January of the first year with cases, up to this month.</source>
        <translation>Kapag walang tsek: mula Enero ng unang taon na may case, hanggang sa buwang ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="106"/>
        <source>Threshold K</source>
        <translation>Threshold K</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="107"/>
        <source>Counts smaller than K are shown as x</source>
        <translation>Ipinapakita bilang x ang mga bilang na mas maliit sa K</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="111"/>
        <source>Smaller thresholds can identify a child; %1 is the least allowed.</source>
        <translation>Maaaring makilala ang isang bata kapag mas maliit ang threshold; %1 ang pinakamababang pinapayagan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="122"/>
        <source>Count all cases, not only those with consent</source>
        <translation>Bilangin ang lahat ng case, hindi lang ang may consent</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="126"/>
        <source>By default only cases whose consent to statistics is yes are counted; the file says which.</source>
        <translation>Karaniwan, ang mga case lang na oo ang consent sa statistics ang binibilang; nakasaad sa file kung alin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="152"/>
        <source>Count by:</source>
        <translation>Bilangin ayon sa:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="153"/>
        <source>Period:</source>
        <translation>Panahon:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="154"/>
        <source>Threshold &amp;K:</source>
        <translation>Threshold &amp;K:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="174"/>
        <source>counts from 1 to %1 are hidden, and so are cells that would reveal them</source>
        <translation>nakatago ang mga bilang mula 1 hanggang %1, pati ang mga cell na makapagbubunyag sa mga ito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="135"/>
        <source>Language of the PDF</source>
        <translation>Wika ng PDF</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="140"/>
        <source>The language the PDF is printed in. The CSV and its metadata stay in English.</source>
        <translation>Ang wikang gagamitin sa PDF. Mananatiling Ingles ang CSV at ang metadata nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="145"/>
        <source>PDF only; a CSV is always in English</source>
        <translation>PDF lamang; laging Ingles ang CSV</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="158"/>
        <source>PDF &amp;language:</source>
        <translation>&amp;Wika ng PDF:</translation>
    </message>
</context>
<context>
    <name>CourtTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="169"/>
        <source>Public prosecutor</source>
        <extracomment>The version of the case the editor holds; a save expects it (set by the editor).</extracomment>
        <translation>Public prosecutor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="171"/>
        <source>e.g. Asst. City Prosecutor, Office of the City Prosecutor</source>
        <translation>hal. Asst. City Prosecutor, Office of the City Prosecutor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="175"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="178"/>
        <source>Disposition date</source>
        <translation>Petsa ng disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="179"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="184"/>
        <source>Regional Trial Court</source>
        <translation>Regional Trial Court</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="184"/>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="184"/>
        <source>12</source>
        <translation>12</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="184"/>
        <source>Cebu City</source>
        <translation>Cebu City</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="192"/>
        <source>Save court record</source>
        <translation>I-save ang court record</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="198"/>
        <source>Pu&amp;blic prosecutor:</source>
        <translation>&amp;Public prosecutor:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="201"/>
        <source>Court</source>
        <translation>Korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="201"/>
        <source>Judicial region</source>
        <translation>Judicial region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="201"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="201"/>
        <source>Station</source>
        <translation>Istasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="208"/>
        <source>Court of the cases:</source>
        <translation>Korte ng mga kaso:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="211"/>
        <source>on</source>
        <translation>noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="213"/>
        <source>Disposition:</source>
        <translation>Disposition:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="216"/>
        <source>Criminal cases and charges (one row per charge)</source>
        <translation>Mga criminal case at charge (isang hilera bawat charge)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="217"/>
        <source>Detention of each accused</source>
        <translation>Detention ng bawat akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="218"/>
        <source>Child-witness measures (A.M. No. 00-4-07-SC)</source>
        <translation>Mga child-witness measure (A.M. No. 00-4-07-SC)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="219"/>
        <source>Witnesses per hearing and their judicial affidavits</source>
        <translation>Mga saksi bawat hearing at ang kanilang judicial affidavit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="220"/>
        <source>Motions per hearing</source>
        <translation>Mga motion bawat hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="221"/>
        <source>Exhibits as marked</source>
        <translation>Mga exhibit ayon sa marking</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="234"/>
        <source>Add row</source>
        <translation>Magdagdag ng hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="237"/>
        <source>Remove row</source>
        <translation>Alisin ang hilera</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="274"/>
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="299"/>
        <source>(initials not assigned)</source>
        <translation>(wala pang initials)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="300"/>
        <source>Unnamed %1</source>
        <translation>%1 na walang pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="314"/>
        <source>Not saved yet: press Save court record.</source>
        <translation>Hindi pa naka-save: pindutin ang I-save ang court record.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="316"/>
        <source>Save the case first; then its court record can be kept here.</source>
        <translation>I-save muna ang case; pagkatapos, maitatala na rito ang court record nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="318"/>
        <source>Only lawyers and supervisors change the court record.</source>
        <translation>Mga abogado at supervisor lang ang nakakapagbago ng court record.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="321"/>
        <source>Dates as YYYY-MM-DD. Saved with its own button, or with the case (Ctrl+S).</source>
        <translation>Petsa bilang YYYY-MM-DD. Nase-save gamit ang sarili nitong button, o kasama ng case (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="361"/>
        <source>Court record saved.</source>
        <translation>Na-save ang court record.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="372"/>
        <source>The court record was not saved.</source>
        <translation>Hindi na-save ang court record.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="29"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="31"/>
        <source>Save the case (Ctrl+S)</source>
        <translation>I-save ang case (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="46"/>
        <source>New case</source>
        <translation>Bagong case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="47"/>
        <source>Not saved yet; the reference is given when you save.</source>
        <translation>Hindi pa naka-save; mabibigyan ito ng reference kapag nag-save ka.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="51"/>
        <source>%1 · opened %2 · assigned to %3</source>
        <translation>%1 · binuksan noong %2 · naka-assign kay %3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="61"/>
        <location filename="../../caseintake/ui/editor/header.py" line="72"/>
        <source>Saving…</source>
        <translation>Sine-save…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="63"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Hindi na-save: binago sa ibang lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="63"/>
        <source>Changed elsewhere</source>
        <translation>Binago sa ibang lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="66"/>
        <source>Unsaved changes</source>
        <translation>May mga pagbabagong hindi pa naka-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="68"/>
        <source>All changes saved</source>
        <translation>Naka-save ang lahat ng pagbabago</translation>
    </message>
</context>
<context>
    <name>EnableUserDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="29"/>
        <source>&amp;Re-enable</source>
        <translation>I-&amp;enable ulit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="31"/>
        <source>Re-enable a user</source>
        <translation>I-enable ulit ang isang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="37"/>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="39"/>
        <source>Repeat passphrase</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="40"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="41"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="44"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>U&amp;litin ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="47"/>
        <source>The account can sign in again with this new passphrase (its old one was removed when it was disabled). Its cases, notes and history are as they were. Give the passphrase in person.</source>
        <translation>Makakapag-sign in ulit ang account gamit ang bagong passphrase na ito (inalis ang luma noong na-disable ito). Walang nagbago sa mga case, tala at kasaysayan nito. Ibigay nang personal ang passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="63"/>
        <source>Re-enabling the account…</source>
        <translation>Ine-enable ulit ang account…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="80"/>
        <location filename="../../caseintake/ui/team/devices.py" line="229"/>
        <source>Enrol a laptop</source>
        <extracomment>The files written beside the laptop&apos;s database (its key file), as found in the folder.</extracomment>
        <translation>Mag-enroll ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="88"/>
        <source>Writes a new database for one laptop: only the cases its user may hold (identity keys only where the user&apos;s role may reveal them), and a key file beside it. Copy both files to the laptop; its user opens them with their own passphrase.</source>
        <translation>Isinusulat nito ang bagong database para sa isang laptop: ang mga case lang na maaaring hawakan ng user nito (may identity key lang kung saan maaari itong ipakita ng tungkulin ng user), at isang key file sa tabi nito. Kopyahin ang dalawang file sa laptop; bubuksan ang mga ito ng user gamit ang sarili niyang passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="96"/>
        <source>Laptop name</source>
        <translation>Pangalan ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="97"/>
        <source>for example field-laptop-3</source>
        <translation>halimbawa field-laptop-3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="101"/>
        <source>User of the laptop</source>
        <translation>User ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="104"/>
        <source>Where to write the laptop&apos;s database</source>
        <translation>Kung saan isusulat ang database ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="105"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pumili…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="111"/>
        <source>&amp;Laptop name:</source>
        <translation>Pangalan ng &amp;laptop:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="113"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="115"/>
        <source>&amp;Save as:</source>
        <translation>I-&amp;save bilang:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="139"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="140"/>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="143"/>
        <source>Copy both files to the laptop, into caseintake&apos;s data folder, and give the laptop to its user, who signs in with their own passphrase. Until then keep the copy as safe as the laptop itself: it is encrypted, but it holds case data.</source>
        <translation>Kopyahin ang dalawang file sa laptop, sa folder ng data ng caseintake, at ibigay ang laptop sa user nito, na magsa-sign in gamit ang sarili niyang passphrase. Hanggang doon, ingatan ang kopyang ito gaya ng laptop mismo: naka-encrypt ito, pero may laman itong data ng mga case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="162"/>
        <source>&amp;Enrol</source>
        <translation>I-&amp;enroll</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="198"/>
        <source>Save the laptop&apos;s database</source>
        <translation>I-save ang database ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="211"/>
        <source>Give the laptop a name, for example field-laptop-3.</source>
        <translation>Bigyan ng pangalan ang laptop, halimbawa field-laptop-3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="215"/>
        <source>Choose who will use the laptop.</source>
        <translation>Piliin kung sino ang gagamit ng laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="218"/>
        <source>Choose where to write the laptop&apos;s database.</source>
        <translation>Piliin kung saan isusulat ang database ng laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="230"/>
        <source>Writing the laptop&apos;s database…</source>
        <translation>Isinusulat ang database ng laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="245"/>
        <source>Enrolled %2 for %3, with %1 case.</source>
        <translation>Na-enroll ang %2 para kay %3, may %1 case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="246"/>
        <source>Enrolled %2 for %3, with %1 cases.</source>
        <translation>Na-enroll ang %2 para kay %3, may %1 case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="253"/>
        <source>(none found beside the database)</source>
        <translation>(walang nakita sa tabi ng database)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="256"/>
        <source>&amp;Done</source>
        <translation>&amp;Tapos na</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="30"/>
        <source>Register evidence</source>
        <translation>I-register ang ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="30"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="37"/>
        <source>e.g. Mobile phone seized at the house</source>
        <translation>hal. Cellphone na nakumpiska sa bahay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="39"/>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="40"/>
        <source>e.g. NBI-CCD</source>
        <translation>hal. NBI-CCD</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="41"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="42"/>
        <source>e.g. EV-001</source>
        <translation>hal. EV-001</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="43"/>
        <source>Evidence reference</source>
        <translation>Reference ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="44"/>
        <source>64 hexadecimal characters</source>
        <translation>64 na hexadecimal na character</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="47"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="48"/>
        <source>The file&apos;s digest, 64 hexadecimal characters</source>
        <translation>Ang digest ng file, 64 na hexadecimal na character</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="53"/>
        <location filename="../../caseintake/ui/editor/evidence.py" line="55"/>
        <source>Received on</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="57"/>
        <source>&amp;Description:</source>
        <translation>&amp;Paglalarawan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="58"/>
        <source>&amp;Custodian:</source>
        <translation>&amp;Custodian:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="59"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="60"/>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="87"/>
        <source>has %1 of the 64 hexadecimal characters of a SHA-256 hash</source>
        <translation>may %1 lang sa 64 na hexadecimal na character ng isang SHA-256 hash</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="99"/>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="100"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="101"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="102"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="103"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="110"/>
        <source>Regi&amp;ster evidence…</source>
        <translation>I-regi&amp;ster ang ebidensya…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="114"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="119"/>
        <source>A registered item cannot be changed; register a corrected entry instead.</source>
        <translation>Hindi na mababago ang naka-register na item; mag-register na lang ng itinamang entry.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="120"/>
        <source>Your role cannot register evidence.</source>
        <translation>Hindi makapag-register ng ebidensya ang tungkulin mo.</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <location filename="../../caseintake/ui/editor/field_edits.py" line="52"/>
        <source>Change %1</source>
        <translation>ang pagbabago sa %1</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="57"/>
        <source>Status</source>
        <extracomment>Lists of records in a case: a path through them names one record (&quot;persons[0]&quot; -&gt; &quot;person&quot;). Fields whose value is picked from a list, not typed: &quot;required&quot; reads &quot;choose one&quot;.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="58"/>
        <source>Opened on</source>
        <translation>Binuksan noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="59"/>
        <source>Closed on</source>
        <translation>Isinara noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="60"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="61"/>
        <source>Province</source>
        <translation>Probinsya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="62"/>
        <location filename="../../caseintake/ui/form_errors.py" line="63"/>
        <source>Reached us through</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="64"/>
        <location filename="../../caseintake/ui/form_errors.py" line="65"/>
        <source>Outside reference</source>
        <translation>Panlabas na reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="66"/>
        <source>Offenses</source>
        <translation>Mga paglabag</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="67"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="68"/>
        <source>Assigned worker</source>
        <translation>Naka-assign na worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="69"/>
        <source>Statistics consent</source>
        <translation>Consent sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="70"/>
        <source>Child-witness accommodations</source>
        <translation>Mga child-witness accommodation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="71"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="73"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="74"/>
        <source>Relationship to the victim</source>
        <translation>Kaugnayan sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="75"/>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="76"/>
        <source>Age at intake</source>
        <translation>Edad sa intake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="77"/>
        <source>Birth year</source>
        <translation>Taon ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="78"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="79"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="80"/>
        <location filename="../../caseintake/ui/form_errors.py" line="81"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="82"/>
        <source>Aliases</source>
        <translation>Iba pang pangalan (alias)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="83"/>
        <source>Birth date</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="84"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="85"/>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="86"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="87"/>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="88"/>
        <source>Child-witness measures</source>
        <translation>Mga child-witness measure</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="90"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="91"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="92"/>
        <source>Referred on</source>
        <translation>Petsa ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="93"/>
        <source>Follow up on</source>
        <translation>Follow-up sa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="94"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="96"/>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="97"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="98"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="99"/>
        <source>Received on</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="101"/>
        <source>Court</source>
        <translation>Korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="102"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="103"/>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="104"/>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="105"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="106"/>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="107"/>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="108"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="110"/>
        <source>Written</source>
        <translation>Isinulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="111"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="112"/>
        <source>Author</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="114"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="115"/>
        <location filename="../../caseintake/ui/form_errors.py" line="116"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="124"/>
        <source>Person %1</source>
        <translation>Tao %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="125"/>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="126"/>
        <source>Note %1</source>
        <translation>Tala %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="127"/>
        <source>Court date %1</source>
        <translation>Petsa sa korte %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="128"/>
        <source>Evidence item %1</source>
        <translation>Ebidensya %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="129"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="193"/>
        <source>%1: choose a country from the list, or leave it empty if not known.</source>
        <translation>%1: pumili ng bansa sa listahan, o iwanang blangko kung hindi alam.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="196"/>
        <source>%1: tick at least one.</source>
        <translation>%1: lagyan ng tsek ang kahit isa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="205"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="51"/>
        <source>Add a court date</source>
        <translation>Magdagdag ng petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="51"/>
        <source>Court date</source>
        <translation>Petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="55"/>
        <source>e.g. RTC Branch 12, Cebu City</source>
        <translation>hal. RTC Branch 12, Cebu City</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="56"/>
        <source>Court</source>
        <translation>Korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="58"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="59"/>
        <source>criminal case number</source>
        <translation>numero ng criminal case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="60"/>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="62"/>
        <source>Kind of hearing</source>
        <translation>Uri ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="66"/>
        <source>Date and time, Manila time</source>
        <translation>Petsa at oras, oras sa Manila</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="73"/>
        <source>Manila time (UTC+8)</source>
        <translation>Oras sa Manila (UTC+8)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="81"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="84"/>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="85"/>
        <source>Not assigned</source>
        <translation>Hindi naka-assign</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="99"/>
        <source>Hearing status</source>
        <translation>Status ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="102"/>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="106"/>
        <source>Hearing notes</source>
        <translation>Mga tala sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="111"/>
        <source>&amp;Court:</source>
        <translation>&amp;Korte:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="112"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="113"/>
        <source>&amp;Docket:</source>
        <translation>&amp;Docket:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="114"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="115"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Petsa at oras:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="119"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="120"/>
        <source>La&amp;wyer:</source>
        <translation>Abo&amp;gado:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="121"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="122"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resulta:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="123"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Mga tala:</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="166"/>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="167"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="169"/>
        <source>Court</source>
        <translation>Korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="174"/>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="175"/>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="183"/>
        <source>Add &amp;court date…</source>
        <translation>Ma&amp;gdagdag ng petsa sa korte…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="187"/>
        <source>Court dates</source>
        <translation>Mga petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="190"/>
        <source>Court dates are kept by the case lawyer; social workers see them here.</source>
        <translation>Ang abogado ng case ang nagtatala ng mga petsa sa korte; dito ito nakikita ng mga social worker.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="75"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="76"/>
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="77"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="78"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="79"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="84"/>
        <source>History of the case</source>
        <translation>Kasaysayan ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="88"/>
        <source>Refre&amp;sh</source>
        <translation>I-refre&amp;sh</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="106"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="125"/>
        <source>One event.</source>
        <translation>Isang pangyayari.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="125"/>
        <source>%1 events, newest first.</source>
        <translation>%1 pangyayari, nauuna ang pinakabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="128"/>
        <source>No events are recorded for this case yet.</source>
        <translation>Wala pang nakatalang pangyayari para sa case na ito.</translation>
    </message>
</context>
<context>
    <name>HubSyncDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="57"/>
        <source>Sync with the laptops</source>
        <translation>Mag-sync sa mga laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="66"/>
        <source>This computer is the office hub. Apply the bundle a laptop brings (a file on a USB stick or in a shared folder), then write its return bundle and take that back to the laptop. caseintake opens no network connection: files are the only way in or out.</source>
        <translation>Ang computer na ito ang hub ng opisina. I-apply ang bundle na dala ng isang laptop (file sa USB stick o sa shared folder), pagkatapos ay isulat ang pabalik na bundle nito at dalhin iyon pabalik sa laptop. Hindi kumokonekta sa network ang caseintake: mga file lang ang daan papasok at palabas.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="74"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="75"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="76"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="77"/>
        <source>Last bundle from it</source>
        <translation>Huling bundle mula rito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="78"/>
        <source>Last bundle for it</source>
        <translation>Huling bundle para rito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="79"/>
        <source>Bundles in</source>
        <translation>Natanggap na bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="80"/>
        <source>Bundles out</source>
        <translation>Ipinadalang bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="83"/>
        <source>Enrolled laptops</source>
        <translation>Mga naka-enroll na laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="91"/>
        <source>&amp;Apply bundle…</source>
        <translation>I-&amp;apply ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="93"/>
        <source>&amp;Write bundle for selected laptop…</source>
        <translation>&amp;Isulat ang bundle para sa napiling laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="95"/>
        <source>&amp;Enrol a laptop…</source>
        <translation>Mag-&amp;enroll ng laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="97"/>
        <source>&amp;Revoke…</source>
        <translation>I-&amp;revoke…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="99"/>
        <source>&amp;Conflicts…</source>
        <translation>Mga &amp;conflict…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="101"/>
        <source>&amp;Sync shared folder…</source>
        <translation>I-&amp;sync ang shared folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="105"/>
        <source>Apply every laptop&apos;s bundle in a shared folder, then write a return bundle there for each laptop in use</source>
        <translation>I-apply ang bundle ng bawat laptop na nasa shared folder, pagkatapos ay isulat doon ang pabalik na bundle para sa bawat laptop na ginagamit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="124"/>
        <source>Nothing applied yet in this window.</source>
        <translation>Wala pang na-apply sa window na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="125"/>
        <source>Nothing written yet in this window.</source>
        <translation>Wala pang naisulat sa window na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="127"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="127"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="182"/>
        <source>No laptop is enrolled yet: use Enrol a laptop… to make one.</source>
        <translation>Wala pang naka-enroll na laptop: gamitin ang Mag-enroll ng laptop… para magdagdag ng isa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="187"/>
        <source>Revoked %1</source>
        <translation>Na-revoke noong %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="189"/>
        <source>Enrolled %1, no bundle yet</source>
        <translation>Na-enroll noong %1, wala pang bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="190"/>
        <source>In use</source>
        <translation>Ginagamit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="212"/>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="217"/>
        <source>Apply a laptop&apos;s bundle</source>
        <translation>I-apply ang bundle ng isang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="226"/>
        <source>Verifying and applying the bundle…</source>
        <translation>Sinusuri at ina-apply ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="239"/>
        <source>Next: write the return bundle for %1 and take it back to the laptop.</source>
        <translation>Susunod: isulat ang pabalik na bundle para sa %1 at dalhin ito pabalik sa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="250"/>
        <source>Write a bundle for %1</source>
        <translation>Isulat ang bundle para sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="267"/>
        <source>Writing the bundle…</source>
        <translation>Isinusulat ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="278"/>
        <source>Take %1 to the laptop and apply it there.</source>
        <translation>Dalhin ang %1 sa laptop at i-apply ito roon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="285"/>
        <source>Sync a shared folder</source>
        <translation>I-sync ang isang shared folder</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="300"/>
        <source>Applying the laptops&apos; bundles and writing theirs…</source>
        <translation>Ina-apply ang mga bundle ng mga laptop at isinusulat ang para sa kanila…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="314"/>
        <source>%1 was refused: %2</source>
        <translation>Tinanggihan ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="318"/>
        <source>No bundle in the folder was written for this hub.</source>
        <translation>Walang bundle sa folder na isinulat para sa hub na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="323"/>
        <source>Wrote %1 return bundle into the folder.</source>
        <translation>Naisulat sa folder ang %1 pabalik na bundle.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="324"/>
        <source>Wrote %1 return bundles into the folder.</source>
        <translation>Naisulat sa folder ang %1 pabalik na bundle.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="327"/>
        <source>The shared folder is synced.</source>
        <translation>Na-sync na ang shared folder.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="50"/>
        <source>Check integrity</source>
        <translation>Suriin ang integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="56"/>
        <source>Checking the database…</source>
        <translation>Sinusuri ang database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="61"/>
        <source>Progress of the check</source>
        <translation>Takbo ng pagsusuri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="65"/>
        <source>Integrity report</source>
        <translation>Ulat ng integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="74"/>
        <source>&amp;Save as text…</source>
        <translation>I-&amp;save bilang text…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="115"/>
        <source>Checking (%1 of %2): %3</source>
        <translation>Sinusuri (%1 sa %2): %3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="137"/>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="150"/>
        <source>&lt;b&gt;The check was cancelled before it finished&lt;/b&gt;, so it says nothing about whether the database is intact; nothing was changed. Run it again to know.</source>
        <translation>&lt;b&gt;Kinansela ang pagsusuri bago ito natapos&lt;/b&gt;, kaya wala itong masasabi kung buo ang database; walang nabago. Patakbuhin ito ulit para malaman.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="155"/>
        <source>The check could not run.</source>
        <translation>Hindi natuloy ang pagsusuri.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="162"/>
        <source>Cancelling the check…</source>
        <translation>Kinakansela ang pagsusuri…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="175"/>
        <source>Save the integrity report</source>
        <translation>I-save ang ulat ng integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="177"/>
        <source>Text files (*.txt)</source>
        <translation>Mga text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="187"/>
        <source>Report saved to %1.</source>
        <translation>Na-save ang ulat sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="200"/>
        <source>Print the integrity report</source>
        <translation>I-print ang ulat ng integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="204"/>
        <source>The report was sent to the printer.</source>
        <translation>Naipadala na sa printer ang ulat.</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="39"/>
        <source>No problems found: the database is whole and no record was altered.</source>
        <translation>Walang nakitang problema: buo ang database at walang record na binago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="44"/>
        <source>1 problem found: the database is damaged or was altered.</source>
        <translation>1 problema ang nakita: sira ang database o may binago rito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="47"/>
        <source>%1 problems found: the database is damaged or was altered.</source>
        <translation>%1 problema ang nakita: sira ang database o may binago rito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="56"/>
        <source>Nothing needs doing. Run the check again after a crash or a power cut, and before relying on a backup.</source>
        <translation>Walang kailangang gawin. Patakbuhin ulit ang pagsusuri pagkatapos mag-crash o mag-brownout, at bago umasa sa isang backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="64"/>
        <source>Stop entering new work in this database: the check repaired nothing and changed nothing.</source>
        <translation>Huwag munang magpasok ng bagong trabaho sa database na ito: walang inayos at walang binago ang pagsusuri.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="68"/>
        <source>Restore the most recent backup that checks clean (Keys and backups, Restore from a backup); the files it replaces are kept beside the database, still encrypted.</source>
        <translation>I-restore ang pinakabagong backup na pumasa sa pagsusuri (Mga key at backup, I-restore mula sa backup); itinatabi sa tabi ng database ang mga file na papalitan nito, naka-encrypt pa rin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="73"/>
        <source>If there is no such backup, keep the files exactly as they are and ask for expert help. Save or print this report to show what was found.</source>
        <translation>Kung walang ganoong backup, huwag galawin ang mga file at humingi ng tulong sa eksperto. I-save o i-print ang ulat na ito para maipakita ang nakita.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="85"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="86"/>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="87"/>
        <source>NOT RUN</source>
        <translation>HINDI NASURI</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="92"/>
        <source>caseintake integrity check</source>
        <translation>Pagsusuri ng integridad ng caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="94"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="95"/>
        <source>Checked: %1 by %2</source>
        <translation>Sinuri: %1 ni %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="101"/>
        <source>What was checked</source>
        <translation>Ano ang sinuri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="108"/>
        <source>  (A check not run was stopped by an earlier one that could not read the file.)</source>
        <translation>  (Ang pagsusuring hindi natuloy ay pinahinto ng naunang pagsusuri na hindi nakabasa sa file.)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="114"/>
        <source>Facts</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="117"/>
        <source>What to do next</source>
        <translation>Ano ang susunod na gagawin</translation>
    </message>
</context>
<context>
    <name>LaptopSyncDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="60"/>
        <source>Sync with the office</source>
        <translation>Mag-sync sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="79"/>
        <source>This laptop:</source>
        <translation>Laptop na ito:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="80"/>
        <source>Not yet at the office:</source>
        <translation>Wala pa sa opisina:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="81"/>
        <source>Last bundle written:</source>
        <translation>Huling bundle na naisulat:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="82"/>
        <source>Last bundle from the office applied:</source>
        <translation>Huling bundle mula sa opisina na na-apply:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="83"/>
        <source>Conflicts:</source>
        <translation>Mga conflict:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="85"/>
        <source>&amp;Write bundle for the office…</source>
        <translation>&amp;Isulat ang bundle para sa opisina…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="87"/>
        <source>&amp;Apply bundle from the office…</source>
        <translation>I-&amp;apply ang bundle mula sa opisina…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="89"/>
        <source>Con&amp;flicts…</source>
        <translation>Mga con&amp;flict…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="100"/>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="113"/>
        <source>Shared sync folder</source>
        <translation>Shared folder para sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="104"/>
        <source>A folder that Syncthing or a network share keeps in step with the office. When one is set, bundles for this laptop are applied as they appear in it, and Sync now writes this laptop&apos;s bundle into it. caseintake itself opens no network connection.</source>
        <translation>Isang folder na pinananatiling kapareho ng sa opisina ng Syncthing o ng isang network share. Kapag may nakatakdang folder, ina-apply ang mga bundle para sa laptop na ito sa sandaling lumabas ang mga ito roon, at isinusulat doon ng Mag-sync ngayon ang bundle ng laptop na ito. Hindi kumokonekta sa network ang caseintake mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="114"/>
        <source>No folder: bundles travel by hand (a USB stick)</source>
        <translation>Walang folder: dinadala nang mano-mano ang mga bundle (USB stick)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="115"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Pumili ng folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="117"/>
        <source>S&amp;top using it</source>
        <translation>Huwag nang &amp;gamitin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="119"/>
        <source>Sync &amp;now</source>
        <translation>Mag-sync &amp;ngayon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="137"/>
        <source>Nothing applied yet in this window.</source>
        <translation>Wala pang na-apply sa window na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="138"/>
        <source>Nothing written yet in this window.</source>
        <translation>Wala pang naisulat sa window na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="140"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="140"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="185"/>
        <source>%1 change</source>
        <translation>%1 pagbabago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="185"/>
        <source>%1 changes</source>
        <translation>%1 pagbabago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="187"/>
        <source>nothing: every change is at the office</source>
        <translation>wala: nasa opisina na ang bawat pagbabago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="194"/>
        <source>%1 waits for the office&apos;s decision</source>
        <translation>%1 ang naghihintay ng pasya ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="195"/>
        <source>%1 wait for the office&apos;s decision</source>
        <translation>%1 ang naghihintay ng pasya ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="198"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="212"/>
        <source>The folder is not there now (a share not connected?); it is used again once it is.</source>
        <translation>Wala ngayon ang folder (hindi nakakonekta ang share?); gagamitin ulit ito kapag nandiyan na.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="215"/>
        <source>Watching the folder for bundles from the office.</source>
        <translation>Binabantayan ang folder para sa mga bundle mula sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="223"/>
        <source>Write a bundle for the office</source>
        <translation>Isulat ang bundle para sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="232"/>
        <source>Writing the bundle…</source>
        <translation>Isinusulat ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="242"/>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="266"/>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="289"/>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="294"/>
        <source>the office</source>
        <translation>opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="243"/>
        <source>Take %1 to the office to be applied there.</source>
        <translation>Dalhin ang %1 sa opisina para i-apply doon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="248"/>
        <source>Apply the office&apos;s bundle</source>
        <translation>I-apply ang bundle ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="256"/>
        <source>Verifying and applying the bundle…</source>
        <translation>Sinusuri at ina-apply ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="273"/>
        <source>Choose the shared sync folder</source>
        <translation>Piliin ang shared folder para sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="279"/>
        <source>Syncing through the shared folder…</source>
        <translation>Nagsi-sync sa pamamagitan ng shared folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="282"/>
        <source>The shared folder is not there, or a sync is already under way.</source>
        <translation>Wala ang shared folder, o may sync na kasalukuyang tumatakbo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="302"/>
        <source>Synced: this laptop&apos;s bundle is in the folder, and the office&apos;s bundle was applied.</source>
        <translation>Na-sync: nasa folder na ang bundle ng laptop na ito, at na-apply ang bundle ng opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="304"/>
        <source>Synced: this laptop&apos;s bundle is in the folder; no new bundle from the office.</source>
        <translation>Na-sync: nasa folder na ang bundle ng laptop na ito; walang bagong bundle mula sa opisina.</translation>
    </message>
</context>
<context>
    <name>LeakBlockDialog</name>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="48"/>
        <source>Why the output was blocked</source>
        <translation>Bakit hinarang ang output</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="56"/>
        <source>If a word below is an ordinary word and not the person&apos;s detail, you may allow it for that person. The allowance is recorded in the case history.</source>
        <translation>Kung ordinaryong salita lang ang isang salita sa ibaba at hindi detalye ng tao, maaari mo itong payagan para sa taong iyon. Itatala ang pagpayag sa kasaysayan ng case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="64"/>
        <source>“%1” for %2</source>
        <translation>“%1” para kay %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="66"/>
        <source>Allow this word</source>
        <translation>Payagan ang salitang ito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="69"/>
        <source>Allow the word %1 for %2</source>
        <translation>Payagan ang salitang %1 para kay %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="76"/>
        <source>Allow each word for each person listed</source>
        <translation>Payagan ang bawat salita para sa bawat taong nakalista</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="82"/>
        <source>%1 more people are not listed here.</source>
        <translation>May %1 pang tao na hindi nakalista rito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="102"/>
        <source>Allowed for %1 people. Make the output again.</source>
        <translation>Pinayagan para sa %1 tao. Gawin ulit ang output.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="118"/>
        <source>Allowed for %1. Make the output again.</source>
        <translation>Pinayagan para kay %1. Gawin ulit ang output.</translation>
    </message>
</context>
<context>
    <name>LeakWarningBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="81"/>
        <source>This text contains %1&apos;s %2, which must stay in the identity vault.</source>
        <translation>Nasa tekstong ito ang %2 ni %1, na dapat manatili sa identity vault.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="86"/>
        <source>One more protected detail is highlighted.</source>
        <translation>May isa pang protektadong detalye na naka-highlight.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="87"/>
        <source>%1 more protected details are highlighted.</source>
        <translation>May %1 pang protektadong detalye na naka-highlight.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="90"/>
        <source>Replace with %1</source>
        <translation>Palitan ng %1</translation>
    </message>
</context>
<context>
    <name>LeakWatch</name>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="32"/>
        <source>%1&apos;s %2</source>
        <translation>%2 ni %1</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="126"/>
        <source>Licences</source>
        <translation>Mga lisensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="131"/>
        <source>caseintake is built from these components. Each is used under the licence shown; select one to read its licence text.</source>
        <translation>Binuo ang caseintake mula sa mga bahaging ito. Ginagamit ang bawat isa ayon sa lisensyang nakalagay; pumili ng isa para basahin ang teksto ng lisensya nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="139"/>
        <source>Components and their licences</source>
        <translation>Mga bahagi at ang mga lisensya nila</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="141"/>
        <source>Component</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="141"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="141"/>
        <source>Licence</source>
        <translation>Lisensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="159"/>
        <source>Licence text</source>
        <translation>Teksto ng lisensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="198"/>
        <source>The licence text {0} is missing from this installation.</source>
        <translation>Wala sa installation na ito ang teksto ng lisensyang {0}.</translation>
    </message>
</context>
<context>
    <name>LockDrafts</name>
    <message>
        <location filename="../../caseintake/ui/lock_drafts.py" line="196"/>
        <source>Restored what you typed before the screen locked.</source>
        <extracomment>The forms of a case&apos;s record tabs (`RecordsTab.kind`); any other form stands on its own.</extracomment>
        <translation>Naibalik ang tinype mo bago nag-lock ang screen.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../caseintake/ui/long_work.py" line="30"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="58"/>
        <source>caseintake</source>
        <translation>caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="110"/>
        <source>&amp;New case</source>
        <translation>Bagong &amp;case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="113"/>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="116"/>
        <source>&amp;Import cases…</source>
        <translation>Mag-&amp;import ng mga case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="118"/>
        <source>Load &amp;demo data…</source>
        <translation>Mag-load ng &amp;demo data…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="119"/>
        <source>&amp;Back up…</source>
        <translation>Mag-&amp;backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="121"/>
        <source>&amp;Hearing summary PDF…</source>
        <translation>Buod ng &amp;hearing (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="127"/>
        <source>Anonymized &amp;counts…</source>
        <translation>&amp;Mga anonymized na bilang…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="129"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="149"/>
        <source>&amp;Edit</source>
        <translation>I-&amp;edit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="150"/>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="159"/>
        <source>&amp;Find case</source>
        <translation>&amp;Hanapin ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="164"/>
        <source>Refresh &amp;list</source>
        <translation>I-refresh ang &amp;listahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="172"/>
        <source>Court &amp;agenda</source>
        <translation>&amp;Agenda sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="174"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="175"/>
        <source>&amp;Users…</source>
        <translation>Mga &amp;user…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="178"/>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Palitan ang aking passphrase…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="182"/>
        <source>&amp;Preferences…</source>
        <translation>Mga &amp;setting…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>T&amp;ulong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="194"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="199"/>
        <source>&amp;About caseintake</source>
        <translation>&amp;Tungkol sa caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="208"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="323"/>
        <source>Saved %1.</source>
        <translation>Na-save ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="329"/>
        <source>Copy blocked</source>
        <translation>Hinarang ang pagkopya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="337"/>
        <source>Import cases</source>
        <translation>Mag-import ng mga case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="337"/>
        <source>Case files (*.json)</source>
        <translation>Mga case file (*.json)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="345"/>
        <source>Import</source>
        <translation>Mag-import</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="346"/>
        <source>Importing cases…</source>
        <translation>Ini-import ang mga case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="349"/>
        <source>Imported %1 case.</source>
        <translation>Na-import ang %1 case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="349"/>
        <source>Imported %1 cases.</source>
        <translation>Na-import ang %1 case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="358"/>
        <location filename="../../caseintake/ui/main_window.py" line="366"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="358"/>
        <source>How many synthetic cases should be added?</source>
        <translation>Ilang synthetic na case ang idadagdag?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="367"/>
        <source>Generating synthetic cases…</source>
        <translation>Gumagawa ng mga synthetic na case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="370"/>
        <source>Added %1 synthetic case.</source>
        <translation>Nadagdag ang %1 synthetic na case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="370"/>
        <source>Added %1 synthetic cases.</source>
        <translation>Nadagdag ang %1 synthetic na case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="383"/>
        <source>Back up the database</source>
        <translation>Mag-backup ng database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="385"/>
        <source>caseintake backups (*.cibackup)</source>
        <translation>Mga backup ng caseintake (*.cibackup)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="403"/>
        <location filename="../../caseintake/ui/main_window.py" line="407"/>
        <location filename="../../caseintake/ui/main_window.py" line="434"/>
        <source>Hearing summary</source>
        <translation>Buod ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="403"/>
        <source>Open a saved case first.</source>
        <translation>Magbukas muna ng naka-save na case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="407"/>
        <source>This case has no hearings to summarise yet.</source>
        <translation>Wala pang hearing ang case na ito na maibubuod.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="420"/>
        <source>Save the hearing summary</source>
        <translation>I-save ang buod ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="422"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="435"/>
        <source>Preparing the hearing summary…</source>
        <translation>Inihahanda ang buod ng hearing…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="453"/>
        <source>Hearing summary written to %1 (%2 pages, document %3).</source>
        <translation>Naisulat ang buod ng hearing sa %1 (%2 pahina, dokumento %3).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="471"/>
        <source>Hearing summary — %1</source>
        <translation>Buod ng hearing — %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="519"/>
        <source>Your passphrase was changed.</source>
        <translation>Napalitan na ang passphrase mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="548"/>
        <source>Unsaved changes</source>
        <translation>May mga pagbabagong hindi pa naka-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="549"/>
        <source>Save the changes to this case before quitting?</source>
        <translation>I-save ang mga pagbabago sa case na ito bago umalis?</translation>
    </message>
</context>
<context>
    <name>MaintenanceMenu</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="53"/>
        <source>Check &amp;integrity…</source>
        <translation>Suriin ang &amp;integridad…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="55"/>
        <source>&amp;Restore from a backup…</source>
        <translation>I-&amp;restore mula sa backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="58"/>
        <source>Print recovery &amp;sheet…</source>
        <translation>I-print ang recovery &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="51"/>
        <source>&amp;Keys and backups</source>
        <extracomment>The main window, which builds this menu (`ui.main_window.MainWindow`; not imported, which would make a cycle): its state, editor, case list, status bar, actions and `lock`.</extracomment>
        <translation>Mga key at ba&amp;ckup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="61"/>
        <source>&amp;Remove demo cases…</source>
        <translation>&amp;Alisin ang mga demo case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="65"/>
        <source>DEMO DATABASE: synthetic cases only</source>
        <translation>DEMO DATABASE: mga synthetic na case lang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="118"/>
        <source>caseintake — DEMO DATABASE</source>
        <translation>caseintake — DEMO DATABASE</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="118"/>
        <source>caseintake</source>
        <translation>caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="126"/>
        <source>Check integrity</source>
        <translation>Suriin ang integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="131"/>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="155"/>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="173"/>
        <source>Restore from a backup</source>
        <translation>I-restore mula sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="174"/>
        <source>Restoring the backup…</source>
        <translation>Nire-restore ang backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="184"/>
        <source> The replaced files are kept, still encrypted, in %1.</source>
        <translation> Nakatabi ang mga pinalitang file, naka-encrypt pa rin, sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="191"/>
        <source>The backup was restored.</source>
        <translation>Na-restore ang backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="191"/>
        <source>Sign in to continue.</source>
        <translation>Mag-sign in para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="199"/>
        <source>Sign in again to continue.</source>
        <translation>Mag-sign in ulit para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="211"/>
        <source>Remove demo cases</source>
        <translation>Alisin ang mga demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="216"/>
        <source>Save or undo the changes to the open case first.</source>
        <translation>I-save o i-undo muna ang mga pagbabago sa nakabukas na case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="226"/>
        <source>This demo database has no cases to remove.</source>
        <translation>Walang case na maaalis sa demo database na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="234"/>
        <source>Remove the %1 case of this demo database? Synthetic cases only; it cannot be undone.</source>
        <translation>Alisin ang %1 case ng demo database na ito? Mga synthetic na case lang; hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="237"/>
        <source>Remove all %1 cases of this demo database? Synthetic cases only; it cannot be undone.</source>
        <translation>Alisin ang lahat ng %1 case ng demo database na ito? Mga synthetic na case lang; hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="251"/>
        <source>Removing the demo cases…</source>
        <translation>Inaalis ang mga demo case…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="258"/>
        <source>Removed %1 demo case.</source>
        <translation>Naalis ang %1 demo case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="258"/>
        <source>Removed %1 demo cases.</source>
        <translation>Naalis ang %1 demo case.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/widgets.py" line="61"/>
        <source>Dismiss</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>MissingDatabaseDialog</name>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="93"/>
        <source>Case database not found</source>
        <translation>Hindi makita ang database ng mga case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="122"/>
        <source>The case database file is missing from this computer, although its key file is still here.</source>
        <translation>Nawawala sa computer na ito ang database file ng mga case, kahit nandito pa ang key file nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="125"/>
        <source>The key file of the case database is missing, so the database cannot be opened.</source>
        <translation>Nawawala ang key file ng database ng mga case, kaya hindi mabuksan ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="126"/>
        <source>The case database used on this computer before is missing.</source>
        <translation>Nawawala ang database ng mga case na dating ginamit sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="135"/>
        <source>Expected at: %1</source>
        <translation>Inaasahang nasa: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="141"/>
        <source>If the file was moved, choose it; if it was lost, restore your latest backup. A supervisor&apos;s user name and passphrase are needed to restore.</source>
        <translation>Kung inilipat ang file, piliin ito; kung nawala, i-restore ang pinakahuli ninyong backup. Kailangan ang user name at passphrase ng isang supervisor para mag-restore.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="146"/>
        <source>&amp;Restore from a backup…</source>
        <translation>I-&amp;restore mula sa backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="150"/>
        <source>C&amp;hoose another database file…</source>
        <translation>&amp;Pumili ng ibang database file…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="158"/>
        <source>&amp;Open the database last used: %1</source>
        <translation>&amp;Buksan ang huling ginamit na database: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="161"/>
        <source>Create a &amp;new, empty database…</source>
        <translation>&amp;Gumawa ng bago at walang lamang database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="183"/>
        <source>Choose the case database</source>
        <translation>Piliin ang database ng mga case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="185"/>
        <source>Case databases (*.db);;All files (*)</source>
        <translation>Mga database ng case (*.db);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="201"/>
        <source>Create a new database</source>
        <translation>Gumawa ng bagong database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="203"/>
        <source>A new, empty database will be made at %1; the missing cases are not in it. Create it?</source>
        <translation>Gagawa ng bago at walang lamang database sa %1; wala rito ang mga nawawalang case. Gawin ito?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="216"/>
        <source>&lt;b&gt;Restore from a backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;I-restore mula sa backup&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="219"/>
        <source>The backup is checked before anything is put in place, and any file it replaces is kept beside it.</source>
        <translation>Sinusuri muna ang backup bago ilagay ang anuman, at itinatabi ang bawat file na papalitan nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="226"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="227"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Hanapin…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="235"/>
        <source>Supervisor&apos;s user name</source>
        <translation>User name ng supervisor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="238"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="241"/>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="244"/>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation>&amp;User name ng supervisor:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="247"/>
        <source>&amp;Set the files left at that place aside and restore the backup there</source>
        <translation>I-&amp;tabi muna ang mga file na naiwan doon at doon i-restore ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="255"/>
        <source>&amp;Back</source>
        <translation>&amp;Bumalik</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="258"/>
        <source>&amp;Restore</source>
        <translation>I-&amp;restore</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="276"/>
        <source>Choose the backup</source>
        <translation>Piliin ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="276"/>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="285"/>
        <source>Choose the backup file to restore.</source>
        <translation>Piliin ang backup file na ire-restore.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="288"/>
        <source>Type a supervisor&apos;s user name and passphrase.</source>
        <translation>I-type ang user name at passphrase ng isang supervisor.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="292"/>
        <source>Tick the box to set the files left at that place aside first.</source>
        <translation>Lagyan ng tsek ang kahon para maitabi muna ang mga file na naiwan doon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="298"/>
        <source>Checking and restoring the backup…</source>
        <translation>Sinusuri at nire-restore ang backup…</translation>
    </message>
</context>
<context>
    <name>NoteVersionsDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="37"/>
        <source>Earlier versions of the note</source>
        <translation>Mga naunang bersyon ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="42"/>
        <source>Versions of the note</source>
        <translation>Mga bersyon ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="46"/>
        <source>Text of the chosen version</source>
        <translation>Teksto ng napiling bersyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="48"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="72"/>
        <source>One version: the note has not been edited.</source>
        <translation>Isang bersyon: hindi pa na-edit ang tala.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="73"/>
        <source>%1 versions, oldest first; the last is the current text.</source>
        <translation>%1 bersyon, nauuna ang pinakaluma; ang huli ang kasalukuyang teksto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="78"/>
        <source>Version %1 · %2 · %3 · %4</source>
        <translation>Bersyon %1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="52"/>
        <source>imported by %1 on %2</source>
        <translation>in-import ni %1 noong %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="54"/>
        <source>imported by %1</source>
        <translation>in-import ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="57"/>
        <source>stated author: %1, %2</source>
        <translation>sinabing sumulat: %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="85"/>
        <source>Written</source>
        <translation>Isinulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="86"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="87"/>
        <source>Author</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="88"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="89"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="93"/>
        <source>Not saved yet: press Save (Ctrl+S).</source>
        <translation>Hindi pa naka-save: pindutin ang I-save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="95"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="97"/>
        <source>A&amp;dd note</source>
        <translation>Ma&amp;gdagdag ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="100"/>
        <source>Ear&amp;lier versions…</source>
        <translation>Mga &amp;naunang bersyon…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="104"/>
        <source>Note kind</source>
        <translation>Uri ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="112"/>
        <source>Note text</source>
        <translation>Teksto ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="113"/>
        <source>Use pseudonyms; a protected name is flagged</source>
        <translation>Gumamit ng pseudonym; mamarkahan ang pangalang protektado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="114"/>
        <source>Select a note to read it, or add a new one.</source>
        <translation>Pumili ng tala para basahin ito, o magdagdag ng bago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="129"/>
        <source>Kind:</source>
        <translation>Uri:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="150"/>
        <source>new</source>
        <translation>bago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="152"/>
        <source>%1, edited</source>
        <translation>%1, na-edit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="179"/>
        <source>Your role cannot write notes.</source>
        <translation>Hindi makasulat ng tala ang tungkulin mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="231"/>
        <source>New note, saved with the case (Ctrl+S).</source>
        <translation>Bagong tala, mase-save kasama ng case (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="234"/>
        <source>Dated %1 (%2); version %3.</source>
        <translation>May petsang %1 (%2); bersyon %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="236"/>
        <source>Written %1 by %2; version %3.</source>
        <translation>Isinulat noong %1 ni %2; bersyon %3.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="58"/>
        <source>You can read this case. Only social workers and supervisors change its details.</source>
        <translation>Mababasa mo ang case na ito. Mga social worker at supervisor lang ang nakakapagbago ng mga detalye nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="65"/>
        <source>Opened on</source>
        <translation>Binuksan noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="68"/>
        <location filename="../../caseintake/ui/editor/overview.py" line="71"/>
        <source>Closed on</source>
        <translation>Isinara noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="70"/>
        <source>Case closed</source>
        <translation>Sarado na ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="72"/>
        <source>Choose a region…</source>
        <translation>Pumili ng rehiyon…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="73"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="76"/>
        <source>Province</source>
        <translation>Probinsya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="77"/>
        <source>Not recorded</source>
        <translation>Hindi nakatala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="78"/>
        <source>Reached us through</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="81"/>
        <source>Outside reference</source>
        <translation>Panlabas na reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="82"/>
        <source>e.g. the CyberTipline report number</source>
        <translation>hal. ang numero ng report sa CyberTipline</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="85"/>
        <source>Assigned worker</source>
        <translation>Naka-assign na worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="87"/>
        <source>Statistics consent</source>
        <translation>Consent sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="88"/>
        <source>May the case be counted in statistics</source>
        <translation>Maaari bang isama ang case sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="93"/>
        <source>Case summary</source>
        <translation>Buod ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="94"/>
        <source>Use pseudonyms; a protected name is flagged</source>
        <translation>Gumamit ng pseudonym; mamarkahan ang pangalang protektado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="96"/>
        <source>What happened and what is being done, using pseudonyms (AAA, XXX) only.</source>
        <translation>Ano ang nangyari at ano ang ginagawa, gamit lang ang mga pseudonym (AAA, XXX).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="102"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="104"/>
        <source>opening date</source>
        <translation>petsa ng pagbukas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="108"/>
        <source>closing date</source>
        <translation>petsa ng pagsara</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="109"/>
        <source>region</source>
        <translation>rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="110"/>
        <source>province</source>
        <translation>probinsya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="111"/>
        <source>offenses</source>
        <translation>mga paglabag</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="112"/>
        <source>source</source>
        <translation>pinagmulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="113"/>
        <source>outside reference</source>
        <translation>panlabas na reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="114"/>
        <source>summary</source>
        <translation>buod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="115"/>
        <source>assigned worker</source>
        <translation>naka-assign na worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="116"/>
        <source>statistics consent</source>
        <translation>consent sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="118"/>
        <source>accommodations</source>
        <translation>mga accommodation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="160"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="161"/>
        <source>Opene&amp;d on:</source>
        <translation>Binuksan &amp;noong:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="163"/>
        <source>Region:</source>
        <translation>Rehiyon:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="164"/>
        <source>Province:</source>
        <translation>Probinsya:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="165"/>
        <source>Reached us through:</source>
        <translation>Pinagmulan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="166"/>
        <source>Outside reference:</source>
        <translation>Panlabas na reference:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="167"/>
        <source>Assigned &amp;worker:</source>
        <translation>Naka-assign na &amp;worker:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="168"/>
        <source>Statistics &amp;consent:</source>
        <translation>&amp;Pahintulot sa statistics:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="169"/>
        <source>Offenses</source>
        <translation>Mga paglabag</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="171"/>
        <source>Child-witness accommodations</source>
        <translation>Mga child-witness accommodation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="181"/>
        <source>Su&amp;mmary (victim-safe: pseudonyms only):</source>
        <translation>Buo&amp;d (ligtas para sa biktima: pseudonym lang):</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/canvas.py" line="59"/>
        <source>Page %1</source>
        <translation>Pahina %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="56"/>
        <source>This PDF cannot be shown here; open it in a PDF viewer instead.</source>
        <translation>Hindi maipakita rito ang PDF na ito; buksan na lang ito sa isang PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="114"/>
        <source>read failed</source>
        <extracomment>Each page&apos;s width and height in points (1/72 inch).</extracomment>
        <translation>hindi nabasa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="116"/>
        <source>Cannot read %1 to show it: %2.</source>
        <translation>Hindi mabasa ang %1 para ipakita: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="122"/>
        <source>%1 was changed after caseintake wrote it, so it is not shown here.</source>
        <translation>Binago ang %1 matapos itong isulat ng caseintake, kaya hindi ito ipinapakita rito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/printing.py" line="69"/>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Hindi mapaandar ang printer; walang na-print.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/printing.py" line="77"/>
        <source>The printer stopped at page %1; check it and print again.</source>
        <translation>Huminto ang printer sa pahina %1; tingnan ito at mag-print ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="114"/>
        <source>Zoom o&amp;ut</source>
        <extracomment>Kept between prints, so the printer and paper chosen once are offered again.</extracomment>
        <translation>Pa&amp;liitin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="115"/>
        <source>Zoom &amp;in</source>
        <translation>Pala&amp;kihin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="116"/>
        <source>Fit &amp;width</source>
        <translation>I-&amp;fit sa lapad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="135"/>
        <source>Pages</source>
        <translation>Mga pahina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="136"/>
        <source>Choose a page to scroll to it</source>
        <translation>Pumili ng pahina para pumunta roon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="156"/>
        <source>Page view</source>
        <translation>Tingin sa pahina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="167"/>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="168"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Buksan sa PDF viewer</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="169"/>
        <source>Show in &amp;folder</source>
        <translation>Ipakita sa f&amp;older</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="170"/>
        <source>&amp;Close</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="215"/>
        <source>Drawing the pages…</source>
        <translation>Iginuguhit ang mga pahina…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="237"/>
        <source>Page %1</source>
        <translation>Pahina %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="239"/>
        <source>%1 page</source>
        <translation>%1 pahina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="239"/>
        <source>%1 pages</source>
        <translation>%1 pahina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="301"/>
        <source>Page %1 of %2</source>
        <translation>Pahina %1 sa %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="373"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="414"/>
        <source>Print %1</source>
        <translation>I-print ang %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="430"/>
        <source>Sending %1 to the printer…</source>
        <translation>Ipinapadala ang %1 sa printer…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="434"/>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="435"/>
        <source>Sending the pages to the printer…</source>
        <translation>Ipinapadala ang mga pahina sa printer…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="448"/>
        <source>Print to another file than %1 itself.</source>
        <translation>Mag-print sa ibang file, hindi sa %1 mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="461"/>
        <source>Sent %1 page to the printer.</source>
        <translation>Naipadala ang %1 pahina sa printer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="461"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Naipadala ang %1 pahina sa printer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="471"/>
        <source>Printing cancelled.</source>
        <translation>Kinansela ang pag-print.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="479"/>
        <source>%1 is no longer in %2; it was moved or deleted.</source>
        <translation>Wala na ang %1 sa %2; inilipat o binura ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="491"/>
        <source>No PDF viewer opened %1; open it from its folder.</source>
        <translation>Walang PDF viewer na nagbukas sa %1; buksan ito mula sa folder nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="494"/>
        <source>Opened %1 in the PDF viewer.</source>
        <translation>Nabuksan ang %1 sa PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="510"/>
        <source>The folder could not be opened; the file is %1.</source>
        <translation>Hindi mabuksan ang folder; ang file ay %1.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="50"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="51"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="52"/>
        <source>Relationship</source>
        <translation>Kaugnayan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="53"/>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="54"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="55"/>
        <source>Nationality</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="56"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="63"/>
        <source>Add per&amp;son…</source>
        <translation>Ma&amp;gdagdag ng tao…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="67"/>
        <source>People in the case</source>
        <translation>Mga tao sa case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="68"/>
        <source>Identity</source>
        <translation>Pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="73"/>
        <source>Legal name:</source>
        <translation>Legal na pangalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="74"/>
        <source>Aliases:</source>
        <translation>Iba pang pangalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="75"/>
        <source>Birth date:</source>
        <translation>Petsa ng kapanganakan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="76"/>
        <source>Address:</source>
        <translation>Tirahan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="77"/>
        <source>School:</source>
        <translation>Paaralan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="78"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="86"/>
        <source>Revea&amp;l</source>
        <translation>&amp;Ipakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="89"/>
        <source>Show the vault identity; the reveal is recorded in the audit log.</source>
        <translation>Ipakita ang pagkakakilanlan mula sa vault; itatala ang pagpapakita sa audit log.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="92"/>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="118"/>
        <source>%1 (new)</source>
        <translation>%1 (bago)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="124"/>
        <source>in the identity vault</source>
        <translation>nasa identity vault</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="127"/>
        <source>Only social workers and supervisors add or change people.</source>
        <translation>Mga social worker at supervisor lang ang nakakapagdagdag o nakakapagbago ng mga tao.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="182"/>
        <source>Identity of %1</source>
        <translation>Pagkakakilanlan ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="189"/>
        <source>Not saved yet. The identity goes into the vault when you save the case.</source>
        <translation>Hindi pa naka-save. Mapupunta sa vault ang pagkakakilanlan kapag na-save mo ang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="191"/>
        <source>Masked. Revealing is recorded in the case history.</source>
        <translation>Nakatago. Itinatala sa kasaysayan ng case ang bawat pagpapakita.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="193"/>
        <source>Revealed to you; it will be masked again when you leave this case or lock.</source>
        <translation>Ipinakita sa iyo; itatago ulit ito kapag umalis ka sa case na ito o nag-lock.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="36"/>
        <source>Add a person</source>
        <translation>Magdagdag ng tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="36"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="43"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="46"/>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="50"/>
        <source>Not recorded</source>
        <translation>Hindi nakatala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="48"/>
        <source>Relationship to the victim</source>
        <translation>Kaugnayan sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="51"/>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="55"/>
        <source>Age at intake</source>
        <translation>Edad sa intake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="57"/>
        <source>Not known</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="60"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="61"/>
        <source>Protect: keep the identity in the vault, known by initials</source>
        <translation>Protektahan: itago sa vault ang pagkakakilanlan, initials lang ang gagamitin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="68"/>
        <source>only for people who need no protection, e.g. a foreign offender</source>
        <translation>para lang sa mga taong hindi kailangang protektahan, hal. isang dayuhang nang-aabuso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="71"/>
        <source>Only for people who need no protection</source>
        <translation>Para lang sa mga taong hindi kailangang protektahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="74"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="75"/>
        <source>separate with ;</source>
        <translation>paghiwalayin gamit ang ;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="76"/>
        <source>Aliases</source>
        <translation>Iba pang pangalan (alias)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="77"/>
        <source>Known</source>
        <translation>Alam</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="79"/>
        <source>Birth date known</source>
        <translation>Alam ang petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="80"/>
        <source>Birth date</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="83"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="85"/>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="86"/>
        <source>phone or e-mail</source>
        <translation>telepono o e-mail</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="87"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="89"/>
        <source>&amp;Role:</source>
        <translation>&amp;Tungkulin:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="90"/>
        <source>Relationship to the &amp;victim:</source>
        <translation>Kaugnayan sa &amp;biktima:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="91"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Kasarian:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="92"/>
        <source>&amp;Age at intake:</source>
        <translation>&amp;Edad sa intake:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="93"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nasyonalidad:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="95"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="96"/>
        <source>Identity (kept in the vault)</source>
        <translation>Pagkakakilanlan (nakatago sa vault)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="100"/>
        <source>Shown only to staff allowed to reveal it, and never printed or exported.</source>
        <translation>Ipinapakita lang sa staff na pinapayagang makita ito, at hindi kailanman ipi-print o ie-export.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="102"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal na pangalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="103"/>
        <source>Al&amp;iases:</source>
        <translation>&amp;Iba pang pangalan (alias):</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="104"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Araw ng kapanganakan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="105"/>
        <source>A&amp;ddress:</source>
        <translation>Ti&amp;rahan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="106"/>
        <source>S&amp;chool:</source>
        <translation>&amp;Skwelahan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="107"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="109"/>
        <source>Reveal the identity first to change it.</source>
        <translation>Ipakita muna ang pagkakakilanlan para mabago ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="200"/>
        <source>names no single country: choose one from the list, or leave it empty if not known</source>
        <translation>hindi tumutukoy sa iisang bansa: pumili ng isa sa listahan, o iwanang blangko kung hindi alam</translation>
    </message>
</context>
<context>
    <name>PlainTextEdit</name>
    <message>
        <location filename="../../caseintake/ui/editor/plain_text.py" line="31"/>
        <source>Images and files cannot be stored; paste text only.</source>
        <translation>Hindi maitatago ang mga larawan at file; teksto lang ang i-paste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="37"/>
        <source>Preferences</source>
        <extracomment>Each language by its own name, untranslated, so it can be found whatever the GUI shows now.</extracomment>
        <translation>Mga setting</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="43"/>
        <source> minutes</source>
        <translation> minuto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="45"/>
        <source>Lock after minutes without use</source>
        <translation>Ilang minutong hindi ginagamit bago mag-lock</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="49"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="51"/>
        <source>System default (%1)</source>
        <translation>Ayon sa system (%1)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="55"/>
        <source>A new language is used from the next time caseintake starts.</source>
        <translation>Gagamitin ang bagong wika sa susunod na pagbukas ng caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="61"/>
        <source>caseintake locks itself after this many minutes without keyboard or mouse use, closing the database until someone signs in again. Ctrl+L locks at once.</source>
        <translation>Magla-lock ang caseintake pagkalipas ng ganitong dami ng minutong walang gumagamit ng keyboard o mouse, at isasara ang database hanggang may mag-sign in ulit. Agad na nagla-lock ang Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="68"/>
        <source>Preferences are kept for your account on this computer, outside the encrypted database. They never contain case data.</source>
        <translation>Nakatago ang mga setting para sa account mo sa computer na ito, sa labas ng naka-encrypt na database. Hindi kailanman naglalaman ang mga ito ng data ng case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="77"/>
        <source>&amp;Lock after:</source>
        <translation>Mag-&amp;lock pagkalipas ng:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="78"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Wika:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/printing.py" line="29"/>
        <source>This printer writes a file; the recovery sheet is printed on paper only. Choose a real printer, or write the key down by hand.</source>
        <translation>Sumusulat sa file ang printer na ito; sa papel lang ipi-print ang recovery sheet. Pumili ng totoong printer, o isulat ang key sa papel.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="58"/>
        <source>Not saved yet: press Save (Ctrl+S).</source>
        <translation>Hindi pa naka-save: pindutin ang I-save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="64"/>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="127"/>
        <source>E&amp;dit…</source>
        <translation>I-e&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="127"/>
        <source>Vie&amp;w…</source>
        <translation>Ti&amp;ngnan…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="190"/>
        <source>&amp;Set passphrase</source>
        <translation>I-&amp;set ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="192"/>
        <source>Reset a passphrase</source>
        <translation>Mag-reset ng passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="196"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="202"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="203"/>
        <source>From the printed recovery sheet</source>
        <translation>Mula sa naka-print na recovery sheet</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="204"/>
        <source>eight groups of four letters and digits</source>
        <translation>walong grupo ng tig-apat na letra at numero</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="207"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="208"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="209"/>
        <source>New passphrase</source>
        <translation>Bagong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="210"/>
        <source>Repeat passphrase</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="211"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bagong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="215"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>U&amp;litin ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="218"/>
        <source>Use the recovery key printed when the database was created. The user&apos;s old passphrase stops working; nothing in the cases changes.</source>
        <translation>Gamitin ang recovery key na na-print noong ginawa ang database. Hindi na gagana ang lumang passphrase ng user; walang magbabago sa mga case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="231"/>
        <source>Enter the user name and the recovery key.</source>
        <translation>Ilagay ang user name at ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="237"/>
        <source>Checking the recovery key…</source>
        <translation>Sinusuri ang recovery key…</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="42"/>
        <source>caseintake recovery key</source>
        <translation>Recovery key ng caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="43"/>
        <source>Office: %1</source>
        <translation>Opisina: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="44"/>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="47"/>
        <source>Made on: %1</source>
        <translation>Ginawa noong: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="48"/>
        <source>With this key a supervisor sets a new passphrase for anyone who forgot theirs: in caseintake, Account, Users, Reset passphrase; or on the command line, caseintake recover --user NAME.</source>
        <translation>Gamit ang key na ito, makakapaglagay ang supervisor ng bagong passphrase para sa sinumang nakalimot ng sa kanila: sa caseintake, Account, Mga user, I-reset ang passphrase; o sa command line, caseintake recover --user NAME.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="53"/>
        <source>Keep this sheet locked away, apart from the laptop. Anyone who has it and a copy of the database files can open every case. If it is lost or may have been seen, a supervisor replaces the key (Keys and backups, Print recovery sheet) and this sheet stops working.</source>
        <translation>Itago ang sheet na ito nang nakakandado, hiwalay sa laptop. Mabubuksan ang bawat case ng sinumang may hawak nito at ng kopya ng mga database file. Kung nawala ito o maaaring may nakakita, papalitan ng supervisor ang key (Mga key at backup, I-print ang recovery sheet) at hindi na gagana ang sheet na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="73"/>
        <source>Print the recovery sheet</source>
        <translation>I-print ang recovery sheet</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="105"/>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="123"/>
        <source>&lt;b&gt;The recovery sheet can only be printed when its key is made.&lt;/b&gt;&lt;br&gt;The recovery key was shown once, when this database was created, and cannot be shown or printed again: caseintake does not keep it, only a lock that it opens.</source>
        <translation>&lt;b&gt;Maipi-print lang ang recovery sheet sa oras na ginawa ang key nito.&lt;/b&gt;&lt;br&gt;Isang beses lang ipinakita ang recovery key, noong ginawa ang database na ito, at hindi na ito maipapakita o maipi-print ulit: hindi ito itinatago ng caseintake, kundi ang kandadong binubuksan nito lang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="132"/>
        <source>If the sheet is lost, or someone may have seen it, make a new recovery key. It is shown once for you to print or write down; the old key stops working at once, and the database is re-encrypted so that an old copy of the key file opens nothing with it.</source>
        <translation>Kung nawala ang sheet, o maaaring may nakakita nito, gumawa ng bagong recovery key. Isang beses itong ipapakita para i-print mo o isulat; agad na hindi na gagana ang lumang key, at ie-encrypt ulit ang database para walang mabuksan ang lumang kopya ng key file gamit ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="139"/>
        <source>Your passphrase</source>
        <translation>Ang passphrase mo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="141"/>
        <source>Your &amp;passphrase:</source>
        <translation>Ang &amp;passphrase mo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="144"/>
        <source>Re-encrypting the database</source>
        <translation>Ine-encrypt ulit ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="149"/>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Gumawa ng bagong recovery key…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="166"/>
        <source>Type your passphrase to make a new recovery key.</source>
        <translation>I-type ang passphrase mo para gumawa ng bagong recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="171"/>
        <source>New recovery key</source>
        <translation>Bagong recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="173"/>
        <source>Make a new recovery key now? The old recovery sheet stops working at once. Have a printer ready, or paper and pen.</source>
        <translation>Gumawa na ng bagong recovery key? Agad na hindi na gagana ang lumang recovery sheet. Ihanda ang printer, o papel at panulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="182"/>
        <source>Making the new key and re-encrypting the database…</source>
        <translation>Ginagawa ang bagong key at ine-encrypt ulit ang database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="207"/>
        <source>The database key could not be replaced yet (an account has not signed in since the last upgrade): until it is, an old copy of the key file still opens with the old recovery key.</source>
        <translation>Hindi pa mapalitan ang database key (may account na hindi pa nagsa-sign in mula noong huling upgrade): hangga&apos;t hindi ito napapalitan, nabubuksan pa rin ng lumang recovery key ang lumang kopya ng key file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="220"/>
        <source>&lt;b&gt;The new recovery key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ang bagong recovery key&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="224"/>
        <source>Print it now, or write it on paper, and keep it locked away from this laptop. It is shown only this once. The old recovery key no longer works.</source>
        <translation>I-print ito ngayon, o isulat sa papel, at itago nang nakakandado, malayo sa laptop na ito. Ngayon lang ito ipapakita. Hindi na gumagana ang lumang recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="230"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>I-p&amp;rint ang recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="235"/>
        <source>I have printed or written down the new recovery key and stored it safely</source>
        <translation>Na-print ko o naisulat na ang bagong recovery key at naitago ito nang ligtas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="241"/>
        <source>&amp;Done</source>
        <translation>&amp;Tapos na</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="261"/>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Naipadala na sa printer ang recovery sheet.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="30"/>
        <source>Add a referral</source>
        <translation>Magdagdag ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="30"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="33"/>
        <source>e.g. DSWD Region VII</source>
        <translation>hal. DSWD Region VII</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="34"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="36"/>
        <source>Kind of referral</source>
        <translation>Uri ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="40"/>
        <source>Referred on</source>
        <translation>Petsa ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="45"/>
        <source>Referral status</source>
        <translation>Status ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="47"/>
        <location filename="../../caseintake/ui/editor/referrals.py" line="49"/>
        <source>Follow up on</source>
        <translation>Follow-up sa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="52"/>
        <source>Referral note</source>
        <translation>Tala sa referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="56"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Ahensya:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="57"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="58"/>
        <source>&amp;Referred on:</source>
        <translation>Petsa ng &amp;referral:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="59"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="61"/>
        <source>&amp;Note:</source>
        <translation>&amp;Tala:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="93"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="94"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="95"/>
        <source>Referred</source>
        <translation>Ni-refer</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="97"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="98"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="105"/>
        <source>Add referra&amp;l…</source>
        <translation>Ma&amp;gdagdag ng referral…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="109"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="112"/>
        <source>Only social workers and supervisors record referrals.</source>
        <translation>Mga social worker at supervisor lang ang nakakapagtala ng mga referral.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="61"/>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="229"/>
        <source>Restore from a backup</source>
        <translation>I-restore mula sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="68"/>
        <source>Restoring puts a backup in place of this database: every case, account and key comes from the backup. The files it replaces are kept beside the database, still encrypted. Everyone signs in again afterwards, with the passphrases of the backup&apos;s day.</source>
        <translation>Sa pag-restore, ipapalit ang backup sa database na ito: manggagaling sa backup ang bawat case, account at key. Itatabi sa tabi ng database ang mga file na papalitan nito, naka-encrypt pa rin. Magsa-sign in ulit ang lahat pagkatapos, gamit ang mga passphrase noong araw ng backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="76"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="77"/>
        <source>a .cibackup file</source>
        <translation>isang .cibackup na file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="78"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Hanapin…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="88"/>
        <source>Your passphrase</source>
        <translation>Ang passphrase mo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="90"/>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="93"/>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="94"/>
        <source>Your &amp;passphrase:</source>
        <translation>Ang &amp;passphrase mo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="98"/>
        <source>Restore it anyway, &amp;undoing the changes made since</source>
        <translation>I-restore pa rin, at &amp;bawiin ang mga pagbabago mula noon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="104"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Suriin ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="108"/>
        <source>&amp;Restore…</source>
        <translation>I-&amp;restore…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="134"/>
        <source>Choose the backup</source>
        <translation>Piliin ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="136"/>
        <source>caseintake backups (*.cibackup);;All files (*)</source>
        <translation>Mga backup ng caseintake (*.cibackup);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="159"/>
        <source>Choose the backup file to restore.</source>
        <translation>Piliin ang backup file na ire-restore.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="163"/>
        <source>Type your passphrase: a restore needs a supervisor&apos;s.</source>
        <translation>I-type ang passphrase mo: kailangan ang sa supervisor para mag-restore.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="168"/>
        <source>Checking the backup (nothing is replaced yet)…</source>
        <translation>Sinusuri ang backup (wala pang pinapalitan)…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="188"/>
        <source>This backup is older than the database: restoring it undoes every change made since. Tick the box to restore it anyway.</source>
        <translation>Mas luma ang backup na ito kaysa sa database: kapag ni-restore ito, mababawi ang bawat pagbabagong ginawa mula noon. Lagyan ng tsek ang kahon para i-restore pa rin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="193"/>
        <source>The backup is whole and can be restored.</source>
        <translation>Buo ang backup at maaari itong i-restore.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="199"/>
        <source>&lt;b&gt;Backup from %1&lt;/b&gt; (its latest activity): %2, %3.</source>
        <translation>&lt;b&gt;Backup mula %1&lt;/b&gt; (huling aktibidad nito): %2, %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="201"/>
        <source>%1 case</source>
        <translation>%1 case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="201"/>
        <source>%1 cases</source>
        <translation>%1 case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="202"/>
        <source>%1 staff account</source>
        <translation>%1 staff account</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="202"/>
        <source>%1 staff accounts</source>
        <translation>%1 staff account</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="207"/>
        <source>It is a backup of a different database than the one open now: restoring puts its cases in place of these.</source>
        <translation>Backup ito ng ibang database, hindi ng nakabukas ngayon: kapag ni-restore, ipapalit ang mga case nito sa mga ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="214"/>
        <source>This database&apos;s latest change: %1.</source>
        <translation>Huling pagbabago sa database na ito: %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="224"/>
        <source>Tick the box to restore an older backup, or choose a newer one.</source>
        <translation>Lagyan ng tsek ang kahon para i-restore ang mas lumang backup, o pumili ng mas bago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="231"/>
        <source>Replace this database with the backup from %1? The case list closes, the backup is put in place, and you sign in again. The current files are kept beside the database.</source>
        <translation>Palitan ang database na ito ng backup mula %1? Magsasara ang listahan ng mga case, ilalagay ang backup, at magsa-sign in ka ulit. Itatabi sa tabi ng database ang kasalukuyang mga file.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="275"/>
        <location filename="../../caseintake/ui/team/devices.py" line="394"/>
        <source>Revoke a laptop</source>
        <translation>I-revoke ang isang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="286"/>
        <source>Revoke a lost, stolen or retired laptop: the bundles it writes from now on are refused and kept aside, and nothing more is written for it. Its database stays encrypted under its user&apos;s passphrase. The list below is what it held, for the breach notification (Data Privacy Act).</source>
        <translation>I-revoke ang laptop na nawala, ninakaw o hindi na ginagamit: tatanggihan at itatabi ang mga bundle na isusulat nito mula ngayon, at wala nang isusulat para dito. Mananatiling naka-encrypt ang database nito sa ilalim ng passphrase ng user nito. Ang listahan sa ibaba ang mga hawak nito, para sa breach notification (Data Privacy Act).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="295"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="296"/>
        <source>&amp;Laptop:</source>
        <translation>&amp;Laptop:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="298"/>
        <source>&amp;Revoke…</source>
        <translation>I-&amp;revoke…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="300"/>
        <source>&amp;Show what it held</source>
        <translation>&amp;Ipakita ang hawak nito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="313"/>
        <location filename="../../caseintake/ui/team/devices.py" line="470"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="314"/>
        <location filename="../../caseintake/ui/team/devices.py" line="471"/>
        <source>Identity keys on it</source>
        <translation>Identity key na nasa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="315"/>
        <location filename="../../caseintake/ui/team/devices.py" line="472"/>
        <source>Held from</source>
        <translation>Hawak mula</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="316"/>
        <location filename="../../caseintake/ui/team/devices.py" line="473"/>
        <source>Held until</source>
        <translation>Hawak hanggang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="317"/>
        <location filename="../../caseintake/ui/team/devices.py" line="474"/>
        <source>People in the vault</source>
        <translation>Mga tao sa vault</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="320"/>
        <source>Cases the laptop held</source>
        <translation>Mga case na hawak ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="325"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Kopyahin ang listahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="368"/>
        <source>revoked %1</source>
        <translation>na-revoke noong %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="374"/>
        <source>No laptop is enrolled.</source>
        <translation>Walang naka-enroll na laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="396"/>
        <source>Revoke %1 (used by %2)? The bundles it writes from now on are refused, and nothing more is written for it. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>I-revoke ang %1 (ginagamit ni %2)? Tatanggihan ang mga bundle na isusulat nito mula ngayon, at wala nang isusulat para dito. Hindi na ito maibabalik: para magamit ulit ang laptop, i-enroll itong muli.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="413"/>
        <source>%1 is revoked.</source>
        <translation>Na-revoke ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="435"/>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="435"/>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="436"/>
        <source>(when revoked)</source>
        <translation>(nang i-revoke)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="436"/>
        <source>(still held)</source>
        <translation>(hawak pa)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="447"/>
        <source>%2 (used by %3) held %1 case</source>
        <translation>May hawak na %1 case ang %2 (ginagamit ni %3)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="447"/>
        <source>%2 (used by %3) held %1 cases</source>
        <translation>May hawak na %1 case ang %2 (ginagamit ni %3)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="452"/>
        <location filename="../../caseintake/ui/team/devices.py" line="453"/>
        <source>the identity keys of %1 of them were on it.</source>
        <translation>nasa laptop ang mga identity key ng %1 sa mga ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="456"/>
        <source>no identity keys were on it.</source>
        <translation>walang identity key na nasa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="488"/>
        <source>The list is on the clipboard.</source>
        <translation>Nasa clipboard na ang listahan.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../caseintake/ui/save_target.py" line="84"/>
        <source>%1 already exists in %2. Replace it?</source>
        <extracomment>The user agreed to replace an existing file; the service writes with `force`.</extracomment>
        <translation>Mayroon nang %1 sa %2. Palitan ito?</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="46"/>
        <source>Set up caseintake</source>
        <translation>I-set up ang caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="65"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This creates the encrypted case database on this computer and your supervisor account. Everything you record stays in this one encrypted file.</source>
        <translation>&lt;b&gt;Maligayang pagdating.&lt;/b&gt; Gagawin nito ang naka-encrypt na database ng mga case sa computer na ito at ang supervisor account mo. Mananatili sa iisang naka-encrypt na file na ito ang lahat ng itatala mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="72"/>
        <source>Office name</source>
        <translation>Pangalan ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="73"/>
        <source>e.g. Cebu legal-aid office</source>
        <translation>hal. Cebu legal-aid office</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="76"/>
        <source>Case reference prefix</source>
        <translation>Prefix ng reference ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="77"/>
        <source>Begins every case reference, e.g. CI</source>
        <translation>Simula ng bawat reference ng case, hal. CI</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="81"/>
        <source>Your user name</source>
        <translation>Ang user name mo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="82"/>
        <source>lower-case, e.g. asantos</source>
        <translation>maliliit na titik, hal. asantos</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="85"/>
        <source>Your full name</source>
        <translation>Ang buong pangalan mo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="88"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="91"/>
        <source>at least %1 characters</source>
        <translation>hindi bababa sa %1 character</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="95"/>
        <source>Repeat passphrase</source>
        <translation>Ulitin ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="98"/>
        <source>Office name:</source>
        <translation>Pangalan ng opisina:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="99"/>
        <source>Case reference prefix:</source>
        <translation>Prefix ng reference ng case:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="100"/>
        <source>Your user name:</source>
        <translation>Ang user name mo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="101"/>
        <source>Your full name:</source>
        <translation>Ang buong pangalan mo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="102"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="106"/>
        <source>Repeat passphrase:</source>
        <translation>Ulitin ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="107"/>
        <source>This is a &amp;demo database (synthetic cases only)</source>
        <translation>Isa itong &amp;demo database (mga synthetic na case lang)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="111"/>
        <source>For training and trying the application: it can be filled with made-up cases, which are never counted in statistics. A real office&apos;s database never takes demo cases.</source>
        <translation>Para sa training at pagsubok sa application: malalagyan ito ng mga gawa-gawang case, na hindi kailanman isinasama sa statistics. Hindi kailanman tumatanggap ng demo case ang database ng totoong opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="122"/>
        <source>&amp;Create database</source>
        <translation>&amp;Gumawa ng database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="137"/>
        <source>The two passphrases differ.</source>
        <translation>Magkaiba ang dalawang passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="151"/>
        <source>Creating the encrypted database…</source>
        <translation>Ginagawa ang naka-encrypt na database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="174"/>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ang recovery key mo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="186"/>
        <source>Write this key on paper now and keep it locked away from this laptop. It is shown only once. If anyone forgets their passphrase, a supervisor uses this key to set a new one; without it, a forgotten passphrase cannot be recovered by anyone.</source>
        <translation>Isulat ngayon sa papel ang key na ito at itago ito nang nakakandado, malayo sa laptop na ito. Isang beses lang ito ipapakita. Kapag may nakalimot ng passphrase, gagamitin ng supervisor ang key na ito para maglagay ng bago; kung wala ito, walang sinumang makakabawi sa nakalimutang passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="192"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>I-p&amp;rint ang recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="198"/>
        <source>I have written down the recovery key and stored it safely</source>
        <translation>Naisulat ko na ang recovery key at naitago ito nang ligtas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="200"/>
        <source>Load synthetic demo cases to try the application</source>
        <translation>Mag-load ng mga synthetic na demo case para subukan ang application</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="204"/>
        <source>Number of demo cases</source>
        <translation>Bilang ng mga demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="207"/>
        <source> cases</source>
        <translation> case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="215"/>
        <source>&amp;Start using caseintake</source>
        <translation>&amp;Simulang gamitin ang caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="243"/>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Naipadala na sa printer ang recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="254"/>
        <source>Generating synthetic cases…</source>
        <translation>Gumagawa ng mga synthetic na case…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="109"/>
        <location filename="../../caseintake/ui/shortcuts.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="110"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="115"/>
        <source>The keys of the main window and of the open case.</source>
        <translation>Ang mga key ng pangunahing window at ng nakabukas na case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="121"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="121"/>
        <source>What they do</source>
        <translation>Ang ginagawa nito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="149"/>
        <source>Case tabs</source>
        <translation>Mga tab ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="156"/>
        <source>%1 tab</source>
        <translation>Tab na %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="157"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="157"/>
        <source>Next or previous tab</source>
        <translation>Susunod o naunang tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="161"/>
        <source>Anywhere</source>
        <translation>Kahit saan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="163"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="163"/>
        <source>Next or previous field or button</source>
        <translation>Susunod o naunang field o button</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="164"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letrang may salungguhit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="164"/>
        <source>Go to that field, button or menu</source>
        <translation>Pumunta sa field, button o menu na iyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="166"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="167"/>
        <source>Press the highlighted button of a dialog, never Cancel</source>
        <translation>Pindutin ang naka-highlight na button (di Kanselahin)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="169"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="169"/>
        <source>Close a dialog or the agenda without doing anything</source>
        <translation>Isara ang dialog o ang agenda nang walang binabago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="170"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="170"/>
        <source>Tick the box or press the button that has the focus</source>
        <translation>I-tsek ang kahon o pindutin ang button na naka-focus</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="171"/>
        <source>Alt+Down, F4</source>
        <translation>Alt+Down, F4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="171"/>
        <source>Open a list of choices</source>
        <translation>Buksan ang listahan ng pagpipilian</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="57"/>
        <source>Hearing summary</source>
        <translation>Buod ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="61"/>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="70"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="72"/>
        <source>Long bond, 8.5 × 13 in</source>
        <translation>Long bond, 8.5 × 13 in</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="74"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="79"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="80"/>
        <source>Court filing (14 pt, A.M. No. 11-9-4-SC margins)</source>
        <translation>Para i-file sa korte (14 pt, margin ayon sa A.M. No. 11-9-4-SC)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="81"/>
        <source>Working copy (11 pt, marked as such)</source>
        <translation>Working copy (11 pt, may markang ganoon)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="84"/>
        <source>Notes to include</source>
        <translation>Mga talang isasama</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="85"/>
        <source>Tick the notes the summary lists</source>
        <translation>Lagyan ng tsek ang mga talang ililista sa buod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="93"/>
        <source>Print the text of the chosen notes (else date, kind and author only)</source>
        <translation>I-print ang teksto ng mga napiling tala (kung hindi, petsa, uri at sumulat lang)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="98"/>
        <source>&amp;Hearing:</source>
        <translation>&amp;Hearing:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="99"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="100"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="103"/>
        <source>Working notes to include. None is printed unless ticked: the judge, the prosecutor and the defence will read them.</source>
        <translation>Mga working note na isasama. Walang ipi-print maliban kung may tsek: babasahin ito ng judge, ng prosecutor at ng defense.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../caseintake/ui/tasks.py" line="70"/>
        <source>Something unexpected went wrong (%1); nothing was changed.</source>
        <translation>May hindi inaasahang nangyaring mali (%1); walang nabago.</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <location filename="../../caseintake/ui/team/files.py" line="25"/>
        <source>caseintake bundles (*.cibundle);;All files (*)</source>
        <translation>Mga bundle ng caseintake (*.cibundle);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/files.py" line="78"/>
        <source>caseintake databases (*.db)</source>
        <translation>Mga database ng caseintake (*.db)</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="57"/>
        <source>Team</source>
        <extracomment>The main window (`ui.main_window.MainWindow`; not imported, which would make a cycle): its state, settings, editor, case list and status bar.</extracomment>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="63"/>
        <source>Make this the office &amp;hub…</source>
        <translation>Gawing &amp;hub ng opisina ito…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="65"/>
        <source>&amp;Sync…</source>
        <translation>Mag-&amp;sync…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="67"/>
        <source>&amp;Enrol a laptop…</source>
        <translation>Mag-&amp;enroll ng laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="68"/>
        <source>&amp;Revoke a laptop…</source>
        <translation>I-&amp;revoke ang isang laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="69"/>
        <source>&amp;Conflicts…</source>
        <translation>Mga &amp;conflict…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="86"/>
        <source>Shared sync folder: %1</source>
        <translation>Shared folder para sa sync: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="116"/>
        <source>This computer is the office hub</source>
        <translation>Ang computer na ito ang hub ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="118"/>
        <source>This computer is the office hub; a supervisor manages the team</source>
        <translation>Ang computer na ito ang hub ng opisina; supervisor ang namamahala sa team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="121"/>
        <source>This laptop: %1</source>
        <translation>Laptop na ito: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="123"/>
        <source>This database is not part of a team</source>
        <translation>Hindi bahagi ng isang team ang database na ito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="147"/>
        <source>Make this the office hub</source>
        <translation>Gawing hub ng opisina ito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="154"/>
        <source>Make this database the office hub?

The hub is the one computer in the office that every laptop syncs with. Laptops are enrolled here, each with only the cases its user may hold; their changes come back as sealed bundle files (on a USB stick or through a shared folder), and a field changed both here and on a laptop waits on the Conflicts screen for your decision.

From now on every change here is recorded for the laptops. This cannot be undone.</source>
        <translation>Gawing hub ng opisina ang database na ito?

Ang hub ang iisang computer sa opisina kung saan nagsi-sync ang bawat laptop. Dito ini-enroll ang mga laptop, bawat isa ay may mga case lang na maaaring hawakan ng user nito; bumabalik ang mga pagbabago nila bilang mga selyadong bundle file (sa USB stick o sa pamamagitan ng shared folder), at ang field na binago kapwa dito at sa isang laptop ay maghihintay ng pasya mo sa screen ng Mga conflict.

Mula ngayon, itatala rito ang bawat pagbabago para sa mga laptop. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="170"/>
        <source>This database is now the office hub. Enrol each laptop from Team → Enrol a laptop…</source>
        <translation>Hub na ng opisina ang database na ito. I-enroll ang bawat laptop mula sa Team → Mag-enroll ng laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="176"/>
        <source>Enrol a laptop</source>
        <translation>Mag-enroll ng laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="183"/>
        <source>Revoke a laptop</source>
        <translation>I-revoke ang isang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="199"/>
        <source>Sync with the laptops</source>
        <translation>Mag-sync sa mga laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="221"/>
        <source>Sync conflicts</source>
        <translation>Mga conflict sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="240"/>
        <source>Applied the office&apos;s bundle from the shared folder: %1 change.</source>
        <translation>Na-apply ang bundle ng opisina mula sa shared folder: %1 pagbabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="241"/>
        <source>Applied the office&apos;s bundle from the shared folder: %1 changes.</source>
        <translation>Na-apply ang bundle ng opisina mula sa shared folder: %1 pagbabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="247"/>
        <source>A bundle in the shared folder was refused: %1</source>
        <translation>Tinanggihan ang isang bundle sa shared folder: %1</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="40"/>
        <source>Team sync</source>
        <extracomment>How often the line reads the counts again while the application is idle.</extracomment>
        <translation>Sync ng team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="91"/>
        <source>%1 change not yet at the office</source>
        <translation>%1 pagbabagong wala pa sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="92"/>
        <source>%1 changes not yet at the office</source>
        <translation>%1 pagbabagong wala pa sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="95"/>
        <source>All changes are at the office</source>
        <translation>Nasa opisina na ang lahat ng pagbabago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="100"/>
        <source>%1 conflict waits for the office</source>
        <translation>%1 conflict na naghihintay sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="101"/>
        <source>%1 conflicts wait for the office</source>
        <translation>%1 conflict na naghihintay sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="106"/>
        <source>%1 conflict to resolve</source>
        <translation>%1 conflict na ire-resolve</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="106"/>
        <source>%1 conflicts to resolve</source>
        <translation>%1 conflict na ire-resolve</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="92"/>
        <source>never</source>
        <extracomment>Columns whose values are codes of a vocabulary of `ui.labels`. Columns that hold the number of a staff account (the account list names no numbers). Columns of a record that mean nothing to a reader (keys, links, bookkeeping). Longest value shown in a table cell; the whole value is in the details below the table.</extracomment>
        <translation>wala pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="120"/>
        <source>Wrote a bundle for %1 (%2).</source>
        <translation>Naisulat ang bundle para sa %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="125"/>
        <source>%1 change in it.</source>
        <translation>%1 pagbabago ang laman nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="126"/>
        <source>%1 changes in it.</source>
        <translation>%1 pagbabago ang laman nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="133"/>
        <source>%1 case sent whole (new to this laptop).</source>
        <translation>%1 case ang ipinadala nang buo (bago sa laptop na ito).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="134"/>
        <source>%1 cases sent whole (new to this laptop).</source>
        <translation>%1 case ang ipinadala nang buo (bago sa laptop na ito).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="141"/>
        <source>%1 case to be removed from the laptop (no longer its user&apos;s).</source>
        <translation>%1 case ang aalisin sa laptop (hindi na hawak ng user nito).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="142"/>
        <source>%1 cases to be removed from the laptop (no longer its user&apos;s).</source>
        <translation>%1 case ang aalisin sa laptop (hindi na hawak ng user nito).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="145"/>
        <location filename="../../caseintake/ui/team/words.py" line="162"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="154"/>
        <source>%1 was already covered by a later bundle from %2; nothing changed.</source>
        <translation>Saklaw na ang %1 ng mas bagong bundle mula sa %2; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="159"/>
        <source>Applied bundle %1 from %2.</source>
        <translation>Na-apply ang bundle %1 mula sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="165"/>
        <source>%1 change applied.</source>
        <translation>%1 pagbabago ang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="166"/>
        <source>%1 changes applied.</source>
        <translation>%1 pagbabago ang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="172"/>
        <source>%1 change was already here.</source>
        <translation>%1 pagbabago ang nandito na.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="173"/>
        <source>%1 changes were already here.</source>
        <translation>%1 pagbabago ang nandito na.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="177"/>
        <source>%1 case received whole.</source>
        <translation>%1 case ang natanggap nang buo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="178"/>
        <source>%1 cases received whole.</source>
        <translation>%1 case ang natanggap nang buo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="182"/>
        <source>%1 case removed from this laptop.</source>
        <translation>%1 case ang inalis sa laptop na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="183"/>
        <source>%1 cases removed from this laptop.</source>
        <translation>%1 case ang inalis sa laptop na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="187"/>
        <source>%1 new conflict to resolve (Team → Conflicts).</source>
        <translation>%1 bagong conflict na ire-resolve (Team → Mga conflict).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="188"/>
        <source>%1 new conflicts to resolve (Team → Conflicts).</source>
        <translation>%1 bagong conflict na ire-resolve (Team → Mga conflict).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="193"/>
        <source>%1 conflict waits for the office&apos;s decision.</source>
        <translation>%1 conflict ang naghihintay ng pasya ng opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="194"/>
        <source>%1 conflicts wait for the office&apos;s decision.</source>
        <translation>%1 conflict ang naghihintay ng pasya ng opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="198"/>
        <source>%1 change refused and kept aside (quarantined).</source>
        <translation>%1 pagbabago ang tinanggihan at itinabi (naka-quarantine).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="199"/>
        <source>%1 changes refused and kept aside (quarantined).</source>
        <translation>%1 pagbabago ang tinanggihan at itinabi (naka-quarantine).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="229"/>
        <source>(protected value: reveal it in the case)</source>
        <translation>(protektadong value: ipakita ito sa case)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="231"/>
        <source>(empty)</source>
        <translation>(walang laman)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="235"/>
        <source>(a staff account: see the case)</source>
        <translation>(isang staff account: tingnan ang case)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="240"/>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="240"/>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="257"/>
        <source>(a record)</source>
        <translation>(isang record)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="276"/>
        <source>(deleted on the laptop)</source>
        <translation>(binura sa laptop)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="279"/>
        <source>(new on the laptop)</source>
        <translation>(bago sa laptop)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="280"/>
        <source>(not added: it repeats a pseudonym or reference the office uses)</source>
        <translation>(hindi naidagdag: inuulit nito ang pseudonym o reference na ginagamit ng opisina)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="294"/>
        <source>Office value kept</source>
        <translation>Pinanatili ang value ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="296"/>
        <source>Field value taken</source>
        <translation>Kinuha ang value mula sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="297"/>
        <source>Open</source>
        <translation>Nakabinbin</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="49"/>
        <source>Unlock caseintake</source>
        <translation>I-unlock ang caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="57"/>
        <source>The case database is locked. Sign in to continue.</source>
        <translation>Naka-lock ang database ng mga case. Mag-sign in para magpatuloy.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="66"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="69"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="72"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="73"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="83"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="112"/>
        <source>Enter your user name and passphrase.</source>
        <translation>Ilagay ang user name at passphrase mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="117"/>
        <source>Unlocking…</source>
        <translation>Binubuksan…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="130"/>
        <source>Still unlocking. The first unlock after caseintake was updated can take a minute or more on a large database, while the database is brought up to date.</source>
        <translation>Binubuksan pa. Ang unang pagbukas matapos ma-update ang caseintake ay maaaring umabot nang isang minuto o higit pa sa malaking database, habang inaayon ang database sa bagong bersyon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="165"/>
        <source>You can try again now.</source>
        <translation>Maaari ka nang sumubok ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="172"/>
        <source>Too many failed attempts. Try again in %1 second.</source>
        <translation>Masyadong maraming maling subok. Subukan ulit pagkalipas ng %1 segundo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="173"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Masyadong maraming maling subok. Subukan ulit pagkalipas ng %1 segundo.</translation>
    </message>
</context>
<context>
    <name>UpcomingDialog</name>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="45"/>
        <source>Court dates in the next 7 days</source>
        <translation>Mga petsa sa korte sa susunod na 7 araw</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="51"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="56"/>
        <source>Upcoming hearings</source>
        <translation>Mga paparating na hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="73"/>
        <source>Open &amp;agenda</source>
        <translation>Buksan ang &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="105"/>
        <source>Your hearings</source>
        <translation>Ang mga hearing mo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="105"/>
        <source>The office&apos;s hearings</source>
        <translation>Ang mga hearing ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="106"/>
        <source>%1 hearing</source>
        <translation>%1 hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="106"/>
        <source>%1 hearings</source>
        <translation>%1 hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="112"/>
        <source>The one marked ⚠ may clash with another hearing of the same lawyer.</source>
        <translation>Ang may markang ⚠ ay maaaring kasabay ng iba pang hearing ng parehong abogado.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="113"/>
        <source>The %1 marked ⚠ may clash with another hearing of the same lawyer.</source>
        <translation>Ang %1 na may markang ⚠ ay maaaring kasabay ng iba pang hearing ng parehong abogado.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="116"/>
        <source>Listed up to %1; the agenda has the rest.</source>
        <translation>Nakalista hanggang %1; nasa agenda ang iba pa.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="48"/>
        <location filename="../../caseintake/ui/admin/users.py" line="58"/>
        <location filename="../../caseintake/ui/admin/users.py" line="282"/>
        <source>Users</source>
        <extracomment>Closed (by the user, or a lock) with an answer still on its way: that answer is dropped.</extracomment>
        <translation>Mga user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="72"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Magdagdag ng user…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="74"/>
        <source>&amp;Disable user…</source>
        <translation>I-&amp;disable ang user…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="76"/>
        <source>&amp;Reset passphrase…</source>
        <translation>I-&amp;reset ang passphrase…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="78"/>
        <source>Set a new passphrase for someone, using the recovery key</source>
        <translation>Maglagay ng bagong passphrase para sa isang user, gamit ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="79"/>
        <source>Re-&amp;enable user…</source>
        <translation>I-&amp;enable ulit ang user…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="81"/>
        <source>C&amp;hange role…</source>
        <translation>&amp;Palitan ang tungkulin…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="106"/>
        <source>Everyone who can sign in to this database. A disabled account keeps its history but its passphrase no longer opens anything, until it is re-enabled with a new one.</source>
        <translation>Lahat ng makakapag-sign in sa database na ito. Nananatili ang kasaysayan ng naka-disable na account pero wala nang nabubuksan ang passphrase nito, hanggang ma-enable ulit ito gamit ang bago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="150"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="150"/>
        <source>Disabled</source>
        <translation>Naka-disable</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="176"/>
        <source>You are the last active supervisor; make another account a supervisor first.</source>
        <translation>Ikaw na lang ang aktibong supervisor; gawin munang supervisor ang ibang account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="179"/>
        <source>You cannot disable your own account.</source>
        <translation>Hindi mo maaaring i-disable ang sarili mong account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="180"/>
        <source>You cannot change your own role.</source>
        <translation>Hindi mo maaaring palitan ang sarili mong tungkulin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="191"/>
        <source>Added the account %1.</source>
        <translation>Naidagdag ang account na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="202"/>
        <source>%1 can now sign in with the new passphrase.</source>
        <translation>Makakapag-sign in na si %1 gamit ang bagong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="214"/>
        <source>%1 can sign in again with the new passphrase.</source>
        <translation>Makakapag-sign in ulit si %1 gamit ang bagong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="226"/>
        <source>%1 is now: %2.</source>
        <translation>%2 na ngayon si %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="239"/>
        <source>Disable user</source>
        <translation>I-disable ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="241"/>
        <source>Disable the account %1? Their passphrase will no longer open the database. Cases, notes and the history they wrote stay as they are.</source>
        <translation>I-disable ang account na %1? Hindi na mabubuksan ng passphrase nila ang database. Mananatili ang mga case, tala at kasaysayang isinulat nila.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="252"/>
        <source>The account %1 is disabled.</source>
        <translation>Naka-disable na ang account na %1.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="50"/>
        <source>A %1 may not create or edit cases, people and referrals.</source>
        <translation>Hindi maaaring gumawa o mag-edit ng mga case, tao at referral ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="53"/>
        <source>A %1 may not write notes and register evidence.</source>
        <translation>Hindi maaaring sumulat ng tala at mag-register ng ebidensya ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="56"/>
        <source>A %1 may not reveal identities.</source>
        <translation>Hindi maaaring magpakita ng pagkakakilanlan ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="59"/>
        <source>A %1 may not create or edit hearings.</source>
        <translation>Hindi maaaring gumawa o mag-edit ng mga hearing ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="62"/>
        <source>A %1 may not print hearing summaries.</source>
        <translation>Hindi maaaring mag-print ng buod ng hearing ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="65"/>
        <source>A %1 may not export anonymized counts.</source>
        <translation>Hindi maaaring mag-export ng mga anonymized na bilang ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="68"/>
        <source>A %1 may not enrol or revoke laptops and resolve sync conflicts.</source>
        <translation>Hindi maaaring mag-enroll o mag-revoke ng mga laptop at mag-resolve ng mga conflict sa sync ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="71"/>
        <source>A %1 may not manage users and reset access.</source>
        <translation>Hindi maaaring mamahala ng mga user at mag-reset ng access ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="74"/>
        <source>A %1 may not allow a word past the identity-leak guard.</source>
        <translation>Hindi maaaring magpalusot ng salita sa identity-leak guard ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="76"/>
        <source>A %1 may not import case files.</source>
        <translation>Hindi maaaring mag-import ng mga case file ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="77"/>
        <source>A %1 may not restore a backup.</source>
        <translation>Hindi maaaring mag-restore ng backup ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="78"/>
        <source>A %1 may not write a backup.</source>
        <translation>Hindi maaaring gumawa ng backup ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="79"/>
        <source>A %1 may not list staff accounts.</source>
        <translation>Hindi maaaring maglista ng mga staff account ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="80"/>
        <source>A %1 may not reassign cases.</source>
        <translation>Hindi maaaring maglipat ng assignment ng mga case ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="82"/>
        <source>A %1 may not check and maintain the database.</source>
        <translation>Hindi maaaring magsuri at mag-maintain ng database ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="85"/>
        <source>A %1 may not load or remove demo cases.</source>
        <translation>Hindi maaaring mag-load o mag-alis ng mga demo case ang isang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="88"/>
        <source>A %1 may not reveal identities. Recording an identity needs the right to reveal this case&apos;s.</source>
        <translation>Hindi maaaring magpakita ng pagkakakilanlan ang isang %1. Kailangan ang karapatang magpakita ng pagkakakilanlan sa case na ito para makapagtala ng isa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="96"/>
        <source>A %1 may not reveal identities. Editing an identity needs the right to reveal it.</source>
        <translation>Hindi maaaring magpakita ng pagkakakilanlan ang isang %1. Kailangan ang karapatang ipakita ito para ma-edit ang isang pagkakakilanlan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="102"/>
        <source>A %1 may not reveal identities. Social workers may reveal identities only in their own cases.</source>
        <translation>Hindi maaaring magpakita ng pagkakakilanlan ang isang %1. Sa sarili lang nilang mga case maaaring magpakita ng pagkakakilanlan ang mga social worker.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="110"/>
        <source>Case %1: only a supervisor may open a case assigned to someone else (&apos;%2&apos;); a case you open is assigned to you.</source>
        <translation>Case %1: supervisor lang ang maaaring magbukas ng case na naka-assign sa iba (&apos;%2&apos;); sa iyo naka-assign ang case na binuksan mo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="119"/>
        <source>Only a supervisor (or the recovery key) may issue keys for an account.</source>
        <translation>Supervisor lang (o ang recovery key) ang maaaring magbigay ng mga key para sa isang account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="121"/>
        <source>Only a supervisor may reassign a case.</source>
        <translation>Supervisor lang ang maaaring maglipat ng assignment ng isang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="122"/>
        <source>The identity keys are not unlocked.</source>
        <translation>Hindi pa naka-unlock ang mga identity key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="124"/>
        <source>The identity key of this case was not shared with this account.</source>
        <translation>Hindi ibinahagi sa account na ito ang identity key ng case na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="127"/>
        <source>Only a supervisor of this database may restore a backup over it.</source>
        <translation>Supervisor lang ng database na ito ang maaaring mag-restore ng backup dito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="129"/>
        <source>Only a supervisor may restore a backup.</source>
        <translation>Supervisor lang ang maaaring mag-restore ng backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="131"/>
        <source>This backup (last change %1) is older than the database it would replace (last change %2), so restoring it would undo every change since.</source>
        <translation>Mas luma ang backup na ito (huling pagbabago %1) kaysa sa database na papalitan nito (huling pagbabago %2), kaya kapag ni-restore ito, mababawi ang bawat pagbabago mula noon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="140"/>
        <source>This database holds real cases, so it takes no demo cases; create a separate demo database to try the application.</source>
        <translation>May totoong mga case ang database na ito, kaya hindi ito tumatanggap ng mga demo case; gumawa ng hiwalay na demo database para subukan ang application.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="147"/>
        <source>This database was not created as a demo database, so its cases are real and are never removed.</source>
        <translation>Hindi ginawa bilang demo database ang database na ito, kaya totoo ang mga case nito at hindi kailanman inaalis.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="155"/>
        <source>The output was blocked: %1. Nothing was written.</source>
        <translation>Hinarang ang output: %1. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="158"/>
        <source>The hearing summary was blocked: %1. Nothing was written.</source>
        <translation>Hinarang ang buod ng hearing: %1. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="161"/>
        <source>The counts export was blocked: %1. Nothing was written.</source>
        <translation>Hinarang ang export ng mga bilang: %1. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="164"/>
        <source>The calendar file was blocked: %1. Nothing was written.</source>
        <translation>Hinarang ang calendar file: %1. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="167"/>
        <source>The copy was blocked: %1. Nothing was copied.</source>
        <translation>Hinarang ang pagkopya: %1. Walang nakopya.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="169"/>
        <source>Only a single word (two or more letters) can be allowed.</source>
        <translation>Isang salita lang (dalawa o higit pang letra) ang maaaring payagan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="170"/>
        <source>There is no such protected person.</source>
        <translation>Walang ganoong protektadong tao.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="172"/>
        <source>Case %1 has no protected person %2.</source>
        <translation>Walang protektadong taong %2 sa case %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="175"/>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>Walang case na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="176"/>
        <source>This case no longer exists.</source>
        <translation>Wala na ang case na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="177"/>
        <source>There is no such person.</source>
        <translation>Walang ganoong tao.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="178"/>
        <source>This person has no vault identity.</source>
        <translation>Walang pagkakakilanlan sa vault ang taong ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="179"/>
        <source>There is no such note.</source>
        <translation>Walang ganoong tala.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="180"/>
        <source>There is no such hearing.</source>
        <translation>Walang ganoong hearing.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="181"/>
        <source>There is no such referral.</source>
        <translation>Walang ganoong referral.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="182"/>
        <source>There is no such evidence entry.</source>
        <translation>Walang ganoong entry ng ebidensya.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="183"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>Walang user na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="185"/>
        <source>Case %1 has no hearings; add a hearing before printing a summary.</source>
        <translation>Walang hearing ang case %1; magdagdag ng hearing bago mag-print ng buod.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="189"/>
        <source>Case %1 has no hearing with id &apos;%2&apos;.</source>
        <translation>Walang hearing na may id na &apos;%2&apos; ang case %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="192"/>
        <source>Case %1 has more than one hearing with id &apos;%2&apos;.</source>
        <translation>Higit sa isa ang hearing na may id na &apos;%2&apos; sa case %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="194"/>
        <source>Case %1 has no note with id &apos;%2&apos;.</source>
        <translation>Walang tala na may id na &apos;%2&apos; ang case %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="196"/>
        <source>Case %1 has more than one note with id &apos;%2&apos;.</source>
        <translation>Higit sa isa ang tala na may id na &apos;%2&apos; sa case %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="200"/>
        <source>This case was changed elsewhere (another window or computer) since you opened it; nothing was saved.</source>
        <translation>Binago ang case na ito sa ibang lugar (ibang window o computer) mula nang buksan mo ito; walang na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="206"/>
        <source>The end date is before the start date.</source>
        <translation>Mas maaga ang petsa ng katapusan kaysa sa petsa ng simula.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="207"/>
        <source>Cannot sort by &apos;%1&apos;.</source>
        <translation>Hindi maaaring pagsunud-sunurin ayon sa &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="208"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Kinansela; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="210"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Mayroon nang user na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="212"/>
        <source>%1 is the last active supervisor; make another account a supervisor first.</source>
        <translation>Si %1 na lang ang aktibong supervisor; gawin munang supervisor ang ibang account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="215"/>
        <source>You cannot disable your own account.</source>
        <translation>Hindi mo maaaring i-disable ang sarili mong account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="216"/>
        <source>You cannot change your own role.</source>
        <translation>Hindi mo maaaring palitan ang sarili mong tungkulin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="217"/>
        <source>The account &apos;%1&apos; is already disabled.</source>
        <translation>Naka-disable na ang account na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="218"/>
        <source>The account &apos;%1&apos; is already active.</source>
        <translation>Aktibo na ang account na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="219"/>
        <source>The account &apos;%1&apos; is disabled; re-enable it first.</source>
        <translation>Naka-disable ang account na &apos;%1&apos;; i-enable muna ito ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="221"/>
        <source>The account &apos;%1&apos; is disabled; its access cannot be recovered.</source>
        <translation>Naka-disable ang account na &apos;%1&apos;; hindi na mababawi ang access nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="223"/>
        <source>%1 is already a %2.</source>
        <translation>%2 na si %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="225"/>
        <source>The office prefix must be 1 to 10 capital letters or digits, such as CI.</source>
        <translation>Dapat 1 hanggang 10 malalaking titik o numero ang prefix ng opisina, gaya ng CI.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="228"/>
        <source>This account&apos;s keys are not unlocked; unlock again and retry.</source>
        <translation>Hindi naka-unlock ang mga key ng account na ito; mag-unlock ulit at subukan muli.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="231"/>
        <source>A passphrase must not start or end with spaces or contain line breaks.</source>
        <translation>Hindi dapat magsimula o magtapos sa space ang passphrase, o magkaroon ng bagong linya.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="234"/>
        <source>This passphrase contains a date, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>May petsa ang passphrase na ito, na madaling hulaan; matibay at madaling tandaan ang apat na salitang walang kaugnayan sa isa&apos;t isa, halimbawa “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="242"/>
        <source>This passphrase contains a phone number or a long run of digits, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>May numero ng telepono o mahabang hanay ng numero ang passphrase na ito, na madaling hulaan; matibay at madaling tandaan ang apat na salitang walang kaugnayan sa isa&apos;t isa, halimbawa “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="250"/>
        <source>A passphrase needs at least 12 characters; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Kailangan ng passphrase ang hindi bababa sa 12 character; matibay at madaling tandaan ang apat na salitang walang kaugnayan sa isa&apos;t isa, halimbawa “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="258"/>
        <source>This passphrase is made from your user name, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Ginawa ang passphrase na ito mula sa user name mo, na madaling hulaan; matibay at madaling tandaan ang apat na salitang walang kaugnayan sa isa&apos;t isa, halimbawa “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="266"/>
        <source>This passphrase is too easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Masyadong madaling hulaan ang passphrase na ito; matibay at madaling tandaan ang apat na salitang walang kaugnayan sa isa&apos;t isa, halimbawa “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="274"/>
        <source>Wrong user name or passphrase.</source>
        <translation>Mali ang user name o passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="276"/>
        <source>Too many failed attempts; wait %1 seconds before trying again.</source>
        <translation>Masyadong maraming maling subok; maghintay ng %1 segundo bago sumubok ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="279"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Hindi iyan recovery key: may 32 letra at numero ito na nakagrupo nang tig-apat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="281"/>
        <source>Wrong recovery key.</source>
        <translation>Mali ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="282"/>
        <source>This database has no recovery key slot.</source>
        <translation>Walang recovery key slot ang database na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="284"/>
        <source>There is no database at %1.</source>
        <translation>Walang database sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="285"/>
        <source>There is no database file at %1.</source>
        <translation>Walang database file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="287"/>
        <source>A database already exists at %1; refusing to overwrite it.</source>
        <translation>Mayroon nang database sa %1; hindi ito papalitan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="289"/>
        <source>%1 is a folder, not a caseintake database.</source>
        <translation>Folder ang %1, hindi database ng caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="291"/>
        <source>%1 is an unencrypted SQLite file, not a caseintake database.</source>
        <translation>Hindi naka-encrypt na SQLite file ang %1, hindi database ng caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="294"/>
        <source>%1 is not a caseintake database (its key file %2 is missing).</source>
        <translation>Hindi database ng caseintake ang %1 (nawawala ang key file nitong %2).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="299"/>
        <source>The key file %1 is missing, so this is not a usable caseintake database.</source>
        <translation>Nawawala ang key file na %1, kaya hindi magagamit ang database na ito ng caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="302"/>
        <source>The key file %1 is damaged or was altered.</source>
        <translation>Sira o binago ang key file na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="304"/>
        <source>The key file %1 was altered: its slots do not match the database.</source>
        <translation>Binago ang key file na %1: hindi tugma sa database ang mga slot nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="308"/>
        <source>The key file %1 belongs to a different database.</source>
        <translation>Sa ibang database ang key file na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="311"/>
        <source>The key file %1 is older than the database (key epoch %3, the database has %2): an older copy of the key file was put back; restore the matching backup.</source>
        <translation>Mas luma ang key file na %1 kaysa sa database (key epoch %3, %2 ang sa database): ibinalik ang mas lumang kopya ng key file; i-restore ang katugmang backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="321"/>
        <source>The database %1 is older than its key file (key epoch %2, the key file has %3): an older copy of the database was put back; restore the matching backup.</source>
        <translation>Mas luma ang database na %1 kaysa sa key file nito (key epoch %2, %3 ang sa key file): ibinalik ang mas lumang kopya ng database; i-restore ang katugmang backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="331"/>
        <source>This database was written by a newer caseintake (schema %1, this program knows %2); install the newer version to open it.</source>
        <translation>Isinulat ang database na ito ng mas bagong caseintake (schema %1, %2 lang ang alam ng program na ito); i-install ang mas bagong bersyon para mabuksan ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="339"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Hindi magawa ang folder na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="340"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Hindi masulatan ang folder na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="341"/>
        <source>The new database has no office reveal key.</source>
        <translation>Walang office reveal key ang bagong database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="343"/>
        <source>A restore into %1 was interrupted; restore the same backup again (the files it was replacing are kept beside it, in %1.replaced-*).</source>
        <translation>Naputol ang pag-restore sa %1; i-restore ulit ang parehong backup (nakatabi sa tabi nito ang mga file na pinapalitan nito, sa %1.replaced-*).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="351"/>
        <source>The database %1 is damaged or was altered; no change was made. Check the database and restore it from a backup.</source>
        <translation>Sira o binago ang database na %1; walang ginawang pagbabago. Suriin ang database at i-restore ito mula sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="359"/>
        <source>The laptop&apos;s copy does not know what to take of the table %1; nothing was enrolled.</source>
        <translation>Hindi alam ng kopya para sa laptop kung ano ang kukunin sa table na %1; walang na-enroll.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="366"/>
        <source>The laptop&apos;s copy would hold %1 rows whose parent row is missing; nothing was enrolled.</source>
        <translation>Magkakaroon ang kopya para sa laptop ng %1 row na wala ang parent row nila; walang na-enroll.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="373"/>
        <source>The laptop&apos;s database could not be written (%1); nothing was enrolled.</source>
        <translation>Hindi maisulat ang database ng laptop (%1); walang na-enroll.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="377"/>
        <source>The database file %1 is damaged or was altered: its first page does not decrypt with the right key. Restore it from a backup.</source>
        <translation>Sira o binago ang database file na %1: hindi ma-decrypt ng tamang key ang unang pahina nito. I-restore ito mula sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="384"/>
        <source>The disk holding %1 is full; nothing was saved.</source>
        <translation>Puno na ang disk na may %1; walang na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="386"/>
        <source>The database %1 cannot be written (read-only); nothing was saved.</source>
        <translation>Hindi masulatan ang database na %1 (read-only); walang na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="389"/>
        <source>The database %1 is busy in another program; try again.</source>
        <translation>Ginagamit ng ibang program ang database na %1; subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="391"/>
        <source>Reading or writing %1 failed; nothing was saved.</source>
        <translation>Hindi nabasa o naisulat ang %1; walang na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="392"/>
        <source>The text is too large to store.</source>
        <translation>Masyadong malaki ang teksto para maitago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="394"/>
        <source>The database refused the change (%1); nothing was saved.</source>
        <translation>Tinanggihan ng database ang pagbabago (%1); walang na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="397"/>
        <source>The database %1 cannot be opened: its folder %2 or the file is read-only, and caseintake must write beside it. Nothing was changed.</source>
        <translation>Hindi mabuksan ang database na %1: read-only ang folder nitong %2 o ang file, at kailangang makasulat ng caseintake sa tabi nito. Walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="406"/>
        <source>The database %1 cannot be created: its folder %2 or the file is read-only, and caseintake must write beside it. Nothing was changed.</source>
        <translation>Hindi magawa ang database na %1: read-only ang folder nitong %2 o ang file, at kailangang makasulat ng caseintake sa tabi nito. Walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="415"/>
        <source>The disk holding %1 is full, so the database cannot be opened; free some space and try again. Nothing was changed.</source>
        <translation>Puno na ang disk na may %1, kaya hindi mabuksan ang database; magbakante ng espasyo at subukan ulit. Walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="423"/>
        <source>The disk holding %1 is full, so the database cannot be created; free some space and try again. Nothing was changed.</source>
        <translation>Puno na ang disk na may %1, kaya hindi magawa ang database; magbakante ng espasyo at subukan ulit. Walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="431"/>
        <source>The database %1 cannot be opened (%2); nothing was changed.</source>
        <translation>Hindi mabuksan ang database na %1 (%2); walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="436"/>
        <source>The database %1 cannot be created (%2); nothing was changed.</source>
        <translation>Hindi magawa ang database na %1 (%2); walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="441"/>
        <source>The write-ahead log %1 is damaged or was altered: changes saved after frame %2 would be lost, so the database was not opened and nothing was changed. Restore it from a backup.</source>
        <translation>Sira o binago ang write-ahead log na %1: mawawala ang mga pagbabagong na-save pagkatapos ng frame %2, kaya hindi binuksan ang database at walang nabago. I-restore ito mula sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="450"/>
        <source>The write-ahead log %1 is missing: changes saved after frame %2 would be lost, so the database was not opened and nothing was changed. Restore it from a backup.</source>
        <translation>Nawawala ang write-ahead log na %1: mawawala ang mga pagbabagong na-save pagkatapos ng frame %2, kaya hindi binuksan ang database at walang nabago. I-restore ito mula sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="459"/>
        <source>Schema upgrade %1 left a broken reference between records; nothing was changed.</source>
        <translation>Nag-iwan ang schema upgrade %1 ng sirang ugnayan sa pagitan ng mga record; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="465"/>
        <source>The %1 table holds an id too large to move; the database is damaged.</source>
        <translation>May id ang table na %1 na masyadong malaki para mailipat; sira ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="468"/>
        <source>The SQLCipher module (sqlcipher3) is not installed.</source>
        <translation>Hindi naka-install ang SQLCipher module (sqlcipher3).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="470"/>
        <source>This SQLite build is not SQLCipher 4 (found %1); refusing to run.</source>
        <translation>Hindi SQLCipher 4 ang SQLite build na ito (%1 ang nakita); hindi tatakbo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="473"/>
        <source>This SQLCipher build lacks full-text search (FTS5); refusing to run.</source>
        <translation>Walang full-text search (FTS5) ang SQLCipher build na ito; hindi tatakbo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="476"/>
        <source>Temporary storage could not be forced into memory; refusing to run.</source>
        <translation>Hindi mailagay sa memory ang pansamantalang storage; hindi tatakbo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="479"/>
        <source>A key of this database is missing; check the database.</source>
        <translation>Nawawala ang isang key ng database na ito; suriin ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="481"/>
        <source>The office key held during an upgrade is damaged.</source>
        <translation>Sira ang office key na itinabi habang nag-a-upgrade.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="484"/>
        <source>This database has no office reveal key; check the database.</source>
        <translation>Walang office reveal key ang database na ito; suriin ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="486"/>
        <source>This account&apos;s office key grant is damaged.</source>
        <translation>Sira ang office key grant ng account na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="488"/>
        <source>The identity key of a case is damaged; check the database.</source>
        <translation>Sira ang identity key ng isang case; suriin ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="491"/>
        <source>The identity key of a case is missing; check the database.</source>
        <translation>Nawawala ang identity key ng isang case; suriin ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="494"/>
        <source>A vault value does not decrypt with its case key (damaged or moved); check the database.</source>
        <translation>May value sa vault na hindi ma-decrypt ng case key nito (sira o inilipat); suriin ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="500"/>
        <source>%1 account(s) or the recovery key have not been used since this database was upgraded, so their keys cannot be replaced yet; have each person unlock once (and use the recovery key once), then try again.</source>
        <translation>Hindi pa nagagamit ang %1 account o ang recovery key mula nang ma-upgrade ang database na ito, kaya hindi pa mapalitan ang mga key nila; ipa-unlock nang isang beses sa bawat tao (at gamitin nang isang beses ang recovery key), saka subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="509"/>
        <source>The re-encrypted database does not carry its new key epoch.</source>
        <translation>Wala sa na-encrypt ulit na database ang bago nitong key epoch.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="512"/>
        <source>The re-encrypted copy failed its check; the database was not changed.</source>
        <translation>Hindi pumasa sa pagsusuri ang na-encrypt ulit na kopya; hindi binago ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="515"/>
        <source>The re-encrypted copy is incomplete; the database was not changed.</source>
        <translation>Kulang ang na-encrypt ulit na kopya; hindi binago ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="519"/>
        <source>Choose a backup file name that is not the database&apos;s own files.</source>
        <translation>Pumili ng pangalan ng backup file na hindi pangalan ng mga file ng database mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="521"/>
        <source>There is no backup file at %1.</source>
        <translation>Walang backup file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="522"/>
        <source>%1 is not a caseintake backup.</source>
        <translation>Hindi backup ng caseintake ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="523"/>
        <source>The backup file is truncated or damaged.</source>
        <translation>Putol o sira ang backup file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="524"/>
        <source>The backup file is damaged (impossible key-slot size).</source>
        <translation>Sira ang backup file (imposibleng laki ng key slot).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="526"/>
        <source>The backup file is damaged: its checksum does not match.</source>
        <translation>Sira ang backup file: hindi tugma ang checksum nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="529"/>
        <source>The key slots inside the backup are damaged or were altered.</source>
        <translation>Sira o binago ang mga key slot sa loob ng backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="532"/>
        <source>The database and the key slots in the backup are of different key epochs.</source>
        <translation>Magkaiba ang key epoch ng database at ng mga key slot sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="534"/>
        <source>The backup is damaged: %1.</source>
        <translation>Sira ang backup: %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="536"/>
        <source>Your passphrase does not open this backup; a backup keeps the passphrases of the day it was made.</source>
        <translation>Hindi nabubuksan ng passphrase mo ang backup na ito; ang mga passphrase noong araw na ginawa ang backup ang dala nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="543"/>
        <source>The database at %1 cannot be opened (it is damaged, its key file is missing, or a restore was interrupted), so your role on it cannot be confirmed.</source>
        <translation>Hindi mabuksan ang database sa %1 (sira ito, nawawala ang key file nito, o naputol ang isang pag-restore), kaya hindi makumpirma ang tungkulin mo rito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="551"/>
        <source>The backup could not be restored into %1: %2; nothing was changed.</source>
        <translation>Hindi ma-restore ang backup sa %1: %2; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="556"/>
        <source>The backup could not be read into %1: %2; nothing was changed.</source>
        <translation>Hindi mabasa ang backup papunta sa %1: %2; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="562"/>
        <source>Cannot write %1 in %2: %3; nothing was written.</source>
        <translation>Hindi maisulat ang %1 sa %2: %3; walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="564"/>
        <source>Cannot write %1: %2.</source>
        <translation>Hindi maisulat ang %1: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="565"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>Folder ang %1; magbigay ng pangalan ng file na susulatan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="566"/>
        <source>The folder %1 does not exist.</source>
        <translation>Walang folder na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="568"/>
        <source>%1 would be written into the database&apos;s own folder (%2); choose a file in another folder.</source>
        <translation>Maisusulat ang %1 sa mismong folder ng database (%2); pumili ng file sa ibang folder.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="576"/>
        <source>%1 is a symbolic link; outputs never follow links, so choose another file name.</source>
        <translation>Symbolic link ang %1; hindi kailanman sumusunod sa link ang mga output, kaya pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="582"/>
        <source>%1 is not a regular file; choose another file name.</source>
        <translation>Hindi karaniwang file ang %1; pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="585"/>
        <source>%1 is the same file as one of the database&apos;s own files; choose another file name.</source>
        <translation>Kapareho ng isa sa mga file ng database ang %1; pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="591"/>
        <source>%1 is a caseintake backup; outputs never replace a backup, so choose another file name.</source>
        <translation>Backup ng caseintake ang %1; hindi kailanman pinapalitan ng output ang isang backup, kaya pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="598"/>
        <source>%1 already exists; choose the file again and agree to replace it.</source>
        <translation>Mayroon nang %1; piliin ulit ang file at pumayag na palitan ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="601"/>
        <source>%1 became a symbolic link while writing; nothing was written.</source>
        <translation>Naging symbolic link ang %1 habang sinusulatan; walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="604"/>
        <source>Unknown paper size &apos;%1&apos;; use %2.</source>
        <translation>Hindi kilalang laki ng papel na &apos;%1&apos;; gamitin ang %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="605"/>
        <source>Unknown layout &apos;%1&apos;; use %2.</source>
        <translation>Hindi kilalang layout na &apos;%1&apos;; gamitin ang %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="607"/>
        <source>The hearing summary failed the no-media check (%1); nothing was written.</source>
        <translation>Hindi pumasa ang buod ng hearing sa no-media check (%1); walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="611"/>
        <source>Name at least one dimension, e.g. %1.</source>
        <translation>Magbigay ng kahit isang dimensyon, hal. %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="613"/>
        <source>Unknown dimension &apos;%1&apos;; choose from %2.</source>
        <translation>Hindi kilalang dimensyon na &apos;%1&apos;; pumili sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="615"/>
        <source>Name each dimension only once.</source>
        <translation>Isang beses lang ibigay ang bawat dimensyon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="617"/>
        <source>A counts table has at most %1 dimensions; %2 were named.</source>
        <translation>Hanggang %1 dimensyon lang ang isang talahanayan ng bilang; %2 ang ibinigay.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="619"/>
        <source>Choose one period dimension: month, quarter or year.</source>
        <translation>Pumili ng isang dimensyon ng panahon: buwan, quarter o taon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="621"/>
        <source>%1 must be a month written YYYY-MM, e.g. 2026-01; got &apos;%2&apos;.</source>
        <translation>Dapat buwan na nakasulat bilang YYYY-MM ang %1, hal. 2026-01; &apos;%2&apos; ang natanggap.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="625"/>
        <source>%1 is not a real month: &apos;%2&apos;.</source>
        <translation>Hindi totoong buwan ang %1: &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="626"/>
        <source>The minimum cell size must be a whole number.</source>
        <translation>Dapat buong numero ang pinakamaliit na laki ng cell.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="628"/>
        <source>The minimum cell size must be at least %1 (got %2): smaller counts can identify a child.</source>
        <translation>Dapat hindi bababa sa %1 ang pinakamaliit na laki ng cell (%2 ang natanggap): maaaring makilala ang isang bata sa mas maliliit na bilang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="636"/>
        <source>Unknown unit &apos;%1&apos;; choose from %2.</source>
        <translation>Hindi kilalang unit na &apos;%1&apos;; pumili sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="639"/>
        <source>Unknown report language &apos;%1&apos;; choose from %2.</source>
        <translation>Hindi kilalang wika ng report na &apos;%1&apos;; pumili sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="642"/>
        <source>The period is empty: %1 comes after %2.</source>
        <translation>Walang laman ang panahon: nauuna ang %2 kaysa sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="645"/>
        <source>This table cannot be published safely beside the %1 earlier export(s) of %2: choose other dimensions, a period that matches an earlier export, or fewer values.</source>
        <translation>Hindi ligtas na mailalathala ang talahanayang ito kasabay ng %1 naunang export ng %2: pumili ng ibang dimensyon, ng panahong tugma sa isang naunang export, o ng mas kaunting value.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="654"/>
        <source>Checking this table beside the %1 earlier export(s) of %2 took longer than %3 seconds, so it was not published: choose fewer dimensions or values, or a period that matches an earlier export.</source>
        <translation>Lumampas sa %3 segundo ang pagsusuri sa talahanayang ito kasabay ng %1 naunang export ng %2, kaya hindi ito nailathala: pumili ng mas kaunting dimensyon o value, o ng panahong tugma sa isang naunang export.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="665"/>
        <source>The counts file must end in .csv or .pdf; got &apos;%1&apos;.</source>
        <translation>Dapat magtapos sa .csv o .pdf ang file ng mga bilang; &apos;%1&apos; ang natanggap.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="667"/>
        <source>The donor report is a PDF; got &apos;%1&apos;.</source>
        <translation>PDF ang report para sa donor; &apos;%1&apos; ang natanggap.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="669"/>
        <source>This table would have %1 cells (at most %2); choose fewer or coarser dimensions or a shorter period.</source>
        <translation>Magkakaroon ng %1 cell ang talahanayang ito (hanggang %2 lang); pumili ng mas kaunti o mas malawak na dimensyon, o ng mas maikling panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="678"/>
        <source>This table has %1 rows, too many for a readable PDF (at most %2); write a CSV instead, or choose fewer dimensions or a shorter period.</source>
        <translation>May %1 hilera ang talahanayang ito, masyadong marami para sa mababasang PDF (hanggang %2 lang); gumawa na lang ng CSV, o pumili ng mas kaunting dimensyon o mas maikling panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="687"/>
        <source>The counts PDF was not written: it failed the no-media check (%1).</source>
        <translation>Hindi naisulat ang PDF ng mga bilang: hindi ito pumasa sa no-media check (%1).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="690"/>
        <source>There is no file at %1.</source>
        <translation>Walang file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="692"/>
        <source>The disk holding the database has %1 free, less than the file %2 itself (%3); an import needs 10 to 20 times its file&apos;s size while it runs. Free some space and import again; nothing was changed.</source>
        <translation>May %1 na bakante sa disk na may database, mas kaunti kaysa sa file na %2 mismo (%3); ang pag-import ay nangangailangan ng 10 hanggang 20 na beses ng laki ng file nito habang tumatakbo. Magbakante ng espasyo at mag-import ulit; walang nabago.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="702"/>
        <source>%1 is a folder, not an import file.</source>
        <translation>Folder ang %1, hindi import file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="704"/>
        <source>%1 is larger than 512 MB; split it into several files.</source>
        <translation>Mas malaki sa 512 MB ang %1; hatiin ito sa ilang file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="706"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>Hindi UTF-8 na teksto ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="707"/>
        <source>%1 cannot be read.</source>
        <translation>Hindi mabasa ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="709"/>
        <source>%1 is not valid JSON (the error is at line %2, column %3).</source>
        <translation>Hindi wastong JSON ang %1 (nasa linya %2, column %3 ang mali).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="714"/>
        <source>%1 is nested too deeply to be an import file.</source>
        <translation>Masyadong malalim ang pagkaka-nest ng %1 para maging import file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="716"/>
        <source>%1: the field %2 appears twice in one object.</source>
        <translation>%1: dalawang beses lumabas ang field na %2 sa iisang object.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="718"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="720"/>
        <source>The file must hold a JSON object with &apos;format&apos; and &apos;cases&apos;.</source>
        <translation>Dapat may JSON object ang file na may &apos;format&apos; at &apos;cases&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="724"/>
        <source>The laptop %1 was revoked; nothing more is written for it.</source>
        <translation>Na-revoke ang laptop na %1; wala nang isinusulat para dito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="727"/>
        <source>%1 is too large to be a bundle; nothing was applied.</source>
        <translation>Masyadong malaki ang %1 para maging bundle; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="729"/>
        <source>The bundle %1 cannot be read.</source>
        <translation>Hindi mabasa ang bundle na %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="731"/>
        <source>This bundle comes from the revoked laptop %1; it was quarantined and nothing was applied.</source>
        <translation>Mula sa na-revoke na laptop na %1 ang bundle na ito; na-quarantine ito at walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="738"/>
        <source>The bundle&apos;s changes are malformed; nothing was applied.</source>
        <translation>Mali ang anyo ng mga pagbabago sa bundle; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="741"/>
        <source>The audit history of laptop %1 does not continue what the office saw last: it was rolled back or rewritten. Nothing was applied.</source>
        <translation>Hindi karugtong ng huling nakita ng opisina ang kasaysayan ng audit ng laptop na %1: ibinalik ito sa mas lumang kopya o isinulat muli. Walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="749"/>
        <source>The office&apos;s bundle does not fit this laptop&apos;s records; nothing was applied. Ask the office to enrol this laptop again.</source>
        <translation>Hindi tugma ang bundle ng opisina sa mga record ng laptop na ito; walang na-apply. Hilingin sa opisina na i-enroll ulit ang laptop na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="756"/>
        <source>This database is not part of a team: make it the office hub, or use a laptop database enrolled at the hub.</source>
        <translation>Hindi bahagi ng isang team ang database na ito: gawin itong hub ng opisina, o gumamit ng database ng laptop na na-enroll sa hub.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="762"/>
        <source>This can only be done on the office hub.</source>
        <translation>Sa hub ng opisina lang ito magagawa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="763"/>
        <source>This can only be done on an enrolled laptop.</source>
        <translation>Sa naka-enroll na laptop lang ito magagawa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="764"/>
        <source>This database is already part of a team.</source>
        <translation>Bahagi na ng isang team ang database na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="766"/>
        <source>The laptop&apos;s record cannot be added as it is (it repeats a pseudonym or reference the office already uses); change it at the office instead.</source>
        <translation>Hindi maidadagdag ang record ng laptop nang ganito (inuulit nito ang pseudonym o reference na ginagamit na ng opisina); sa opisina na lang ito baguhin.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="773"/>
        <source>The record this conflict is about no longer exists at the office; keep the office value instead.</source>
        <translation>Wala na sa opisina ang record na tinutukoy ng conflict na ito; panatilihin na lang ang value ng opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="780"/>
        <source>A key slot for this laptop has not been used since the database was upgraded; have its owner unlock once at the office, then enrol again.</source>
        <translation>Hindi pa nagagamit ang isang key slot para sa laptop na ito mula nang ma-upgrade ang database; ipa-unlock muna ito nang isang beses sa may-ari nito sa opisina, saka i-enroll ulit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="787"/>
        <source>This laptop has no case references left for %1; sync with the office to get more.</source>
        <translation>Wala nang natitirang reference ng case ang laptop na ito para sa %1; mag-sync sa opisina para makakuha pa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="794"/>
        <source>This file is not a caseintake bundle, or it is damaged; nothing was applied.</source>
        <translation>Hindi bundle ng caseintake ang file na ito, o sira ito; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="799"/>
        <source>This bundle belongs to another office&apos;s hub; nothing was applied.</source>
        <translation>Para sa hub ng ibang opisina ang bundle na ito; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="802"/>
        <source>This bundle was written for another device; nothing was applied.</source>
        <translation>Isinulat ang bundle na ito para sa ibang device; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="805"/>
        <source>This bundle comes from device %1, which is not enrolled here or was revoked; nothing was applied.</source>
        <translation>Mula sa device na %1 ang bundle na ito, na hindi naka-enroll dito o na-revoke na; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="813"/>
        <source>This bundle was altered after it was written, or sealed for another key; nothing was applied.</source>
        <translation>Binago ang bundle na ito matapos itong isulat, o sinelyuhan ito para sa ibang key; walang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="820"/>
        <source>These changes are too large for one bundle (over 256 MB unpacked); nothing was written.</source>
        <translation>Masyadong malaki ang mga pagbabagong ito para sa iisang bundle (higit sa 256 MB kapag na-unpack); walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="827"/>
        <source>The demo-data generator stopped answering; nothing was added.</source>
        <translation>Huminto sa pagsagot ang gumagawa ng demo data; walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="830"/>
        <source>The demo-data generator failed (%1); nothing was added.</source>
        <translation>Pumalya ang gumagawa ng demo data (%1); walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="840"/>
        <source>%1: name the laptop this bundle is for.</source>
        <translation>%1: sabihin kung para sa aling laptop ang bundle na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="841"/>
        <source>%1: no laptop named %2 is enrolled.</source>
        <translation>%1: walang naka-enroll na laptop na %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="842"/>
        <source>%1: give the laptop a short name (up to 60 characters).</source>
        <translation>%1: bigyan ang laptop ng maikling pangalan (hanggang 60 character).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="843"/>
        <source>%1: a laptop named %2 is already enrolled.</source>
        <translation>%1: may naka-enroll nang laptop na %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="844"/>
        <source>%1: there is no active user %2.</source>
        <translation>%1: walang aktibong user na %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="845"/>
        <source>%1: there is no open conflict %2.</source>
        <translation>%1: walang nakabinbing conflict na %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="846"/>
        <source>%1: choose office or field.</source>
        <translation>%1: piliin ang value ng opisina o ang value mula sa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="847"/>
        <source>%1 must be filled in.</source>
        <translation>Kailangang punan ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="848"/>
        <source>%1 must be filled in: this person is protected.</source>
        <translation>Kailangang punan ang %1: protektado ang taong ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="849"/>
        <source>%1: choose one from the list.</source>
        <translation>%1: pumili ng isa sa listahan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="850"/>
        <source>%1 is not a date.</source>
        <translation>Hindi petsa ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="851"/>
        <source>%1 is not a date and time.</source>
        <translation>Hindi petsa at oras ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="852"/>
        <source>%1 is too long; please shorten it.</source>
        <translation>Masyadong mahaba ang %1; paikliin ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="854"/>
        <source>%1 contains characters that cannot be kept; type it again as plain text.</source>
        <translation>May mga character sa %1 na hindi maitatago; i-type ulit ito bilang simpleng teksto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="856"/>
        <source>%1 must fit on one line.</source>
        <translation>Dapat magkasya sa isang linya ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="857"/>
        <source>%1 is before the date the case was opened.</source>
        <translation>Mas maaga ang %1 kaysa sa petsa ng pagbukas ng case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="858"/>
        <source>%1: a protected person&apos;s name goes under Legal name.</source>
        <translation>%1: sa Legal na pangalan inilalagay ang pangalan ng taong protektado.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="860"/>
        <source>%1 holds the wrong kind of value (text, a number, a list or an object).</source>
        <translation>Maling uri ng value ang laman ng %1 (teksto, numero, listahan o object).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="862"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>Dapat nasa pagitan ng %2 at %3 ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="863"/>
        <source>%1 must be a two-letter country code such as PH or US.</source>
        <translation>Dapat dalawang-letrang country code ang %1, gaya ng PH o US.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="864"/>
        <source>%1 must be a SHA-256 hash of 64 hexadecimal characters.</source>
        <translation>Dapat SHA-256 hash na may 64 na hexadecimal na character ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="866"/>
        <source>%1: a user name is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>%1: 2 hanggang 32 character ang user name: maliliit na letra, numero, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, na nagsisimula sa letra.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="873"/>
        <source>%1 must look like CI-2026-00042 (prefix, year, serial).</source>
        <translation>Dapat ganito ang anyo ng %1: CI-2026-00042 (prefix, taon, serial).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="875"/>
        <source>%1 lists the same entry twice.</source>
        <translation>Dalawang beses nakalista ang parehong entry sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="876"/>
        <source>%1: give either a person of the case or a name, not both.</source>
        <translation>%1: magbigay ng tao mula sa case o ng pangalan, hindi pareho.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="877"/>
        <source>%1 does not apply here; leave it empty.</source>
        <translation>Hindi angkop dito ang %1; iwanan itong blangko.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="878"/>
        <source>%1 cannot be changed by an edit of the case.</source>
        <translation>Hindi mababago ang %1 sa pag-edit ng case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="879"/>
        <source>%1: only protected people have a vault identity.</source>
        <translation>%1: ang mga taong protektado lang ang may pagkakakilanlan sa vault.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="881"/>
        <source>%1: this change would alter whether the person is protected; record a new person instead.</source>
        <translation>%1: mababago ng pagbabagong ito kung protektado ang tao; magtala na lang ng bagong tao.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="886"/>
        <source>%1: a note is written by the user who saves it.</source>
        <translation>%1: ang user na nagse-save ng tala ang sumulat nito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="887"/>
        <source>%1 cannot be changed: a case keeps its reference.</source>
        <translation>Hindi mababago ang %1: hindi nagbabago ang reference ng case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="889"/>
        <source>%1: %2 is also used by case %3.</source>
        <translation>%1: ginagamit din ng case %3 ang %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="891"/>
        <source>%1: %2 already exists in this database.</source>
        <translation>%1: mayroon nang %2 sa database na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="893"/>
        <source>%1: no user named &apos;%2&apos; exists in this database.</source>
        <translation>%1: walang user na &apos;%2&apos; sa database na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="895"/>
        <source>%1: unknown field; the import format has no such field.</source>
        <translation>%1: hindi kilalang field; walang ganitong field ang import format.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="896"/>
        <source>%1: names nothing in this case.</source>
        <translation>%1: walang tinutukoy sa case na ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="897"/>
        <source>%1: the case has not been saved yet.</source>
        <translation>%1: hindi pa naka-save ang case.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="898"/>
        <source>%1 must be &apos;%2&apos;.</source>
        <translation>Dapat &apos;%2&apos; ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="907"/>
        <source>social worker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="908"/>
        <source>lawyer</source>
        <translation>abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="909"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="912"/>
        <source>the disk is full</source>
        <translation>puno na ang disk</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="913"/>
        <source>the folder or file is read-only</source>
        <translation>read-only ang folder o file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="916"/>
        <source>The first month</source>
        <translation>Ang unang buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="917"/>
        <source>The last month</source>
        <translation>Ang huling buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="918"/>
        <source>The month</source>
        <translation>Ang buwan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="921"/>
        <source>cases</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="922"/>
        <source>children</source>
        <translation>bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="923"/>
        <source>accused</source>
        <translation>akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="980"/>
        <source>a protected person of another case</source>
        <translation>isang protektadong tao ng ibang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="985"/>
        <source>%1 of %2</source>
        <translation>%1 ng %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="988"/>
        <source>%1&apos;s %2</source>
        <translation>%2 ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="990"/>
        <source>%1 holds %2</source>
        <translation>nasa %1 ang %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="991"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="993"/>
        <source>%1 and %2 more</source>
        <translation>%1 at %2 pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="995"/>
        <source>it contains %1</source>
        <translation>naglalaman ito ng %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="25"/>
        <location filename="../../caseintake/ui/labels.py" line="130"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="26"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="27"/>
        <source>In court</source>
        <translation>Nasa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="28"/>
        <source>Closed</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="31"/>
        <source>NCR – National Capital Region</source>
        <translation>NCR – National Capital Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="32"/>
        <source>CAR – Cordillera Administrative Region</source>
        <translation>CAR – Cordillera Administrative Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="33"/>
        <source>I – Ilocos Region</source>
        <translation>I – Ilocos Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="34"/>
        <source>II – Cagayan Valley</source>
        <translation>II – Cagayan Valley</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="35"/>
        <source>III – Central Luzon</source>
        <translation>III – Central Luzon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="36"/>
        <source>IV-A – CALABARZON</source>
        <translation>IV-A – CALABARZON</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="37"/>
        <source>MIMAROPA</source>
        <translation>MIMAROPA</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="38"/>
        <source>V – Bicol Region</source>
        <translation>V – Bicol Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="39"/>
        <source>VI – Western Visayas</source>
        <translation>VI – Western Visayas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="40"/>
        <source>NIR – Negros Island Region</source>
        <translation>NIR – Negros Island Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="41"/>
        <source>VII – Central Visayas</source>
        <translation>VII – Central Visayas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="42"/>
        <source>VIII – Eastern Visayas</source>
        <translation>VIII – Eastern Visayas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="43"/>
        <source>IX – Zamboanga Peninsula</source>
        <translation>IX – Zamboanga Peninsula</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="44"/>
        <source>X – Northern Mindanao</source>
        <translation>X – Northern Mindanao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="45"/>
        <source>XI – Davao Region</source>
        <translation>XI – Davao Region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="46"/>
        <source>XII – SOCCSKSARGEN</source>
        <translation>XII – SOCCSKSARGEN</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="47"/>
        <source>XIII – Caraga</source>
        <translation>XIII – Caraga</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="48"/>
        <source>BARMM – Bangsamoro</source>
        <translation>BARMM – Bangsamoro</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="51"/>
        <source>legal name</source>
        <translation>legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="52"/>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="53"/>
        <source>birth date</source>
        <translation>petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="54"/>
        <source>address</source>
        <translation>tirahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="55"/>
        <source>school</source>
        <translation>paaralan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="56"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="57"/>
        <source>placement</source>
        <translation>kinalalagyan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="60"/>
        <source>Online sexual abuse (livestream)</source>
        <translation>Sekswal na abuso (livestream)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="61"/>
        <source>Abuse material: production</source>
        <translation>Abuse material: paggawa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="62"/>
        <source>Abuse material: distribution</source>
        <translation>Abuse material: pagpapakalat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="63"/>
        <source>Grooming</source>
        <translation>Grooming</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="64"/>
        <source>Sextortion</source>
        <translation>Sextortion</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="65"/>
        <source>Trafficking (sexual exploitation)</source>
        <translation>Trafficking (sekswal)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="66"/>
        <source>Trafficking (labour)</source>
        <translation>Trafficking (trabaho)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="67"/>
        <source>Child abuse</source>
        <translation>Pang-aabuso sa bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="68"/>
        <location filename="../../caseintake/ui/labels.py" line="77"/>
        <location filename="../../caseintake/ui/labels.py" line="96"/>
        <location filename="../../caseintake/ui/labels.py" line="105"/>
        <location filename="../../caseintake/ui/labels.py" line="121"/>
        <location filename="../../caseintake/ui/labels.py" line="143"/>
        <location filename="../../caseintake/ui/labels.py" line="334"/>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="71"/>
        <source>CyberTipline report</source>
        <translation>Report sa CyberTipline</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="72"/>
        <source>Foreign law-enforcement referral</source>
        <translation>Referral mula sa dayuhang law enforcement</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="73"/>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="74"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="75"/>
        <location filename="../../caseintake/ui/labels.py" line="491"/>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="76"/>
        <source>Police</source>
        <translation>Pulis</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="80"/>
        <source>Yes, counts may include this case</source>
        <translation>Oo, isama sa mga bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="81"/>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="82"/>
        <source>Not asked yet</source>
        <translation>Hindi pa natatanong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="85"/>
        <location filename="../../caseintake/ui/labels.py" line="157"/>
        <source>Guardian ad litem</source>
        <translation>Guardian ad litem</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="86"/>
        <source>Live-link testimony</source>
        <translation>Live-link testimony</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="87"/>
        <source>Screen in the courtroom</source>
        <translation>Screen sa courtroom</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="88"/>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="89"/>
        <location filename="../../caseintake/ui/labels.py" line="158"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="92"/>
        <source>Victim</source>
        <translation>Biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="93"/>
        <source>Accused</source>
        <translation>Akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="94"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="95"/>
        <location filename="../../caseintake/ui/labels.py" line="456"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="99"/>
        <source>Parent</source>
        <translation>Magulang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="100"/>
        <source>Relative</source>
        <translation>Kamag-anak</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="101"/>
        <source>Household member</source>
        <translation>Kasama sa bahay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="102"/>
        <source>Neighbour</source>
        <translation>Kapitbahay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="103"/>
        <source>Local stranger</source>
        <translation>Hindi kakilala (lokal)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="104"/>
        <source>Foreign online offender</source>
        <translation>Dayuhang online offender</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="108"/>
        <source>Female</source>
        <translation>Babae</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="109"/>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="110"/>
        <source>Not known</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="113"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="114"/>
        <source>Medical</source>
        <translation>Medikal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="115"/>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="116"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="117"/>
        <source>Law enforcement</source>
        <translation>Law enforcement</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="118"/>
        <source>Social welfare</source>
        <translation>Social welfare</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="119"/>
        <source>Education</source>
        <translation>Edukasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="120"/>
        <source>Livelihood</source>
        <translation>Kabuhayan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="124"/>
        <location filename="../../caseintake/ui/labels.py" line="197"/>
        <source>Pending</source>
        <translation>Nakabinbin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="125"/>
        <source>Accepted</source>
        <translation>Tinanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="126"/>
        <source>Declined</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="127"/>
        <source>Completed</source>
        <translation>Natapos</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="131"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="132"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="133"/>
        <source>Case conference</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="134"/>
        <source>General</source>
        <translation>Pangkalahatan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="137"/>
        <source>Inquest</source>
        <translation>Inquest</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="138"/>
        <source>Preliminary investigation</source>
        <translation>Preliminary investigation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="139"/>
        <source>Arraignment</source>
        <translation>Arraignment</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="140"/>
        <source>Pre-trial</source>
        <translation>Pre-trial</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="141"/>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="142"/>
        <source>Promulgation</source>
        <translation>Promulgation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="146"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="147"/>
        <source>Held</source>
        <translation>Natuloy</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="148"/>
        <source>Postponed</source>
        <translation>Na-postpone</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="149"/>
        <source>Cancelled</source>
        <translation>Na-cancel</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="152"/>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="153"/>
        <location filename="../../caseintake/ui/labels.py" line="275"/>
        <location filename="../../caseintake/ui/labels.py" line="518"/>
        <source>Lawyer</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="154"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="159"/>
        <source>Facilitator to put the questions to the child</source>
        <translation>Facilitator na magtatanong sa bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="160"/>
        <source>Support person during testimony</source>
        <translation>Support person habang nagtetestigo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="161"/>
        <source>Separate waiting area</source>
        <translation>Hiwalay na waiting area</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="162"/>
        <source>Child-friendly arrangement of the courtroom</source>
        <translation>Child-friendly na ayos ng courtroom</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="163"/>
        <source>Testimonial aids (dolls, drawings)</source>
        <translation>Testimonial aids (manika, drowing)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="164"/>
        <source>Emotional security item (comfort object)</source>
        <translation>Emotional security item (gamit na nagpapanatag sa bata)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="165"/>
        <source>Testimony at hours suited to the child, with recesses</source>
        <translation>Testimonya sa oras na angkop sa bata, may mga pahinga</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="168"/>
        <source>Exclusion of the public (closed-door hearing)</source>
        <translation>Exclusion of the public (closed-door hearing)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="169"/>
        <source>Live-link television testimony</source>
        <translation>Live-link television testimony</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="170"/>
        <source>Screen or one-way mirror</source>
        <translation>Screen o one-way mirror</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="171"/>
        <source>Videotaped deposition</source>
        <translation>Videotaped deposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="172"/>
        <source>Admission of the recorded investigative interview</source>
        <translation>Admission ng naka-record na investigative interview</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="175"/>
        <source>Protective order over records and recordings</source>
        <translation>Protective order sa mga record at recording</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="178"/>
        <source>Requested</source>
        <translation>Hiniling</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="179"/>
        <location filename="../../caseintake/ui/labels.py" line="198"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="180"/>
        <location filename="../../caseintake/ui/labels.py" line="199"/>
        <location filename="../../caseintake/ui/labels.py" line="206"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="181"/>
        <location filename="../../caseintake/ui/labels.py" line="200"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="184"/>
        <source>Detained</source>
        <translation>Nakakulong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="185"/>
        <source>Released on bail</source>
        <translation>Nakalaya sa bail</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="186"/>
        <source>Released on recognizance</source>
        <translation>Nakalaya sa recognizance</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="187"/>
        <source>At large</source>
        <translation>At large (hindi pa nahuhuli)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="188"/>
        <source>Released</source>
        <translation>Nakalaya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="191"/>
        <source>Prosecution</source>
        <translation>Prosecution</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="192"/>
        <source>Private prosecutor</source>
        <translation>Private prosecutor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="193"/>
        <source>Defense</source>
        <translation>Defense</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="194"/>
        <source>Court (motu proprio)</source>
        <translation>Korte (motu proprio)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="201"/>
        <source>Moot</source>
        <translation>Moot</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="204"/>
        <source>Not yet ruled on</source>
        <translation>Wala pang ruling</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="205"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="209"/>
        <source>Conviction</source>
        <translation>Conviction</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="210"/>
        <source>Acquittal</source>
        <translation>Acquittal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="211"/>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="212"/>
        <source>Plea of guilty (plea bargaining)</source>
        <translation>Plea of guilty (plea bargaining)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="213"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="216"/>
        <source>Signed in</source>
        <translation>Nag-sign in</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="217"/>
        <source>User added</source>
        <translation>Nadagdag ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="218"/>
        <source>User disabled</source>
        <translation>Na-disable ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="219"/>
        <source>Passphrase changed</source>
        <translation>Napalitan ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="220"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>Na-reset ang passphrase gamit ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="221"/>
        <source>User re-enabled</source>
        <translation>Na-enable ulit ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="222"/>
        <source>User&apos;s role changed</source>
        <translation>Napalitan ang tungkulin ng user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="223"/>
        <source>Case opened</source>
        <translation>Nabuksan ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="224"/>
        <source>Case imported</source>
        <translation>Na-import ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="225"/>
        <source>Demo case generated</source>
        <translation>Nagawa ang demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="226"/>
        <source>Demo cases removed</source>
        <translation>Naalis ang mga demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="227"/>
        <source>Case details changed</source>
        <translation>Nabago ang detalye ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="228"/>
        <source>Case viewed</source>
        <translation>Tiningnan ang case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="229"/>
        <source>Court record changed</source>
        <translation>Nabago ang court record</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="230"/>
        <source>Person added</source>
        <translation>Nadagdag ang tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="231"/>
        <source>Person changed</source>
        <translation>Nabago ang tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="232"/>
        <source>Identity revealed</source>
        <translation>Ipinakita ang pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="233"/>
        <source>Cases searched by identity</source>
        <translation>Hinanap ang mga case ayon sa pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="234"/>
        <source>Word allowed past the leak guard</source>
        <translation>Pinalusot ng leak guard ang salita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="235"/>
        <source>Referral added</source>
        <translation>Nadagdag ang referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="236"/>
        <source>Referral changed</source>
        <translation>Nabago ang referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="237"/>
        <source>Note written</source>
        <translation>Naisulat ang tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="238"/>
        <source>Note edited</source>
        <translation>Na-edit ang tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="239"/>
        <source>Court date added</source>
        <translation>Nadagdag ang petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="240"/>
        <source>Court date changed</source>
        <translation>Nabago ang petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="241"/>
        <source>Evidence registered</source>
        <translation>Na-register ang ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="242"/>
        <source>Evidence entry corrected</source>
        <translation>Naitama ang entry ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="243"/>
        <source>Document generated</source>
        <translation>Nagawa ang dokumento</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="244"/>
        <source>Hearing summary written</source>
        <translation>Naisulat ang buod ng hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="245"/>
        <source>Anonymized counts exported</source>
        <translation>Na-export ang mga anonymized na bilang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="246"/>
        <source>Database created</source>
        <translation>Nagawa ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="247"/>
        <source>Database checked</source>
        <translation>Nasuri ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="248"/>
        <source>Database upgraded</source>
        <translation>Na-upgrade ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="249"/>
        <source>Backup made</source>
        <translation>Nagawa ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="250"/>
        <source>Backup restored</source>
        <translation>Na-restore ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="251"/>
        <source>Keys rotated</source>
        <translation>Napalitan ang mga key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="252"/>
        <source>Recovery key replaced</source>
        <translation>Napalitan ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="253"/>
        <source>Made the office hub</source>
        <translation>Ginawang hub ng opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="254"/>
        <source>Laptop enrolled</source>
        <translation>Na-enroll ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="255"/>
        <source>Laptop revoked</source>
        <translation>Na-revoke ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="256"/>
        <source>Sync bundle written</source>
        <translation>Naisulat ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="257"/>
        <source>Sync bundle applied</source>
        <translation>Na-apply ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="258"/>
        <source>Sync bundle refused</source>
        <translation>Tinanggihan ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="259"/>
        <source>Sync conflict resolved</source>
        <translation>Na-resolve ang conflict sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="262"/>
        <location filename="../../caseintake/ui/labels.py" line="466"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="263"/>
        <location filename="../../caseintake/ui/labels.py" line="276"/>
        <location filename="../../caseintake/ui/labels.py" line="282"/>
        <location filename="../../caseintake/ui/labels.py" line="291"/>
        <location filename="../../caseintake/ui/labels.py" line="320"/>
        <location filename="../../caseintake/ui/labels.py" line="465"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="264"/>
        <source>Opened</source>
        <translation>Binuksan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="265"/>
        <location filename="../../caseintake/ui/labels.py" line="316"/>
        <location filename="../../caseintake/ui/labels.py" line="469"/>
        <source>Region</source>
        <translation>Rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="266"/>
        <location filename="../../caseintake/ui/labels.py" line="470"/>
        <source>Province</source>
        <translation>Probinsya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="267"/>
        <source>Assigned to</source>
        <translation>Naka-assign</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="268"/>
        <source>Victims</source>
        <translation>Mga biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="271"/>
        <source>When (Manila)</source>
        <translation>Kailan (Manila)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="272"/>
        <location filename="../../caseintake/ui/labels.py" line="441"/>
        <location filename="../../caseintake/ui/labels.py" line="442"/>
        <source>Case</source>
        <extracomment>The vocabularies whose codes are a closed enum; each of its values must have a label (tested).</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="273"/>
        <location filename="../../caseintake/ui/labels.py" line="501"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="274"/>
        <location filename="../../caseintake/ui/labels.py" line="513"/>
        <source>Court</source>
        <translation>Korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="279"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="280"/>
        <source>Full name</source>
        <translation>Buong pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="281"/>
        <location filename="../../caseintake/ui/labels.py" line="478"/>
        <source>Role</source>
        <translation>Tungkulin</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="285"/>
        <location filename="../../caseintake/ui/labels.py" line="533"/>
        <source>Criminal case no.</source>
        <translation>Criminal case no.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="286"/>
        <location filename="../../caseintake/ui/labels.py" line="536"/>
        <source>Statute</source>
        <translation>Statute</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="287"/>
        <location filename="../../caseintake/ui/labels.py" line="537"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="288"/>
        <location filename="../../caseintake/ui/labels.py" line="538"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="289"/>
        <location filename="../../caseintake/ui/labels.py" line="509"/>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="290"/>
        <location filename="../../caseintake/ui/labels.py" line="524"/>
        <source>Filed on</source>
        <translation>Na-file noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="292"/>
        <source>Since (arrest or commitment)</source>
        <translation>Mula (aresto o commitment)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="293"/>
        <location filename="../../caseintake/ui/labels.py" line="495"/>
        <source>Bail</source>
        <translation>Bail</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="294"/>
        <source>Child</source>
        <translation>Bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="295"/>
        <location filename="../../caseintake/ui/labels.py" line="496"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="296"/>
        <location filename="../../caseintake/ui/labels.py" line="497"/>
        <source>Requested on</source>
        <translation>Hiniling noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="297"/>
        <location filename="../../caseintake/ui/labels.py" line="498"/>
        <source>Ruled on</source>
        <translation>Ni-rule noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="298"/>
        <location filename="../../caseintake/ui/labels.py" line="499"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="299"/>
        <location filename="../../caseintake/ui/labels.py" line="455"/>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="300"/>
        <location filename="../../caseintake/ui/labels.py" line="446"/>
        <source>Person</source>
        <translation>Tao</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="301"/>
        <source>Or name (an official)</source>
        <translation>O pangalan (isang opisyal)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="302"/>
        <location filename="../../caseintake/ui/labels.py" line="521"/>
        <source>Judicial affidavit filed on</source>
        <translation>Judicial affidavit na-file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="303"/>
        <location filename="../../caseintake/ui/labels.py" line="522"/>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="304"/>
        <location filename="../../caseintake/ui/labels.py" line="523"/>
        <source>Filed by</source>
        <translation>Nag-file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="305"/>
        <location filename="../../caseintake/ui/labels.py" line="525"/>
        <source>Resolved on</source>
        <translation>Na-resolve noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="306"/>
        <location filename="../../caseintake/ui/labels.py" line="526"/>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="307"/>
        <location filename="../../caseintake/ui/labels.py" line="527"/>
        <source>Offered by</source>
        <translation>Nag-offer</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="308"/>
        <location filename="../../caseintake/ui/labels.py" line="454"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="309"/>
        <location filename="../../caseintake/ui/labels.py" line="528"/>
        <source>Offered on</source>
        <translation>In-offer noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="310"/>
        <location filename="../../caseintake/ui/labels.py" line="529"/>
        <source>Ruling</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="313"/>
        <source>Month opened</source>
        <translation>Buwan ng pagbukas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="314"/>
        <source>Quarter opened</source>
        <translation>Quarter ng pagbukas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="315"/>
        <source>Year opened</source>
        <translation>Taon ng pagbukas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="317"/>
        <location filename="../../caseintake/ui/labels.py" line="476"/>
        <source>Offense</source>
        <translation>Paglabag</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="318"/>
        <source>Victim sex</source>
        <translation>Kasarian ng biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="319"/>
        <source>Victim age</source>
        <translation>Edad ng biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="321"/>
        <source>Source of the report</source>
        <translation>Pinagmulan ng report</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="322"/>
        <source>Referral kind</source>
        <translation>Uri ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="323"/>
        <source>Accused relationship</source>
        <translation>Kaugnayan ng akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="324"/>
        <source>Accused nationality</source>
        <translation>Nasyonalidad ng akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="327"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="328"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="331"/>
        <source>Total</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="332"/>
        <source>None recorded</source>
        <translation>Walang nakatala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="333"/>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="337"/>
        <source>Encryption of every page (nothing altered or unreadable)</source>
        <translation>Encryption ng bawat pahina (walang binago o hindi mabasa)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="338"/>
        <source>Structure of the tables and their indexes</source>
        <translation>Istruktura ng mga table at ng mga index nito</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="339"/>
        <source>Search indexes of cases, notes and identities, the counts kept for reports, and the agenda&apos;s list of hearings</source>
        <translation>Mga search index ng mga case, tala at pagkakakilanlan, ang mga bilang na itinatabi para sa ulat, at ang listahan ng mga hearing ng agenda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="358"/>
        <source>A search index is damaged: searching may miss cases, or the agenda may miss hearings, although the records themselves may be intact.</source>
        <translation>Sira ang isang search index: maaaring hindi lumabas ang ilang case sa paghahanap, o ang ilang hearing sa agenda, kahit buo pa ang mga record mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="344"/>
        <source>Audit log: no event edited, removed or reordered</source>
        <translation>Audit log: walang event na binago, inalis o iniba ang pagkakasunod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="345"/>
        <source>Keys and signatures: key file, key epoch, signed events</source>
        <translation>Mga key at lagda: key file, key epoch, mga event na may lagda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="348"/>
        <source>Parts of the file cannot be read or were changed outside caseintake (a failing disk, an interrupted copy, or tampering).</source>
        <translation>May mga bahagi ng file na hindi mabasa o binago sa labas ng caseintake (sirang disk, naputol na pagkopya, o pakikialam).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="353"/>
        <source>The database&apos;s inner structure is damaged, usually by a failing disk or by a copy made while it was open.</source>
        <translation>Sira ang panloob na istruktura ng database, kadalasan dahil sa sirang disk o sa kopyang ginawa habang bukas ito.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="363"/>
        <source>The audit log was altered or cut short, or an older copy of the database was put back. Keep the file as it is: it is evidence of what happened.</source>
        <translation>Binago o pinutol ang audit log, o ibinalik ang mas lumang kopya ng database. Huwag galawin ang file: ebidensya ito ng nangyari.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="368"/>
        <source>The key file and the database do not match, or an event is not signed by its author: a file was replaced by an older copy or edited outside caseintake.</source>
        <translation>Hindi magkatugma ang key file at ang database, o may event na hindi nilagdaan ng sumulat nito: pinalitan ang isang file ng mas lumang kopya o binago ito sa labas ng caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="375"/>
        <source>Cases</source>
        <translation>Mga case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="376"/>
        <source>Audit events</source>
        <translation>Mga audit event</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="377"/>
        <source>Schema version</source>
        <translation>Bersyon ng schema</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="378"/>
        <source>Key epoch (database key changes)</source>
        <translation>Key epoch (mga pagpalit ng database key)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="379"/>
        <source>Audit events signed by their author</source>
        <translation>Mga audit event na nilagdaan ng sumulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="380"/>
        <source>System events (unsigned by design)</source>
        <translation>Mga system event (sadyang walang lagda)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="381"/>
        <source>Events from before signing began</source>
        <translation>Mga event bago nagsimula ang paglagda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="382"/>
        <source>Identity keys</source>
        <translation>Mga identity key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="383"/>
        <source>Last audit event recorded in the key file</source>
        <translation>Huling audit event na nakatala sa key file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="443"/>
        <source>Case offense</source>
        <translation>Paglabag sa case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="444"/>
        <source>Case accommodation</source>
        <translation>Accommodation sa case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="445"/>
        <source>Case identity key</source>
        <translation>Identity key ng case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="447"/>
        <source>Identity</source>
        <translation>Pagkakakilanlan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="448"/>
        <location filename="../../caseintake/ui/labels.py" line="493"/>
        <source>Allowed word</source>
        <translation>Pinayagang salita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="449"/>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="450"/>
        <source>Child-witness measure</source>
        <translation>Child-witness measure</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="451"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="452"/>
        <location filename="../../caseintake/ui/labels.py" line="504"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="453"/>
        <source>Earlier note version</source>
        <translation>Naunang bersyon ng tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="457"/>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="458"/>
        <source>Exhibit</source>
        <translation>Exhibit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="459"/>
        <source>Court record</source>
        <translation>Court record</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="460"/>
        <source>Criminal case</source>
        <translation>Criminal case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="461"/>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="464"/>
        <source>Whole record</source>
        <translation>Buong record</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="467"/>
        <source>Opened on</source>
        <translation>Binuksan noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="468"/>
        <source>Closed on</source>
        <translation>Isinara noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="471"/>
        <source>Reached us through</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="472"/>
        <source>Outside reference</source>
        <translation>Panlabas na reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="473"/>
        <source>Assigned worker</source>
        <translation>Naka-assign na worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="474"/>
        <source>Statistics consent</source>
        <translation>Consent sa statistics</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="475"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="477"/>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="479"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="480"/>
        <source>Sex</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="481"/>
        <source>Age at intake</source>
        <translation>Edad sa intake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="482"/>
        <source>Birth year</source>
        <translation>Taon ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="483"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="484"/>
        <source>Relationship to the victim</source>
        <translation>Kaugnayan sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="485"/>
        <source>Protected</source>
        <translation>Protektado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="486"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="487"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="488"/>
        <source>Aliases</source>
        <translation>Iba pang pangalan (alias)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="489"/>
        <source>Birth date</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="490"/>
        <source>Address</source>
        <translation>Tirahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="492"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="494"/>
        <source>Since</source>
        <translation>Mula noong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="500"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="502"/>
        <source>Referred on</source>
        <translation>Petsa ng referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="503"/>
        <source>Follow up on</source>
        <translation>Follow-up sa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="505"/>
        <source>Author</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="506"/>
        <source>Written by (as stated)</source>
        <translation>Sinabing sumulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="507"/>
        <source>Written</source>
        <translation>Isinulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="508"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="510"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="511"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="512"/>
        <source>Received on</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="514"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="515"/>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="516"/>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="517"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="519"/>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="520"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="530"/>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="531"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="532"/>
        <source>Disposition on</source>
        <translation>Petsa ng disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="534"/>
        <source>Judicial region</source>
        <translation>Judicial region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="535"/>
        <source>Station</source>
        <translation>Istasyon</translation>
    </message>
</context>
</TS>
