#pragma once

#include <QFont>
#include <QString>

namespace praksis {

// The font of printed documents: DejaVu Sans (and its condensed cut for wide tables), bundled in resources/fonts
// with its licence so PDFs look the same everywhere and æ, ø, å are always there; a PDF embeds the glyphs it uses.
// Every document (reports, welcome letters, checklists) takes its fonts from here, so they share one set-up: outline
// glyphs and no typographic ligatures (QFont::PreferNoShaping), so "fi" and "ff" stay two letters when text is
// searched, copied or extracted from a PDF ("Sofie", not "So\uFB01e"). Needs a QGuiApplication.
class DocumentFont
{
public:
    // The family name, after registering the bundled fonts once.
    static QString family();
    // Whether the bundled fonts could be registered (the family is a system font's otherwise).
    static bool bundled();
    static QFont font(double pointSize, bool bold = false);
    // DejaVu Sans Condensed, for tables with many columns
    static QFont condensed(double pointSize, bool bold = false);
};

} // namespace praksis
