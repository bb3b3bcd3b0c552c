#include "Colors.h"

#include <QLabel>

#include <algorithm>
#include <cmath>

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

double Colors::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Colors::hintText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // a third of the way from the text to the window, moved back towards the text until it reads well
    for (double towardsWindow = 0.35; towardsWindow > 0.0; towardsWindow -= 0.05) {
        const QColor mixed = QColor::fromRgbF(text.redF() + (window.redF() - text.redF()) * towardsWindow,
                                              text.greenF() + (window.greenF() - text.greenF()) * towardsWindow,
                                              text.blueF() + (window.blueF() - text.blueF()) * towardsWindow);
        if (contrast(mixed, window) >= 4.5)
            return mixed;
    }
    return text;
}

void Colors::makeHint(QLabel *label)
{
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, hintText(p));
    label->setPalette(p);
}

} // namespace praksis
