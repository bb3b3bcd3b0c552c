#pragma once

#include <QDate>
#include <QString>

#include "model/PersonName.h" // personName(): one definition, kept inline there

namespace praksis {

// "Solbakken sykehjem / Avdeling 2", or the name alone when the site has no unit (PRODUCT.md section 5).
QString siteName(const QString &name, const QString &unit);
// "12.03.2026–20.03.2026" (Validation::formatDate), or one date when both are the same.
QString displayDateRange(const QDate &from, const QDate &to);

} // namespace praksis
