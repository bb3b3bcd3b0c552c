#pragma once

#include <QIcon>
#include <QString>

namespace praksis {

// An icon of the bundled Lucide set (resources/icons/<name>.svg, under :/praksis/icons/). The SVGs draw with
// "currentColor"; it is replaced by the palette's text colour when painted, so the icons follow a dark or light
// palette, and by the disabled text colour for disabled actions. Rendered from the SVG at every size (high DPI).
QIcon themedIcon(const QString &name);

} // namespace praksis
