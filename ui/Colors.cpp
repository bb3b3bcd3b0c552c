#include "Colors.h"

namespace praksis {

QColor Colors::status(PlacementStatus status)
{
    switch (status) {
    case PlacementStatus::Planned:
        return QColor(0x56, 0xB4, 0xE9);
    case PlacementStatus::Confirmed:
        return QColor(0x00, 0x72, 0xB2);
    case PlacementStatus::Ongoing:
        return QColor(0x00, 0x9E, 0x73);
    case PlacementStatus::Completed:
        return QColor(0x99, 0x99, 0x99);
    case PlacementStatus::Cancelled:
        return {};
    }
    return {};
}

QColor Colors::errorText(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? conflict().lighter(140) : conflict().darker(110);
}

QColor Colors::textOn(const QColor &fill)
{
    // Relative luminance, roughly: dark text on light fills.
    const double y = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return y > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace praksis
