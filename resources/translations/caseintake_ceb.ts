<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ceb_PH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="41"/>
        <source>About caseintake</source>
        <translation>Mahitungod sa caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="52"/>
        <source>Encrypted, offline case intake for legal-aid teams protecting children from online sexual exploitation.</source>
        <translation>Naka-encrypt ug offline nga pagdawat sa mga kaso alang sa mga legal-aid team nga nanalipod sa mga bata batok sa online nga sekswal nga pagpahimulos.</translation>
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
        <translation>Folder sa data:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="77"/>
        <source>caseintake makes no network connection. All case data is in one encrypted database file and its key file, both in the data folder.</source>
        <translation>Ang caseintake dili mokonektar sa network. Ang tanang data sa kaso anaa sa usa ka naka-encrypt nga database file ug sa key file niini, nga pareho anaa sa folder sa data.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="86"/>
        <source>&amp;Licences…</source>
        <translation>Mga &amp;lisensya…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/about.py" line="88"/>
        <source>The components caseintake is built from and their licences</source>
        <translation>Ang mga bahin nga gigamit sa paghimo sa caseintake ug ang ilang mga lisensya</translation>
    </message>
</context>
<context>
    <name>AccountForms</name>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="60"/>
        <source>at least %1 characters</source>
        <translation>labing menos %1 ka karakter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="70"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Dili managsama ang duha ka bag-ong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="100"/>
        <source>At least %1 characters; four random words work well.</source>
        <translation>Labing menos %1 ka karakter; maayo ang upat ka random nga pulong.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/forms.py" line="108"/>
        <source>Strong enough.</source>
        <translation>Igo na ka lig-on.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="94"/>
        <source>&amp;Add user</source>
        <translation>&amp;Idugang ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="96"/>
        <source>Add a user</source>
        <translation>Pagdugang og user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="101"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="102"/>
        <source>e.g. mreyes</source>
        <translation>pananglitan, mreyes</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="106"/>
        <source>Full name</source>
        <translation>Tibuok ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="109"/>
        <source>Role</source>
        <translation>Tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="114"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="115"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Tibuok ngalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="116"/>
        <source>&amp;Role:</source>
        <translation>T&amp;ahas:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="117"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="118"/>
        <source>Repeat passphrase</source>
        <translation>Balika ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="119"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="123"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Balika ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="126"/>
        <source>The new user signs in with this user name and passphrase. Give the passphrase in person; they can change it later under Change my passphrase.</source>
        <translation>Kini nga user name ug passphrase ang gamiton sa bag-ong user sa pag-sign in. Ihatag ang passphrase nga personal; mausab nila kini unya sa Usba ang akong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="139"/>
        <source>Enter a user name.</source>
        <translation>Isulat ang user name.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="146"/>
        <source>Choose a passphrase for the new user.</source>
        <translation>Pili og passphrase para sa bag-ong user.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="166"/>
        <source>Adding the account…</source>
        <translation>Gidugang ang account…</translation>
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
        <translation>Posibleng magdungan: si %1 adunay laing hearing sulod sa duha ka oras sa mao gihapong adlaw: %2.</translation>
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
        <translation>Agenda sa mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="84"/>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="85"/>
        <source>Choose a day; days with a possible clash are marked</source>
        <translation>Pili og adlaw; gimarkahan ang mga adlaw nga posibleng adunay magdungan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="96"/>
        <source>&amp;Today</source>
        <translation>&amp;Karong adlawa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="99"/>
        <source>Bold days have hearings; orange days have a possible clash.</source>
        <translation>Ang mga adlaw nga baga og sulat adunay hearing; ang mga adlaw nga kahel posibleng adunay magdungan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="113"/>
        <source>&amp;Mine</source>
        <translation>&amp;Akoa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="115"/>
        <source>&amp;Everyone</source>
        <translation>&amp;Tanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="125"/>
        <source>Only hearings where you are the lawyer</source>
        <translation>Ang mga hearing lamang diin ikaw ang abogado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="130"/>
        <source>Period shown</source>
        <translation>Panahon nga gipakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="132"/>
        <source>Day</source>
        <translation>Adlaw</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="133"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="134"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="138"/>
        <source>&amp;Show:</source>
        <translation>&amp;Ipakita:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="141"/>
        <source>Export .ics…</source>
        <translation>I-export ang .ics…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="145"/>
        <source>Save the hearings of the period as a calendar file: case reference, kind and court only.</source>
        <translation>I-save ang mga hearing sa panahon isip calendar file: reference sa kaso, matang ug korte lamang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="166"/>
        <source>Hearings</source>
        <translation>Mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="300"/>
        <source>The calendar marks days up to %1 only: this month holds too many hearings to mark.</source>
        <translation>Hangtod %1 ra ang mga adlaw nga gimarkahan sa kalendaryo: daghan kaayo og hearing karong bulana aron markahan tanan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="304"/>
        <source>There are too many hearings to list at once: shown up to %1. Choose a week or a day, or Mine, to see the rest; Export .ics… writes the whole period.</source>
        <translation>Daghan kaayo og hearing aron ilista dungan: gipakita hangtod %1. Pili og usa ka semana o usa ka adlaw, o Akoa, aron makita ang uban; ang I-export ang .ics… magsulat sa tibuok panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="309"/>
        <source>There are too many hearings on %1 to list at once: the first %2 are shown. Choose Mine to see the rest; Export .ics… writes the whole period.</source>
        <translation>Daghan kaayo og hearing sa %1 aron ilista dungan: ang unang %2 ang gipakita. Pilia ang Akoa aron makita ang uban; ang I-export ang .ics… magsulat sa tibuok panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="332"/>
        <source>Possible clash of hearings on this day</source>
        <translation>Posibleng magdungan ang mga hearing niini nga adlaw</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="341"/>
        <source>My hearings</source>
        <translation>Akong mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="341"/>
        <source>All hearings</source>
        <translation>Tanang hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="347"/>
        <source>%1 with a possible clash</source>
        <translation>%1 nga posibleng magdungan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="370"/>
        <location filename="../../caseintake/ui/agenda/window.py" line="387"/>
        <source>Export hearings as a calendar</source>
        <translation>I-export ang mga hearing isip kalendaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="372"/>
        <source>Calendar files (*.ics)</source>
        <translation>Mga calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="382"/>
        <source>Checking and writing the calendar…</source>
        <translation>Gisusi ug gisulat ang kalendaryo…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="388"/>
        <source>Checking the calendar for protected details and writing it…</source>
        <translation>Gisusi ang kalendaryo kon aduna bay protektadong detalye ug gisulat kini…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="402"/>
        <source>Wrote %1 hearing to %2.</source>
        <translation>Nasulat ang %1 ka hearing sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="402"/>
        <source>Wrote %1 hearings to %2.</source>
        <translation>Nasulat ang %1 ka hearing sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/window.py" line="408"/>
        <source>Calendar blocked</source>
        <translation>Gi-block ang kalendaryo</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="29"/>
        <source>Back up</source>
        <translation>I-backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="32"/>
        <source>Backup written to %1.</source>
        <translation>Nasulat ang backup sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="38"/>
        <source>The backup was cancelled: no backup file was written and the database was not changed.</source>
        <translation>Gi-cancel ang backup: walay backup file nga nasulat ug walay nausab sa database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/backup_run.py" line="51"/>
        <source>Writing the backup to %1…</source>
        <translation>Gisulat ang backup sa %1…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="139"/>
        <source>Your role cannot open new cases.</source>
        <extracomment>A newer version of the open case known to be on disk (a refused save or the watch found it); None while the editor holds the latest. Run once the case being opened is shown (forms reopened after an unlock). Told the reference (and new record ids) of the save a lock started; see save_for_lock.</extracomment>
        <translation>Dili makaabli og bag-ong kaso ang imong tahas.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="167"/>
        <source>Nothing to save.</source>
        <translation>Walay i-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="227"/>
        <source>Select a case in the list, or press Ctrl+N to open a new one.</source>
        <translation>Pili og kaso sa listahan, o pindota ang Ctrl+N aron makaabli og bag-o.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="239"/>
        <source>Unsaved changes</source>
        <translation>Mga kausaban nga wala pa ma-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="240"/>
        <source>This case has changes that are not saved yet. Save them first?</source>
        <translation>Kini nga kaso adunay mga kausaban nga wala pa ma-save. I-save sa una?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="256"/>
        <source>Opening %1…</source>
        <translation>Giablihan ang %1…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="286"/>
        <source>Preparing a new case…</source>
        <translation>Giandam ang bag-ong kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="337"/>
        <source>Saved %1.</source>
        <translation>Na-save ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="356"/>
        <source>Not saved: %1. Everything you typed is still here.</source>
        <translation>Wala ma-save: %1. Ania pa gihapon ang tanan nimong gi-type.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="358"/>
        <source>The case was not saved.</source>
        <translation>Wala ma-save ang kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="384"/>
        <source>Show their version</source>
        <translation>Ipakita ang ilang bersyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="386"/>
        <source>Show the case as it was saved elsewhere? The changes you made here and did not save will be lost.</source>
        <translation>Ipakita ang kaso sama sa pagka-save niini sa laing dapit? Mawala ang mga kausaban nga imong gihimo dinhi nga wala ma-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="395"/>
        <source>Showing the case as it was saved elsewhere.</source>
        <translation>Gipakita ang kaso sama sa pagka-save niini sa laing dapit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="421"/>
        <source>Not saved: the case was changed elsewhere. Everything you typed is still here.</source>
        <translation>Wala ma-save: giusab ang kaso sa laing dapit. Ania pa gihapon ang tanan nimong gi-type.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="424"/>
        <source>This case was changed elsewhere since you opened it.</source>
        <translation>Giusab kini nga kaso sa laing dapit sukad nimo kini giablihan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/editor.py" line="471"/>
        <source>This case was changed elsewhere; it now shows the saved version.</source>
        <translation>Giusab kini nga kaso sa laing dapit; ang na-save nga bersyon na ang gipakita karon.</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="40"/>
        <source>Case %1</source>
        <translation>Kaso %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="42"/>
        <source>Person %1</source>
        <translation>Tawo %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="46"/>
        <source>Referral to %1</source>
        <translation>Referral ngadto sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="48"/>
        <source>Note of %1</source>
        <translation>Nota sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="53"/>
        <source>%1 on %2</source>
        <translation>%1 sa %2</translation>
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
        <translation>Pangitaa ang mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="64"/>
        <source>Reference, pseudonym, summary or note text</source>
        <translation>Reference, pseudonym, sumaryo o teksto sa nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="65"/>
        <source>Search reference, pseudonym, summary, notes…  (Ctrl+F)</source>
        <translation>Pangitaa ang reference, pseudonym, sumaryo, nota…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="69"/>
        <source>Show cases with status</source>
        <translation>Ipakita ang mga kaso nga adunay status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="70"/>
        <source>Any status</source>
        <translation>Bisan unsang status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="75"/>
        <source>Show cases in region</source>
        <translation>Ipakita ang mga kaso sa rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="76"/>
        <source>Any region</source>
        <translation>Bisan unsang rehiyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="81"/>
        <source>Show cases assigned to</source>
        <translation>Ipakita ang mga kaso nga naka-assign kang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="82"/>
        <source>Anyone</source>
        <translation>Bisan kinsa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="86"/>
        <source>Cases</source>
        <translation>Mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="87"/>
        <source>Press Enter to open the selected case in the editor</source>
        <translation>Pindota ang Enter aron maablihan ang napiling kaso sa editor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="234"/>
        <source> · scroll for more</source>
        <translation> · i-scroll para sa dugang pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="236"/>
        <source>Searching…</source>
        <translation>Nangita…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="236"/>
        <source>Loading…</source>
        <translation>Nag-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="239"/>
        <source>No cases match.</source>
        <translation>Walay kaso nga mohaum.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="239"/>
        <source>No cases yet.</source>
        <translation>Wala pay kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="242"/>
        <source>%1 case shown</source>
        <translation>%1 ka kaso ang gipakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/cases/panel.py" line="242"/>
        <source>%1 cases shown</source>
        <translation>%1 ka kaso ang gipakita</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="66"/>
        <source>&amp;Overview</source>
        <extracomment>Where the first segment of an error&apos;s field path lives: a tab, or an Overview field.</extracomment>
        <translation>&amp;Kinatibuk-an</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="67"/>
        <source>&amp;People</source>
        <translation>&amp;Mga tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="68"/>
        <source>&amp;Referrals</source>
        <translation>Mga &amp;referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="69"/>
        <source>&amp;Notes</source>
        <translation>Mga &amp;nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="70"/>
        <source>Hearin&amp;gs</source>
        <translation>Mga &amp;hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="71"/>
        <source>Ev&amp;idence</source>
        <translation>&amp;Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="72"/>
        <source>Co&amp;urt</source>
        <translation>K&amp;orte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/tabs.py" line="74"/>
        <source>His&amp;tory</source>
        <translation>Kasa&amp;ysayan</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="33"/>
        <source>Change my passphrase</source>
        <translation>Usba ang akong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="37"/>
        <source>Changing your passphrase takes effect at once, on this computer. The cases and other users&apos; passphrases are not affected.</source>
        <translation>Ang pag-usab sa imong passphrase mo-epekto dayon, niini nga computer. Dili maapektuhan ang mga kaso ug ang passphrase sa ubang mga user.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="43"/>
        <source>Current passphrase</source>
        <translation>Karon nga passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="45"/>
        <source>New passphrase</source>
        <translation>Bag-ong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="47"/>
        <source>Repeat new passphrase</source>
        <translation>Balika ang bag-ong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="49"/>
        <source>Signed in as:</source>
        <translation>Naka-sign in isip:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="50"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Karon nga passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="51"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bag-ong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="54"/>
        <source>R&amp;epeat new passphrase:</source>
        <translation>Ba&amp;lika ang bag-ong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="57"/>
        <source>C&amp;hange</source>
        <translation>&amp;Usba</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="72"/>
        <source>Enter your current passphrase.</source>
        <translation>Isulat ang imong karon nga passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/passphrase.py" line="80"/>
        <source>Changing the passphrase…</source>
        <translation>Giusab ang passphrase…</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="82"/>
        <source>C&amp;hange role</source>
        <translation>&amp;Usba ang tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="84"/>
        <source>Change a user&apos;s role</source>
        <translation>Usba ang tahas sa usa ka user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="93"/>
        <source>New role</source>
        <translation>Bag-ong tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="97"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="98"/>
        <source>Role now:</source>
        <translation>Tahas karon:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="99"/>
        <source>&amp;New role:</source>
        <translation>&amp;Bag-ong tahas:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="102"/>
        <source>Lawyers and supervisors may reveal the identities of every case; a social worker only those of the cases assigned to her or him. The change applies when the person next signs in. An office always keeps at least one active supervisor.</source>
        <translation>Ang mga abogado ug supervisor makapakita sa mga identidad sa matag kaso; ang social worker, sa mga kaso lamang nga naka-assign kaniya. Mo-epekto ang kausaban inig sunod nga sign in sa tawo. Kanunay adunay labing menos usa ka aktibo nga supervisor ang opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="111"/>
        <source>Changing the role…</source>
        <translation>Giusab ang tahas…</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../caseintake/ui/clipboard_guard.py" line="88"/>
        <source>The copy was held back: it could not be checked.</source>
        <translation>Wala gipadayon ang pag-copy: dili kini masusi.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="40"/>
        <source>This case was changed elsewhere (another window or computer) since you opened it.</source>
        <extracomment>How often the open case is looked at while the window is in use (milliseconds).</extracomment>
        <translation>Giusab kini nga kaso sa laing dapit (laing window o computer) sukad nimo kini giablihan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="55"/>
        <source>Load the case as it is saved now; your unsaved changes are lost</source>
        <translation>I-load ang kaso sama sa pagka-save niini karon; mawala ang imong mga kausaban nga wala ma-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="60"/>
        <source>Save the fields and records you changed; the rest keeps the other change</source>
        <translation>I-save ang mga field ug rekord nga imong giusab; ang uban magpabilin sa laing kausaban</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="52"/>
        <source>Show their version…</source>
        <translation>Ipakita ang ilang bersyon…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="57"/>
        <source>Keep m&amp;y changes and save over theirs</source>
        <translation>I-sa&amp;ve ang akong mga kausaban ug ilisan ang ila</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="62"/>
        <source>Keep editing</source>
        <translation>Padayon sa pag-edit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="64"/>
        <source>Close this message; nothing is saved or lost</source>
        <translation>Isira kini nga mensahe; walay ma-save o mawala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="89"/>
        <source>Your changes were not saved, and they are all still here.</source>
        <translation>Wala ma-save ang imong mga kausaban, ug ania pa silang tanan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/conflicts.py" line="92"/>
        <source>Your unsaved changes are still here; saving now would overwrite the other change.</source>
        <translation>Ania pa ang imong mga kausaban nga wala ma-save; kon i-save karon, mapapas ang laing kausaban.</translation>
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
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="68"/>
        <source>Record · Field</source>
        <translation>Rekord · Field</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="69"/>
        <source>Was</source>
        <translation>Kaniadto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="70"/>
        <source>Office now</source>
        <translation>Karon sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="71"/>
        <source>Field value</source>
        <translation>Bili sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="72"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="73"/>
        <source>Changed at</source>
        <translation>Giusab niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="74"/>
        <source>Decision</source>
        <translation>Desisyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="77"/>
        <source>Conflicts</source>
        <translation>Mga conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="93"/>
        <source>&amp;Keep office value</source>
        <translation>I&amp;pabilin ang bili sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="95"/>
        <source>The office value stays; the laptop&apos;s value is set aside</source>
        <translation>Magpabilin ang bili sa opisina; ibutang sa kilid ang bili sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="96"/>
        <source>&amp;Take field value…</source>
        <translation>&amp;Kuhaa ang bili sa laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="98"/>
        <source>The laptop&apos;s value replaces the office value in the case</source>
        <translation>Ang bili sa laptop ang mopuli sa bili sa opisina diha sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="99"/>
        <source>&amp;Open case</source>
        <translation>&amp;Ablihi ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="101"/>
        <source>Show &amp;resolved conflicts</source>
        <translation>Ipakita ang mga na&amp;resolba nga conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="146"/>
        <source>The same field was changed at the office and on a laptop. Until you decide, the office value stays in the case and the laptop&apos;s value is kept here. Taking the field value changes the case, and every laptop holding it learns the choice at its next sync.</source>
        <translation>Ang mao gihapong field giusab sa opisina ug sa usa ka laptop. Samtang wala ka pa modesisyon, ang bili sa opisina magpabilin sa kaso ug ang bili sa laptop itipig dinhi. Ang pagkuha sa bili sa laptop mousab sa kaso, ug ang matag laptop nga naghupot niini mahibalo sa imong pili inig sunod nga sync niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="155"/>
        <source>Resolved at the office: these fields were changed both here and at the office. Until a supervisor decides, the office value stays, also on this laptop; your value is kept at the office and comes back if it is chosen.</source>
        <translation>Resolbahon sa opisina: kini nga mga field giusab dinhi ug sa opisina. Samtang wala pa modesisyon ang supervisor, ang bili sa opisina ang magpabilin, bisan niini nga laptop; ang imong bili gitipigan sa opisina ug mobalik kon kini ang pilion.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="171"/>
        <source>No conflicts: every change merged.</source>
        <translation>Walay conflict: nahiusa ang tanang kausaban.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="173"/>
        <source>No conflicts yet.</source>
        <translation>Wala pay conflict.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="209"/>
        <source>(a case not held here)</source>
        <translation>(kaso nga wala gihuptan dinhi)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="217"/>
        <source>this laptop (%1)</source>
        <translation>kini nga laptop (%1)</translation>
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
        <translation>%1 · %2, giusab sa %3 niadtong %4.
Kaniadto: %5
Karon sa opisina: %6
Bili sa laptop: %7</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="252"/>
        <source>Resolved at the office</source>
        <translation>Resolbahon sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="254"/>
        <source>A supervisor resolves conflicts</source>
        <translation>Ang supervisor ang moresolba sa mga conflict</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="275"/>
        <source>Take the field value</source>
        <translation>Kuhaa ang bili sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="277"/>
        <source>Replace the office value of %1 in %2 with the laptop&apos;s?

Office now: %3
Field value: %4</source>
        <translation>Ilisan ang bili sa opisina sa %1 diha sa %2 og bili gikan sa laptop?

Karon sa opisina: %3
Bili sa laptop: %4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="307"/>
        <source>%1: the office value stays.</source>
        <translation>%1: magpabilin ang bili sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/conflicts.py" line="309"/>
        <source>%1: the field value is now in the case.</source>
        <translation>%1: anaa na sa kaso ang bili sa laptop.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../caseintake/ui/country_picker.py" line="59"/>
        <source>Not known. Type a country or a nationality, e.g. Filipino</source>
        <extracomment>Matches nothing in the list (see `_CountryCompleter.splitPath`).</extracomment>
        <translation>Wala mahibal-i. I-type ang nasod o nasyonalidad, pananglitan Filipino</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../../caseintake/ui/counts/chart.py" line="56"/>
        <source>suppressed</source>
        <translation>gitago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/chart.py" line="59"/>
        <source>suppressed: hidden to protect small counts (marker not to scale)</source>
        <translation>gitago: gitago aron mapanalipdan ang gagmay nga ihap (ang marka dili sumala sa sukod)</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="53"/>
        <location filename="../../caseintake/ui/counts/dialog.py" line="302"/>
        <source>Anonymized counts</source>
        <translation>Anonimo nga mga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="61"/>
        <source>Counts of cases for donors and partners. Small counts are hidden (x), and so are counts that would let them be worked out; what you see here is what the file will hold.</source>
        <translation>Mga ihap sa kaso para sa mga donor ug partner. Gitago ang gagmay nga ihap (x), ug ingon man ang mga ihap nga makapahibalo niini; ang imong makita dinhi mao ra ang sulod sa file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="67"/>
        <source>&amp;Preview</source>
        <translation>&amp;Tan-awa una</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="90"/>
        <source>Counts</source>
        <translation>Mga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="117"/>
        <source>Export &amp;CSV…</source>
        <translation>I-export ang &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="120"/>
        <source>Export P&amp;DF…</source>
        <translation>I-export ang P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="152"/>
        <source>Loading…</source>
        <translation>Nag-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="169"/>
        <source>Counting…</source>
        <translation>Giihap…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="186"/>
        <source>Cases by %1</source>
        <translation>Mga kaso sumala sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="206"/>
        <source>No earlier export overlaps this table: it is protected on its own.</source>
        <translation>Walay naunang export nga nagsapaw niini nga table: giprotektahan kini sa kaugalingon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseintake/ui/counts/dialog.py" line="208"/>
        <source>Protected together with %n earlier export(s) that overlap it: cells they published stay published, cells they hid stay hidden, and more may be hidden so that nothing can be worked out by setting the files side by side.</source>
        <translation>
            <numerusform>Giprotektahan kauban sa %n ka naunang export nga nagsapaw niini: ang mga cell nga ilang gipatik magpabilin nga gipatik, ang mga cell nga ilang gitago magpabilin nga gitago, ug mahimong daghan pa ang itago aron walay mahibal-an pinaagi sa pagtandi sa mga file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="220"/>
        <source>Cases opened %1 to %2 (month of opening) · threshold K = %3: counts from 1 to %4 are hidden</source>
        <translation>Mga kaso nga giablihan %1 hangtod %2 (bulan sa pag-abli) · threshold K = %3: gitago ang mga ihap gikan 1 hangtod %4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="226"/>
        <source>All cases, whatever their consent to statistics (your choice)</source>
        <translation>Tanang kaso, bisan unsa ang ilang uyon sa estadistika (imong pili)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="228"/>
        <source>Only cases whose consent to statistics is yes</source>
        <translation>Ang mga kaso lamang nga oo ang uyon sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="230"/>
        <source>%1 row</source>
        <translation>%1 ka laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="230"/>
        <source>%1 rows</source>
        <translation>%1 ka laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="231"/>
        <source>%1 suppressed</source>
        <translation>%1 ang gitago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="236"/>
        <source>A case with several values (%1) counts once for each.</source>
        <translation>Ang kaso nga adunay daghang bili (%1) maihap kausa sa matag usa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="258"/>
        <source>Export anonymized counts</source>
        <translation>I-export ang anonimo nga mga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="269"/>
        <source>Checking and writing %1…</source>
        <translation>Gisusi ug gisulat ang %1…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="276"/>
        <source>Wrote %1 row</source>
        <translation>Nasulat ang %1 ka laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="276"/>
        <source>Wrote %1 rows</source>
        <translation>Nasulat ang %1 ka laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/dialog.py" line="278"/>
        <source>%1 (%2 suppressed) to %3.</source>
        <translation>%1 (%2 ang gitago) sa %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/model.py" line="44"/>
        <source>suppressed to protect small counts</source>
        <extracomment>The editor&apos;s vocabulary for each coded dimension; the rest (periods, age bands, nationality codes) are shown as published.</extracomment>
        <translation>gitago aron mapanalipdan ang gagmay nga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/model.py" line="99"/>
        <source>Count</source>
        <translation>Ihap</translation>
    </message>
</context>
<context>
    <name>CountsOptionsForm</name>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="66"/>
        <source>Count by, level %1</source>
        <translation>Ihapa sumala sa, lebel %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="69"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="70"/>
        <source>then</source>
        <translation>dayon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="77"/>
        <source>The chart shows the totals of this first dimension.</source>
        <translation>Ang chart nagpakita sa mga total niini nga unang dimensyon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="80"/>
        <source>&amp;From</source>
        <translation>&amp;Gikan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="82"/>
        <source>Count from a month</source>
        <translation>Ihapa gikan sa usa ka bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="84"/>
        <source>From month</source>
        <translation>Gikan nga bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="85"/>
        <source>&amp;To</source>
        <translation>&amp;Hangtod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="87"/>
        <source>Count up to a month</source>
        <translation>Ihapa hangtod sa usa ka bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="89"/>
        <source>To month</source>
        <translation>Hangtod nga bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="98"/>
        <source>Unticked: from January of the first year with cases, up to this month.</source>
        <translation>Kon walay tsek: gikan sa Enero sa unang tuig nga adunay kaso, hangtod niining bulana.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="106"/>
        <source>Threshold K</source>
        <translation>Threshold K</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="107"/>
        <source>Counts smaller than K are shown as x</source>
        <translation>Ang mga ihap nga mas gamay kay sa K ipakita isip x</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="111"/>
        <source>Smaller thresholds can identify a child; %1 is the least allowed.</source>
        <translation>Ang mas gamay nga threshold makaila sa bata; %1 ang labing gamay nga gitugot.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="122"/>
        <source>Count all cases, not only those with consent</source>
        <translation>Ihapa ang tanang kaso, dili lamang kadtong adunay uyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="126"/>
        <source>By default only cases whose consent to statistics is yes are counted; the file says which.</source>
        <translation>Sa kasagaran, ang mga kaso lamang nga oo ang uyon sa estadistika ang maihap; gisulti sa file kon hain ang gigamit.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="152"/>
        <source>Count by:</source>
        <translation>Ihapa sumala sa:</translation>
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
        <translation>gitago ang mga ihap gikan 1 hangtod %1, ug ingon man ang mga cell nga makapadayag niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="135"/>
        <source>Language of the PDF</source>
        <translation>Pinulongan sa PDF</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="140"/>
        <source>The language the PDF is printed in. The CSV and its metadata stay in English.</source>
        <translation>Ang pinulongan nga gamiton sa PDF. Ang CSV ug ang metadata niini magpabilin sa Iningles.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="145"/>
        <source>PDF only; a CSV is always in English</source>
        <translation>PDF lamang; ang CSV kanunay sa Iningles</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/counts/options.py" line="158"/>
        <source>PDF &amp;language:</source>
        <translation>&amp;Pinulongan sa PDF:</translation>
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
        <translation>pananglitan, Asst. City Prosecutor, Office of the City Prosecutor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="175"/>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="178"/>
        <source>Disposition date</source>
        <translation>Petsa sa disposition</translation>
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
        <translation>I-save ang rekord sa korte</translation>
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
        <translation>Estasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="208"/>
        <source>Court of the cases:</source>
        <translation>Korte sa mga kaso:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="211"/>
        <source>on</source>
        <translation>niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="213"/>
        <source>Disposition:</source>
        <translation>Disposition:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="216"/>
        <source>Criminal cases and charges (one row per charge)</source>
        <translation>Mga kasong kriminal ug mga sumbong (usa ka laray matag sumbong)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="217"/>
        <source>Detention of each accused</source>
        <translation>Pagkapriso sa matag akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="218"/>
        <source>Child-witness measures (A.M. No. 00-4-07-SC)</source>
        <translation>Mga lakang para sa batang saksi (A.M. No. 00-4-07-SC)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="219"/>
        <source>Witnesses per hearing and their judicial affidavits</source>
        <translation>Mga saksi matag hearing ug ang ilang judicial affidavit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="220"/>
        <source>Motions per hearing</source>
        <translation>Mga motion matag hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="221"/>
        <source>Exhibits as marked</source>
        <translation>Mga exhibit sumala sa pagkamarka</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="234"/>
        <source>Add row</source>
        <translation>Idugang og laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="237"/>
        <source>Remove row</source>
        <translation>Tangtanga ang laray</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="274"/>
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="299"/>
        <source>(initials not assigned)</source>
        <translation>(wala pay initials)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="300"/>
        <source>Unnamed %1</source>
        <translation>%1 nga walay ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="314"/>
        <source>Not saved yet: press Save court record.</source>
        <translation>Wala pa ma-save: pindota ang I-save ang rekord sa korte.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="316"/>
        <source>Save the case first; then its court record can be kept here.</source>
        <translation>I-save una ang kaso; unya matipigan dinhi ang rekord sa korte niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="318"/>
        <source>Only lawyers and supervisors change the court record.</source>
        <translation>Ang mga abogado ug supervisor lamang ang makausab sa rekord sa korte.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="321"/>
        <source>Dates as YYYY-MM-DD. Saved with its own button, or with the case (Ctrl+S).</source>
        <translation>Ang mga petsa isip YYYY-MM-DD. Ma-save pinaagi sa kaugalingong button niini, o uban sa kaso (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="361"/>
        <source>Court record saved.</source>
        <translation>Na-save ang rekord sa korte.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/court.py" line="372"/>
        <source>The court record was not saved.</source>
        <translation>Wala ma-save ang rekord sa korte.</translation>
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
        <translation>I-save ang kaso (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="46"/>
        <source>New case</source>
        <translation>Bag-ong kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="47"/>
        <source>Not saved yet; the reference is given when you save.</source>
        <translation>Wala pa ma-save; ihatag ang reference inig save nimo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="51"/>
        <source>%1 · opened %2 · assigned to %3</source>
        <translation>%1 · giablihan %2 · naka-assign kang %3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="61"/>
        <location filename="../../caseintake/ui/editor/header.py" line="72"/>
        <source>Saving…</source>
        <translation>Gi-save…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="63"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Wala ma-save: giusab sa laing dapit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="63"/>
        <source>Changed elsewhere</source>
        <translation>Giusab sa laing dapit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="66"/>
        <source>Unsaved changes</source>
        <translation>Mga kausaban nga wala pa ma-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/header.py" line="68"/>
        <source>All changes saved</source>
        <translation>Na-save na ang tanang kausaban</translation>
    </message>
</context>
<context>
    <name>EnableUserDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="29"/>
        <source>&amp;Re-enable</source>
        <translation>I-&amp;enable pag-usab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="31"/>
        <source>Re-enable a user</source>
        <translation>I-enable pag-usab ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="37"/>
        <source>New passphrase</source>
        <translation>Bag-ong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="39"/>
        <source>Repeat passphrase</source>
        <translation>Balika ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="40"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="41"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bag-ong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="44"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>Ba&amp;lika ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="47"/>
        <source>The account can sign in again with this new passphrase (its old one was removed when it was disabled). Its cases, notes and history are as they were. Give the passphrase in person.</source>
        <translation>Maka-sign in na pag-usab ang account gamit kini nga bag-ong passphrase (gitangtang ang daan sa dihang gi-disable kini). Ang mga kaso, nota ug kasaysayan niini sama gihapon sa una. Ihatag ang passphrase nga personal.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_changes.py" line="63"/>
        <source>Re-enabling the account…</source>
        <translation>Gi-enable pag-usab ang account…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="80"/>
        <location filename="../../caseintake/ui/team/devices.py" line="229"/>
        <source>Enrol a laptop</source>
        <extracomment>The files written beside the laptop&apos;s database (its key file), as found in the folder.</extracomment>
        <translation>I-enrol ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="88"/>
        <source>Writes a new database for one laptop: only the cases its user may hold (identity keys only where the user&apos;s role may reveal them), and a key file beside it. Copy both files to the laptop; its user opens them with their own passphrase.</source>
        <translation>Magsulat og bag-ong database para sa usa ka laptop: ang mga kaso lamang nga mahuptan sa user niini (ang mga identity key lamang kon gitugotan ang tahas sa user sa pagpakita niini), ug usa ka key file sa tupad niini. Kopyaha ang duha ka file ngadto sa laptop; ablihan kini sa user gamit ang iyang kaugalingong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="96"/>
        <source>Laptop name</source>
        <translation>Ngalan sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="97"/>
        <source>for example field-laptop-3</source>
        <translation>pananglitan, field-laptop-3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="101"/>
        <source>User of the laptop</source>
        <translation>User sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="104"/>
        <source>Where to write the laptop&apos;s database</source>
        <translation>Asa isulat ang database sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="105"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilia…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="111"/>
        <source>&amp;Laptop name:</source>
        <translation>Ngalan sa &amp;laptop:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="113"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="115"/>
        <source>&amp;Save as:</source>
        <translation>I-&amp;save isip:</translation>
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
        <translation>Kopyaha ang duha ka file ngadto sa laptop, sa folder sa data sa caseintake, ug ihatag ang laptop sa user niini, nga mo-sign in gamit ang iyang kaugalingong passphrase. Hangtod niana, itipig ang kopya nga sama ka luwas sa laptop mismo: naka-encrypt kini, apan adunay data sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="162"/>
        <source>&amp;Enrol</source>
        <translation>I-&amp;enrol</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="198"/>
        <source>Save the laptop&apos;s database</source>
        <translation>I-save ang database sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="211"/>
        <source>Give the laptop a name, for example field-laptop-3.</source>
        <translation>Hatagi og ngalan ang laptop, pananglitan field-laptop-3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="215"/>
        <source>Choose who will use the laptop.</source>
        <translation>Pilia kon kinsa ang mogamit sa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="218"/>
        <source>Choose where to write the laptop&apos;s database.</source>
        <translation>Pilia kon asa isulat ang database sa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="230"/>
        <source>Writing the laptop&apos;s database…</source>
        <translation>Gisulat ang database sa laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="245"/>
        <source>Enrolled %2 for %3, with %1 case.</source>
        <translation>Na-enrol ang %2 para kang %3, uban ang %1 ka kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="246"/>
        <source>Enrolled %2 for %3, with %1 cases.</source>
        <translation>Na-enrol ang %2 para kang %3, uban ang %1 ka kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="253"/>
        <source>(none found beside the database)</source>
        <translation>(walay nakit-an sa tupad sa database)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="256"/>
        <source>&amp;Done</source>
        <translation>&amp;Nahuman</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="30"/>
        <source>Register evidence</source>
        <translation>Irehistro ang ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="30"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="37"/>
        <source>e.g. Mobile phone seized at the house</source>
        <translation>pananglitan, Cellphone nga nakumpiska sa balay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="39"/>
        <source>Description</source>
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="40"/>
        <source>e.g. NBI-CCD</source>
        <translation>pananglitan, NBI-CCD</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="41"/>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="42"/>
        <source>e.g. EV-001</source>
        <translation>pananglitan, EV-001</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="43"/>
        <source>Evidence reference</source>
        <translation>Reference sa ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="44"/>
        <source>64 hexadecimal characters</source>
        <translation>64 ka hexadecimal nga karakter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="47"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="48"/>
        <source>The file&apos;s digest, 64 hexadecimal characters</source>
        <translation>Ang digest sa file, 64 ka hexadecimal nga karakter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="53"/>
        <location filename="../../caseintake/ui/editor/evidence.py" line="55"/>
        <source>Received on</source>
        <translation>Nadawat niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="57"/>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsyon:</translation>
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
        <translation>aduna lamang %1 sa 64 ka hexadecimal nga karakter sa SHA-256 hash</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="99"/>
        <source>Description</source>
        <translation>Deskripsyon</translation>
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
        <translation>Nadawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="110"/>
        <source>Regi&amp;ster evidence…</source>
        <translation>&amp;Irehistro ang ebidensya…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="114"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="119"/>
        <source>A registered item cannot be changed; register a corrected entry instead.</source>
        <translation>Dili na mausab ang narehistro na; irehistro hinuon ang gitul-id nga entry.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/evidence.py" line="120"/>
        <source>Your role cannot register evidence.</source>
        <translation>Dili makarehistro og ebidensya ang imong tahas.</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <location filename="../../caseintake/ui/editor/field_edits.py" line="52"/>
        <source>Change %1</source>
        <translation>Pag-usab sa %1</translation>
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
        <translation>Giablihan niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="59"/>
        <source>Closed on</source>
        <translation>Gisirhan niadtong</translation>
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
        <translation>Gigikanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="64"/>
        <location filename="../../caseintake/ui/form_errors.py" line="65"/>
        <source>Outside reference</source>
        <translation>Gawas nga reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="66"/>
        <source>Offenses</source>
        <translation>Mga kalapasan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="67"/>
        <source>Summary</source>
        <translation>Sumaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="68"/>
        <source>Assigned worker</source>
        <translation>Gi-assign nga worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="69"/>
        <source>Statistics consent</source>
        <translation>Uyon sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="70"/>
        <source>Child-witness accommodations</source>
        <translation>Akomodasyon sa batang saksi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="71"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="73"/>
        <source>Role</source>
        <translation>Tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="74"/>
        <source>Relationship to the victim</source>
        <translation>Relasyon sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="75"/>
        <source>Sex</source>
        <translation>Sekso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="76"/>
        <source>Age at intake</source>
        <translation>Edad sa pagdawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="77"/>
        <source>Birth year</source>
        <translation>Tuig sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="78"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="79"/>
        <source>Name</source>
        <translation>Ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="80"/>
        <location filename="../../caseintake/ui/form_errors.py" line="81"/>
        <source>Legal name</source>
        <translation>Legal nga ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="82"/>
        <source>Aliases</source>
        <translation>Mga alyas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="83"/>
        <source>Birth date</source>
        <translation>Petsa sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="84"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="85"/>
        <source>School</source>
        <translation>Eskwelahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="86"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="87"/>
        <source>Detention</source>
        <translation>Pagkapriso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="88"/>
        <source>Child-witness measures</source>
        <translation>Mga lakang para sa batang saksi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="90"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="91"/>
        <source>Kind</source>
        <translation>Matang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="92"/>
        <source>Referred on</source>
        <translation>Gi-refer niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="93"/>
        <source>Follow up on</source>
        <translation>I-follow up niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="94"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="96"/>
        <source>Description</source>
        <translation>Deskripsyon</translation>
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
        <translation>Nadawat niadtong</translation>
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
        <translation>Petsa ug oras</translation>
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
        <translation>Mga nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="110"/>
        <source>Written</source>
        <translation>Gisulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="111"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="112"/>
        <source>Author</source>
        <translation>Nagsulat</translation>
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
        <translation>Tibuok ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="124"/>
        <source>Person %1</source>
        <translation>Tawo %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="125"/>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="126"/>
        <source>Note %1</source>
        <translation>Nota %1</translation>
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
        <translation>Kaso %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="193"/>
        <source>%1: choose a country from the list, or leave it empty if not known.</source>
        <translation>%1: pili og nasod sa listahan, o biyai nga blangko kon wala mahibal-i.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/form_errors.py" line="196"/>
        <source>%1: tick at least one.</source>
        <translation>%1: tsek-i bisan usa lang.</translation>
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
        <translation>Pagdugang og petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="51"/>
        <source>Court date</source>
        <translation>Petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="55"/>
        <source>e.g. RTC Branch 12, Cebu City</source>
        <translation>pananglitan, RTC Branch 12, Cebu City</translation>
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
        <translation>numero sa kasong kriminal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="60"/>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="62"/>
        <source>Kind of hearing</source>
        <translation>Matang sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="66"/>
        <source>Date and time, Manila time</source>
        <translation>Petsa ug oras, oras sa Manila</translation>
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
        <translation>Wala ma-assign</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="99"/>
        <source>Hearing status</source>
        <translation>Status sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="102"/>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="106"/>
        <source>Hearing notes</source>
        <translation>Mga nota sa hearing</translation>
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
        <translation>&amp;Matang:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="115"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Petsa ug oras:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="119"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="120"/>
        <source>La&amp;wyer:</source>
        <translation>&amp;Abogado:</translation>
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
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="166"/>
        <source>Date and time</source>
        <translation>Petsa ug oras</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="167"/>
        <source>Kind</source>
        <translation>Matang</translation>
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
        <translation>&amp;Idugang ang petsa sa korte…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="187"/>
        <source>Court dates</source>
        <translation>Mga petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/hearings.py" line="190"/>
        <source>Court dates are kept by the case lawyer; social workers see them here.</source>
        <translation>Ang abogado sa kaso ang nagtipig sa mga petsa sa korte; makita kini sa mga social worker dinhi.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="75"/>
        <source>When</source>
        <translation>Kanus-a</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="76"/>
        <source>Who</source>
        <translation>Kinsa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="77"/>
        <source>What</source>
        <translation>Unsa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="78"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="79"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="84"/>
        <source>History of the case</source>
        <translation>Kasaysayan sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="88"/>
        <source>Refre&amp;sh</source>
        <translation>&amp;I-refresh</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="106"/>
        <source>Loading…</source>
        <translation>Nag-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="125"/>
        <source>One event.</source>
        <translation>Usa ka panghitabo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="125"/>
        <source>%1 events, newest first.</source>
        <translation>%1 ka panghitabo, nag-una ang pinakabag-o.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/history.py" line="128"/>
        <source>No events are recorded for this case yet.</source>
        <translation>Wala pay panghitabo nga narekord para niini nga kaso.</translation>
    </message>
</context>
<context>
    <name>HubSyncDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="57"/>
        <source>Sync with the laptops</source>
        <translation>I-sync uban sa mga laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="66"/>
        <source>This computer is the office hub. Apply the bundle a laptop brings (a file on a USB stick or in a shared folder), then write its return bundle and take that back to the laptop. caseintake opens no network connection: files are the only way in or out.</source>
        <translation>Kini nga computer ang hub sa opisina. I-apply ang bundle nga gidala sa laptop (usa ka file sa USB stick o sa gipaambit nga folder), unya isulat ang pabalik nga bundle niini ug dad-a kini balik sa laptop. Ang caseintake dili moabli og koneksyon sa network: ang mga file lamang ang agianan pasulod o pagawas.</translation>
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
        <translation>Kahimtang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="77"/>
        <source>Last bundle from it</source>
        <translation>Katapusang bundle gikan niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="78"/>
        <source>Last bundle for it</source>
        <translation>Katapusang bundle para niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="79"/>
        <source>Bundles in</source>
        <translation>Nadawat nga bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="80"/>
        <source>Bundles out</source>
        <translation>Napadala nga bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="83"/>
        <source>Enrolled laptops</source>
        <translation>Mga na-enrol nga laptop</translation>
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
        <translation>I-&amp;enrol ang laptop…</translation>
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
        <translation>I-&amp;sync ang gipaambit nga folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="105"/>
        <source>Apply every laptop&apos;s bundle in a shared folder, then write a return bundle there for each laptop in use</source>
        <translation>I-apply ang bundle sa matag laptop nga anaa sa gipaambit nga folder, unya isulat didto ang pabalik nga bundle para sa matag laptop nga gigamit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="124"/>
        <source>Nothing applied yet in this window.</source>
        <translation>Wala pay na-apply niini nga window.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="125"/>
        <source>Nothing written yet in this window.</source>
        <translation>Wala pay nasulat niini nga window.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="127"/>
        <source>Received</source>
        <translation>Nadawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="127"/>
        <source>Sent</source>
        <translation>Napadala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="182"/>
        <source>No laptop is enrolled yet: use Enrol a laptop… to make one.</source>
        <translation>Wala pay laptop nga na-enrol: gamita ang I-enrol ang laptop… aron makadugang og usa.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="187"/>
        <source>Revoked %1</source>
        <translation>Gi-revoke niadtong %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="189"/>
        <source>Enrolled %1, no bundle yet</source>
        <translation>Na-enrol niadtong %1, wala pay bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="190"/>
        <source>In use</source>
        <translation>Gigamit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="212"/>
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="217"/>
        <source>Apply a laptop&apos;s bundle</source>
        <translation>I-apply ang bundle sa usa ka laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="226"/>
        <source>Verifying and applying the bundle…</source>
        <translation>Gisusi ug gi-apply ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="239"/>
        <source>Next: write the return bundle for %1 and take it back to the laptop.</source>
        <translation>Sunod: isulat ang pabalik nga bundle para sa %1 ug dad-a kini balik sa laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="250"/>
        <source>Write a bundle for %1</source>
        <translation>Isulat ang bundle para sa %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="267"/>
        <source>Writing the bundle…</source>
        <translation>Gisulat ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="278"/>
        <source>Take %1 to the laptop and apply it there.</source>
        <translation>Dad-a ang %1 sa laptop ug i-apply kini didto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="285"/>
        <source>Sync a shared folder</source>
        <translation>I-sync ang gipaambit nga folder</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="300"/>
        <source>Applying the laptops&apos; bundles and writing theirs…</source>
        <translation>Gi-apply ang mga bundle sa mga laptop ug gisulat ang ilang pabalik nga bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="314"/>
        <source>%1 was refused: %2</source>
        <translation>Gibalibaran ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="318"/>
        <source>No bundle in the folder was written for this hub.</source>
        <translation>Walay bundle sa folder nga gisulat para niini nga hub.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="323"/>
        <source>Wrote %1 return bundle into the folder.</source>
        <translation>Nasulat ang %1 ka pabalik nga bundle ngadto sa folder.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="324"/>
        <source>Wrote %1 return bundles into the folder.</source>
        <translation>Nasulat ang %1 ka pabalik nga bundle ngadto sa folder.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/hub_sync.py" line="327"/>
        <source>The shared folder is synced.</source>
        <translation>Na-sync na ang gipaambit nga folder.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="50"/>
        <source>Check integrity</source>
        <translation>Susiha ang integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="56"/>
        <source>Checking the database…</source>
        <translation>Gisusi ang database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="61"/>
        <source>Progress of the check</source>
        <translation>Dagan sa pagsusi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="65"/>
        <source>Integrity report</source>
        <translation>Report sa integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="74"/>
        <source>&amp;Save as text…</source>
        <translation>I-&amp;save isip text…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>I-cancel</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="115"/>
        <source>Checking (%1 of %2): %3</source>
        <translation>Gisusi (%1 sa %2): %3</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="137"/>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Isira</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="150"/>
        <source>&lt;b&gt;The check was cancelled before it finished&lt;/b&gt;, so it says nothing about whether the database is intact; nothing was changed. Run it again to know.</source>
        <translation>&lt;b&gt;Gi-cancel ang pagsusi sa wala pa kini nahuman&lt;/b&gt;, busa wala kini ikasulti kung hingpit ba ang database; walay nausab. Padagana kini pag-usab aron mahibaw-an.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="155"/>
        <source>The check could not run.</source>
        <translation>Dili madagan ang pagsusi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="162"/>
        <source>Cancelling the check…</source>
        <translation>Gi-cancel ang pagsusi…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="175"/>
        <source>Save the integrity report</source>
        <translation>I-save ang report sa integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="177"/>
        <source>Text files (*.txt)</source>
        <translation>Mga text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="187"/>
        <source>Report saved to %1.</source>
        <translation>Na-save ang report sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="200"/>
        <source>Print the integrity report</source>
        <translation>I-print ang report sa integridad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_dialog.py" line="204"/>
        <source>The report was sent to the printer.</source>
        <translation>Gipadala na ang report sa printer.</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="39"/>
        <source>No problems found: the database is whole and no record was altered.</source>
        <translation>Walay nakit-ang problema: buo ang database ug walay rekord nga giusab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="44"/>
        <source>1 problem found: the database is damaged or was altered.</source>
        <translation>1 ka problema ang nakit-an: nadaot o giusab ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="47"/>
        <source>%1 problems found: the database is damaged or was altered.</source>
        <translation>%1 ka problema ang nakit-an: nadaot o giusab ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="56"/>
        <source>Nothing needs doing. Run the check again after a crash or a power cut, and before relying on a backup.</source>
        <translation>Walay kinahanglang buhaton. Dagana pag-usab ang pagsusi human sa crash o brownout, ug sa dili pa mosalig sa usa ka backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="64"/>
        <source>Stop entering new work in this database: the check repaired nothing and changed nothing.</source>
        <translation>Ayaw na pagsulod og bag-ong trabaho niini nga database: walay giayo ug walay giusab ang pagsusi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="68"/>
        <source>Restore the most recent backup that checks clean (Keys and backups, Restore from a backup); the files it replaces are kept beside the database, still encrypted.</source>
        <translation>Ibalik ang pinakabag-ong backup nga limpyo sa pagsusi (Mga key ug backup, Ibalik gikan sa backup); ang mga file nga ilisan niini itipig sa tupad sa database, naka-encrypt gihapon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="73"/>
        <source>If there is no such backup, keep the files exactly as they are and ask for expert help. Save or print this report to show what was found.</source>
        <translation>Kon walay ingon niana nga backup, ayaw hilabti ang mga file ug pangayo og tabang sa eksperto. I-save o i-print kini nga report aron ipakita ang nakit-an.</translation>
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
        <translation>WALA MADAGAN</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="92"/>
        <source>caseintake integrity check</source>
        <translation>Pagsusi sa integridad sa caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="94"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="95"/>
        <source>Checked: %1 by %2</source>
        <translation>Gisusi: %1 ni %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="101"/>
        <source>What was checked</source>
        <translation>Unsa ang gisusi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="108"/>
        <source>  (A check not run was stopped by an earlier one that could not read the file.)</source>
        <translation>  (Ang pagsusi nga wala madagan gipahunong sa nauna nga dili makabasa sa file.)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="114"/>
        <source>Facts</source>
        <translation>Mga detalye</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/check_report.py" line="117"/>
        <source>What to do next</source>
        <translation>Unsa ang sunod buhaton</translation>
    </message>
</context>
<context>
    <name>LaptopSyncDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="60"/>
        <source>Sync with the office</source>
        <translation>I-sync uban sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="79"/>
        <source>This laptop:</source>
        <translation>Kini nga laptop:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="80"/>
        <source>Not yet at the office:</source>
        <translation>Wala pa sa opisina:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="81"/>
        <source>Last bundle written:</source>
        <translation>Katapusang bundle nga nasulat:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="82"/>
        <source>Last bundle from the office applied:</source>
        <translation>Katapusang bundle gikan sa opisina nga na-apply:</translation>
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
        <translation>I-&amp;apply ang bundle gikan sa opisina…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="89"/>
        <source>Con&amp;flicts…</source>
        <translation>Mga &amp;conflict…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="100"/>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="113"/>
        <source>Shared sync folder</source>
        <translation>Gipaambit nga folder sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="104"/>
        <source>A folder that Syncthing or a network share keeps in step with the office. When one is set, bundles for this laptop are applied as they appear in it, and Sync now writes this laptop&apos;s bundle into it. caseintake itself opens no network connection.</source>
        <translation>Usa ka folder nga gipaambit uban sa opisina pinaagi sa Syncthing o sa network share. Kon adunay gibutang, ang mga bundle para niini nga laptop i-apply dayon inig abot niini didto, ug ang I-sync karon magsulat sa bundle niini nga laptop ngadto niini. Ang caseintake mismo dili moabli og koneksyon sa network.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="114"/>
        <source>No folder: bundles travel by hand (a USB stick)</source>
        <translation>Walay folder: ang mga bundle dad-on sa kamot (USB stick)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="115"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Pili og folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="117"/>
        <source>S&amp;top using it</source>
        <translation>&amp;Hunonga ang paggamit niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="119"/>
        <source>Sync &amp;now</source>
        <translation>I-sync &amp;karon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="137"/>
        <source>Nothing applied yet in this window.</source>
        <translation>Wala pay na-apply niini nga window.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="138"/>
        <source>Nothing written yet in this window.</source>
        <translation>Wala pay nasulat niini nga window.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="140"/>
        <source>Sent</source>
        <translation>Napadala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="140"/>
        <source>Received</source>
        <translation>Nadawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="185"/>
        <source>%1 change</source>
        <translation>%1 ka kausaban</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="185"/>
        <source>%1 changes</source>
        <translation>%1 ka kausaban</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="187"/>
        <source>nothing: every change is at the office</source>
        <translation>wala: anaa na sa opisina ang tanang kausaban</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="194"/>
        <source>%1 waits for the office&apos;s decision</source>
        <translation>%1 ang naghulat sa desisyon sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="195"/>
        <source>%1 wait for the office&apos;s decision</source>
        <translation>%1 ang naghulat sa desisyon sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="198"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="212"/>
        <source>The folder is not there now (a share not connected?); it is used again once it is.</source>
        <translation>Wala karon ang folder (wala ba makonektar ang share?); gamiton kini pag-usab inig balik niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="215"/>
        <source>Watching the folder for bundles from the office.</source>
        <translation>Gibantayan ang folder alang sa mga bundle gikan sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="223"/>
        <source>Write a bundle for the office</source>
        <translation>Isulat ang bundle para sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="232"/>
        <source>Writing the bundle…</source>
        <translation>Gisulat ang bundle…</translation>
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
        <translation>Dad-a ang %1 sa opisina aron i-apply didto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="248"/>
        <source>Apply the office&apos;s bundle</source>
        <translation>I-apply ang bundle sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="256"/>
        <source>Verifying and applying the bundle…</source>
        <translation>Gisusi ug gi-apply ang bundle…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="273"/>
        <source>Choose the shared sync folder</source>
        <translation>Pilia ang gipaambit nga folder sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="279"/>
        <source>Syncing through the shared folder…</source>
        <translation>Nag-sync pinaagi sa gipaambit nga folder…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="282"/>
        <source>The shared folder is not there, or a sync is already under way.</source>
        <translation>Wala ang gipaambit nga folder, o adunay sync nga nagdagan na.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="302"/>
        <source>Synced: this laptop&apos;s bundle is in the folder, and the office&apos;s bundle was applied.</source>
        <translation>Na-sync: anaa na sa folder ang bundle niini nga laptop, ug na-apply ang bundle sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/laptop_sync.py" line="304"/>
        <source>Synced: this laptop&apos;s bundle is in the folder; no new bundle from the office.</source>
        <translation>Na-sync: anaa na sa folder ang bundle niini nga laptop; walay bag-ong bundle gikan sa opisina.</translation>
    </message>
</context>
<context>
    <name>LeakBlockDialog</name>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="48"/>
        <source>Why the output was blocked</source>
        <translation>Nganong gi-block ang output</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="56"/>
        <source>If a word below is an ordinary word and not the person&apos;s detail, you may allow it for that person. The allowance is recorded in the case history.</source>
        <translation>Kon ang pulong sa ubos kay ordinaryong pulong ug dili detalye sa tawo, mahimo nimo kining tugotan para niana nga tawo. Marekord ang pagtugot sa kasaysayan sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="64"/>
        <source>“%1” for %2</source>
        <translation>“%1” para kang %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="66"/>
        <source>Allow this word</source>
        <translation>Tugoti kini nga pulong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="69"/>
        <source>Allow the word %1 for %2</source>
        <translation>Tugoti ang pulong %1 para kang %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="76"/>
        <source>Allow each word for each person listed</source>
        <translation>Tugoti ang matag pulong para sa matag tawo nga nalista</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="82"/>
        <source>%1 more people are not listed here.</source>
        <translation>%1 pa ka tawo ang wala nalista dinhi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="102"/>
        <source>Allowed for %1 people. Make the output again.</source>
        <translation>Gitugotan para sa %1 ka tawo. Himoa pag-usab ang output.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/leak_block.py" line="118"/>
        <source>Allowed for %1. Make the output again.</source>
        <translation>Gitugotan para kang %1. Himoa pag-usab ang output.</translation>
    </message>
</context>
<context>
    <name>LeakWarningBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="81"/>
        <source>This text contains %1&apos;s %2, which must stay in the identity vault.</source>
        <translation>Kini nga teksto adunay %2 ni %1, nga kinahanglang magpabilin sa vault sa identidad.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="86"/>
        <source>One more protected detail is highlighted.</source>
        <translation>Usa pa ka protektadong detalye ang gi-highlight.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="87"/>
        <source>%1 more protected details are highlighted.</source>
        <translation>%1 pa ka protektadong detalye ang gi-highlight.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/leak_watch.py" line="90"/>
        <source>Replace with %1</source>
        <translation>Ilisan og %1</translation>
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
        <translation>Ang caseintake gihimo gikan niining mga bahin. Ang matag usa gigamit ubos sa lisensya nga gipakita; pili og usa aron mabasa ang teksto sa lisensya niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="139"/>
        <source>Components and their licences</source>
        <translation>Mga bahin ug ang ilang mga lisensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="141"/>
        <source>Component</source>
        <translation>Bahin</translation>
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
        <translation>Teksto sa lisensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/licences.py" line="198"/>
        <source>The licence text {0} is missing from this installation.</source>
        <translation>Wala niini nga installation ang teksto sa lisensya {0}.</translation>
    </message>
</context>
<context>
    <name>LockDrafts</name>
    <message>
        <location filename="../../caseintake/ui/lock_drafts.py" line="196"/>
        <source>Restored what you typed before the screen locked.</source>
        <extracomment>The forms of a case&apos;s record tabs (`RecordsTab.kind`); any other form stands on its own.</extracomment>
        <translation>Nabalik ang imong gi-type sa wala pa ma-lock ang screen.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../caseintake/ui/long_work.py" line="30"/>
        <source>Cancel</source>
        <translation>I-cancel</translation>
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
        <translation>&amp;Bag-ong kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="113"/>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="116"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;I-import ang mga kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="118"/>
        <source>Load &amp;demo data…</source>
        <translation>I-load ang &amp;demo data…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="119"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Paghimo og backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="121"/>
        <source>&amp;Hearing summary PDF…</source>
        <translation>Sumaryo sa &amp;hearing (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="127"/>
        <source>Anonymized &amp;counts…</source>
        <translation>&amp;Anonimo nga mga ihap…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="129"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gawas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="149"/>
        <source>&amp;Edit</source>
        <translation>&amp;Usba</translation>
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
        <translation>&amp;Pangitaa ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="164"/>
        <source>Refresh &amp;list</source>
        <translation>I-refresh ang &amp;listahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Tan-aw</translation>
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
        <translation>Usba ang akong &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="182"/>
        <source>&amp;Preferences…</source>
        <translation>Mga &amp;setting…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="192"/>
        <source>&amp;Help</source>
        <translation>Ta&amp;bang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="194"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="199"/>
        <source>&amp;About caseintake</source>
        <translation>&amp;Mahitungod sa caseintake</translation>
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
        <translation>Gi-block ang pag-copy</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="337"/>
        <source>Import cases</source>
        <translation>I-import ang mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="337"/>
        <source>Case files (*.json)</source>
        <translation>Mga file sa kaso (*.json)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="345"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="346"/>
        <source>Importing cases…</source>
        <translation>Gi-import ang mga kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="349"/>
        <source>Imported %1 case.</source>
        <translation>Na-import ang %1 ka kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="349"/>
        <source>Imported %1 cases.</source>
        <translation>Na-import ang %1 ka kaso.</translation>
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
        <translation>Pila ka synthetic nga kaso ang idugang?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="367"/>
        <source>Generating synthetic cases…</source>
        <translation>Naghimo og synthetic nga mga kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="370"/>
        <source>Added %1 synthetic case.</source>
        <translation>Nadugang ang %1 ka synthetic nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="370"/>
        <source>Added %1 synthetic cases.</source>
        <translation>Nadugang ang %1 ka synthetic nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="383"/>
        <source>Back up the database</source>
        <translation>I-backup ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="385"/>
        <source>caseintake backups (*.cibackup)</source>
        <translation>Mga backup sa caseintake (*.cibackup)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="403"/>
        <location filename="../../caseintake/ui/main_window.py" line="407"/>
        <location filename="../../caseintake/ui/main_window.py" line="434"/>
        <source>Hearing summary</source>
        <translation>Sumaryo sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="403"/>
        <source>Open a saved case first.</source>
        <translation>Ablihi una ang kaso nga na-save na.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="407"/>
        <source>This case has no hearings to summarise yet.</source>
        <translation>Kini nga kaso wala pay hearing nga ma-sumaryo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="420"/>
        <source>Save the hearing summary</source>
        <translation>I-save ang sumaryo sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="422"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="435"/>
        <source>Preparing the hearing summary…</source>
        <translation>Giandam ang sumaryo sa hearing…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="453"/>
        <source>Hearing summary written to %1 (%2 pages, document %3).</source>
        <translation>Nasulat ang sumaryo sa hearing sa %1 (%2 ka panid, dokumento %3).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="471"/>
        <source>Hearing summary — %1</source>
        <translation>Sumaryo sa hearing — %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="519"/>
        <source>Your passphrase was changed.</source>
        <translation>Nausab na ang imong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="548"/>
        <source>Unsaved changes</source>
        <translation>Mga kausaban nga wala pa ma-save</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/main_window.py" line="549"/>
        <source>Save the changes to this case before quitting?</source>
        <translation>I-save ang mga kausaban niini nga kaso sa dili pa mogawas?</translation>
    </message>
</context>
<context>
    <name>MaintenanceMenu</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="53"/>
        <source>Check &amp;integrity…</source>
        <translation>Susiha ang &amp;integridad…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="55"/>
        <source>&amp;Restore from a backup…</source>
        <translation>I&amp;balik gikan sa backup…</translation>
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
        <translation>Mga key ug ba&amp;ckup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="61"/>
        <source>&amp;Remove demo cases…</source>
        <translation>&amp;Tangtanga ang demo nga mga kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="65"/>
        <source>DEMO DATABASE: synthetic cases only</source>
        <translation>DEMO NGA DATABASE: synthetic nga mga kaso lamang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="118"/>
        <source>caseintake — DEMO DATABASE</source>
        <translation>caseintake — DEMO NGA DATABASE</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="118"/>
        <source>caseintake</source>
        <translation>caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="126"/>
        <source>Check integrity</source>
        <translation>Susiha ang integridad</translation>
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
        <translation>Ibalik gikan sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="174"/>
        <source>Restoring the backup…</source>
        <translation>Gibalik ang backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="184"/>
        <source> The replaced files are kept, still encrypted, in %1.</source>
        <translation> Ang mga file nga giilisan gitipig, naka-encrypt gihapon, sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="191"/>
        <source>The backup was restored.</source>
        <translation>Nabalik na ang backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="191"/>
        <source>Sign in to continue.</source>
        <translation>Mag-sign in aron makapadayon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="199"/>
        <source>Sign in again to continue.</source>
        <translation>Mag-sign in pag-usab aron makapadayon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="211"/>
        <source>Remove demo cases</source>
        <translation>Tangtanga ang demo nga mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="216"/>
        <source>Save or undo the changes to the open case first.</source>
        <translation>I-save o i-undo una ang mga kausaban sa abli nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="226"/>
        <source>This demo database has no cases to remove.</source>
        <translation>Walay kaso nga matangtang niini nga demo nga database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="234"/>
        <source>Remove the %1 case of this demo database? Synthetic cases only; it cannot be undone.</source>
        <translation>Tangtangon ang %1 ka kaso niini nga demo nga database? Synthetic nga mga kaso lamang; dili na kini mabawi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="237"/>
        <source>Remove all %1 cases of this demo database? Synthetic cases only; it cannot be undone.</source>
        <translation>Tangtangon ang tanang %1 ka kaso niini nga demo nga database? Synthetic nga mga kaso lamang; dili na kini mabawi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="251"/>
        <source>Removing the demo cases…</source>
        <translation>Gitangtang ang demo nga mga kaso…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="258"/>
        <source>Removed %1 demo case.</source>
        <translation>Natangtang ang %1 ka demo nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/menu.py" line="258"/>
        <source>Removed %1 demo cases.</source>
        <translation>Natangtang ang %1 ka demo nga kaso.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../caseintake/ui/editor/widgets.py" line="61"/>
        <source>Dismiss</source>
        <translation>Isira</translation>
    </message>
</context>
<context>
    <name>MissingDatabaseDialog</name>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="93"/>
        <source>Case database not found</source>
        <translation>Wala makit-i ang database sa mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="122"/>
        <source>The case database file is missing from this computer, although its key file is still here.</source>
        <translation>Nawala niini nga computer ang database file sa mga kaso, bisan tuod ania pa ang key file niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="125"/>
        <source>The key file of the case database is missing, so the database cannot be opened.</source>
        <translation>Nawala ang key file sa database sa mga kaso, mao nga dili maablihan ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="126"/>
        <source>The case database used on this computer before is missing.</source>
        <translation>Nawala ang database sa mga kaso nga gigamit kaniadto niini nga computer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="135"/>
        <source>Expected at: %1</source>
        <translation>Gilauman nga anaa sa: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="141"/>
        <source>If the file was moved, choose it; if it was lost, restore your latest backup. A supervisor&apos;s user name and passphrase are needed to restore.</source>
        <translation>Kon gibalhin ang file, pilia kini; kon nawala kini, ibalik ang imong pinakabag-ong backup. Kinahanglan ang user name ug passphrase sa usa ka supervisor aron makabalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="146"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ibalik gikan sa backup…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="150"/>
        <source>C&amp;hoose another database file…</source>
        <translation>&amp;Pilia ang laing database file…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="158"/>
        <source>&amp;Open the database last used: %1</source>
        <translation>&amp;Ablihi ang database nga katapusang gigamit: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="161"/>
        <source>Create a &amp;new, empty database…</source>
        <translation>Paghimo og &amp;bag-o ug walay sulod nga database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gawas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="183"/>
        <source>Choose the case database</source>
        <translation>Pilia ang database sa mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="185"/>
        <source>Case databases (*.db);;All files (*)</source>
        <translation>Mga database sa kaso (*.db);;Tanang file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="201"/>
        <source>Create a new database</source>
        <translation>Paghimo og bag-ong database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="203"/>
        <source>A new, empty database will be made at %1; the missing cases are not in it. Create it?</source>
        <translation>Usa ka bag-o ug walay sulod nga database ang himoon sa %1; wala niini ang nawala nga mga kaso. Himoon ba?</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="216"/>
        <source>&lt;b&gt;Restore from a backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ibalik gikan sa backup&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="219"/>
        <source>The backup is checked before anything is put in place, and any file it replaces is kept beside it.</source>
        <translation>Susihon una ang backup sa dili pa ibutang ang bisan unsa, ug ang bisan unsang file nga ilisan niini itipig sa tupad niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="226"/>
        <source>Backup file</source>
        <translation>File sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="227"/>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;ngitaa…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="235"/>
        <source>Supervisor&apos;s user name</source>
        <translation>User name sa supervisor</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="238"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="241"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;File sa backup:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="244"/>
        <source>Supervisor&apos;s &amp;user name:</source>
        <translation>&amp;User name sa supervisor:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="245"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="247"/>
        <source>&amp;Set the files left at that place aside and restore the backup there</source>
        <translation>Ibutang sa &amp;kilid ang mga file nga nabilin didto, ug didto ibalik ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="255"/>
        <source>&amp;Back</source>
        <translation>&amp;Atras</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="258"/>
        <source>&amp;Restore</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="276"/>
        <source>Choose the backup</source>
        <translation>Pilia ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="276"/>
        <source>All files (*)</source>
        <translation>Tanang file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="285"/>
        <source>Choose the backup file to restore.</source>
        <translation>Pilia ang backup file nga ibalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="288"/>
        <source>Type a supervisor&apos;s user name and passphrase.</source>
        <translation>I-type ang user name ug passphrase sa usa ka supervisor.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="292"/>
        <source>Tick the box to set the files left at that place aside first.</source>
        <translation>Tsek-i ang kahon aron ibutang una sa kilid ang mga file nga nabilin didto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/missing_database.py" line="298"/>
        <source>Checking and restoring the backup…</source>
        <translation>Gisusi ug gibalik ang backup…</translation>
    </message>
</context>
<context>
    <name>NoteVersionsDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="37"/>
        <source>Earlier versions of the note</source>
        <translation>Mga naunang bersyon sa nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="42"/>
        <source>Versions of the note</source>
        <translation>Mga bersyon sa nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="46"/>
        <source>Text of the chosen version</source>
        <translation>Teksto sa napiling bersyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="48"/>
        <source>Loading…</source>
        <translation>Nag-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="72"/>
        <source>One version: the note has not been edited.</source>
        <translation>Usa ka bersyon: wala pa nausab ang nota.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/note_versions.py" line="73"/>
        <source>%1 versions, oldest first; the last is the current text.</source>
        <translation>%1 ka bersyon, nag-una ang pinakakaraan; ang katapusan mao ang karon nga teksto.</translation>
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
        <translation>gi-import ni %1 niadtong %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="54"/>
        <source>imported by %1</source>
        <translation>gi-import ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="57"/>
        <source>stated author: %1, %2</source>
        <translation>gipahayag nga nagsulat: %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="85"/>
        <source>Written</source>
        <translation>Gisulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="86"/>
        <source>Kind</source>
        <translation>Matang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="87"/>
        <source>Author</source>
        <translation>Nagsulat</translation>
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
        <translation>Wala pa ma-save: pindota ang I-save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="95"/>
        <source>Notes</source>
        <translation>Mga nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="97"/>
        <source>A&amp;dd note</source>
        <translation>&amp;Idugang ang nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="100"/>
        <source>Ear&amp;lier versions…</source>
        <translation>&amp;Daan nga mga bersyon…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="104"/>
        <source>Note kind</source>
        <translation>Matang sa nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="112"/>
        <source>Note text</source>
        <translation>Teksto sa nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="113"/>
        <source>Use pseudonyms; a protected name is flagged</source>
        <translation>Gamita ang mga pseudonym; markahan ang protektadong ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="114"/>
        <source>Select a note to read it, or add a new one.</source>
        <translation>Pili og nota aron basahon kini, o idugang og bag-o.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="129"/>
        <source>Kind:</source>
        <translation>Matang:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="150"/>
        <source>new</source>
        <translation>bag-o</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="152"/>
        <source>%1, edited</source>
        <translation>%1, giusab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="179"/>
        <source>Your role cannot write notes.</source>
        <translation>Dili makasulat og nota ang imong tahas.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="231"/>
        <source>New note, saved with the case (Ctrl+S).</source>
        <translation>Bag-ong nota, ma-save uban sa kaso (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="234"/>
        <source>Dated %1 (%2); version %3.</source>
        <translation>Petsa %1 (%2); bersyon %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/notes.py" line="236"/>
        <source>Written %1 by %2; version %3.</source>
        <translation>Gisulat %1 ni %2; bersyon %3.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="58"/>
        <source>You can read this case. Only social workers and supervisors change its details.</source>
        <translation>Mabasa nimo kini nga kaso. Ang mga social worker ug supervisor lamang ang makausab sa mga detalye niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="65"/>
        <source>Opened on</source>
        <translation>Giablihan niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="68"/>
        <location filename="../../caseintake/ui/editor/overview.py" line="71"/>
        <source>Closed on</source>
        <translation>Gisirhan niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="70"/>
        <source>Case closed</source>
        <translation>Sirado na ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="72"/>
        <source>Choose a region…</source>
        <translation>Pili og rehiyon…</translation>
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
        <translation>Wala narekord</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="78"/>
        <source>Reached us through</source>
        <translation>Gigikanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="81"/>
        <source>Outside reference</source>
        <translation>Gawas nga reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="82"/>
        <source>e.g. the CyberTipline report number</source>
        <translation>pananglitan, ang numero sa report sa CyberTipline</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="85"/>
        <source>Assigned worker</source>
        <translation>Gi-assign nga worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="87"/>
        <source>Statistics consent</source>
        <translation>Uyon sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="88"/>
        <source>May the case be counted in statistics</source>
        <translation>Mahimo bang iapil ang kaso sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="93"/>
        <source>Case summary</source>
        <translation>Sumaryo sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="94"/>
        <source>Use pseudonyms; a protected name is flagged</source>
        <translation>Gamita ang mga pseudonym; markahan ang protektadong ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="96"/>
        <source>What happened and what is being done, using pseudonyms (AAA, XXX) only.</source>
        <translation>Unsa ang nahitabo ug unsa ang gibuhat, gamit lamang ang mga pseudonym (AAA, XXX).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="102"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="104"/>
        <source>opening date</source>
        <translation>petsa sa pag-abli</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="108"/>
        <source>closing date</source>
        <translation>petsa sa pagsira</translation>
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
        <translation>mga kalapasan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="112"/>
        <source>source</source>
        <translation>gigikanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="113"/>
        <source>outside reference</source>
        <translation>gawas nga reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="114"/>
        <source>summary</source>
        <translation>sumaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="115"/>
        <source>assigned worker</source>
        <translation>gi-assign nga worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="116"/>
        <source>statistics consent</source>
        <translation>uyon sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="118"/>
        <source>accommodations</source>
        <translation>mga akomodasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="160"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="161"/>
        <source>Opene&amp;d on:</source>
        <translation>&amp;Giablihan niadtong:</translation>
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
        <translation>Gigikanan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="166"/>
        <source>Outside reference:</source>
        <translation>Gawas nga reference:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="167"/>
        <source>Assigned &amp;worker:</source>
        <translation>Gi-assign nga &amp;worker:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="168"/>
        <source>Statistics &amp;consent:</source>
        <translation>Uyon sa esta&amp;distika:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="169"/>
        <source>Offenses</source>
        <translation>Mga kalapasan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="171"/>
        <source>Child-witness accommodations</source>
        <translation>Akomodasyon sa batang saksi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/overview.py" line="181"/>
        <source>Su&amp;mmary (victim-safe: pseudonyms only):</source>
        <translation>Sumaryo (&amp;luwas sa biktima: pseudonym lamang):</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/canvas.py" line="59"/>
        <source>Page %1</source>
        <translation>Panid %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="56"/>
        <source>This PDF cannot be shown here; open it in a PDF viewer instead.</source>
        <translation>Dili mapakita dinhi kini nga PDF; ablihi hinuon kini sa PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="114"/>
        <source>read failed</source>
        <extracomment>Each page&apos;s width and height in points (1/72 inch).</extracomment>
        <translation>napakyas ang pagbasa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="116"/>
        <source>Cannot read %1 to show it: %2.</source>
        <translation>Dili mabasa ang %1 aron ipakita: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/pages.py" line="122"/>
        <source>%1 was changed after caseintake wrote it, so it is not shown here.</source>
        <translation>Giusab ang %1 human kini gisulat sa caseintake, mao nga dili kini ipakita dinhi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/printing.py" line="69"/>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Dili masugdan ang printer; walay na-print.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/printing.py" line="77"/>
        <source>The printer stopped at page %1; check it and print again.</source>
        <translation>Mihunong ang printer sa panid %1; susiha kini ug i-print pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="114"/>
        <source>Zoom o&amp;ut</source>
        <extracomment>Kept between prints, so the printer and paper chosen once are offered again.</extracomment>
        <translation>&amp;Gamyan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="115"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Dakoan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="116"/>
        <source>Fit &amp;width</source>
        <translation>Ihaum sa &amp;lapad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="135"/>
        <source>Pages</source>
        <translation>Mga panid</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="136"/>
        <source>Choose a page to scroll to it</source>
        <translation>Pili og panid aron moadto niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="156"/>
        <source>Page view</source>
        <translation>Tan-awan sa panid</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="167"/>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="168"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Ablihi sa PDF viewer</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="169"/>
        <source>Show in &amp;folder</source>
        <translation>Ipakita sa &amp;folder</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="170"/>
        <source>&amp;Close</source>
        <translation>&amp;Isira</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="215"/>
        <source>Drawing the pages…</source>
        <translation>Gidrowing ang mga panid…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="237"/>
        <source>Page %1</source>
        <translation>Panid %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="239"/>
        <source>%1 page</source>
        <translation>%1 ka panid</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="239"/>
        <source>%1 pages</source>
        <translation>%1 ka panid</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="301"/>
        <source>Page %1 of %2</source>
        <translation>Panid %1 sa %2</translation>
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
        <translation>Gipadala ang %1 sa printer…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="434"/>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="435"/>
        <source>Sending the pages to the printer…</source>
        <translation>Gipadala ang mga panid sa printer…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="448"/>
        <source>Print to another file than %1 itself.</source>
        <translation>I-print sa laing file, dili sa %1 mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="461"/>
        <source>Sent %1 page to the printer.</source>
        <translation>Napadala ang %1 ka panid sa printer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="461"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Napadala ang %1 ka panid sa printer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="471"/>
        <source>Printing cancelled.</source>
        <translation>Gi-cancel ang pag-print.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="479"/>
        <source>%1 is no longer in %2; it was moved or deleted.</source>
        <translation>Wala na ang %1 sa %2; gibalhin o gi-delete kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="491"/>
        <source>No PDF viewer opened %1; open it from its folder.</source>
        <translation>Walay PDF viewer nga miabli sa %1; ablihi kini gikan sa folder niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="494"/>
        <source>Opened %1 in the PDF viewer.</source>
        <translation>Naablihan ang %1 sa PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/pdf_preview/window.py" line="510"/>
        <source>The folder could not be opened; the file is %1.</source>
        <translation>Dili maablihan ang folder; ang file mao ang %1.</translation>
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
        <translation>Tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="52"/>
        <source>Relationship</source>
        <translation>Relasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="53"/>
        <source>Sex</source>
        <translation>Sekso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="54"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="55"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="56"/>
        <source>Name</source>
        <translation>Ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="63"/>
        <source>Add per&amp;son…</source>
        <translation>&amp;Idugang ang tawo…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="67"/>
        <source>People in the case</source>
        <translation>Mga tawo sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="68"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="73"/>
        <source>Legal name:</source>
        <translation>Legal nga ngalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="74"/>
        <source>Aliases:</source>
        <translation>Mga alyas:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="75"/>
        <source>Birth date:</source>
        <translation>Petsa sa pagkatawo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="76"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="77"/>
        <source>School:</source>
        <translation>Eskwelahan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="78"/>
        <source>Contact:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="86"/>
        <source>Revea&amp;l</source>
        <translation>I&amp;pakita</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="89"/>
        <source>Show the vault identity; the reveal is recorded in the audit log.</source>
        <translation>Ipakita ang identidad gikan sa vault; marekord ang pagpakita sa audit log.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="92"/>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="118"/>
        <source>%1 (new)</source>
        <translation>%1 (bag-o)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="124"/>
        <source>in the identity vault</source>
        <translation>anaa sa vault sa identidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="127"/>
        <source>Only social workers and supervisors add or change people.</source>
        <translation>Ang mga social worker ug supervisor lamang ang makadugang o makausab sa mga tawo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="182"/>
        <source>Identity of %1</source>
        <translation>Identidad ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="189"/>
        <source>Not saved yet. The identity goes into the vault when you save the case.</source>
        <translation>Wala pa ma-save. Mosulod ang identidad sa vault inig save nimo sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="191"/>
        <source>Masked. Revealing is recorded in the case history.</source>
        <translation>Natabonan. Marekord sa kasaysayan sa kaso ang pagpakita.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/people.py" line="193"/>
        <source>Revealed to you; it will be masked again when you leave this case or lock.</source>
        <translation>Gipakita kanimo; tabonan kini pag-usab inig biya nimo niini nga kaso o inig lock.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="36"/>
        <source>Add a person</source>
        <translation>Pagdugang og tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="36"/>
        <source>Person</source>
        <translation>Tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="43"/>
        <source>Role</source>
        <translation>Tahas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="46"/>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="50"/>
        <source>Not recorded</source>
        <translation>Wala narekord</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="48"/>
        <source>Relationship to the victim</source>
        <translation>Relasyon sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="51"/>
        <source>Sex</source>
        <translation>Sekso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="55"/>
        <source>Age at intake</source>
        <translation>Edad sa pagdawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="57"/>
        <source>Not known</source>
        <translation>Wala mahibal-i</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="60"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="61"/>
        <source>Protect: keep the identity in the vault, known by initials</source>
        <translation>Protektahi: itipig ang identidad sa vault, ilhon pinaagi sa initials</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="68"/>
        <source>only for people who need no protection, e.g. a foreign offender</source>
        <translation>para lamang sa mga tawo nga dili kinahanglan og proteksyon, pananglitan langyaw nga nakasala</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="70"/>
        <source>Name</source>
        <translation>Ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="71"/>
        <source>Only for people who need no protection</source>
        <translation>Para lamang sa mga tawo nga dili kinahanglan og proteksyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="74"/>
        <source>Legal name</source>
        <translation>Legal nga ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="75"/>
        <source>separate with ;</source>
        <translation>bulaga gamit ang ;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="76"/>
        <source>Aliases</source>
        <translation>Mga alyas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="77"/>
        <source>Known</source>
        <translation>Nahibal-an</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="79"/>
        <source>Birth date known</source>
        <translation>Nahibal-an ang petsa sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="80"/>
        <source>Birth date</source>
        <translation>Petsa sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="83"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="85"/>
        <source>School</source>
        <translation>Eskwelahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="86"/>
        <source>phone or e-mail</source>
        <translation>telepono o e-mail</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="87"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="89"/>
        <source>&amp;Role:</source>
        <translation>&amp;Tahas:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="90"/>
        <source>Relationship to the &amp;victim:</source>
        <translation>&amp;Relasyon sa biktima:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="91"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sekso:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="92"/>
        <source>&amp;Age at intake:</source>
        <translation>&amp;Edad sa pagdawat:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="93"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nasyonalidad:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="95"/>
        <source>Na&amp;me:</source>
        <translation>N&amp;galan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="96"/>
        <source>Identity (kept in the vault)</source>
        <translation>Identidad (gitipig sa vault)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="100"/>
        <source>Shown only to staff allowed to reveal it, and never printed or exported.</source>
        <translation>Ipakita lamang sa mga staff nga gitugotan sa pagpakita niini, ug dili gayod i-print o i-export.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="102"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal nga ngalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="103"/>
        <source>Al&amp;iases:</source>
        <translation>&amp;Mga alyas:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="104"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Petsa sa pagkatawo:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="105"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="106"/>
        <source>S&amp;chool:</source>
        <translation>Es&amp;kwelahan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="107"/>
        <source>&amp;Contact:</source>
        <translation>K&amp;ontak:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="109"/>
        <source>Reveal the identity first to change it.</source>
        <translation>Ipakita una ang identidad aron mausab kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/person_dialog.py" line="200"/>
        <source>names no single country: choose one from the list, or leave it empty if not known</source>
        <translation>walay usa ka nasod nga gitumong: pili og usa sa listahan, o biyai nga blangko kon wala mahibal-i</translation>
    </message>
</context>
<context>
    <name>PlainTextEdit</name>
    <message>
        <location filename="../../caseintake/ui/editor/plain_text.py" line="31"/>
        <source>Images and files cannot be stored; paste text only.</source>
        <translation>Dili matipigan ang mga hulagway ug file; teksto lamang ang i-paste.</translation>
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
        <translation> ka minuto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="45"/>
        <source>Lock after minutes without use</source>
        <translation>I-lock human sa pila ka minuto nga walay paggamit</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="49"/>
        <source>Language</source>
        <translation>Pinulongan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="51"/>
        <source>System default (%1)</source>
        <translation>Sumala sa sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="55"/>
        <source>A new language is used from the next time caseintake starts.</source>
        <translation>Ang bag-ong pinulongan gamiton sugod sa sunod nga pag-abli sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="61"/>
        <source>caseintake locks itself after this many minutes without keyboard or mouse use, closing the database until someone signs in again. Ctrl+L locks at once.</source>
        <translation>Ang caseintake mo-lock sa kaugalingon human niining gidaghanon sa minuto nga walay paggamit sa keyboard o mouse, ug isira ang database hangtod adunay mo-sign in pag-usab. Ang Ctrl+L mo-lock dayon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="68"/>
        <source>Preferences are kept for your account on this computer, outside the encrypted database. They never contain case data.</source>
        <translation>Ang mga setting gitipig para sa imong account niini nga computer, gawas sa naka-encrypt nga database. Wala gayoy data sa kaso nga sulod niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="77"/>
        <source>&amp;Lock after:</source>
        <translation>I-&amp;lock human sa:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/preferences.py" line="78"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Pinulongan:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/printing.py" line="29"/>
        <source>This printer writes a file; the recovery sheet is printed on paper only. Choose a real printer, or write the key down by hand.</source>
        <translation>Kini nga printer nagsulat og file; sa papel lamang i-print ang recovery sheet. Pili og tinuod nga printer, o isulat sa kamot ang key.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="58"/>
        <source>Not saved yet: press Save (Ctrl+S).</source>
        <translation>Wala pa ma-save: pindota ang I-save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="64"/>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="127"/>
        <source>E&amp;dit…</source>
        <translation>U&amp;sba…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/records_tab.py" line="127"/>
        <source>Vie&amp;w…</source>
        <translation>Tan-a&amp;wa…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="190"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Ibutang ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="192"/>
        <source>Reset a passphrase</source>
        <translation>I-reset ang passphrase</translation>
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
        <translation>Gikan sa na-print nga recovery sheet</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="204"/>
        <source>eight groups of four letters and digits</source>
        <translation>walo ka grupo sa upat ka letra ug numero</translation>
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
        <translation>Bag-ong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="210"/>
        <source>Repeat passphrase</source>
        <translation>Balika ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="211"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Bag-ong passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="215"/>
        <source>R&amp;epeat passphrase:</source>
        <translation>Ba&amp;lika ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="218"/>
        <source>Use the recovery key printed when the database was created. The user&apos;s old passphrase stops working; nothing in the cases changes.</source>
        <translation>Gamita ang recovery key nga na-print sa dihang gihimo ang database. Dili na mogana ang daan nga passphrase sa user; walay mausab sa mga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="231"/>
        <source>Enter the user name and the recovery key.</source>
        <translation>Isulat ang user name ug ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/account_forms.py" line="237"/>
        <source>Checking the recovery key…</source>
        <translation>Gisusi ang recovery key…</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="42"/>
        <source>caseintake recovery key</source>
        <translation>Recovery key sa caseintake</translation>
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
        <translation>Gihimo niadtong: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="48"/>
        <source>With this key a supervisor sets a new passphrase for anyone who forgot theirs: in caseintake, Account, Users, Reset passphrase; or on the command line, caseintake recover --user NAME.</source>
        <translation>Gamit kini nga key, ang supervisor makabutang og bag-ong passphrase para sa bisan kinsa nga nakalimot sa ila: sa caseintake, Account, Mga user, I-reset ang passphrase; o sa command line, caseintake recover --user NAME.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="53"/>
        <source>Keep this sheet locked away, apart from the laptop. Anyone who has it and a copy of the database files can open every case. If it is lost or may have been seen, a supervisor replaces the key (Keys and backups, Print recovery sheet) and this sheet stops working.</source>
        <translation>Itipig kini nga papel nga naka-lock, layo sa laptop. Ang bisan kinsa nga adunay niini ug kopya sa mga database file makaabli sa matag kaso. Kon nawala kini o tingali adunay nakakita, ilisan sa supervisor ang key (Mga key ug backup, I-print ang recovery sheet) ug dili na mogana kini nga papel.</translation>
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
        <translation>&lt;b&gt;Ma-print lamang ang recovery sheet sa dihang himoon ang key niini.&lt;/b&gt;&lt;br&gt;Kausa ra gipakita ang recovery key, sa dihang gihimo kini nga database, ug dili na kini mapakita o ma-print pag-usab: wala kini gitipigan sa caseintake, ang kandado lamang nga maablihan niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="132"/>
        <source>If the sheet is lost, or someone may have seen it, make a new recovery key. It is shown once for you to print or write down; the old key stops working at once, and the database is re-encrypted so that an old copy of the key file opens nothing with it.</source>
        <translation>Kon nawala ang papel, o tingali adunay nakakita niini, paghimo og bag-ong recovery key. Kausa ra kini ipakita aron imong i-print o isulat; dili na dayon mogana ang daan nga key, ug i-encrypt pag-usab ang database aron walay maablihan ang daan nga kopya sa key file uban niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="139"/>
        <source>Your passphrase</source>
        <translation>Imong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="141"/>
        <source>Your &amp;passphrase:</source>
        <translation>Imong &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="144"/>
        <source>Re-encrypting the database</source>
        <translation>Gi-encrypt pag-usab ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="149"/>
        <source>&amp;Make a new recovery key…</source>
        <translation>&amp;Himoa ang bag-ong recovery key…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="166"/>
        <source>Type your passphrase to make a new recovery key.</source>
        <translation>I-type ang imong passphrase aron makahimo og bag-ong recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="171"/>
        <source>New recovery key</source>
        <translation>Bag-ong recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="173"/>
        <source>Make a new recovery key now? The old recovery sheet stops working at once. Have a printer ready, or paper and pen.</source>
        <translation>Maghimo og bag-ong recovery key karon? Dili na dayon mogana ang daan nga recovery sheet. Andama ang printer, o papel ug bolpen.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="182"/>
        <source>Making the new key and re-encrypting the database…</source>
        <translation>Gihimo ang bag-ong key ug gi-encrypt pag-usab ang database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="207"/>
        <source>The database key could not be replaced yet (an account has not signed in since the last upgrade): until it is, an old copy of the key file still opens with the old recovery key.</source>
        <translation>Dili pa mailisan ang key sa database (adunay account nga wala pa maka-sign in sukad sa katapusang upgrade): hangtod dili kini mailisan, maablihan gihapon ang daan nga kopya sa key file gamit ang daan nga recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="220"/>
        <source>&lt;b&gt;The new recovery key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ang bag-ong recovery key&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="224"/>
        <source>Print it now, or write it on paper, and keep it locked away from this laptop. It is shown only this once. The old recovery key no longer works.</source>
        <translation>I-print kini karon, o isulat sa papel, ug itipig kini nga naka-lock, layo niini nga laptop. Karon ra kini ipakita. Dili na mogana ang daan nga recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="230"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>I-print ang recovery &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="235"/>
        <source>I have printed or written down the new recovery key and stored it safely</source>
        <translation>Na-print o nasulat na nako ang bag-ong recovery key ug natipigan nako kini og luwas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="241"/>
        <source>&amp;Done</source>
        <translation>&amp;Nahuman</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/recovery_sheet.py" line="261"/>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Gipadala na ang recovery sheet sa printer.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="30"/>
        <source>Add a referral</source>
        <translation>Pagdugang og referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="30"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="33"/>
        <source>e.g. DSWD Region VII</source>
        <translation>pananglitan, DSWD Region VII</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="34"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="36"/>
        <source>Kind of referral</source>
        <translation>Matang sa referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="40"/>
        <source>Referred on</source>
        <translation>Gi-refer niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="45"/>
        <source>Referral status</source>
        <translation>Status sa referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="47"/>
        <location filename="../../caseintake/ui/editor/referrals.py" line="49"/>
        <source>Follow up on</source>
        <translation>I-follow up niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="52"/>
        <source>Referral note</source>
        <translation>Nota sa referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="56"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Ahensya:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="57"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Matang:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="58"/>
        <source>&amp;Referred on:</source>
        <translation>Gi-&amp;refer niadtong:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="59"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="61"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
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
        <translation>Matang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="95"/>
        <source>Referred</source>
        <translation>Gi-refer</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="105"/>
        <source>Add referra&amp;l…</source>
        <translation>&amp;Idugang ang referral…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="109"/>
        <source>Referrals</source>
        <translation>Mga referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/referrals.py" line="112"/>
        <source>Only social workers and supervisors record referrals.</source>
        <translation>Ang mga social worker ug supervisor lamang ang makarekord og referral.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="61"/>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="229"/>
        <source>Restore from a backup</source>
        <translation>Ibalik gikan sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="68"/>
        <source>Restoring puts a backup in place of this database: every case, account and key comes from the backup. The files it replaces are kept beside the database, still encrypted. Everyone signs in again afterwards, with the passphrases of the backup&apos;s day.</source>
        <translation>Ang pagbalik mobutang og backup puli niini nga database: ang matag kaso, account ug key gikan sa backup. Ang mga file nga ilisan itipig sa tupad sa database, naka-encrypt gihapon. Human niini, mag-sign in pag-usab ang tanan, gamit ang mga passphrase sa adlaw sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="76"/>
        <source>Backup file</source>
        <translation>File sa backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="77"/>
        <source>a .cibackup file</source>
        <translation>usa ka .cibackup nga file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="78"/>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;ngitaa…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="88"/>
        <source>Your passphrase</source>
        <translation>Imong passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="90"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;File sa backup:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="93"/>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="94"/>
        <source>Your &amp;passphrase:</source>
        <translation>Imong &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="98"/>
        <source>Restore it anyway, &amp;undoing the changes made since</source>
        <translation>Ibalik gihapon, bisan ma-&amp;undo ang mga kausaban sukad niadto</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="104"/>
        <source>&amp;Check the backup</source>
        <translation>&amp;Susiha ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="108"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Ibalik…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="134"/>
        <source>Choose the backup</source>
        <translation>Pilia ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="136"/>
        <source>caseintake backups (*.cibackup);;All files (*)</source>
        <translation>Mga backup sa caseintake (*.cibackup);;Tanang file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="159"/>
        <source>Choose the backup file to restore.</source>
        <translation>Pilia ang backup file nga ibalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="163"/>
        <source>Type your passphrase: a restore needs a supervisor&apos;s.</source>
        <translation>I-type ang imong passphrase: kinahanglan sa pagbalik ang passphrase sa supervisor.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="168"/>
        <source>Checking the backup (nothing is replaced yet)…</source>
        <translation>Gisusi ang backup (wala pay gi-ilisan)…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="188"/>
        <source>This backup is older than the database: restoring it undoes every change made since. Tick the box to restore it anyway.</source>
        <translation>Mas daan kini nga backup kay sa database: ang pagbalik niini mo-undo sa matag kausaban sukad niadto. Tsek-i ang kahon aron ibalik gihapon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="193"/>
        <source>The backup is whole and can be restored.</source>
        <translation>Buo ang backup ug mahimong ibalik.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="199"/>
        <source>&lt;b&gt;Backup from %1&lt;/b&gt; (its latest activity): %2, %3.</source>
        <translation>&lt;b&gt;Backup gikan sa %1&lt;/b&gt; (ang katapusang kalihokan niini): %2, %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="201"/>
        <source>%1 case</source>
        <translation>%1 ka kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="201"/>
        <source>%1 cases</source>
        <translation>%1 ka kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="202"/>
        <source>%1 staff account</source>
        <translation>%1 ka account sa staff</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="202"/>
        <source>%1 staff accounts</source>
        <translation>%1 ka account sa staff</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="207"/>
        <source>It is a backup of a different database than the one open now: restoring puts its cases in place of these.</source>
        <translation>Backup kini sa laing database, dili sa abli karon: ang pagbalik mobutang sa mga kaso niini puli niining mga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="214"/>
        <source>This database&apos;s latest change: %1.</source>
        <translation>Katapusang kausaban niini nga database: %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="224"/>
        <source>Tick the box to restore an older backup, or choose a newer one.</source>
        <translation>Tsek-i ang kahon aron ibalik ang mas daan nga backup, o pili og mas bag-o.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/maintenance/restore_dialog.py" line="231"/>
        <source>Replace this database with the backup from %1? The case list closes, the backup is put in place, and you sign in again. The current files are kept beside the database.</source>
        <translation>Ilisan kini nga database sa backup gikan sa %1? Masira ang listahan sa mga kaso, ibutang ang backup, ug mag-sign in ka pag-usab. Ang karon nga mga file itipig sa tupad sa database.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="275"/>
        <location filename="../../caseintake/ui/team/devices.py" line="394"/>
        <source>Revoke a laptop</source>
        <translation>I-revoke ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="286"/>
        <source>Revoke a lost, stolen or retired laptop: the bundles it writes from now on are refused and kept aside, and nothing more is written for it. Its database stays encrypted under its user&apos;s passphrase. The list below is what it held, for the breach notification (Data Privacy Act).</source>
        <translation>I-revoke ang laptop nga nawala, gikawat o dili na gamiton: ang mga bundle nga isulat niini sukad karon balibaran ug ibutang sa kilid, ug wala nay isulat para niini. Ang database niini magpabilin nga naka-encrypt ubos sa passphrase sa user niini. Ang listahan sa ubos mao ang gihuptan niini, para sa breach notification (Data Privacy Act).</translation>
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
        <translation>I&amp;pakita ang gihuptan niini</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="313"/>
        <location filename="../../caseintake/ui/team/devices.py" line="470"/>
        <source>Case</source>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="314"/>
        <location filename="../../caseintake/ui/team/devices.py" line="471"/>
        <source>Identity keys on it</source>
        <translation>Anaa niini ang mga identity key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="315"/>
        <location filename="../../caseintake/ui/team/devices.py" line="472"/>
        <source>Held from</source>
        <translation>Gihuptan sukad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="316"/>
        <location filename="../../caseintake/ui/team/devices.py" line="473"/>
        <source>Held until</source>
        <translation>Gihuptan hangtod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="317"/>
        <location filename="../../caseintake/ui/team/devices.py" line="474"/>
        <source>People in the vault</source>
        <translation>Mga tawo nga anaa sa vault</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="320"/>
        <source>Cases the laptop held</source>
        <translation>Mga kaso nga gihuptan sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="325"/>
        <source>&amp;Copy list</source>
        <translation>I-&amp;copy ang listahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="368"/>
        <source>revoked %1</source>
        <translation>gi-revoke niadtong %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="374"/>
        <source>No laptop is enrolled.</source>
        <translation>Walay laptop nga na-enrol.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="396"/>
        <source>Revoke %1 (used by %2)? The bundles it writes from now on are refused, and nothing more is written for it. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>I-revoke ang %1 (gigamit ni %2)? Ang mga bundle nga isulat niini sukad karon balibaran, ug wala nay isulat para niini. Dili na kini mabawi: aron gamiton pag-usab ang laptop, i-enrol kini pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="413"/>
        <source>%1 is revoked.</source>
        <translation>Gi-revoke na ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="435"/>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="435"/>
        <source>No</source>
        <translation>Dili</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="436"/>
        <source>(when revoked)</source>
        <translation>(sa dihang gi-revoke)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="436"/>
        <source>(still held)</source>
        <translation>(gihuptan pa)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="447"/>
        <source>%2 (used by %3) held %1 case</source>
        <translation>Ang %2 (gigamit ni %3) naghupot og %1 ka kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="447"/>
        <source>%2 (used by %3) held %1 cases</source>
        <translation>Ang %2 (gigamit ni %3) naghupot og %1 ka kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="452"/>
        <location filename="../../caseintake/ui/team/devices.py" line="453"/>
        <source>the identity keys of %1 of them were on it.</source>
        <translation>anaa niini ang mga identity key sa %1 kanila.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="456"/>
        <source>no identity keys were on it.</source>
        <translation>walay identity key nga anaa niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/devices.py" line="488"/>
        <source>The list is on the clipboard.</source>
        <translation>Anaa na sa clipboard ang listahan.</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../caseintake/ui/save_target.py" line="84"/>
        <source>%1 already exists in %2. Replace it?</source>
        <extracomment>The user agreed to replace an existing file; the service writes with `force`.</extracomment>
        <translation>Anaa na ang %1 sa %2. Ilisan ba kini?</translation>
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
        <translation>&lt;b&gt;Maayong pag-abot.&lt;/b&gt; Kini maghimo sa naka-encrypt nga database sa mga kaso niini nga computer ug sa imong supervisor nga account. Ang tanan nimong irekord magpabilin niining usa ka naka-encrypt nga file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="72"/>
        <source>Office name</source>
        <translation>Ngalan sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="73"/>
        <source>e.g. Cebu legal-aid office</source>
        <translation>pananglitan, Cebu legal-aid office</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="76"/>
        <source>Case reference prefix</source>
        <translation>Prefix sa reference sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="77"/>
        <source>Begins every case reference, e.g. CI</source>
        <translation>Una sa matag reference sa kaso, pananglitan CI</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="81"/>
        <source>Your user name</source>
        <translation>Imong user name</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="82"/>
        <source>lower-case, e.g. asantos</source>
        <translation>gagmay nga letra, pananglitan asantos</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="85"/>
        <source>Your full name</source>
        <translation>Imong tibuok ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="88"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="91"/>
        <source>at least %1 characters</source>
        <translation>labing menos %1 ka karakter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="95"/>
        <source>Repeat passphrase</source>
        <translation>Balika ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="98"/>
        <source>Office name:</source>
        <translation>Ngalan sa opisina:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="99"/>
        <source>Case reference prefix:</source>
        <translation>Prefix sa reference sa kaso:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="100"/>
        <source>Your user name:</source>
        <translation>Imong user name:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="101"/>
        <source>Your full name:</source>
        <translation>Imong tibuok ngalan:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="102"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="106"/>
        <source>Repeat passphrase:</source>
        <translation>Balika ang passphrase:</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="107"/>
        <source>This is a &amp;demo database (synthetic cases only)</source>
        <translation>Kini usa ka &amp;demo nga database (synthetic nga mga kaso lamang)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="111"/>
        <source>For training and trying the application: it can be filled with made-up cases, which are never counted in statistics. A real office&apos;s database never takes demo cases.</source>
        <translation>Para sa training ug pagsulay sa application: mahimo kining sudlan og binuhat-buhat nga mga kaso, nga dili gayod iapil sa estadistika. Ang database sa tinuod nga opisina dili gayod mosulod og demo nga mga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="122"/>
        <source>&amp;Create database</source>
        <translation>&amp;Himoa ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="137"/>
        <source>The two passphrases differ.</source>
        <translation>Lahi ang duha ka passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="151"/>
        <source>Creating the encrypted database…</source>
        <translation>Gihimo ang naka-encrypt nga database…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="174"/>
        <source>&lt;b&gt;Your recovery key&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imong recovery key&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="186"/>
        <source>Write this key on paper now and keep it locked away from this laptop. It is shown only once. If anyone forgets their passphrase, a supervisor uses this key to set a new one; without it, a forgotten passphrase cannot be recovered by anyone.</source>
        <translation>Isulat karon kini nga key sa papel ug itipig kini nga naka-lock, layo niini nga laptop. Kausa ra kini ipakita. Kon adunay makalimot sa ilang passphrase, gamiton sa supervisor kini nga key aron magbutang og bag-o; kon wala kini, walay bisan kinsa nga makabawi sa nakalimtan nga passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="192"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>I-&amp;print ang recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="198"/>
        <source>I have written down the recovery key and stored it safely</source>
        <translation>Nasulat na nako ang recovery key ug natipigan nako kini og luwas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="200"/>
        <source>Load synthetic demo cases to try the application</source>
        <translation>I-load ang synthetic nga demo nga mga kaso aron sulayan ang application</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="204"/>
        <source>Number of demo cases</source>
        <translation>Gidaghanon sa demo nga mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="207"/>
        <source> cases</source>
        <translation> ka kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="215"/>
        <source>&amp;Start using caseintake</source>
        <translation>&amp;Sugdi ang paggamit sa caseintake</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="243"/>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Gipadala na ang recovery sheet sa printer.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/setup.py" line="254"/>
        <source>Generating synthetic cases…</source>
        <translation>Naghimo og synthetic nga mga kaso…</translation>
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
        <translation>Ang mga key sa panguna nga window ug sa abli nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="121"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="121"/>
        <source>What they do</source>
        <translation>Ang ilang buhaton</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="149"/>
        <source>Case tabs</source>
        <translation>Mga tab sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="156"/>
        <source>%1 tab</source>
        <translation>Tab nga %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="157"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="157"/>
        <source>Next or previous tab</source>
        <translation>Sunod o miaging tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="161"/>
        <source>Anywhere</source>
        <translation>Bisan asa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="163"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="163"/>
        <source>Next or previous field or button</source>
        <translation>Sunod o miaging field o button</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="164"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra nga gilinyahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="164"/>
        <source>Go to that field, button or menu</source>
        <translation>Adto sa maong field, button o menu</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="166"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="167"/>
        <source>Press the highlighted button of a dialog, never Cancel</source>
        <translation>Pindota ang naka-highlight nga button, dili ang I-cancel</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="169"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="169"/>
        <source>Close a dialog or the agenda without doing anything</source>
        <translation>Isira ang dialog o ang agenda nga walay mausab</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="170"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="170"/>
        <source>Tick the box or press the button that has the focus</source>
        <translation>Tsek-i ang kahon o pindota ang button nga naka-focus</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="171"/>
        <source>Alt+Down, F4</source>
        <translation>Alt+Down, F4</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/shortcuts.py" line="171"/>
        <source>Open a list of choices</source>
        <translation>Ablihi ang listahan sa mga pilianan</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="57"/>
        <source>Hearing summary</source>
        <translation>Sumaryo sa hearing</translation>
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
        <translation>Para i-file sa korte (14 pt, mga margin sumala sa A.M. No. 11-9-4-SC)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="81"/>
        <source>Working copy (11 pt, marked as such)</source>
        <translation>Working copy (11 pt, gimarkahan nga ingon niana)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="84"/>
        <source>Notes to include</source>
        <translation>Mga nota nga iapil</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="85"/>
        <source>Tick the notes the summary lists</source>
        <translation>Tsek-i ang mga nota nga ilista sa sumaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/editor/summary_options.py" line="93"/>
        <source>Print the text of the chosen notes (else date, kind and author only)</source>
        <translation>I-print ang teksto sa napiling mga nota (kon dili, petsa, matang ug nagsulat lamang)</translation>
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
        <translation>Mga working note nga iapil. Walay ma-print kon dili ma-tsek: basahon kini sa huwes, sa prosecutor ug sa depensa.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../caseintake/ui/tasks.py" line="70"/>
        <source>Something unexpected went wrong (%1); nothing was changed.</source>
        <translation>Adunay wala damha nga sayop (%1); walay nausab.</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <location filename="../../caseintake/ui/team/files.py" line="25"/>
        <source>caseintake bundles (*.cibundle);;All files (*)</source>
        <translation>Mga bundle sa caseintake (*.cibundle);;Tanang file (*)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/files.py" line="78"/>
        <source>caseintake databases (*.db)</source>
        <translation>Mga database sa caseintake (*.db)</translation>
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
        <translation>Himoa kini nga &amp;hub sa opisina…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="65"/>
        <source>&amp;Sync…</source>
        <translation>I-&amp;sync…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="67"/>
        <source>&amp;Enrol a laptop…</source>
        <translation>I-&amp;enrol ang laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="68"/>
        <source>&amp;Revoke a laptop…</source>
        <translation>I-&amp;revoke ang laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="69"/>
        <source>&amp;Conflicts…</source>
        <translation>Mga &amp;conflict…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="86"/>
        <source>Shared sync folder: %1</source>
        <translation>Gipaambit nga folder sa sync: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="116"/>
        <source>This computer is the office hub</source>
        <translation>Kini nga computer ang hub sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="118"/>
        <source>This computer is the office hub; a supervisor manages the team</source>
        <translation>Kini nga computer ang hub sa opisina; ang supervisor ang nagdumala sa team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="121"/>
        <source>This laptop: %1</source>
        <translation>Kini nga laptop: %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="123"/>
        <source>This database is not part of a team</source>
        <translation>Kini nga database dili bahin sa usa ka team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="147"/>
        <source>Make this the office hub</source>
        <translation>Himoa kini nga hub sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="154"/>
        <source>Make this database the office hub?

The hub is the one computer in the office that every laptop syncs with. Laptops are enrolled here, each with only the cases its user may hold; their changes come back as sealed bundle files (on a USB stick or through a shared folder), and a field changed both here and on a laptop waits on the Conflicts screen for your decision.

From now on every change here is recorded for the laptops. This cannot be undone.</source>
        <translation>Himoon ba kini nga database nga hub sa opisina?

Ang hub mao ang usa ka computer sa opisina diin mo-sync ang matag laptop. Dinhi i-enrol ang mga laptop, ang matag usa uban lamang ang mga kaso nga mahuptan sa user niini; ang ilang mga kausaban mobalik isip selyado nga mga bundle file (sa USB stick o pinaagi sa gipaambit nga folder), ug ang field nga giusab dinhi ug sa usa ka laptop maghulat sa screen sa Mga conflict para sa imong desisyon.

Sukad karon, ang matag kausaban dinhi irekord para sa mga laptop. Dili na kini mabawi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="170"/>
        <source>This database is now the office hub. Enrol each laptop from Team → Enrol a laptop…</source>
        <translation>Kini nga database na karon ang hub sa opisina. I-enrol ang matag laptop gikan sa Team → I-enrol ang laptop…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="176"/>
        <source>Enrol a laptop</source>
        <translation>I-enrol ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="183"/>
        <source>Revoke a laptop</source>
        <translation>I-revoke ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="199"/>
        <source>Sync with the laptops</source>
        <translation>I-sync uban sa mga laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="221"/>
        <source>Sync conflicts</source>
        <translation>Mga conflict sa sync</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="240"/>
        <source>Applied the office&apos;s bundle from the shared folder: %1 change.</source>
        <translation>Na-apply ang bundle sa opisina gikan sa gipaambit nga folder: %1 ka kausaban.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="241"/>
        <source>Applied the office&apos;s bundle from the shared folder: %1 changes.</source>
        <translation>Na-apply ang bundle sa opisina gikan sa gipaambit nga folder: %1 ka kausaban.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/menu.py" line="247"/>
        <source>A bundle in the shared folder was refused: %1</source>
        <translation>Gibalibaran ang usa ka bundle sa gipaambit nga folder: %1</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="40"/>
        <source>Team sync</source>
        <extracomment>How often the line reads the counts again while the application is idle.</extracomment>
        <translation>Sync sa team</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="91"/>
        <source>%1 change not yet at the office</source>
        <translation>%1 ka kausaban nga wala pa sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="92"/>
        <source>%1 changes not yet at the office</source>
        <translation>%1 ka kausaban nga wala pa sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="95"/>
        <source>All changes are at the office</source>
        <translation>Anaa na sa opisina ang tanang kausaban</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="100"/>
        <source>%1 conflict waits for the office</source>
        <translation>%1 ka conflict ang naghulat sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="101"/>
        <source>%1 conflicts wait for the office</source>
        <translation>%1 ka conflict ang naghulat sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="106"/>
        <source>%1 conflict to resolve</source>
        <translation>%1 ka conflict nga resolbahon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/status.py" line="106"/>
        <source>%1 conflicts to resolve</source>
        <translation>%1 ka conflict nga resolbahon</translation>
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
        <translation>Nasulat ang bundle para sa %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="125"/>
        <source>%1 change in it.</source>
        <translation>%1 ka kausaban ang sulod niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="126"/>
        <source>%1 changes in it.</source>
        <translation>%1 ka kausaban ang sulod niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="133"/>
        <source>%1 case sent whole (new to this laptop).</source>
        <translation>%1 ka kaso ang gipadala nga tibuok (bag-o niini nga laptop).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="134"/>
        <source>%1 cases sent whole (new to this laptop).</source>
        <translation>%1 ka kaso ang gipadala nga tibuok (bag-o niini nga laptop).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="141"/>
        <source>%1 case to be removed from the laptop (no longer its user&apos;s).</source>
        <translation>%1 ka kaso ang tangtangon gikan sa laptop (dili na iya sa user niini).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="142"/>
        <source>%1 cases to be removed from the laptop (no longer its user&apos;s).</source>
        <translation>%1 ka kaso ang tangtangon gikan sa laptop (dili na iya sa user niini).</translation>
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
        <translation>Ang %1 nasakop na sa mas ulahing bundle gikan sa %2; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="159"/>
        <source>Applied bundle %1 from %2.</source>
        <translation>Na-apply ang bundle %1 gikan sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="165"/>
        <source>%1 change applied.</source>
        <translation>%1 ka kausaban ang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="166"/>
        <source>%1 changes applied.</source>
        <translation>%1 ka kausaban ang na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="172"/>
        <source>%1 change was already here.</source>
        <translation>%1 ka kausaban ang anaa na dinhi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="173"/>
        <source>%1 changes were already here.</source>
        <translation>%1 ka kausaban ang anaa na dinhi.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="177"/>
        <source>%1 case received whole.</source>
        <translation>%1 ka kaso ang nadawat nga tibuok.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="178"/>
        <source>%1 cases received whole.</source>
        <translation>%1 ka kaso ang nadawat nga tibuok.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="182"/>
        <source>%1 case removed from this laptop.</source>
        <translation>%1 ka kaso ang natangtang niini nga laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="183"/>
        <source>%1 cases removed from this laptop.</source>
        <translation>%1 ka kaso ang natangtang niini nga laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="187"/>
        <source>%1 new conflict to resolve (Team → Conflicts).</source>
        <translation>%1 ka bag-ong conflict nga resolbahon (Team → Mga conflict).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="188"/>
        <source>%1 new conflicts to resolve (Team → Conflicts).</source>
        <translation>%1 ka bag-ong conflict nga resolbahon (Team → Mga conflict).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="193"/>
        <source>%1 conflict waits for the office&apos;s decision.</source>
        <translation>%1 ka conflict ang naghulat sa desisyon sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="194"/>
        <source>%1 conflicts wait for the office&apos;s decision.</source>
        <translation>%1 ka conflict ang naghulat sa desisyon sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="198"/>
        <source>%1 change refused and kept aside (quarantined).</source>
        <translation>%1 ka kausaban ang gibalibaran ug gibutang sa kilid (gi-quarantine).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="199"/>
        <source>%1 changes refused and kept aside (quarantined).</source>
        <translation>%1 ka kausaban ang gibalibaran ug gibutang sa kilid (gi-quarantine).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="229"/>
        <source>(protected value: reveal it in the case)</source>
        <translation>(protektadong bili: ipakita kini sa kaso)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="231"/>
        <source>(empty)</source>
        <translation>(blangko)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="235"/>
        <source>(a staff account: see the case)</source>
        <translation>(account sa staff: tan-awa ang kaso)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="240"/>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="240"/>
        <source>No</source>
        <translation>Dili</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="257"/>
        <source>(a record)</source>
        <translation>(usa ka rekord)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="276"/>
        <source>(deleted on the laptop)</source>
        <translation>(gi-delete sa laptop)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="279"/>
        <source>(new on the laptop)</source>
        <translation>(bag-o sa laptop)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="280"/>
        <source>(not added: it repeats a pseudonym or reference the office uses)</source>
        <translation>(wala madugang: gisubli niini ang pseudonym o reference nga gigamit sa opisina)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="294"/>
        <source>Office value kept</source>
        <translation>Gipabilin ang bili sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="296"/>
        <source>Field value taken</source>
        <translation>Gikuha ang bili sa laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/team/words.py" line="297"/>
        <source>Open</source>
        <translation>Wala pa madesisyoni</translation>
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
        <translation>Naka-lock ang database sa mga kaso. Mag-sign in aron makapadayon.</translation>
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
        <translation>I-un&amp;lock</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="112"/>
        <source>Enter your user name and passphrase.</source>
        <translation>Isulat ang imong user name ug passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="117"/>
        <source>Unlocking…</source>
        <translation>Gi-unlock…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="130"/>
        <source>Still unlocking. The first unlock after caseintake was updated can take a minute or more on a large database, while the database is brought up to date.</source>
        <translation>Gi-unlock pa. Ang unang pag-unlock human ma-update ang caseintake mahimong molungtad og usa ka minuto o labaw pa sa dakong database, samtang gi-update ang database sa bag-ong bersyon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="165"/>
        <source>You can try again now.</source>
        <translation>Makasulay ka na pag-usab karon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="172"/>
        <source>Too many failed attempts. Try again in %1 second.</source>
        <translation>Daghan na kaayo ang sayop nga pagsulay. Sulayi pag-usab human sa %1 ka segundo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/unlock.py" line="173"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Daghan na kaayo ang sayop nga pagsulay. Sulayi pag-usab human sa %1 ka segundo.</translation>
    </message>
</context>
<context>
    <name>UpcomingDialog</name>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="45"/>
        <source>Court dates in the next 7 days</source>
        <translation>Mga petsa sa korte sulod sa sunod 7 ka adlaw</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="51"/>
        <source>Loading…</source>
        <translation>Nag-load…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="56"/>
        <source>Upcoming hearings</source>
        <translation>Umaabot nga mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="73"/>
        <source>Open &amp;agenda</source>
        <translation>Ablihi ang &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="105"/>
        <source>Your hearings</source>
        <translation>Imong mga hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="105"/>
        <source>The office&apos;s hearings</source>
        <translation>Mga hearing sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="106"/>
        <source>%1 hearing</source>
        <translation>%1 ka hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="106"/>
        <source>%1 hearings</source>
        <translation>%1 ka hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="112"/>
        <source>The one marked ⚠ may clash with another hearing of the same lawyer.</source>
        <translation>Ang usa nga gimarkahan og ⚠ mahimong magdungan sa laing hearing sa mao gihapong abogado.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="113"/>
        <source>The %1 marked ⚠ may clash with another hearing of the same lawyer.</source>
        <translation>Ang %1 nga gimarkahan og ⚠ mahimong magdungan sa laing hearing sa mao gihapong abogado.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/agenda/upcoming.py" line="116"/>
        <source>Listed up to %1; the agenda has the rest.</source>
        <translation>Nalista hangtod %1; anaa sa agenda ang uban.</translation>
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
        <translation>&amp;Idugang ang user…</translation>
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
        <translation>Butangi og bag-ong passphrase ang usa ka tawo, gamit ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="79"/>
        <source>Re-&amp;enable user…</source>
        <translation>I-&amp;enable pag-usab ang user…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="81"/>
        <source>C&amp;hange role…</source>
        <translation>&amp;Usba ang tahas…</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="106"/>
        <source>Everyone who can sign in to this database. A disabled account keeps its history but its passphrase no longer opens anything, until it is re-enabled with a new one.</source>
        <translation>Ang tanan nga maka-sign in niini nga database. Ang na-disable nga account magpabilin ang kasaysayan apan dili na makaabli sa bisan unsa ang passphrase niini, hangtod i-enable kini pag-usab gamit ang bag-o.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="150"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="150"/>
        <source>Disabled</source>
        <translation>Na-disable</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="176"/>
        <source>You are the last active supervisor; make another account a supervisor first.</source>
        <translation>Ikaw na lang ang aktibo nga supervisor; himoa una nga supervisor ang laing account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="179"/>
        <source>You cannot disable your own account.</source>
        <translation>Dili nimo ma-disable ang imong kaugalingong account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="180"/>
        <source>You cannot change your own role.</source>
        <translation>Dili nimo mausab ang imong kaugalingong tahas.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="191"/>
        <source>Added the account %1.</source>
        <translation>Nadugang ang account %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="202"/>
        <source>%1 can now sign in with the new passphrase.</source>
        <translation>Maka-sign in na si %1 gamit ang bag-ong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="214"/>
        <source>%1 can sign in again with the new passphrase.</source>
        <translation>Maka-sign in na pag-usab si %1 gamit ang bag-ong passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="226"/>
        <source>%1 is now: %2.</source>
        <translation>Si %1 karon: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="239"/>
        <source>Disable user</source>
        <translation>I-disable ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="241"/>
        <source>Disable the account %1? Their passphrase will no longer open the database. Cases, notes and the history they wrote stay as they are.</source>
        <translation>I-disable ang account %1? Dili na makaabli sa database ang iyang passphrase. Magpabilin sama sa una ang mga kaso, nota ug kasaysayan nga iyang gisulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/admin/users.py" line="252"/>
        <source>The account %1 is disabled.</source>
        <translation>Na-disable na ang account %1.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="50"/>
        <source>A %1 may not create or edit cases, people and referrals.</source>
        <translation>Ang %1 dili makahimo o makausab og mga kaso, tawo ug referral.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="53"/>
        <source>A %1 may not write notes and register evidence.</source>
        <translation>Ang %1 dili makasulat og nota ug makarehistro og ebidensya.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="56"/>
        <source>A %1 may not reveal identities.</source>
        <translation>Ang %1 dili makapakita og mga identidad.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="59"/>
        <source>A %1 may not create or edit hearings.</source>
        <translation>Ang %1 dili makahimo o makausab og mga hearing.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="62"/>
        <source>A %1 may not print hearing summaries.</source>
        <translation>Ang %1 dili maka-print og mga sumaryo sa hearing.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="65"/>
        <source>A %1 may not export anonymized counts.</source>
        <translation>Ang %1 dili maka-export og anonimo nga mga ihap.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="68"/>
        <source>A %1 may not enrol or revoke laptops and resolve sync conflicts.</source>
        <translation>Ang %1 dili maka-enrol o maka-revoke og mga laptop ug makaresolba og mga conflict sa sync.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="71"/>
        <source>A %1 may not manage users and reset access.</source>
        <translation>Ang %1 dili makadumala sa mga user ug maka-reset sa access.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="74"/>
        <source>A %1 may not allow a word past the identity-leak guard.</source>
        <translation>Ang %1 dili makatugot og pulong nga molabang sa identity-leak guard.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="76"/>
        <source>A %1 may not import case files.</source>
        <translation>Ang %1 dili maka-import og mga file sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="77"/>
        <source>A %1 may not restore a backup.</source>
        <translation>Ang %1 dili makabalik og backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="78"/>
        <source>A %1 may not write a backup.</source>
        <translation>Ang %1 dili makahimo og backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="79"/>
        <source>A %1 may not list staff accounts.</source>
        <translation>Ang %1 dili makalista sa mga account sa staff.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="80"/>
        <source>A %1 may not reassign cases.</source>
        <translation>Ang %1 dili maka-assign pag-usab sa mga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="82"/>
        <source>A %1 may not check and maintain the database.</source>
        <translation>Ang %1 dili makasusi ug maka-maintain sa database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="85"/>
        <source>A %1 may not load or remove demo cases.</source>
        <translation>Ang %1 dili maka-load o makatangtang og demo nga mga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="88"/>
        <source>A %1 may not reveal identities. Recording an identity needs the right to reveal this case&apos;s.</source>
        <translation>Ang %1 dili makapakita og mga identidad. Ang pagrekord og identidad nagkinahanglan og katungod sa pagpakita sa mga identidad niini nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="96"/>
        <source>A %1 may not reveal identities. Editing an identity needs the right to reveal it.</source>
        <translation>Ang %1 dili makapakita og mga identidad. Ang pag-usab og identidad nagkinahanglan og katungod sa pagpakita niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="102"/>
        <source>A %1 may not reveal identities. Social workers may reveal identities only in their own cases.</source>
        <translation>Ang %1 dili makapakita og mga identidad. Ang mga social worker makapakita og identidad sa ilang kaugalingong mga kaso lamang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="110"/>
        <source>Case %1: only a supervisor may open a case assigned to someone else (&apos;%2&apos;); a case you open is assigned to you.</source>
        <translation>Kaso %1: ang supervisor lamang ang makaabli og kaso nga naka-assign sa uban (&apos;%2&apos;); ang kaso nga imong ablihan ma-assign kanimo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="119"/>
        <source>Only a supervisor (or the recovery key) may issue keys for an account.</source>
        <translation>Ang supervisor lamang (o ang recovery key) ang makahatag og mga key para sa usa ka account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="121"/>
        <source>Only a supervisor may reassign a case.</source>
        <translation>Ang supervisor lamang ang maka-assign pag-usab sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="122"/>
        <source>The identity keys are not unlocked.</source>
        <translation>Wala ma-unlock ang mga identity key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="124"/>
        <source>The identity key of this case was not shared with this account.</source>
        <translation>Wala gipaambit niini nga account ang identity key niini nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="127"/>
        <source>Only a supervisor of this database may restore a backup over it.</source>
        <translation>Ang supervisor lamang niini nga database ang makabalik og backup ibabaw niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="129"/>
        <source>Only a supervisor may restore a backup.</source>
        <translation>Ang supervisor lamang ang makabalik og backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="131"/>
        <source>This backup (last change %1) is older than the database it would replace (last change %2), so restoring it would undo every change since.</source>
        <translation>Kini nga backup (katapusang kausaban %1) mas daan kay sa database nga ilisan niini (katapusang kausaban %2), mao nga ang pagbalik niini mo-undo sa matag kausaban sukad niadto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="140"/>
        <source>This database holds real cases, so it takes no demo cases; create a separate demo database to try the application.</source>
        <translation>Tinuod nga mga kaso ang naa niini nga database, mao nga dili kini modawat og demo nga mga kaso; paghimo og lahi nga demo nga database aron sulayan ang application.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="147"/>
        <source>This database was not created as a demo database, so its cases are real and are never removed.</source>
        <translation>Wala kini nga database gihimo isip demo nga database, mao nga tinuod ang mga kaso niini ug dili gayod tangtangon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="155"/>
        <source>The output was blocked: %1. Nothing was written.</source>
        <translation>Gi-block ang output: %1. Walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="158"/>
        <source>The hearing summary was blocked: %1. Nothing was written.</source>
        <translation>Gi-block ang sumaryo sa hearing: %1. Walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="161"/>
        <source>The counts export was blocked: %1. Nothing was written.</source>
        <translation>Gi-block ang export sa mga ihap: %1. Walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="164"/>
        <source>The calendar file was blocked: %1. Nothing was written.</source>
        <translation>Gi-block ang calendar file: %1. Walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="167"/>
        <source>The copy was blocked: %1. Nothing was copied.</source>
        <translation>Gi-block ang pag-copy: %1. Walay na-copy.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="169"/>
        <source>Only a single word (two or more letters) can be allowed.</source>
        <translation>Usa ra ka pulong (duha o labaw pa ka letra) ang matugotan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="170"/>
        <source>There is no such protected person.</source>
        <translation>Walay ingon niana nga protektadong tawo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="172"/>
        <source>Case %1 has no protected person %2.</source>
        <translation>Ang kaso %1 walay protektadong tawo nga %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="175"/>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>Walay kaso nga &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="176"/>
        <source>This case no longer exists.</source>
        <translation>Wala na kini nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="177"/>
        <source>There is no such person.</source>
        <translation>Walay ingon niana nga tawo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="178"/>
        <source>This person has no vault identity.</source>
        <translation>Kini nga tawo walay identidad sa vault.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="179"/>
        <source>There is no such note.</source>
        <translation>Walay ingon niana nga nota.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="180"/>
        <source>There is no such hearing.</source>
        <translation>Walay ingon niana nga hearing.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="181"/>
        <source>There is no such referral.</source>
        <translation>Walay ingon niana nga referral.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="182"/>
        <source>There is no such evidence entry.</source>
        <translation>Walay ingon niana nga entry sa ebidensya.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="183"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>Walay user nga ginganlan og &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="185"/>
        <source>Case %1 has no hearings; add a hearing before printing a summary.</source>
        <translation>Ang kaso %1 walay hearing; idugang una ang hearing sa dili pa i-print ang sumaryo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="189"/>
        <source>Case %1 has no hearing with id &apos;%2&apos;.</source>
        <translation>Ang kaso %1 walay hearing nga adunay id nga &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="192"/>
        <source>Case %1 has more than one hearing with id &apos;%2&apos;.</source>
        <translation>Ang kaso %1 adunay labaw sa usa ka hearing nga adunay id nga &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="194"/>
        <source>Case %1 has no note with id &apos;%2&apos;.</source>
        <translation>Ang kaso %1 walay nota nga adunay id nga &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="196"/>
        <source>Case %1 has more than one note with id &apos;%2&apos;.</source>
        <translation>Ang kaso %1 adunay labaw sa usa ka nota nga adunay id nga &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="200"/>
        <source>This case was changed elsewhere (another window or computer) since you opened it; nothing was saved.</source>
        <translation>Giusab kini nga kaso sa laing dapit (laing window o computer) sukad nimo kini giablihan; walay na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="206"/>
        <source>The end date is before the start date.</source>
        <translation>Ang petsa sa katapusan nauna pa sa petsa sa pagsugod.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="207"/>
        <source>Cannot sort by &apos;%1&apos;.</source>
        <translation>Dili ma-sort sumala sa &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="208"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Gi-cancel; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="210"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Aduna nay user nga ginganlan og &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="212"/>
        <source>%1 is the last active supervisor; make another account a supervisor first.</source>
        <translation>Si %1 na lang ang aktibo nga supervisor; himoa una nga supervisor ang laing account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="215"/>
        <source>You cannot disable your own account.</source>
        <translation>Dili nimo ma-disable ang imong kaugalingong account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="216"/>
        <source>You cannot change your own role.</source>
        <translation>Dili nimo mausab ang imong kaugalingong tahas.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="217"/>
        <source>The account &apos;%1&apos; is already disabled.</source>
        <translation>Na-disable na ang account nga &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="218"/>
        <source>The account &apos;%1&apos; is already active.</source>
        <translation>Aktibo na ang account nga &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="219"/>
        <source>The account &apos;%1&apos; is disabled; re-enable it first.</source>
        <translation>Na-disable ang account nga &apos;%1&apos;; i-enable una kini pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="221"/>
        <source>The account &apos;%1&apos; is disabled; its access cannot be recovered.</source>
        <translation>Na-disable ang account nga &apos;%1&apos;; dili mabawi ang access niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="223"/>
        <source>%1 is already a %2.</source>
        <translation>Si %1 usa na ka %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="225"/>
        <source>The office prefix must be 1 to 10 capital letters or digits, such as CI.</source>
        <translation>Ang prefix sa opisina kinahanglang 1 hangtod 10 ka dagkong letra o numero, sama sa CI.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="228"/>
        <source>This account&apos;s keys are not unlocked; unlock again and retry.</source>
        <translation>Wala ma-unlock ang mga key niini nga account; i-unlock pag-usab ug sulayi usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="231"/>
        <source>A passphrase must not start or end with spaces or contain line breaks.</source>
        <translation>Ang passphrase dili angayng magsugod o matapos sa space o adunay line break.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="234"/>
        <source>This passphrase contains a date, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Kini nga passphrase adunay petsa, nga sayon matag-an; ang upat ka random nga pulong lig-on ug sayon hinumdoman, pananglitan “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="242"/>
        <source>This passphrase contains a phone number or a long run of digits, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Kini nga passphrase adunay numero sa telepono o taas nga sunod-sunod nga numero, nga sayon matag-an; ang upat ka random nga pulong lig-on ug sayon hinumdoman, pananglitan “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="250"/>
        <source>A passphrase needs at least 12 characters; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Ang passphrase nagkinahanglan og labing menos 12 ka karakter; ang upat ka random nga pulong lig-on ug sayon hinumdoman, pananglitan “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="258"/>
        <source>This passphrase is made from your user name, which is easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Kini nga passphrase gihimo gikan sa imong user name, nga sayon matag-an; ang upat ka random nga pulong lig-on ug sayon hinumdoman, pananglitan “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="266"/>
        <source>This passphrase is too easy to guess; four random words are strong and easy to remember, for example “%1”.</source>
        <translation>Sayon kaayo matag-an kini nga passphrase; ang upat ka random nga pulong lig-on ug sayon hinumdoman, pananglitan “%1”.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="274"/>
        <source>Wrong user name or passphrase.</source>
        <translation>Sayop ang user name o passphrase.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="276"/>
        <source>Too many failed attempts; wait %1 seconds before trying again.</source>
        <translation>Daghan na kaayo ang sayop nga pagsulay; paghulat og %1 ka segundo sa dili pa mosulay pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="279"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Dili kana recovery key: aduna kini 32 ka letra ug numero nga gigrupo sa tag-upat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="281"/>
        <source>Wrong recovery key.</source>
        <translation>Sayop ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="282"/>
        <source>This database has no recovery key slot.</source>
        <translation>Kini nga database walay slot sa recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="284"/>
        <source>There is no database at %1.</source>
        <translation>Walay database sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="285"/>
        <source>There is no database file at %1.</source>
        <translation>Walay database file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="287"/>
        <source>A database already exists at %1; refusing to overwrite it.</source>
        <translation>Aduna nay database sa %1; dili kini papason.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="289"/>
        <source>%1 is a folder, not a caseintake database.</source>
        <translation>Ang %1 usa ka folder, dili database sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="291"/>
        <source>%1 is an unencrypted SQLite file, not a caseintake database.</source>
        <translation>Ang %1 usa ka SQLite file nga wala ma-encrypt, dili database sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="294"/>
        <source>%1 is not a caseintake database (its key file %2 is missing).</source>
        <translation>Ang %1 dili database sa caseintake (nawala ang key file niini nga %2).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="299"/>
        <source>The key file %1 is missing, so this is not a usable caseintake database.</source>
        <translation>Nawala ang key file nga %1, mao nga dili magamit kini nga database sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="302"/>
        <source>The key file %1 is damaged or was altered.</source>
        <translation>Nadaot o giusab ang key file nga %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="304"/>
        <source>The key file %1 was altered: its slots do not match the database.</source>
        <translation>Giusab ang key file nga %1: dili motugma ang mga slot niini sa database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="308"/>
        <source>The key file %1 belongs to a different database.</source>
        <translation>Ang key file nga %1 iya sa laing database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="311"/>
        <source>The key file %1 is older than the database (key epoch %3, the database has %2): an older copy of the key file was put back; restore the matching backup.</source>
        <translation>Mas daan ang key file nga %1 kay sa database (key epoch %3, ang database adunay %2): gibalik ang mas daan nga kopya sa key file; ibalik ang backup nga mohaum.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="321"/>
        <source>The database %1 is older than its key file (key epoch %2, the key file has %3): an older copy of the database was put back; restore the matching backup.</source>
        <translation>Mas daan ang database nga %1 kay sa key file niini (key epoch %2, ang key file adunay %3): gibalik ang mas daan nga kopya sa database; ibalik ang backup nga mohaum.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="331"/>
        <source>This database was written by a newer caseintake (schema %1, this program knows %2); install the newer version to open it.</source>
        <translation>Kini nga database gisulat sa mas bag-ong caseintake (schema %1, kini nga programa nahibalo sa %2); i-install ang mas bag-ong bersyon aron maablihan kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="339"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Dili mahimo ang folder nga %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="340"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>Dili masulatan ang folder nga %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="341"/>
        <source>The new database has no office reveal key.</source>
        <translation>Ang bag-ong database walay office reveal key.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="343"/>
        <source>A restore into %1 was interrupted; restore the same backup again (the files it was replacing are kept beside it, in %1.replaced-*).</source>
        <translation>Naputol ang pagbalik sa %1; ibalik pag-usab ang mao gihapong backup (ang mga file nga giilisan niini gitipig sa tupad, sa %1.replaced-*).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="351"/>
        <source>The database %1 is damaged or was altered; no change was made. Check the database and restore it from a backup.</source>
        <translation>Nadaot o giusab ang database nga %1; walay kausaban nga nahimo. Susiha ang database ug ibalik kini gikan sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="359"/>
        <source>The laptop&apos;s copy does not know what to take of the table %1; nothing was enrolled.</source>
        <translation>Wala mahibal-i sa kopya para sa laptop kon unsa ang kuhaon sa table nga %1; walay na-enrol.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="366"/>
        <source>The laptop&apos;s copy would hold %1 rows whose parent row is missing; nothing was enrolled.</source>
        <translation>Ang kopya para sa laptop adunay %1 ka row nga wala ang ilang parent row; walay na-enrol.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="373"/>
        <source>The laptop&apos;s database could not be written (%1); nothing was enrolled.</source>
        <translation>Dili masulat ang database sa laptop (%1); walay na-enrol.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="377"/>
        <source>The database file %1 is damaged or was altered: its first page does not decrypt with the right key. Restore it from a backup.</source>
        <translation>Nadaot o giusab ang database file nga %1: dili ma-decrypt ang unang page niini gamit ang saktong key. Ibalik kini gikan sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="384"/>
        <source>The disk holding %1 is full; nothing was saved.</source>
        <translation>Puno na ang disk nga nagsulod sa %1; walay na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="386"/>
        <source>The database %1 cannot be written (read-only); nothing was saved.</source>
        <translation>Dili masulatan ang database nga %1 (read-only); walay na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="389"/>
        <source>The database %1 is busy in another program; try again.</source>
        <translation>Gigamit sa laing programa ang database nga %1; sulayi pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="391"/>
        <source>Reading or writing %1 failed; nothing was saved.</source>
        <translation>Napakyas ang pagbasa o pagsulat sa %1; walay na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="392"/>
        <source>The text is too large to store.</source>
        <translation>Dako kaayo ang teksto aron matipigan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="394"/>
        <source>The database refused the change (%1); nothing was saved.</source>
        <translation>Gibalibaran sa database ang kausaban (%1); walay na-save.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="397"/>
        <source>The database %1 cannot be opened: its folder %2 or the file is read-only, and caseintake must write beside it. Nothing was changed.</source>
        <translation>Dili maablihan ang database nga %1: read-only ang folder niini nga %2 o ang file, ug kinahanglang makasulat ang caseintake sa tupad niini. Walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="406"/>
        <source>The database %1 cannot be created: its folder %2 or the file is read-only, and caseintake must write beside it. Nothing was changed.</source>
        <translation>Dili mahimo ang database nga %1: read-only ang folder niini nga %2 o ang file, ug kinahanglang makasulat ang caseintake sa tupad niini. Walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="415"/>
        <source>The disk holding %1 is full, so the database cannot be opened; free some space and try again. Nothing was changed.</source>
        <translation>Puno na ang disk nga nagsulod sa %1, mao nga dili maablihan ang database; paghawan og space ug sulayi pag-usab. Walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="423"/>
        <source>The disk holding %1 is full, so the database cannot be created; free some space and try again. Nothing was changed.</source>
        <translation>Puno na ang disk nga nagsulod sa %1, mao nga dili mahimo ang database; paghawan og space ug sulayi pag-usab. Walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="431"/>
        <source>The database %1 cannot be opened (%2); nothing was changed.</source>
        <translation>Dili maablihan ang database nga %1 (%2); walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="436"/>
        <source>The database %1 cannot be created (%2); nothing was changed.</source>
        <translation>Dili mahimo ang database nga %1 (%2); walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="441"/>
        <source>The write-ahead log %1 is damaged or was altered: changes saved after frame %2 would be lost, so the database was not opened and nothing was changed. Restore it from a backup.</source>
        <translation>Nadaot o giusab ang write-ahead log nga %1: mawala ang mga kausaban nga na-save human sa frame %2, mao nga wala giablihi ang database ug walay nausab. Ibalik kini gikan sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="450"/>
        <source>The write-ahead log %1 is missing: changes saved after frame %2 would be lost, so the database was not opened and nothing was changed. Restore it from a backup.</source>
        <translation>Nawala ang write-ahead log nga %1: mawala ang mga kausaban nga na-save human sa frame %2, mao nga wala giablihi ang database ug walay nausab. Ibalik kini gikan sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="459"/>
        <source>Schema upgrade %1 left a broken reference between records; nothing was changed.</source>
        <translation>Ang schema upgrade %1 nagbilin og guba nga reference tali sa mga rekord; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="465"/>
        <source>The %1 table holds an id too large to move; the database is damaged.</source>
        <translation>Ang table nga %1 adunay id nga dako kaayo aron mabalhin; nadaot ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="468"/>
        <source>The SQLCipher module (sqlcipher3) is not installed.</source>
        <translation>Wala ma-install ang SQLCipher module (sqlcipher3).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="470"/>
        <source>This SQLite build is not SQLCipher 4 (found %1); refusing to run.</source>
        <translation>Kini nga SQLite build dili SQLCipher 4 (nakit-an ang %1); dili modagan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="473"/>
        <source>This SQLCipher build lacks full-text search (FTS5); refusing to run.</source>
        <translation>Kini nga SQLCipher build walay full-text search (FTS5); dili modagan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="476"/>
        <source>Temporary storage could not be forced into memory; refusing to run.</source>
        <translation>Dili mapugos ang temporary storage nga anaa sa memory; dili modagan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="479"/>
        <source>A key of this database is missing; check the database.</source>
        <translation>Nawala ang usa ka key niini nga database; susiha ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="481"/>
        <source>The office key held during an upgrade is damaged.</source>
        <translation>Nadaot ang office key nga gitipigan samtang nag-upgrade.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="484"/>
        <source>This database has no office reveal key; check the database.</source>
        <translation>Kini nga database walay office reveal key; susiha ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="486"/>
        <source>This account&apos;s office key grant is damaged.</source>
        <translation>Nadaot ang office key grant niini nga account.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="488"/>
        <source>The identity key of a case is damaged; check the database.</source>
        <translation>Nadaot ang identity key sa usa ka kaso; susiha ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="491"/>
        <source>The identity key of a case is missing; check the database.</source>
        <translation>Nawala ang identity key sa usa ka kaso; susiha ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="494"/>
        <source>A vault value does not decrypt with its case key (damaged or moved); check the database.</source>
        <translation>Adunay bili sa vault nga dili ma-decrypt gamit ang key sa kaso niini (nadaot o gibalhin); susiha ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="500"/>
        <source>%1 account(s) or the recovery key have not been used since this database was upgraded, so their keys cannot be replaced yet; have each person unlock once (and use the recovery key once), then try again.</source>
        <translation>%1 ka account o ang recovery key wala pa magamit sukad gi-upgrade kini nga database, mao nga dili pa mailisan ang ilang mga key; paabliha (i-unlock) kausa ang matag tawo (ug gamita kausa ang recovery key), unya sulayi pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="509"/>
        <source>The re-encrypted database does not carry its new key epoch.</source>
        <translation>Ang database nga gi-encrypt pag-usab walay bag-ong key epoch niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="512"/>
        <source>The re-encrypted copy failed its check; the database was not changed.</source>
        <translation>Napakyas sa pagsusi ang kopya nga gi-encrypt pag-usab; wala mausab ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="515"/>
        <source>The re-encrypted copy is incomplete; the database was not changed.</source>
        <translation>Kulang ang kopya nga gi-encrypt pag-usab; wala mausab ang database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="519"/>
        <source>Choose a backup file name that is not the database&apos;s own files.</source>
        <translation>Pili og ngalan sa backup file nga dili usa sa kaugalingong mga file sa database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="521"/>
        <source>There is no backup file at %1.</source>
        <translation>Walay backup file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="522"/>
        <source>%1 is not a caseintake backup.</source>
        <translation>Ang %1 dili backup sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="523"/>
        <source>The backup file is truncated or damaged.</source>
        <translation>Naputol o nadaot ang backup file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="524"/>
        <source>The backup file is damaged (impossible key-slot size).</source>
        <translation>Nadaot ang backup file (imposible nga gidak-on sa key slot).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="526"/>
        <source>The backup file is damaged: its checksum does not match.</source>
        <translation>Nadaot ang backup file: dili motugma ang checksum niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="529"/>
        <source>The key slots inside the backup are damaged or were altered.</source>
        <translation>Nadaot o giusab ang mga key slot sulod sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="532"/>
        <source>The database and the key slots in the backup are of different key epochs.</source>
        <translation>Lahi ang key epoch sa database ug sa mga key slot sa backup.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="534"/>
        <source>The backup is damaged: %1.</source>
        <translation>Nadaot ang backup: %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="536"/>
        <source>Your passphrase does not open this backup; a backup keeps the passphrases of the day it was made.</source>
        <translation>Dili maablihan sa imong passphrase kini nga backup; ang backup nagtipig sa mga passphrase sa adlaw nga gihimo kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="543"/>
        <source>The database at %1 cannot be opened (it is damaged, its key file is missing, or a restore was interrupted), so your role on it cannot be confirmed.</source>
        <translation>Dili maablihan ang database sa %1 (nadaot kini, nawala ang key file niini, o naputol ang pagbalik), mao nga dili makumpirma ang imong tahas niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="551"/>
        <source>The backup could not be restored into %1: %2; nothing was changed.</source>
        <translation>Dili maibalik ang backup sa %1: %2; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="556"/>
        <source>The backup could not be read into %1: %2; nothing was changed.</source>
        <translation>Dili mabasa ang backup ngadto sa %1: %2; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="562"/>
        <source>Cannot write %1 in %2: %3; nothing was written.</source>
        <translation>Dili masulat ang %1 sa %2: %3; walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="564"/>
        <source>Cannot write %1: %2.</source>
        <translation>Dili masulat ang %1: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="565"/>
        <source>%1 is a folder; give a file name to write to.</source>
        <translation>Ang %1 usa ka folder; ihatag ang ngalan sa file nga sulatan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="566"/>
        <source>The folder %1 does not exist.</source>
        <translation>Wala ang folder nga %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="568"/>
        <source>%1 would be written into the database&apos;s own folder (%2); choose a file in another folder.</source>
        <translation>Masulat ang %1 sa kaugalingong folder sa database (%2); pili og file sa laing folder.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="576"/>
        <source>%1 is a symbolic link; outputs never follow links, so choose another file name.</source>
        <translation>Ang %1 usa ka symbolic link; ang mga output dili gayod mosunod sa link, mao nga pili og laing ngalan sa file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="582"/>
        <source>%1 is not a regular file; choose another file name.</source>
        <translation>Ang %1 dili ordinaryong file; pili og laing ngalan sa file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="585"/>
        <source>%1 is the same file as one of the database&apos;s own files; choose another file name.</source>
        <translation>Ang %1 mao ra ang usa sa kaugalingong mga file sa database; pili og laing ngalan sa file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="591"/>
        <source>%1 is a caseintake backup; outputs never replace a backup, so choose another file name.</source>
        <translation>Ang %1 usa ka backup sa caseintake; ang mga output dili gayod mopuli sa backup, mao nga pili og laing ngalan sa file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="598"/>
        <source>%1 already exists; choose the file again and agree to replace it.</source>
        <translation>Anaa na ang %1; pilia pag-usab ang file ug uyoni nga ilisan kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="601"/>
        <source>%1 became a symbolic link while writing; nothing was written.</source>
        <translation>Nahimong symbolic link ang %1 samtang gisulat; walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="604"/>
        <source>Unknown paper size &apos;%1&apos;; use %2.</source>
        <translation>Wala mailhi nga gidak-on sa papel &apos;%1&apos;; gamita ang %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="605"/>
        <source>Unknown layout &apos;%1&apos;; use %2.</source>
        <translation>Wala mailhi nga layout &apos;%1&apos;; gamita ang %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="607"/>
        <source>The hearing summary failed the no-media check (%1); nothing was written.</source>
        <translation>Napakyas ang sumaryo sa hearing sa no-media check (%1); walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="611"/>
        <source>Name at least one dimension, e.g. %1.</source>
        <translation>Paghatag og labing menos usa ka dimensyon, pananglitan %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="613"/>
        <source>Unknown dimension &apos;%1&apos;; choose from %2.</source>
        <translation>Wala mailhi nga dimensyon &apos;%1&apos;; pili gikan sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="615"/>
        <source>Name each dimension only once.</source>
        <translation>Kausa ra ihatag ang matag dimensyon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="617"/>
        <source>A counts table has at most %1 dimensions; %2 were named.</source>
        <translation>Ang table sa mga ihap adunay labing daghan %1 ka dimensyon; %2 ang gihatag.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="619"/>
        <source>Choose one period dimension: month, quarter or year.</source>
        <translation>Pili og usa ka dimensyon sa panahon: bulan, quarter o tuig.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="621"/>
        <source>%1 must be a month written YYYY-MM, e.g. 2026-01; got &apos;%2&apos;.</source>
        <translation>Ang %1 kinahanglang bulan nga gisulat og YYYY-MM, pananglitan 2026-01; ang nadawat &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="625"/>
        <source>%1 is not a real month: &apos;%2&apos;.</source>
        <translation>Ang %1 dili tinuod nga bulan: &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="626"/>
        <source>The minimum cell size must be a whole number.</source>
        <translation>Ang minimum nga gidak-on sa cell kinahanglang tibuok nga numero.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="628"/>
        <source>The minimum cell size must be at least %1 (got %2): smaller counts can identify a child.</source>
        <translation>Ang minimum nga gidak-on sa cell kinahanglang labing menos %1 (ang nadawat %2): ang mas gamay nga ihap makaila sa bata.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="636"/>
        <source>Unknown unit &apos;%1&apos;; choose from %2.</source>
        <translation>Wala mailhi nga unit &apos;%1&apos;; pili gikan sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="639"/>
        <source>Unknown report language &apos;%1&apos;; choose from %2.</source>
        <translation>Wala mailhi nga pinulongan sa report &apos;%1&apos;; pili gikan sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="642"/>
        <source>The period is empty: %1 comes after %2.</source>
        <translation>Walay sulod ang panahon: ang %1 naa human sa %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="645"/>
        <source>This table cannot be published safely beside the %1 earlier export(s) of %2: choose other dimensions, a period that matches an earlier export, or fewer values.</source>
        <translation>Dili luwas nga ma-publish kini nga table uban sa %1 ka naunang export sa %2: pili og laing mga dimensyon, panahon nga mohaum sa naunang export, o mas gamay nga mga bili.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="654"/>
        <source>Checking this table beside the %1 earlier export(s) of %2 took longer than %3 seconds, so it was not published: choose fewer dimensions or values, or a period that matches an earlier export.</source>
        <translation>Milapas sa %3 ka segundo ang pagsusi niini nga table uban sa %1 ka naunang export sa %2, mao nga wala kini ma-publish: pili og mas gamay nga mga dimensyon o bili, o panahon nga mohaum sa naunang export.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="665"/>
        <source>The counts file must end in .csv or .pdf; got &apos;%1&apos;.</source>
        <translation>Ang file sa mga ihap kinahanglang matapos sa .csv o .pdf; ang nadawat &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="667"/>
        <source>The donor report is a PDF; got &apos;%1&apos;.</source>
        <translation>PDF ang report para sa donor; ang nadawat &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="669"/>
        <source>This table would have %1 cells (at most %2); choose fewer or coarser dimensions or a shorter period.</source>
        <translation>Kini nga table adunay %1 ka cell (labing daghan %2); pili og mas gamay o mas halapad nga mga dimensyon o mas mubo nga panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="678"/>
        <source>This table has %1 rows, too many for a readable PDF (at most %2); write a CSV instead, or choose fewer dimensions or a shorter period.</source>
        <translation>Kini nga table adunay %1 ka laray, daghan kaayo para sa PDF nga mabasa (labing daghan %2); pagsulat hinuon og CSV, o pili og mas gamay nga dimensyon o mas mubo nga panahon.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="687"/>
        <source>The counts PDF was not written: it failed the no-media check (%1).</source>
        <translation>Wala masulat ang PDF sa mga ihap: napakyas kini sa no-media check (%1).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="690"/>
        <source>There is no file at %1.</source>
        <translation>Walay file sa %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="692"/>
        <source>The disk holding the database has %1 free, less than the file %2 itself (%3); an import needs 10 to 20 times its file&apos;s size while it runs. Free some space and import again; nothing was changed.</source>
        <translation>Aduna ray %1 nga bakante sa disk nga nagsulod sa database, mas gamay kaysa sa file nga %2 mismo (%3); ang pag-import nagkinahanglan og 10 hangtod 20 ka pilo sa gidak-on sa file samtang nagdagan. Paghawan og space ug pag-import pag-usab; walay nausab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="702"/>
        <source>%1 is a folder, not an import file.</source>
        <translation>Ang %1 usa ka folder, dili import file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="704"/>
        <source>%1 is larger than 512 MB; split it into several files.</source>
        <translation>Ang %1 mas dako kay sa 512 MB; bahina kini sa pipila ka file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="706"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>Ang %1 dili UTF-8 nga teksto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="707"/>
        <source>%1 cannot be read.</source>
        <translation>Dili mabasa ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="709"/>
        <source>%1 is not valid JSON (the error is at line %2, column %3).</source>
        <translation>Ang %1 dili balido nga JSON (ang sayop anaa sa linya %2, column %3).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="714"/>
        <source>%1 is nested too deeply to be an import file.</source>
        <translation>Ang %1 lawom kaayo ang pagkasulod aron mahimong import file.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="716"/>
        <source>%1: the field %2 appears twice in one object.</source>
        <translation>%1: ang field nga %2 kaduha makita sa usa ka object.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="718"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="720"/>
        <source>The file must hold a JSON object with &apos;format&apos; and &apos;cases&apos;.</source>
        <translation>Ang file kinahanglang adunay JSON object nga adunay &apos;format&apos; ug &apos;cases&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="724"/>
        <source>The laptop %1 was revoked; nothing more is written for it.</source>
        <translation>Gi-revoke ang laptop nga %1; wala nay isulat para niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="727"/>
        <source>%1 is too large to be a bundle; nothing was applied.</source>
        <translation>Dako kaayo ang %1 aron mahimong bundle; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="729"/>
        <source>The bundle %1 cannot be read.</source>
        <translation>Dili mabasa ang bundle nga %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="731"/>
        <source>This bundle comes from the revoked laptop %1; it was quarantined and nothing was applied.</source>
        <translation>Kini nga bundle gikan sa gi-revoke nga laptop nga %1; gi-quarantine kini ug walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="738"/>
        <source>The bundle&apos;s changes are malformed; nothing was applied.</source>
        <translation>Sayop ang porma sa mga kausaban sa bundle; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="741"/>
        <source>The audit history of laptop %1 does not continue what the office saw last: it was rolled back or rewritten. Nothing was applied.</source>
        <translation>Ang audit log sa laptop nga %1 dili mosunod sa katapusang nakita sa opisina: gibalik kini sa mas daan nga bersyon o gisulat pag-usab. Walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="749"/>
        <source>The office&apos;s bundle does not fit this laptop&apos;s records; nothing was applied. Ask the office to enrol this laptop again.</source>
        <translation>Ang bundle sa opisina dili mohaum sa mga rekord niini nga laptop; walay na-apply. Hangyoa ang opisina nga i-enrol pag-usab kini nga laptop.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="756"/>
        <source>This database is not part of a team: make it the office hub, or use a laptop database enrolled at the hub.</source>
        <translation>Kini nga database dili bahin sa usa ka team: himoa kini nga hub sa opisina, o gamita ang database sa laptop nga na-enrol sa hub.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="762"/>
        <source>This can only be done on the office hub.</source>
        <translation>Mahimo lamang kini sa hub sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="763"/>
        <source>This can only be done on an enrolled laptop.</source>
        <translation>Mahimo lamang kini sa laptop nga na-enrol.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="764"/>
        <source>This database is already part of a team.</source>
        <translation>Bahin na kini nga database sa usa ka team.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="766"/>
        <source>The laptop&apos;s record cannot be added as it is (it repeats a pseudonym or reference the office already uses); change it at the office instead.</source>
        <translation>Dili madugang ang rekord sa laptop sama sa pagkasulat niini (gisubli niini ang pseudonym o reference nga gigamit na sa opisina); usba hinuon kini sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="773"/>
        <source>The record this conflict is about no longer exists at the office; keep the office value instead.</source>
        <translation>Wala na sa opisina ang rekord nga gihisgotan niini nga conflict; ipabilin hinuon ang bili sa opisina.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="780"/>
        <source>A key slot for this laptop has not been used since the database was upgraded; have its owner unlock once at the office, then enrol again.</source>
        <translation>Ang usa ka key slot para niini nga laptop wala pa magamit sukad gi-upgrade ang database; paabliha (i-unlock) kausa ang tag-iya niini sa opisina, unya i-enrol pag-usab.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="787"/>
        <source>This laptop has no case references left for %1; sync with the office to get more.</source>
        <translation>Wala nay nahabilin nga reference sa kaso niini nga laptop para sa %1; i-sync uban sa opisina aron makakuha og dugang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="794"/>
        <source>This file is not a caseintake bundle, or it is damaged; nothing was applied.</source>
        <translation>Kini nga file dili bundle sa caseintake, o nadaot kini; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="799"/>
        <source>This bundle belongs to another office&apos;s hub; nothing was applied.</source>
        <translation>Kini nga bundle iya sa hub sa laing opisina; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="802"/>
        <source>This bundle was written for another device; nothing was applied.</source>
        <translation>Kini nga bundle gisulat para sa laing device; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="805"/>
        <source>This bundle comes from device %1, which is not enrolled here or was revoked; nothing was applied.</source>
        <translation>Kini nga bundle gikan sa device nga %1, nga wala ma-enrol dinhi o gi-revoke na; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="813"/>
        <source>This bundle was altered after it was written, or sealed for another key; nothing was applied.</source>
        <translation>Giusab kini nga bundle human kini gisulat, o giselyohan kini para sa laing key; walay na-apply.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="820"/>
        <source>These changes are too large for one bundle (over 256 MB unpacked); nothing was written.</source>
        <translation>Dako kaayo kini nga mga kausaban para sa usa ka bundle (labaw sa 256 MB kon i-unpack); walay nasulat.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="827"/>
        <source>The demo-data generator stopped answering; nothing was added.</source>
        <translation>Mihunong pagtubag ang generator sa demo data; walay nadugang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="830"/>
        <source>The demo-data generator failed (%1); nothing was added.</source>
        <translation>Napakyas ang generator sa demo data (%1); walay nadugang.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="840"/>
        <source>%1: name the laptop this bundle is for.</source>
        <translation>%1: ngalana ang laptop nga padulngan niini nga bundle.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="841"/>
        <source>%1: no laptop named %2 is enrolled.</source>
        <translation>%1: walay na-enrol nga laptop nga ginganlan og %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="842"/>
        <source>%1: give the laptop a short name (up to 60 characters).</source>
        <translation>%1: hatagi og mubo nga ngalan ang laptop (hangtod 60 ka karakter).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="843"/>
        <source>%1: a laptop named %2 is already enrolled.</source>
        <translation>%1: aduna nay na-enrol nga laptop nga ginganlan og %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="844"/>
        <source>%1: there is no active user %2.</source>
        <translation>%1: walay aktibo nga user nga %2.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="845"/>
        <source>%1: there is no open conflict %2.</source>
        <translation>%1: walay conflict nga %2 nga wala pa maresolba.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="846"/>
        <source>%1: choose office or field.</source>
        <translation>%1: pili og office o field.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="847"/>
        <source>%1 must be filled in.</source>
        <translation>Kinahanglang sulatan ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="848"/>
        <source>%1 must be filled in: this person is protected.</source>
        <translation>Kinahanglang sulatan ang %1: protektado kini nga tawo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="849"/>
        <source>%1: choose one from the list.</source>
        <translation>%1: pili og usa sa listahan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="850"/>
        <source>%1 is not a date.</source>
        <translation>Dili petsa ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="851"/>
        <source>%1 is not a date and time.</source>
        <translation>Dili petsa ug oras ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="852"/>
        <source>%1 is too long; please shorten it.</source>
        <translation>Taas kaayo ang %1; palihug pamub-a kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="854"/>
        <source>%1 contains characters that cannot be kept; type it again as plain text.</source>
        <translation>Ang %1 adunay mga karakter nga dili matipigan; i-type kini pag-usab isip yano nga teksto.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="856"/>
        <source>%1 must fit on one line.</source>
        <translation>Kinahanglang usa ra ka linya ang %1.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="857"/>
        <source>%1 is before the date the case was opened.</source>
        <translation>Ang %1 nauna pa sa petsa nga giablihan ang kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="858"/>
        <source>%1: a protected person&apos;s name goes under Legal name.</source>
        <translation>%1: ang ngalan sa protektadong tawo isulat sa Legal nga ngalan.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="860"/>
        <source>%1 holds the wrong kind of value (text, a number, a list or an object).</source>
        <translation>Sayop nga matang sa bili ang sulod sa %1 (teksto, numero, lista o object).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="862"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>Ang %1 kinahanglang tali sa %2 ug %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="863"/>
        <source>%1 must be a two-letter country code such as PH or US.</source>
        <translation>Ang %1 kinahanglang country code nga duha ka letra sama sa PH o US.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="864"/>
        <source>%1 must be a SHA-256 hash of 64 hexadecimal characters.</source>
        <translation>Ang %1 kinahanglang SHA-256 hash nga 64 ka hexadecimal nga karakter.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="866"/>
        <source>%1: a user name is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>%1: ang user name 2 hangtod 32 ka karakter: gagmay nga letra, numero, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, nga nagsugod sa letra.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="873"/>
        <source>%1 must look like CI-2026-00042 (prefix, year, serial).</source>
        <translation>Ang %1 kinahanglang sama sa CI-2026-00042 (prefix, tuig, serial).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="875"/>
        <source>%1 lists the same entry twice.</source>
        <translation>Ang %1 kaduha naglista sa mao gihapong entry.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="876"/>
        <source>%1: give either a person of the case or a name, not both.</source>
        <translation>%1: ihatag ang tawo sa kaso o ang ngalan, dili ang duha.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="877"/>
        <source>%1 does not apply here; leave it empty.</source>
        <translation>Dili magamit dinhi ang %1; biyai kini nga blangko.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="878"/>
        <source>%1 cannot be changed by an edit of the case.</source>
        <translation>Dili mausab ang %1 pinaagi sa pag-usab sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="879"/>
        <source>%1: only protected people have a vault identity.</source>
        <translation>%1: ang protektadong mga tawo lamang ang adunay identidad sa vault.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="881"/>
        <source>%1: this change would alter whether the person is protected; record a new person instead.</source>
        <translation>%1: kini nga kausaban mousab kon protektado ba ang tawo; irekord hinuon og bag-ong tawo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="886"/>
        <source>%1: a note is written by the user who saves it.</source>
        <translation>%1: ang nota gisulat sa user nga nag-save niini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="887"/>
        <source>%1 cannot be changed: a case keeps its reference.</source>
        <translation>Dili mausab ang %1: dili mausab ang reference sa kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="889"/>
        <source>%1: %2 is also used by case %3.</source>
        <translation>%1: gigamit usab ang %2 sa kaso %3.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="891"/>
        <source>%1: %2 already exists in this database.</source>
        <translation>%1: anaa na ang %2 niini nga database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="893"/>
        <source>%1: no user named &apos;%2&apos; exists in this database.</source>
        <translation>%1: walay user nga ginganlan og &apos;%2&apos; niini nga database.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="895"/>
        <source>%1: unknown field; the import format has no such field.</source>
        <translation>%1: wala mailhi nga field; walay ingon niana nga field ang import format.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="896"/>
        <source>%1: names nothing in this case.</source>
        <translation>%1: walay gitumong niini nga kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="897"/>
        <source>%1: the case has not been saved yet.</source>
        <translation>%1: wala pa ma-save ang kaso.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="898"/>
        <source>%1 must be &apos;%2&apos;.</source>
        <translation>Ang %1 kinahanglang &apos;%2&apos;.</translation>
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
        <translation>Ang unang bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="917"/>
        <source>The last month</source>
        <translation>Ang katapusang bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="918"/>
        <source>The month</source>
        <translation>Ang bulan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="921"/>
        <source>cases</source>
        <translation>mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="922"/>
        <source>children</source>
        <translation>mga bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="923"/>
        <source>accused</source>
        <translation>mga akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="980"/>
        <source>a protected person of another case</source>
        <translation>usa ka protektadong tawo sa laing kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="985"/>
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="988"/>
        <source>%1&apos;s %2</source>
        <translation>%2 ni %1</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="990"/>
        <source>%1 holds %2</source>
        <translation>ang %1 adunay %2</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="991"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="993"/>
        <source>%1 and %2 more</source>
        <translation>%1 ug %2 pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/error_texts.py" line="995"/>
        <source>it contains %1</source>
        <translation>aduna kini %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="25"/>
        <location filename="../../caseintake/ui/labels.py" line="130"/>
        <source>Intake</source>
        <translation>Pagdawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="26"/>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="27"/>
        <source>In court</source>
        <translation>Sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="28"/>
        <source>Closed</source>
        <translation>Sirado</translation>
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
        <translation>legal nga ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="52"/>
        <source>alias</source>
        <translation>alyas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="53"/>
        <source>birth date</source>
        <translation>petsa sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="54"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="55"/>
        <source>school</source>
        <translation>eskwelahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="56"/>
        <source>contact</source>
        <translation>kontak</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="57"/>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="60"/>
        <source>Online sexual abuse (livestream)</source>
        <translation>Abusong sekswal online (livestream)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="61"/>
        <source>Abuse material: production</source>
        <translation>Materyal sa abuso: paghimo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="62"/>
        <source>Abuse material: distribution</source>
        <translation>Materyal sa abuso: pagpakaylap</translation>
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
        <translation>Abuso sa bata</translation>
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
        <translation>Uban pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="71"/>
        <source>CyberTipline report</source>
        <translation>Report sa CyberTipline</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="72"/>
        <source>Foreign law-enforcement referral</source>
        <translation>Referral sa langyaw nga pulis</translation>
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
        <translation>Eskwelahan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="76"/>
        <source>Police</source>
        <translation>Pulis</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="80"/>
        <source>Yes, counts may include this case</source>
        <translation>Oo, iapil kini sa mga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="81"/>
        <source>No</source>
        <translation>Dili</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="82"/>
        <source>Not asked yet</source>
        <translation>Wala pa pangutan-a</translation>
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
        <translation>Testimonya sa live-link</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="87"/>
        <source>Screen in the courtroom</source>
        <translation>Screen sulod sa courtroom</translation>
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
        <translation>Ginikanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="100"/>
        <source>Relative</source>
        <translation>Paryente</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="101"/>
        <source>Household member</source>
        <translation>Kauban sa balay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="102"/>
        <source>Neighbour</source>
        <translation>Silingan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="103"/>
        <source>Local stranger</source>
        <translation>Dili kaila nga taga-lugar</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="104"/>
        <source>Foreign online offender</source>
        <translation>Langyaw nga online offender</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="108"/>
        <source>Female</source>
        <translation>Babaye</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="109"/>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="110"/>
        <source>Not known</source>
        <translation>Wala mahibal-i</translation>
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
        <translation>Panginabuhian</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="124"/>
        <location filename="../../caseintake/ui/labels.py" line="197"/>
        <source>Pending</source>
        <translation>Naghulat pa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="125"/>
        <source>Accepted</source>
        <translation>Gidawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="126"/>
        <source>Declined</source>
        <translation>Wala gidawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="127"/>
        <source>Completed</source>
        <translation>Nahuman</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="131"/>
        <source>Home visit</source>
        <translation>Pagbisita sa balay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="132"/>
        <source>Interview</source>
        <translation>Interbyu</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="133"/>
        <source>Case conference</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="134"/>
        <source>General</source>
        <translation>Kinatibuk-an</translation>
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
        <translation>Naka-iskedyul</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="147"/>
        <source>Held</source>
        <translation>Nahimo na</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="148"/>
        <source>Postponed</source>
        <translation>Gi-postpone</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="149"/>
        <source>Cancelled</source>
        <translation>Gikansela</translation>
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
        <translation>Facilitator nga mopangutana sa bata</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="160"/>
        <source>Support person during testimony</source>
        <translation>Support person samtang nagtestigo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="161"/>
        <source>Separate waiting area</source>
        <translation>Bulag nga hulatanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="162"/>
        <source>Child-friendly arrangement of the courtroom</source>
        <translation>Child-friendly nga han-ay sa courtroom</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="163"/>
        <source>Testimonial aids (dolls, drawings)</source>
        <translation>Testimonial aids (monyeka, drowing)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="164"/>
        <source>Emotional security item (comfort object)</source>
        <translation>Butang para sa emosyonal nga kasiguroan (comfort object)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="165"/>
        <source>Testimony at hours suited to the child, with recesses</source>
        <translation>Testimonya sa oras nga angay sa bata, nga adunay pahulay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="168"/>
        <source>Exclusion of the public (closed-door hearing)</source>
        <translation>Walay publiko (closed-door hearing)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="169"/>
        <source>Live-link television testimony</source>
        <translation>Testimonya pinaagi sa live-link television</translation>
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
        <translation>Pagdawat sa narekord nga investigative interview</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="175"/>
        <source>Protective order over records and recordings</source>
        <translation>Protective order sa mga rekord ug recording</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="178"/>
        <source>Requested</source>
        <translation>Gihangyo</translation>
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
        <translation>Gibawi</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="184"/>
        <source>Detained</source>
        <translation>Nakapriso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="185"/>
        <source>Released on bail</source>
        <translation>Gibuhian pinaagi sa piyansa</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="186"/>
        <source>Released on recognizance</source>
        <translation>Gibuhian pinaagi sa recognizance</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="187"/>
        <source>At large</source>
        <translation>At large (wala madakpi)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="188"/>
        <source>Released</source>
        <translation>Gibuhian</translation>
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
        <translation>Depensa</translation>
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
        <translation>Wala pa madesisyoni</translation>
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
        <translation>Naka-sign in</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="217"/>
        <source>User added</source>
        <translation>Nadugang ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="218"/>
        <source>User disabled</source>
        <translation>Na-disable ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="219"/>
        <source>Passphrase changed</source>
        <translation>Nausab ang passphrase</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="220"/>
        <source>Passphrase reset with the recovery key</source>
        <translation>Gi-reset ang passphrase gamit ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="221"/>
        <source>User re-enabled</source>
        <translation>Gi-enable pag-usab ang user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="222"/>
        <source>User&apos;s role changed</source>
        <translation>Nausab ang tahas sa user</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="223"/>
        <source>Case opened</source>
        <translation>Giablihan ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="224"/>
        <source>Case imported</source>
        <translation>Na-import ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="225"/>
        <source>Demo case generated</source>
        <translation>Nahimo ang demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="226"/>
        <source>Demo cases removed</source>
        <translation>Gitangtang ang mga demo case</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="227"/>
        <source>Case details changed</source>
        <translation>Nausab ang mga detalye sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="228"/>
        <source>Case viewed</source>
        <translation>Gitan-aw ang kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="229"/>
        <source>Court record changed</source>
        <translation>Nausab ang rekord sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="230"/>
        <source>Person added</source>
        <translation>Nadugang ang tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="231"/>
        <source>Person changed</source>
        <translation>Nausab ang tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="232"/>
        <source>Identity revealed</source>
        <translation>Gipakita ang identidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="233"/>
        <source>Cases searched by identity</source>
        <translation>Gipangita ang mga kaso pinaagi sa identidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="234"/>
        <source>Word allowed past the leak guard</source>
        <translation>Pulong nga gitugotan nga molabang sa leak guard</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="235"/>
        <source>Referral added</source>
        <translation>Nadugang ang referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="236"/>
        <source>Referral changed</source>
        <translation>Nausab ang referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="237"/>
        <source>Note written</source>
        <translation>Nasulat ang nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="238"/>
        <source>Note edited</source>
        <translation>Nausab ang nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="239"/>
        <source>Court date added</source>
        <translation>Nadugang ang petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="240"/>
        <source>Court date changed</source>
        <translation>Nausab ang petsa sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="241"/>
        <source>Evidence registered</source>
        <translation>Narehistro ang ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="242"/>
        <source>Evidence entry corrected</source>
        <translation>Gitul-id ang entry sa ebidensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="243"/>
        <source>Document generated</source>
        <translation>Nahimo ang dokumento</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="244"/>
        <source>Hearing summary written</source>
        <translation>Nasulat ang sumaryo sa hearing</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="245"/>
        <source>Anonymized counts exported</source>
        <translation>Na-export ang anonimo nga mga ihap</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="246"/>
        <source>Database created</source>
        <translation>Nahimo ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="247"/>
        <source>Database checked</source>
        <translation>Nasusi ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="248"/>
        <source>Database upgraded</source>
        <translation>Na-upgrade ang database</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="249"/>
        <source>Backup made</source>
        <translation>Nahimo ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="250"/>
        <source>Backup restored</source>
        <translation>Nabalik ang backup</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="251"/>
        <source>Keys rotated</source>
        <translation>Giilisan ang mga key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="252"/>
        <source>Recovery key replaced</source>
        <translation>Giilisan ang recovery key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="253"/>
        <source>Made the office hub</source>
        <translation>Gihimo nga hub sa opisina</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="254"/>
        <source>Laptop enrolled</source>
        <translation>Na-enrol ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="255"/>
        <source>Laptop revoked</source>
        <translation>Gi-revoke ang laptop</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="256"/>
        <source>Sync bundle written</source>
        <translation>Nasulat ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="257"/>
        <source>Sync bundle applied</source>
        <translation>Na-apply ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="258"/>
        <source>Sync bundle refused</source>
        <translation>Gibalibaran ang sync bundle</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="259"/>
        <source>Sync conflict resolved</source>
        <translation>Naresolba ang conflict sa sync</translation>
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
        <translation>Giablihan</translation>
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
        <translation>Kanus-a (oras sa Manila)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="272"/>
        <location filename="../../caseintake/ui/labels.py" line="441"/>
        <location filename="../../caseintake/ui/labels.py" line="442"/>
        <source>Case</source>
        <extracomment>The vocabularies whose codes are a closed enum; each of its values must have a label (tested).</extracomment>
        <translation>Kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="273"/>
        <location filename="../../caseintake/ui/labels.py" line="501"/>
        <source>Kind</source>
        <translation>Matang</translation>
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
        <translation>Tibuok ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="281"/>
        <location filename="../../caseintake/ui/labels.py" line="478"/>
        <source>Role</source>
        <translation>Tahas</translation>
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
        <translation>Balaod</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="287"/>
        <location filename="../../caseintake/ui/labels.py" line="537"/>
        <source>Section</source>
        <translation>Seksyon</translation>
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
        <translation>Deskripsyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="290"/>
        <location filename="../../caseintake/ui/labels.py" line="524"/>
        <source>Filed on</source>
        <translation>Gi-file niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="292"/>
        <source>Since (arrest or commitment)</source>
        <translation>Sukad (dakop o commitment)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="293"/>
        <location filename="../../caseintake/ui/labels.py" line="495"/>
        <source>Bail</source>
        <translation>Piyansa</translation>
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
        <translation>Lakang</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="296"/>
        <location filename="../../caseintake/ui/labels.py" line="497"/>
        <source>Requested on</source>
        <translation>Gihangyo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="297"/>
        <location filename="../../caseintake/ui/labels.py" line="498"/>
        <source>Ruled on</source>
        <translation>Gidesisyonan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="298"/>
        <location filename="../../caseintake/ui/labels.py" line="499"/>
        <source>Language</source>
        <translation>Pinulongan</translation>
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
        <translation>Tawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="301"/>
        <source>Or name (an official)</source>
        <translation>O ngalan (sa usa ka opisyal)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="302"/>
        <location filename="../../caseintake/ui/labels.py" line="521"/>
        <source>Judicial affidavit filed on</source>
        <translation>Judicial affidavit gi-file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="303"/>
        <location filename="../../caseintake/ui/labels.py" line="522"/>
        <source>Title</source>
        <translation>Titulo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="304"/>
        <location filename="../../caseintake/ui/labels.py" line="523"/>
        <source>Filed by</source>
        <translation>Gi-file ni</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="305"/>
        <location filename="../../caseintake/ui/labels.py" line="525"/>
        <source>Resolved on</source>
        <translation>Naresolba niadtong</translation>
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
        <translation>Gi-offer ni</translation>
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
        <translation>Gi-offer niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="310"/>
        <location filename="../../caseintake/ui/labels.py" line="529"/>
        <source>Ruling</source>
        <translation>Desisyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="313"/>
        <source>Month opened</source>
        <translation>Bulan sa pag-abli</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="314"/>
        <source>Quarter opened</source>
        <translation>Quarter sa pag-abli</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="315"/>
        <source>Year opened</source>
        <translation>Tuig sa pag-abli</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="317"/>
        <location filename="../../caseintake/ui/labels.py" line="476"/>
        <source>Offense</source>
        <translation>Kalapasan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="318"/>
        <source>Victim sex</source>
        <translation>Sekso sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="319"/>
        <source>Victim age</source>
        <translation>Edad sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="321"/>
        <source>Source of the report</source>
        <translation>Gigikanan sa report</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="322"/>
        <source>Referral kind</source>
        <translation>Matang sa referral</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="323"/>
        <source>Accused relationship</source>
        <translation>Relasyon sa akusado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="324"/>
        <source>Accused nationality</source>
        <translation>Nasyonalidad sa akusado</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="332"/>
        <source>None recorded</source>
        <translation>Walay narekord</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="333"/>
        <source>Unknown</source>
        <translation>Wala mahibal-i</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="337"/>
        <source>Encryption of every page (nothing altered or unreadable)</source>
        <translation>Encryption sa matag page (walay giusab o dili mabasa)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="338"/>
        <source>Structure of the tables and their indexes</source>
        <translation>Istruktura sa mga table ug sa ilang mga index</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="339"/>
        <source>Search indexes of cases, notes and identities, the counts kept for reports, and the agenda&apos;s list of hearings</source>
        <translation>Mga search index sa mga kaso, nota ug identidad, ang mga ihap nga gitipigan para sa mga report, ug ang lista sa mga hearing sa agenda</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="358"/>
        <source>A search index is damaged: searching may miss cases, or the agenda may miss hearings, although the records themselves may be intact.</source>
        <translation>Nadaot ang usa ka search index: mahimong dili makit-an ang pipila ka kaso sa pagpangita, o ang pipila ka hearing sa agenda, bisan tuod mahimong buo pa ang mga rekord mismo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="344"/>
        <source>Audit log: no event edited, removed or reordered</source>
        <translation>Audit log: walay panghitabo nga giusab, gitangtang o giusab ang han-ay</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="345"/>
        <source>Keys and signatures: key file, key epoch, signed events</source>
        <translation>Mga key ug pirma: key file, key epoch, mga panghitabo nga adunay pirma</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="348"/>
        <source>Parts of the file cannot be read or were changed outside caseintake (a failing disk, an interrupted copy, or tampering).</source>
        <translation>Ang pipila ka bahin sa file dili mabasa o giusab gawas sa caseintake (nagkadaot nga disk, naputol nga pag-copy, o gihilabtan).</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="353"/>
        <source>The database&apos;s inner structure is damaged, usually by a failing disk or by a copy made while it was open.</source>
        <translation>Nadaot ang sulod nga istruktura sa database, kasagaran tungod sa nagkadaot nga disk o sa pag-copy samtang abli pa kini.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="363"/>
        <source>The audit log was altered or cut short, or an older copy of the database was put back. Keep the file as it is: it is evidence of what happened.</source>
        <translation>Giusab o giputol ang audit log, o gibalik ang mas daan nga kopya sa database. Ayaw hilabti ang file: ebidensya kini sa nahitabo.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="368"/>
        <source>The key file and the database do not match, or an event is not signed by its author: a file was replaced by an older copy or edited outside caseintake.</source>
        <translation>Dili magkatugma ang key file ug ang database, o adunay panghitabo nga wala gipirmahan sa nagbuhat: giilisan ang usa ka file og mas daan nga kopya o giusab gawas sa caseintake.</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="375"/>
        <source>Cases</source>
        <translation>Mga kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="376"/>
        <source>Audit events</source>
        <translation>Mga panghitabo sa audit log</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="377"/>
        <source>Schema version</source>
        <translation>Bersyon sa schema</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="378"/>
        <source>Key epoch (database key changes)</source>
        <translation>Key epoch (mga kausaban sa key sa database)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="379"/>
        <source>Audit events signed by their author</source>
        <translation>Mga panghitabo sa audit log nga gipirmahan sa nagbuhat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="380"/>
        <source>System events (unsigned by design)</source>
        <translation>Mga panghitabo sa sistema (tinuyo nga walay pirma)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="381"/>
        <source>Events from before signing began</source>
        <translation>Mga panghitabo sa wala pa magsugod ang pagpirma</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="382"/>
        <source>Identity keys</source>
        <translation>Mga identity key</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="383"/>
        <source>Last audit event recorded in the key file</source>
        <translation>Katapusang panghitabo sa audit log nga narekord sa key file</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="443"/>
        <source>Case offense</source>
        <translation>Kalapasan sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="444"/>
        <source>Case accommodation</source>
        <translation>Akomodasyon sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="445"/>
        <source>Case identity key</source>
        <translation>Identity key sa kaso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="447"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="448"/>
        <location filename="../../caseintake/ui/labels.py" line="493"/>
        <source>Allowed word</source>
        <translation>Gitugotan nga pulong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="449"/>
        <source>Detention</source>
        <translation>Pagkapriso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="450"/>
        <source>Child-witness measure</source>
        <translation>Lakang para sa batang saksi</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="453"/>
        <source>Earlier note version</source>
        <translation>Naunang bersyon sa nota</translation>
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
        <translation>Rekord sa korte</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="460"/>
        <source>Criminal case</source>
        <translation>Kasong kriminal</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="461"/>
        <source>Charge</source>
        <translation>Sumbong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="464"/>
        <source>Whole record</source>
        <translation>Tibuok rekord</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="467"/>
        <source>Opened on</source>
        <translation>Giablihan niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="468"/>
        <source>Closed on</source>
        <translation>Gisirhan niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="471"/>
        <source>Reached us through</source>
        <translation>Gigikanan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="472"/>
        <source>Outside reference</source>
        <translation>Gawas nga reference</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="473"/>
        <source>Assigned worker</source>
        <translation>Gi-assign nga worker</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="474"/>
        <source>Statistics consent</source>
        <translation>Uyon sa estadistika</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="475"/>
        <source>Summary</source>
        <translation>Sumaryo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="477"/>
        <source>Accommodation</source>
        <translation>Akomodasyon</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="479"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="480"/>
        <source>Sex</source>
        <translation>Sekso</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="481"/>
        <source>Age at intake</source>
        <translation>Edad sa pagdawat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="482"/>
        <source>Birth year</source>
        <translation>Tuig sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="483"/>
        <source>Nationality</source>
        <translation>Nasyonalidad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="484"/>
        <source>Relationship to the victim</source>
        <translation>Relasyon sa biktima</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="485"/>
        <source>Protected</source>
        <translation>Protektado</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="486"/>
        <source>Name</source>
        <translation>Ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="487"/>
        <source>Legal name</source>
        <translation>Legal nga ngalan</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="488"/>
        <source>Aliases</source>
        <translation>Mga alyas</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="489"/>
        <source>Birth date</source>
        <translation>Petsa sa pagkatawo</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="490"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="492"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="494"/>
        <source>Since</source>
        <translation>Sukad</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="500"/>
        <source>Agency</source>
        <translation>Ahensya</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="502"/>
        <source>Referred on</source>
        <translation>Gi-refer niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="503"/>
        <source>Follow up on</source>
        <translation>I-follow up niadtong</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="505"/>
        <source>Author</source>
        <translation>Nagsulat</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="506"/>
        <source>Written by (as stated)</source>
        <translation>Nagsulat (sumala sa gipahayag)</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="507"/>
        <source>Written</source>
        <translation>Gisulat</translation>
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
        <translation>Nadawat niadtong</translation>
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
        <translation>Petsa ug oras</translation>
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
        <translation>Mga nota</translation>
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
        <translation>Petsa sa disposition</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="534"/>
        <source>Judicial region</source>
        <translation>Judicial region</translation>
    </message>
    <message>
        <location filename="../../caseintake/ui/labels.py" line="535"/>
        <source>Station</source>
        <translation>Estasyon</translation>
    </message>
</context>
</TS>
