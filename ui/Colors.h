#pragma once

#include "model/Kinds.h"

#include <QColor>
#include <QPalette>

class QLabel;

namespace praksis {

// The colours of UI.md (Okabe–Ito, colour-blind safe). Always shown together with text or an icon.
struct Colors
{
    static QColor status(PlacementStatus status);                 // invalid (no fill) for cancelled
    static QColor warning() { return QColor(0xE6, 0x9F, 0x00); }  // to be made up, due soon
    static QColor conflict() { return QColor(0xD5, 0x5E, 0x00); } // conflict, at risk, overdue
    // Text colour for validation messages: the conflict colour, lightened on a dark palette so it stays legible.
    static QColor errorText(const QPalette &palette);
    // A text colour readable on the given fill.
    static QColor textOn(const QColor &fill);
    // The WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for text).
    static double contrast(const QColor &a, const QColor &b);
    // Quieter than the palette's text, yet with a contrast of at least 4.5:1 on its window (light or dark palette).
    static QColor hintText(const QPalette &palette);
    // A hint line under a title: wrapped, in hintText (not disabled: a disabled label is too pale, and skipped).
    static void makeHint(QLabel *label);
};

} // namespace praksis
