#!/usr/bin/env python3
"""Makes the program's own catalogue of the Qt texts it shows (buttons, wizard, file, print and colour dialogs,
context menus, key names), for Bokmål and Nynorsk: resources/translations/qt/praksisplan_qt_{nb,nn}.ts.

Debian 12 ships qtbase_nn.qm (qt6-translations-l10n 6.4.2) but no Bokmål catalogue for Qt. This takes the
Nynorsk catalogue of Qt 6.4.2 (contexts and source texts exactly as Qt looks them up), keeps the contexts the
program can show, and writes a Bokmål catalogue from it (word by word, then whole texts where a sentence differs).
usage: tools/qt_catalogue.py [path/to/qtbase_nn.qm]   (run from the project's root; needs lconvert)
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CONTEXTS = """CloseButton QAbstractSpinBox QColorDialog QCupsJobWidget QDialog QDialogButtonBox QDockWidget QErrorMessage
QFileDialog QFileSystemModel QGnomeTheme QInputDialog QKeySequenceEdit QLineEdit QMessageBox QPageSetupWidget
QPlatformTheme QPrintDialog QPrintPreviewDialog QPrintPropertiesDialog QPrintPropertiesWidget QPrintSettingsOutput
QPrintWidget QProgressDialog QScrollBar QShortcut QTabBar QUndoGroup QUndoModel QUndoStack QUnicodeControlCharacterMenu
QWhatsThisAction QWidgetTextControl QWizard""".split()

# Key names as menus show them in shortcuts (QKeySequence::toString looks them up in the QShortcut context).
KEYS = """+ Alt Ctrl Shift Meta Del Delete Ins Insert Home End PgUp PgDown Esc Escape Return Enter Space Backspace Tab Backtab
Left Right Up Down F%1 Print""".split()

# Nynorsk -> Bokmål, word by word (whole words, case kept for a capital first letter)
WORDS = {
    "Opna": "Åpne", "Lagra": "Lagre", "lagra": "lagre", "botnmarg": "bunnmarg", "Papirkjelde": "Papirkilde",
    "høgremarg": "høyremarg", "Margar": "Marger", "Tilpassa": "Tilpasset", "Liggjande": "Liggende",
    "liggjande": "liggende", "Sideutsjånad": "Sideoppsett", "Breidd": "Bredde", "breidda": "bredden",
    "Ståande": "Stående", "ståande": "stående", "Rekkjefølgje": "Rekkefølge", "Sidestorleik": "Sidestørrelse",
    "Tommar": "Tommer", "Høgd": "Høyde", "høgre": "høyre", "Høgre": "Høyre", "botn": "bunn", "Botn": "Bunn",
    "Val": "Valg", "Fargar": "Farger", "fargar": "farger", "Denne sida": "Gjeldende side", "Utval": "Utvalg",
    "Utskriftsval": "Utskriftsvalg", "Gråtonar": "Gråtoner", "frå": "fra", "Førehandsvising": "Forhåndsvisning",
    "Førehandsvis": "Forhåndsvis", "sida": "siden", "sidene": "sidene", "einskildside": "enkeltside",
    "motståande": "motstående", "Førre": "Forrige", "Eigenskapar": "Egenskaper", "Stad": "Sted",
    "Skrivar": "Skriver", "Valt": "Valgt", "Hemmeleg": "Hemmelig", "Topphemmeleg": "Topphemmelig",
    "laurdag": "lørdag", "sundag": "søndag", "Hald": "Hold", "ein": "en", "gong": "gang", "Rull": "Rull",
    "Namn": "Navn", "namn": "navn", "Filnamn": "Filnavn", "Fil&namn": "Fil&navn", "stadar": "steder",
    "gøymde": "skjulte", "Gøym": "Skjul", "Leit": "Søk", "Lag": "Lag", "ei": "en", "mappa": "mappen",
    "foreldermappa": "overordnet mappe", "Foreldermappe": "Overordnet mappe", "Datamaskina": "Datamaskinen",
    "Nyleg": "Nylig", "Byt": "Bytt", "Snarveg": "Snarvei", "Ukjend": "Ukjent", "Gjer": "Gjør", "Angra": "Angre",
    "&Angra": "&Angre", "lenkjeadresse": "lenkeadresse", "Meld": "Send", "Storleik": "Størrelse",
    "Variant": "Type", "Raud": "Rød", "Metting": "Metning", "eigne": "egne", "Eigne": "Egne", "Grøn": "Grønn",
    "Grunnfargar": "Grunnfarger", "Skrivemerke": "Markør", "Flyt": "Flytt", "Løyser": "Løsner",
    "festar": "fester", "Lukkar": "Lukker", "Jobbval": "Jobbvalg", "Skrivareigenskapar": "Skriveregenskaper",
    "Kva": "Hva", "detaljar": "detaljer", "brukar": "bruker", "Set": "Sett", "Skriv": "Skriv",
    "snøggtast": "hurtigtast", "Steg": "Steg", "tom": "tom", "fane": "fane", "Pil høgre": "Pil høyre",
    "Åtvaring": "Advarsel", "Feilsøkingsmelding": "Feilsøkingsmelding", "meldinga": "meldingen",
    "Fatal": "Fatal", "Slett": "Slett", "Fram": "Frem", "fram": "frem", "Sidestolpe": "Sidepanel",
    "Listevising": "Listevisning", "listevising": "listevisning", "vising": "visning", "Oversikt": "Oversikt",
    "bokmerke": "bokmerker", "Alle": "Alle", "Mapper": "Mapper", "Endra": "Endre", "Klarte": "Klarte",
    "ikkje": "ikke", "Kontroller": "Kontroller", "oppgjeve": "oppgitt", "Fann": "Fant", "fila": "filen",
    "Fila": "Filen", "mappenamn": "mappenavn", "filnamn": "filnavn", "Sist": "Sist", "endra": "endret",
    "Ugyldig": "Ugyldig", "Partalssider": "Partallssider", "Oddetalssider": "Oddetallssider",
    "Bind": "Bind", "kortsida": "kortsiden", "langsida": "langsiden", "Baklengs": "Baklengs",
    "Eksporterer": "Eksporter", "Tilbakestill": "Tilbakestill", "Ignorer": "Ignorer", "a&lt": "a&lt",
    "Mellomrom": "Mellomrom", "utan": "uten", "Rettetast": "Rettetast", "Tilbaketab": "Tilbaketab",
}

# Whole texts where the sentence is not word for word
TEXTS = {
    ("QPrintDialog", "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those "
     "options off."): "Valgene «Sider per ark» og «Sidesett» kan ikke brukes samtidig.\nDu må slå av ett av valgene.",
    ("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?"):
        "Filen %1 finnes allerede.\nVil du skrive over den?",
    ("QPrintDialog", "There are conflicts in duplex settings. Do you want to fix them?"):
        "Det er konflikter i innstillingene for tosidig utskrift. Vil du rette dem?",
    ("QPrintDialog", "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to "
     "define ranges and make sure ranges do not intersect with each other."):
        "%1 har ikke riktig syntaks. Bruk «,» til å skille sider og sideintervaller, «-» for å angi "
        "sideintervaller, og pass på at sideintervallene ikke overlapper hverandre.",
    ("QPrintDialog", "The 'From' value cannot be greater than the 'To' value."):
        "Fra-verdien kan ikke være større enn til-verdien.",
    ("QPrintDialog", "Duplex Settings Conflicts"): "Konflikter ved tosidig utskrift",
    ("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."): "%1 er en mappe.\nVelg et annet navn.",
    ("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."):
        "Du har ikke skrivetilgang til %1.\nVelg et annet navn.",
    ("QPrintSettingsOutput", "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
     "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9."):
        "Angi sider eller sideintervaller, skilt med komma. Et sideintervall er to sidetall skilt med bindestrek. "
        "For eksempel skriver «3,5-7,9» ut side 3, 5, 6, 7 og\u00a09.",
    ("QPrintSettingsOutput", "Collate"): "Sorter",
    ("QPrintSettingsOutput", "Copies"): "Eksemplarer",
    ("QPrintSettingsOutput", "Copies:"): "Eksemplarer:",
    ("QPrintSettingsOutput", "Current Page"): "Gjeldende side",
    ("QPrintPreviewDialog", "Export to PDF"): "Eksporter til PDF",
    ("QPrintPreviewDialog", "Fit page"): "Tilpass til siden",
    ("QPrintPreviewDialog", "Fit width"): "Tilpass til bredden",
    ("QPrintPreviewDialog", "Show overview of all pages"): "Vis oversikt over alle sidene",
    ("QCupsJobWidget", "Night (18:00 to 05:59)"): "Natt (18:00 til 05:59)",
    ("QCupsJobWidget", "Weekend (Saturday to Sunday)"): "Helg (lørdag og søndag)",
    ("QCupsJobWidget", "Hold Indefinitely"): "Hold på ubestemt tid",
    ("QCupsJobWidget", "Print Immediately"): "Skriv ut med en gang",
    ("QCupsJobWidget", "Scheduled printing:"): "Planlagt utskrift:",
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
        "«%1» er skrivebeskyttet.\nVil du likevel slette den?",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Er du sikker på at du vil slette «%1»?",
    ("QFileDialog", "List of places and bookmarks"): "Liste over steder og bokmerker",
    ("QFileDialog", "Create a New Folder"): "Lag en ny mappe",
    ("QFileDialog", "Find Directory"): "Finn mappe",
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."):
        "%1\nFant ikke mappen.\nKontroller at du har oppgitt riktig mappenavn.",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nFant ikke filen.\nKontroller at du har oppgitt riktig filnavn.",
    ("QFileDialog", "Could not delete directory."): "Klarte ikke å slette mappen.",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"): "%1 finnes allerede.\nVil du erstatte den?",
    ("QFileDialog", "Go to the parent directory"): "Gå til overordnet mappe",
    ("QFileDialog", "Change to detail view mode"): "Bytt til detaljert visning",
    ("QFileDialog", "Change to list view mode"): "Bytt til listevisning",
    ("QFileDialog", "Detail View"): "Detaljert visning",
    ("QFileDialog", "&Rename"): "&Endre navn",
    ("QFileDialog", "Recent Places"): "Nylig brukte steder",
    ("QFileDialog", "&Choose"): "&Velg",
    ("QFileSystemModel", "Kind"): "Type",
    ("QFileSystemModel", "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters or "
     "no punctuation marks."):
        "<b>Navnet «%1» kan ikke brukes.</b><p>Prøv et annet navn, med færre tegn eller uten spesialtegn.",
    ("QPlatformTheme", "Retry"): "Prøv igjen",
    ("QWizard", "Commit"): "Send inn",
    ("QWizard", "Continue"): "Fortsett",
    ("QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."):
        "Det er konflikter i noen valg. Rett dem.",
    ("QPrintPropertiesDialog", "Advanced Option Conflicts"): "Konflikter i avanserte valg",
    ("QPrintPropertiesDialog", "Page Setup Conflicts"): "Konflikter i sideoppsett",
    ("QPrintPropertiesDialog", "There are conflicts in some advanced options. Do you want to fix them?"):
        "Det er konflikter i noen avanserte valg. Vil du rette dem?",
    ("QPrintPropertiesDialog", "There are conflicts in page setup options. Do you want to fix them?"):
        "Det er konflikter i innstillingene for sideoppsett. Vil du rette dem?",
    ("QColorDialog", "Cursor at %1, %2\nPress ESC to cancel"): "Markør ved %1, %2\nTrykk «Escape» for å avbryte",
    ("QColorDialog", "&Add to Custom Colors"): "Legg til &egne farger",
    ("QColorDialog", "&Pick Screen Color"): "&Hent skjermfarge",
    ("QColorDialog", "Select Color"): "Velg farge",
    ("QDockWidget", "Undocks and re-attaches the dock widget"): "Løsner dokkelementet og fester det igjen",
    ("QMessageBox", "<h3>About Qt</h3><p>This program uses Qt version %1.</p>"):
        "<h3>Om Qt</h3><p>Dette programmet bruker Qt versjon %1.</p>",
    ("QErrorMessage", "&Show this message again"): "&Vis denne meldingen igjen",
    ("QErrorMessage", "Fatal Error:"): "Fatal feil:",
    ("QInputDialog", "Enter a value:"): "Skriv inn en verdi:",
    ("QKeySequenceEdit", "Press shortcut"): "Trykk hurtigtast",
    ("QUndoModel", "<empty>"): "<tom>",
    ("QUnicodeControlCharacterMenu", "Insert Unicode control character"): "Sett inn Unicode-kontrolltegn",
    ("QUnicodeControlCharacterMenu", "ZWNJ Zero width non-joiner"): "ZWNJ ikke-bindetegn med bredde null",
    ("QUnicodeControlCharacterMenu", "ZWJ Zero width joiner"): "ZWJ bindetegn med bredde null",
    ("QUnicodeControlCharacterMenu", "ZWSP Zero width space"): "ZWSP mellomrom med bredde null",
    ("QUnicodeControlCharacterMenu", "RLE Start of right-to-left embedding"): "RLE start på høyre-til-venstre-innebygging",
    ("QUnicodeControlCharacterMenu", "LRE Start of left-to-right embedding"): "LRE start på venstre-til-høyre-innebygging",
    ("QUnicodeControlCharacterMenu", "LRO Start of left-to-right override"): "LRO start på venstre-til-høyre-overstyring",
    ("QUnicodeControlCharacterMenu", "RLO Start of right-to-left override"): "RLO start på høyre-til-venstre-overstyring",
    ("QUnicodeControlCharacterMenu", "LRI Left-to-right isolate"): "LRI venstre-til-høyre-isolator",
    ("QUnicodeControlCharacterMenu", "RLI Right-to-left isolate"): "RLI høyre-til-venstre-isolator",
    ("QUnicodeControlCharacterMenu", "LRM Left-to-right mark"): "LRM venstre-til-høyre-merke",
    ("QUnicodeControlCharacterMenu", "RLM Right-to-left mark"): "RLM høyre-til-venstre-merke",
    ("QUnicodeControlCharacterMenu", "PDF Pop directional formatting"): "PDF slutt på retningsformatering",
    ("QUnicodeControlCharacterMenu", "PDI Pop directional isolate"): "PDI slutt på retningsisolator",
    ("QUnicodeControlCharacterMenu", "FSI First strong isolate"): "FSI første sterke isolator",
    ("QShortcut", "Right"): "Pil høyre",
    ("QMessageBox", "<p>Qt is a C++ toolkit for cross-platform application development.</p><p>Qt provides "
     "single-source portability across all major desktop operating systems. It is also available for embedded Linux "
     "and other embedded and mobile operating systems.</p><p>Qt is available under multiple licensing options "
     "designed to accommodate the needs of our various users.</p><p>Qt licensed under our commercial license "
     "agreement is appropriate for development of proprietary/commercial software where you do not want to share any "
     "source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.</p><p>Qt licensed "
     "under GNU (L)GPL is appropriate for the development of Qt&nbsp;applications provided you can comply with the "
     "terms and conditions of the respective licenses.</p><p>Please see <a href=\"http://%2/\">%2</a> for an overview "
     "of Qt licensing.</p><p>Copyright (C) %1 The Qt Company Ltd and other contributors.</p><p>Qt and the Qt logo are "
     "trademarks of The Qt Company Ltd.</p><p>Qt is The Qt Company Ltd product developed as an open source project. "
     "See <a href=\"http://%3/\">%3</a> for more information.</p>"):
        "<p>Qt er et C++-verktøysett for utvikling av programmer på flere plattformer.</p><p>Qt gir portabilitet der "
        "samme kildekode kan brukes på alle større operativsystemer for skrivebord. Det finnes også for innebygd "
        "Linux og andre innebygde og mobile operativsystemer.</p><p>Qt er tilgjengelig under flere lisensvilkår, "
        "tilpasset brukernes ulike behov.</p><p>Qt lisensiert under vår kommersielle lisensavtale passer for "
        "utvikling av proprietær/kommersiell programvare der du ikke vil dele kildekoden med tredjepart eller av "
        "andre grunner ikke kan følge vilkårene i GNU (L)GPL.</p><p>Qt lisensiert under GNU (L)GPL passer for "
        "utvikling av Qt-programmer der du kan følge vilkårene i lisensen.</p><p>Se <a href=\"http://%2/\">%2</a> "
        "for en oversikt over Qt-lisensiering.</p><p>Copyright © %1 The Qt Company Ltd og andre bidragsytere.</p>"
        "<p>Qt og Qt-logoen er varemerker for The Qt Company Ltd.</p><p>Qt er et produkt fra The Qt Company Ltd, "
        "utviklet som et prosjekt med åpen kildekode. Se <a href=\"http://%3/\">%3</a> for mer informasjon.</p>",
}


def bokmaal(context, source, nynorsk):
    if (context, source) in TEXTS:
        return TEXTS[(context, source)]
    return re.sub(r"\w+", lambda m: WORDS.get(m.group(0), m.group(0)), nynorsk)


def write(root, path):
    ET.indent(root)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")


def main():
    qm = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/qt6/translations/qtbase_nn.qm"
    with tempfile.NamedTemporaryFile(suffix=".ts") as ts:
        subprocess.run(["/usr/lib/qt6/bin/lconvert", "-i", qm, "-o", ts.name], check=True)
        source = ET.parse(ts.name).getroot()
    out = {code: ET.Element("TS", version="2.1", language=code) for code in ("nn", "nb")}
    for context in sorted(source.findall("context"), key=lambda c: c.find("name").text):
        name = context.find("name").text
        if name not in CONTEXTS:
            continue
        messages = sorted((m for m in context.findall("message")
                           if name != "QShortcut" or m.find("source").text in KEYS),
                          key=lambda m: m.find("source").text)
        for code, root in out.items():
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = name
            for m in messages:
                msg = ET.SubElement(c, "message")
                src = m.find("source").text
                ET.SubElement(msg, "source").text = src
                text = m.find("translation").text or ""
                ET.SubElement(msg, "translation").text = text if code == "nn" else bokmaal(name, src, text)
    for code, root in out.items():
        write(root, f"resources/translations/qt/praksisplan_qt_{code}.ts")


if __name__ == "__main__":
    main()
