<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Lukk fane</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Merk alt</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Steg &amp;opp</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Steg &amp;ned</translation>
    </message>
  </context>
  <context>
    <name>QColorDialog</name>
    <message>
      <source>&amp;Add to Custom Colors</source>
      <translation>Legg til &amp;eigne fargar</translation>
    </message>
    <message>
      <source>&amp;Basic colors</source>
      <translation>&amp;Grunnfargar</translation>
    </message>
    <message>
      <source>&amp;Custom colors</source>
      <translation>&amp;Eigne fargar</translation>
    </message>
    <message>
      <source>&amp;Green:</source>
      <translation>&amp;Grøn:</translation>
    </message>
    <message>
      <source>&amp;HTML:</source>
      <translation>&amp;HTML:</translation>
    </message>
    <message>
      <source>&amp;Pick Screen Color</source>
      <translation>&amp;Hent skjermfarge</translation>
    </message>
    <message>
      <source>&amp;Red:</source>
      <translation>&amp;Raud:</translation>
    </message>
    <message>
      <source>&amp;Sat:</source>
      <translation>&amp;Metting:</translation>
    </message>
    <message>
      <source>&amp;Val:</source>
      <translation>&amp;Verdi:</translation>
    </message>
    <message>
      <source>A&amp;lpha channel:</source>
      <translation>&amp;Alfakanal:</translation>
    </message>
    <message>
      <source>Bl&amp;ue:</source>
      <translation>&amp;Blå:</translation>
    </message>
    <message>
      <source>Cursor at %1, %2
Press ESC to cancel</source>
      <translation>Skrivemerke ved %1, %2
Trykk «Escape» for å avbryta</translation>
    </message>
    <message>
      <source>Hu&amp;e:</source>
      <translation>&amp;Kulør:</translation>
    </message>
    <message>
      <source>Select Color</source>
      <translation>Vel farge</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Banner Pages</source>
      <translation>Bannersider</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Faktureringsinformasjon:</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Gradert</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Konfidensielt</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Dag (06:00 til 17:59)</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Slutt:</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Hald til evig tid</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Jobb</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Jobbkontroll</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Jobbprioritet:</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Natt (18:00 til 05:59)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Skriv ut med ein gong</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Planlagd utskrift:</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Andre skift (16:00 til 23:59)</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Hemmeleg</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Valt tidspunkt</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Start:</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Tredje skift (00:00 til 07:59)</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Topphemmeleg</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Uklassifisert</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Helg (laurdag og sundag)</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Kva er dette?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QDockWidget</name>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Closes the dock widget</source>
      <translation>Lukkar dokkelementet</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Flyt</translation>
    </message>
    <message>
      <source>Undocks and re-attaches the dock widget</source>
      <translation>Løyser dokkelementet og festar det på nytt</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>&amp;Vis denne meldinga igjen</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Kritisk feil:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Feilsøkingsmelding:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Fatal feil:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Informasjon:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Åtvaring:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Fann ikkje mappa.
Kontroller at du har oppgjeve rett mappenamn.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fann ikkje fila.
Kontroller at du har oppgjeve rett filnamn.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1-fil</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 finst frå før.
Vil du byta ho ut?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Vel</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Slett</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Ny mappe</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Opna</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Endra namn</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lagra</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» er skriveverna.
Vil du likevel sletta ho?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle filer (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Er du sikker på at du vil sletta «%1»?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Tilbake</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Byt til detaljert vising</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Byt til listevising</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Klarte ikkje sletta mappa.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Lag ny mappe</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Lag ei ny mappe</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Detaljert vising</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Mapper</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Mappe:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fil&amp;namn:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Filmappe</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Filer</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Filer av typen:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Finn mappe</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Fram</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Gå fram</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Gå til foreldermappa</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Listevising</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Oversikt over stadar og bokmerke</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Leit i:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskina</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ny mappe</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Opna</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Foreldermappe</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Nyleg brukte stadar</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Lagra som</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Snarveg</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Vis </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Vis &amp;gøymde filer</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Sidestolpe</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ukjend</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;Kan ikkje bruka namnet «%1».&lt;/b&gt;&lt;p&gt;Prøv eit anna namn, med færre teikn eller utan spesialteikn.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Datamaskin</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Sist endra</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Ugyldig filnamn</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Variant</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Datamaskina</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Storleik</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Avbryt</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Lukk</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Lagra</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Lukk utan å lagra</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Skriv inn verdi:</translation>
    </message>
  </context>
  <context>
    <name>QKeySequenceEdit</name>
    <message>
      <source>%1, ...</source>
      <translation>%1, …</translation>
    </message>
    <message>
      <source>Press shortcut</source>
      <translation>Trykk på snøggtast</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjer om</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angra</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Om Qt&lt;/h3&gt;&lt;p&gt;Dette programmet brukar Qt versjon %1.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt er eit C++-verktøysett for kryssplatt­formutvikling.&lt;/p&gt;&lt;p&gt;Qt gjev portabilitet, der same kjeldekode kan brukast på alle større sluttbrukar­operativsystem. Det er òg tilgjengeleg for innebygd Linux og andre innebygde og mobile operativsystem.&lt;/p&gt;&lt;p&gt;Qt er tilgjengeleg under fleire lisens­vilkår, tilpassa dei ulike behova til brukarane.&lt;/p&gt;&lt;p&gt;Qt lisensiert under den kommersielle lisens­avtala vår passar for utvikling av proprietær/kommersiell programvare der du ikkje vil dela kjeldekoden med tredjepart eller av andre grunnar ikkje kan følgja vilkåra i GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt lisensiert under GNU (L)GPL passar for utvikling av Qt-program der du kan følgja vilkåra i lisensen.&lt;/p&gt;&lt;p&gt;Sjå &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for meir informasjon om Qt-lisensiering.&lt;/p&gt;&lt;p&gt;Copyright © %1 The Qt Company Ltd og andre bidragsytarar.&lt;/p&gt;&lt;p&gt;Qt og Qt-logoen er varemerke til The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt er eit The Qt Company Ltd-produkt utvikla som ei friprog-prosjekt. Sjå &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for meir informasjon.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Om Qt</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Gøym detaljar …</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Vis detaljar …</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Cicero (CC)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Tilpassa</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>DD</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Didot (DD)</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Skjema</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Høgd:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Tommar (in)</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Liggjande</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Margar</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Millimeter (mm)</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Retning</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Sideutsjånad</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Rekkjefølgje:</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Sidestorleik:</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Sider per ark:</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Papir</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Papirkjelde:</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pica (P̸)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Punkt (pt)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Ståande</translation>
    </message>
    <message>
      <source>P̸</source>
      <translation>P̸</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Omvendt liggjande</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Omvendt ståande</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Breidd:</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>botnmarg</translation>
    </message>
    <message>
      <source>in</source>
      <translation>in</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>venstremarg</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>mm</translation>
    </message>
    <message>
      <source>pt</source>
      <translation>pt</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>høgremarg</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>toppmarg</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Bruk</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Lukk</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Forkast</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Nei til a&amp;lt</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Opna</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Nullstill</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Tilbakestill til standard</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Prøv på nytt</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lagra</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Lagra alt</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ja til &amp;alt</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>Fila %1 finst frå før.
Vil du skriva over ho?</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 har ikkje rett syntaks. Bruk «,» til å skilja sider/side­intervall, «-» for å definera side­intervall, og sjå til at eventuelle side­intervall ikkje overlappar kvarandre.</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 er ei mappe.
Vel eit anna namn.</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Val &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Val &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Skriv ut</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1 × 1)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4 × 4)</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2 × 1)</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2 × 2)</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2 × 3)</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3 × 3)</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Alle sider</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Botn til topp – venstre til høgre</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Botn til topp – høgre til venstre</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Konfliktar ved tosidig utskrift</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Partalssider</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>Du har ikkje skriveløyve til %1.
Vel eit anna namn.</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Ugyldig sidedefinisjon</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Venstre til høgre – botn til topp</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Venstre til høgre – topp til botn</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Lokal fil</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Oddetalssider</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>Vala «Sider per ark» og «Sidesett» kan ikkje brukast samtidig.
Du må slå av eitt av vala.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Skriv ut</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Skriv ut til fil …</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Skriv ut til fil (PDF)</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Høgre til venstre – botn til topp</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Høgre til venstre – topp til botn</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Fråverdien kan ikkje vera større enn tilverdien.</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>Det er konfliktar i innstillingane for tosidig utskrift. Ønskjer du å retta dei?</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Topp til botn – venstre til høgre</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Topp til botn – høgre til venstre</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Skriv ut til PDF-fil</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Eksporterer til PDF</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Første side</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Tilpass til sida</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Tilpass til breidda</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Liggjande</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Siste side</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Neste side</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Sideoppsett</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Sideoppsett</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Ståande</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Førre side</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Skriv ut</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Førehandsvising</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Vis motståande sider</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Vis oversikt over alle sidene</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Vis einskildside</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Forstørr</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Forminsk</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Konfliktar i avanserte val</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Jobbval</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Konfliktar i sideoppsett</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Skrivareigenskapar</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Det er konfliktar i innstillingane for sideoppsett. Ønskjer du å retta dei?</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Det er konfliktar i nokre avanserte val. Ønskjer du å retta dei?</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Advanced</source>
      <translation>Avansert</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Skjema</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Side</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Det er konfliktar i nokre val, som du må retta.</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Collate</source>
      <translation>Sorter</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Fargar</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Fargemodus</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Eksemplar</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Eksemplar:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Denne sida</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Tosidig utskrift</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Skjema</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Gråtonar</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Bind inn på langsida</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Val</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Utskriftsval</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Sidesett:</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Sider</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Sider frå</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Skriv ut alle</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Utskriftsområde</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Baklengs</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Utval</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Bind inn på kortsida</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Vel sider eller sideintervall, og skil dei med komma. Sideintervall er to sidetal skilde med bindestrek. For eksempel vil «3,5-7,9» skriva ut side 3, 5, 6, 7 og 9.</translation>
    </message>
    <message>
      <source>to</source>
      <translation>til</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>…</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Skjema</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Stad:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>&amp;Utfil:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Eigenskapar</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Førehandsvis</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Skrivar</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Type:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Botn</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Venstre kant</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Side ned</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Side til venstre</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Side til høgre</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Side opp</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Høgre kant</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Rull ned</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Rull her</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Rull til venstre</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Rull til høgre</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Rull opp</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Topp</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>+</source>
      <translation>+</translation>
    </message>
    <message>
      <source>Alt</source>
      <translation>Alt</translation>
    </message>
    <message>
      <source>Backspace</source>
      <translation>Rettetast</translation>
    </message>
    <message>
      <source>Backtab</source>
      <translation>Tilbaketab</translation>
    </message>
    <message>
      <source>Ctrl</source>
      <translation>Ctrl</translation>
    </message>
    <message>
      <source>Del</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Pil ned</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>Escape</translation>
    </message>
    <message>
      <source>Escape</source>
      <translation>Escape</translation>
    </message>
    <message>
      <source>F%1</source>
      <translation>F%1</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Home</translation>
    </message>
    <message>
      <source>Ins</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>Insert</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Pil venstre</translation>
    </message>
    <message>
      <source>Meta</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>PgDown</source>
      <translation>Page Down</translation>
    </message>
    <message>
      <source>PgUp</source>
      <translation>Page Up</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Pil høgre</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Mellomrom</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>Tab</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Pil opp</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Rull til venstre</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Rull til høgre</translation>
    </message>
  </context>
  <context>
    <name>QUndoGroup</name>
    <message>
      <source>Redo</source>
      <translation>Gjer om</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Gjer om %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Angra</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Angra %1</translation>
    </message>
  </context>
  <context>
    <name>QUndoModel</name>
    <message>
      <source>&lt;empty&gt;</source>
      <translation>&lt;tom&gt;</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Redo</source>
      <translation>Gjer om</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>Gjer om %1</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Angra</translation>
    </message>
    <message>
      <source>Undo %1</source>
      <translation>Angra %1</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI første sterke isolator</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Set inn Unicode-kontrollteikn</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE start på venstre-til-høgre-innebygging</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI venstre-til-høgre-isolator</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM venstre-til-høgre-merke</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO start på venstre-til-høgre-overstyring</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF slutt retningsformatering</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI slutt retningsisolator</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE start på høgre-til-venstre-innebygging</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI høgre-til-venstre-isolator</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM høgre-til-venstre-merke</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO start på høgre-til-venstre-overstyring</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ bindeteikn med breidd null</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ ikkjebind-teikn med breidd null</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP mellomrom med breidd null</translation>
    </message>
  </context>
  <context>
    <name>QWhatsThisAction</name>
    <message>
      <source>What's This?</source>
      <translation>Kva er dette?</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Lim inn</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Gjer om</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Angra</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Kopier &amp;lenkjeadresse</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Klipp &amp;ut</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Slett</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Merk alt</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Fullfør</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjelp</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Neste</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Commit</source>
      <translation>Meld inn</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Hald fram</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fullført</translation>
    </message>
    <message>
      <source>Go Back</source>
      <translation>Gå tilbake</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hjelp</translation>
    </message>
  </context>
</TS>
