#pragma once

#include "model/Kinds.h"

#include <QColor>
#include <QPalette>

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
};

} // namespace praksis
