#pragma once

#include <QFont>
#include <QString>

namespace praksis {

// The font of printed documents: DejaVu Sans (and its condensed cut for wide tables), bundled in resources/fonts
// with its licence so PDFs look the same everywhere and æ, ø, å are always there; a PDF embeds the glyphs it uses.
// Needs a QGuiApplication.
class DocumentFont
{
public:
    // The family name, after registering the bundled fonts once.
    static QString family();
    static QFont font(double pointSize, bool bold = false);
    // DejaVu Sans Condensed, for tables with many columns
    static QFont condensed(double pointSize, bool bold = false);
};

} // namespace praksis
